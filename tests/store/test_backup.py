"""Backup and restore: one file holding a whole store, restored into SQLite or PostgreSQL
with every row and recording identical; damaged or newer files refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from letterbox.core import Core, open_core
from letterbox.demo import create_demo
from letterbox.store import transfer as tx
from letterbox.store.backup import BackupError, make_backup, read_backup, restore_backup
from letterbox.store.db import SCHEMA_VERSION


def _store(tmp_path: Path, name: str, engine: str, request: pytest.FixtureRequest) -> Core:
    url = request.getfixturevalue("pg_url") if engine == "postgresql" else None
    if engine == "postgresql" and name == "to":  # a second database on the same server
        from tests.postgres import fresh_database

        gen = fresh_database(request.getfixturevalue("pg_server"))
        url = next(gen)
        request.addfinalizer(lambda: next(gen, None))
    core = open_core(tmp_path / name, url)
    request.addfinalizer(core.close)
    return core


def _everything(core: Core) -> dict[str, list[dict[str, object]]]:
    return {t: tx.read_table(core.db, t) for t in tx.TABLES}


def _audio(core: Core) -> list[bytes]:
    return [(core.paths.root / r["file"]).read_bytes()
            for r in core.db.query("SELECT file FROM recording_part ORDER BY id")]


@pytest.mark.parametrize(("source", "target"), [("sqlite", "sqlite"),
                                                ("postgresql", "postgresql"),
                                                ("sqlite", "postgresql")])
def test_round_trip_keeps_every_row_and_recording(tmp_path: Path, source: str, target: str,
                                                  request: pytest.FixtureRequest) -> None:
    """Backup then restore gives identical rows (ids too) and identical audio; the
    restored store goes on numbering new rows after the restored ones."""
    original = _store(tmp_path, "from", source, request)
    create_demo(original)
    manifest = make_backup(original.db, original.paths.root, tmp_path / "store.zip")
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["tables"]["letter"]["rows"] == 5 and len(manifest["files"]) == 2
    restored = _store(tmp_path, "to", target, request)
    problems = restore_backup(restored.db, restored.paths.root,
                              read_backup(tmp_path / "store.zip"))
    assert problems == []
    assert _everything(restored) == _everything(original)
    assert _audio(restored) == _audio(original) and len(_audio(restored)) == 2
    for table in tx.TABLES:
        assert tx.table_checksum(tx.read_table(restored.db, table)) == \
            manifest["tables"][table]["checksum"]
    parent_id = original.db.query("SELECT id FROM parent")[0]["id"]
    newest = max(r["id"] for r in original.db.query("SELECT id FROM letter"))
    assert restored.letters.create(parent_id, None, title="after").id == newest + 1


def test_backup_is_one_snapshot_while_the_app_writes(tmp_path: Path,
                                                     store_url: str | None) -> None:
    """Rows written while the backup reads are not half in it: the snapshot is the
    moment it began (SQLite's read transaction; PostgreSQL's REPEATABLE READ)."""
    core = open_core(tmp_path / "kiosk", store_url)
    create_demo(core)
    other = open_core(tmp_path / "kiosk", store_url)  # another connection: the app
    reads = tx.read_table

    def slow_read(db, table):  # type: ignore[no-untyped-def]
        if table == "letter":
            parent = other.db.query("SELECT id FROM parent")[0]["id"]
            other.letters.create(parent, None, title="written meanwhile")
        return reads(db, table)

    try:
        tx.read_table = slow_read  # type: ignore[assignment]
        manifest = make_backup(core.db, core.paths.root, tmp_path / "b.zip")
    finally:
        tx.read_table = reads  # type: ignore[assignment]
        other.close()
    assert manifest["tables"]["letter"]["rows"] == 5
    assert manifest["tables"]["letter_version"]["rows"] == 9
    assert len(core.letters.for_parent(core.db.query("SELECT id FROM parent")[0]["id"])) == 6
    core.close()


@pytest.fixture
def backup_file(demo_core: Core, tmp_path: Path) -> Path:
    path = tmp_path / "store.zip"
    make_backup(demo_core.db, demo_core.paths.root, path)
    return path


def _rewrite(path: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as old:
        members = {n: old.read(n) for n in old.namelist()}
    members.update(change)
    with zipfile.ZipFile(path, "w") as new:
        for name, data in members.items():
            new.writestr(name, data)


def test_changed_row_in_backup_is_refused(backup_file: Path) -> None:
    """A letter altered inside the file fails its checksum: refused, in one line."""
    with zipfile.ZipFile(backup_file) as archive:
        data = archive.read("tables/letter.jsonl").replace(b"Dear", b"Bear", 1)
    _rewrite(backup_file, {"tables/letter.jsonl": data})
    with pytest.raises(BackupError) as caught:
        read_backup(backup_file)
    assert str(caught.value) == ("store.zip is damaged: the table letter does not match its "
                                 "checksum; nothing was restored.")


def test_truncated_or_foreign_file_is_refused(backup_file: Path, tmp_path: Path) -> None:
    """Half a file, or a zip that is not a backup, is refused with one line."""
    backup_file.write_bytes(backup_file.read_bytes()[: backup_file.stat().st_size // 2])
    with pytest.raises(BackupError, match="damaged or not a Letterbox backup"):
        read_backup(backup_file)
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("cat.jpg", b"meow")
    with pytest.raises(BackupError, match="not a Letterbox backup"):
        read_backup(other)


def test_newer_schema_is_refused(backup_file: Path) -> None:
    """A backup from a newer Letterbox is refused: update first."""
    with zipfile.ZipFile(backup_file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["schema_version"] = SCHEMA_VERSION + 1
    _rewrite(backup_file, {"manifest.json": json.dumps(manifest).encode()})
    with pytest.raises(BackupError, match="newer Letterbox"):
        read_backup(backup_file)


def test_restore_into_store_with_data_needs_replace(backup_file: Path, tmp_path: Path,
                                                    demo_core: Core) -> None:
    """A store holding data is left alone without --replace; with it, it is replaced."""
    target = open_core(tmp_path / "other")
    try:
        target.profiles.create_parent("Someone Else", "X-1", "1111")
        with pytest.raises(BackupError, match="already holds data"):
            restore_backup(target.db, target.paths.root, read_backup(backup_file))
        assert target.profiles.find_by_id_number("X-1") is not None
        assert restore_backup(target.db, target.paths.root, read_backup(backup_file),
                              replace=True) == []
        assert target.profiles.find_by_id_number("X-1") is None
        assert _everything(target) == _everything(demo_core)
    finally:
        target.close()


def test_only_staff_move_data(demo_core: Core, tmp_path: Path) -> None:
    """A parent (or the kiosk) cannot back up, restore or copy a store; staff can, and
    it is in the audit log."""
    from letterbox.errors import NotAllowed
    from letterbox.services.actor import Actor
    from letterbox.services.moving import back_up, copy_store, restore

    parent_id = demo_core.db.query("SELECT id FROM parent")[0]["id"]
    other = open_core(tmp_path / "other")
    try:
        for actor in (Actor.parent(parent_id), Actor.kiosk()):
            with pytest.raises(NotAllowed):
                back_up(actor, demo_core, tmp_path / "b.zip")
            with pytest.raises(NotAllowed):
                copy_store(actor, demo_core, other, target_root=tmp_path / "other",
                           source_name="kiosk")
        assert not (tmp_path / "b.zip").exists() and other.profiles.parents() == []
        staff = Actor.staff(7, "Jo Bloggs")
        back_up(staff, demo_core, tmp_path / "b.zip")
        with pytest.raises(NotAllowed):
            restore(Actor.parent(parent_id), other, read_backup(tmp_path / "b.zip"))
        assert restore(staff, other, read_backup(tmp_path / "b.zip")) == []
    finally:
        other.close()
    (event,) = demo_core.db.query("SELECT actor_name, detail FROM event WHERE action ="
                                  " 'store_backup'")
    assert event["actor_name"] == "Jo Bloggs" and event["detail"].startswith("b.zip: ")
