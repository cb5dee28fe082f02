"""The database file: schema version, migrations, pragmas, integrity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from letterbox.store import db as db_module
from letterbox.store.db import SCHEMA_VERSION, NewerSchemaError, SqliteDatabase


def test_new_file_gets_current_schema(tmp_path: Path) -> None:
    """A new data folder gets every table at the current schema version."""
    db = SqliteDatabase(tmp_path / "x.sqlite3")
    assert db.schema_version() == SCHEMA_VERSION
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"parent", "child", "letter", "letter_version", "recording", "recording_part",
            "event", "setting"} <= tables
    db.close()


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    """Writes use WAL and foreign keys are enforced, so a child cannot point at no parent."""
    db = SqliteDatabase(tmp_path / "x.sqlite3")
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO child (parent_id, name, created_at) VALUES (999, 'A', 'now')")
    db.close()


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    """A transaction that fails half-way writes none of its rows."""
    db = SqliteDatabase(tmp_path / "x.sqlite3")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert db.query("SELECT * FROM setting") == []
    db.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A file from a newer Letterbox is not touched; the error says why."""
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer version"):
        SqliteDatabase(path)


def test_migration_runs_from_older_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An old file is brought forward by the migrations appended since, keeping its rows."""
    path = tmp_path / "x.sqlite3"
    db = SqliteDatabase(path)
    with db.transaction() as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('kept', '1')")
    db.close()
    extra = "CREATE TABLE later_table (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr(db_module, "MIGRATIONS", (*db_module.MIGRATIONS, extra))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = SqliteDatabase(path)
    assert db.schema_version() == SCHEMA_VERSION + 1
    assert db.query_one("SELECT value FROM setting WHERE key='kept'")[0] == "1"
    assert db.query("SELECT * FROM later_table") == []
    assert db.integrity_check() == []
    db.close()


def test_connections_are_per_thread(tmp_path: Path) -> None:
    """Each thread gets its own connection, so pool threads never share one."""
    import threading

    db = SqliteDatabase(tmp_path / "x.sqlite3")
    seen: list[int] = []
    thread = threading.Thread(target=lambda: seen.append(id(db.connection())))
    thread.start()
    thread.join()
    assert seen[0] != id(db.connection())
    db.close()


def test_schema_1_file_is_migrated_with_everything_kept(tmp_path) -> None:
    """A database from the first release keeps its letters, versions, recordings and
    events through the table rebuild; new statuses and the actor columns work after it."""
    import sqlite3

    from letterbox.store.db import MIGRATIONS, SqliteDatabase, _split_sql

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in _split_sql(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO parent (id, name, id_number, pin_salt, pin_hash, created_at)"
                 " VALUES (1, 'Ana', 'A1', x'00', x'00', 't')")
    conn.execute("INSERT INTO child (id, parent_id, name, created_at) VALUES (1, 1, 'Lía', 't')")
    conn.execute("INSERT INTO letter (id, parent_id, child_id, body, status, status_note,"
                 " created_at, updated_at) VALUES (7, 1, 1, 'Hola', 'returned', 'why', 't', 't')")
    conn.execute("INSERT INTO letter_version (letter_id, body, saved_at) VALUES (7, 'Ho', 't')")
    conn.execute("INSERT INTO recording (id, parent_id, child_id, kind, status, created_at,"
                 " updated_at) VALUES (3, 1, 1, 'message', 'ready', 't', 't')")
    conn.execute("INSERT INTO recording_part (recording_id, role, file, created_at)"
                 " VALUES (3, 'take', 'r.wav', 't')")
    conn.execute("INSERT INTO event (at, action) VALUES ('t', 'old')")
    conn.commit()
    conn.close()

    db = SqliteDatabase(path)
    assert db.schema_version() == len(MIGRATIONS)
    letter = db.query_one("SELECT * FROM letter WHERE id = 7")
    assert (letter["body"], letter["status"], letter["status_note"]) == ("Hola", "returned",
                                                                          "why")
    assert db.query_one("SELECT COUNT(*) FROM letter_version WHERE letter_id = 7")[0] == 1
    assert db.query_one("SELECT COUNT(*) FROM recording_part WHERE recording_id = 3")[0] == 1
    assert db.query_one("SELECT actor_kind FROM event")[0] == "system"
    with db.transaction() as c:
        c.execute("UPDATE letter SET status = 'approved' WHERE id = 7")
    assert db.integrity_check() == []
    with db.transaction() as c:  # foreign keys are on again: a cascade still works
        c.execute("DELETE FROM letter WHERE id = 7")
    assert db.query_one("SELECT COUNT(*) FROM letter_version")[0] == 0
    db.close()


def test_version_2_packets_become_complete_with_their_items(tmp_path: Path) -> None:
    """Migration 3 keeps every earlier packet as 'complete' and lists its items from the
    letters and recordings that name it."""
    import sqlite3

    from letterbox.store.db import MIGRATIONS, SqliteDatabase, _split_sql
    from letterbox.store.packets import PacketLog

    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO parent (id, name, id_number, pin_salt, pin_hash, created_at)"
                 " VALUES (1, 'Ana', 'A1', x'00', x'00', 't')")
    conn.execute("INSERT INTO packet (id, created_at, parent_id, folder, zip, items)"
                 " VALUES (5, 't', 1, 'f', 'f.zip', 2)")
    conn.execute("INSERT INTO letter (id, parent_id, status, packet_id, created_at, updated_at)"
                 " VALUES (7, 1, 'exported', 5, 't', 't')")
    conn.execute("INSERT INTO recording (id, parent_id, kind, status, packet_id, created_at,"
                 " updated_at) VALUES (3, 1, 'message', 'exported', 5, 't', 't')")
    conn.commit()
    conn.close()
    db = SqliteDatabase(path)
    packets = PacketLog(db)
    assert [p.state for p in packets.all()] == ["complete"]
    assert packets.items_of(5) == [("letter", 7), ("recording", 3)]
    assert packets.building() == []
    db.close()


def test_version_3_children_start_their_contact_history(tmp_path: Path) -> None:
    """Migration 4 gives every existing child one history row with its current contact
    decision and reason; profiles are not archived and packets are mail packets."""
    import sqlite3

    from letterbox.store.db import MIGRATIONS, SqliteDatabase, _split_sql

    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO parent (id, name, id_number, pin_salt, pin_hash, created_at)"
                 " VALUES (1, 'Ana', 'A1', x'00', x'00', 't')")
    conn.execute("INSERT INTO child (id, parent_id, name, contact_status, contact_reason,"
                 " created_at) VALUES (4, 1, 'Lía', 'not_permitted', 'court order', '2026-01-02')")
    conn.execute("INSERT INTO packet (id, created_at, parent_id) VALUES (5, 't', 1)")
    conn.commit()
    conn.close()
    db = SqliteDatabase(path)
    assert [tuple(r) for r in db.query(
        "SELECT child_id, at, field, value, reason FROM contact_history")] == [
        (4, "2026-01-02", "contact", "not_permitted", "court order")]
    assert db.query_one("SELECT archived_at FROM parent")[0] is None
    assert db.query_one("SELECT kind FROM packet")[0] == "mail"
    assert db.integrity_check() == []
    db.close()
