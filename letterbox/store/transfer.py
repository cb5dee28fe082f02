"""What `store copy`, `backup` and `restore` share: the tables in an order their
references allow, rows as engine-neutral values, checksums, and a consistent read.

A row's checksum is SHA-256 over its values by column name (bytes as base64, floats by
``repr``), so the same row gives the same checksum on SQLite and on PostgreSQL, whatever
order the two engines keep the columns in. A table's checksum is SHA-256 over its rows'
checksums, sorted: it does not depend on the order rows are read in.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from letterbox.store.db import Database, Row

# Every table of the schema, parents before the rows that point at them (the order to
# insert in; delete in reverse). tests/store/test_transfer.py checks it names them all.
TABLES: tuple[str, ...] = (
    "staff", "parent", "child", "packet", "letter", "letter_version", "recording",
    "recording_part", "packet_item", "event", "contact_history", "checkin_question",
    "recording_chunk", "checkin_answer", "setting", "signin_guard", "export_lock",
    "parent_session")
# Where `store copy` remembers what it copied (made on first use, never by a migration).
COPIED_FROM = "copied_from"
COPIED_FROM_SQL = (
    "CREATE TABLE IF NOT EXISTS copied_from ("
    " source TEXT NOT NULL, tbl TEXT NOT NULL, source_id BIGINT NOT NULL,"
    " target_id BIGINT NOT NULL, how TEXT NOT NULL,"
    " PRIMARY KEY (source, tbl, source_id))")
# The key each table's rows are read in (tables without an ``id`` column).
ORDER = {"setting": "key", "signin_guard": "principal_kind, principal_id",
         "parent_session": "parent_id",
         "packet_item": "packet_id, kind, item_id", "recording_chunk": "part_id, seq",
         COPIED_FROM: "source, tbl, source_id"}


def plain(value: Any) -> Any:
    """A value as JSON can hold it: bytes (BLOB, BYTEA) as {"b64": …}."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, bool):
        return int(value)
    return value


def unplain(value: Any) -> Any:
    """The stored value of ``plain(value)``."""
    if isinstance(value, dict):
        return base64.b64decode(value["b64"])
    return value


def row_dict(row: Row) -> dict[str, Any]:
    """A row as {column: plain value}."""
    return {key: plain(row[key]) for key in row.keys()}  # noqa: SIM118 (sqlite3.Row)


def row_checksum(values: dict[str, Any]) -> str:
    """The engine-neutral checksum of one row (see the module's note)."""
    canonical = {k: repr(float(v)) if isinstance(v, float) else v for k, v in values.items()}
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def table_checksum(rows: Iterable[dict[str, Any]]) -> str:
    """The checksum of a set of rows, whatever their order."""
    digest = hashlib.sha256()
    for line in sorted(row_checksum(r) for r in rows):
        digest.update(line.encode("ascii") + b"\n")
    return digest.hexdigest()


def file_checksum(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def has_table(db: Database, table: str) -> bool:
    """True when the store holds ``table`` (``copied_from`` exists only after a copy)."""
    if db.engine == "postgresql":
        row = db.query_one("SELECT to_regclass(?) IS NOT NULL", (table,))
        return bool(row is not None and row[0])
    return db.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)) is not None


def read_table(db: Database, table: str) -> list[dict[str, Any]]:
    """Every row of ``table``, in key order, as plain values."""
    order = ORDER.get(table, "id")
    return [row_dict(r) for r in db.query(f"SELECT * FROM {table} ORDER BY {order}")]


def is_empty(db: Database) -> bool:
    """True when no table holds a row (a new store)."""
    return all(db.query_one(f"SELECT 1 FROM {t} LIMIT 1") is None for t in TABLES)


@contextmanager
def snapshot(db: Database) -> Iterator[None]:
    """Reads inside see one moment of the store, while kiosks go on writing: a read
    transaction on SQLite's WAL, a REPEATABLE READ transaction on PostgreSQL."""
    conn = db.connection()
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                 if db.engine == "postgresql" else "BEGIN DEFERRED")
    try:
        if db.engine == "sqlite":  # the snapshot starts at the first read
            conn.execute("SELECT COUNT(*) FROM parent").fetchone()
        yield
    finally:
        conn.execute("ROLLBACK")


def reset_identities(conn: Any, db: Database, tables: Iterable[str]) -> None:
    """After rows were written with their ids (PostgreSQL only): new rows continue after
    the largest id, not from 1."""
    if db.engine != "postgresql":
        return
    for table in tables:
        if table in ORDER:
            continue
        conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                     f" COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")


def insert_sql(table: str, columns: Iterable[str], returning: bool = False) -> str:
    """``INSERT INTO table (cols) VALUES (?, …)``, with ``RETURNING id`` if asked."""
    names = list(columns)
    sql = (f"INSERT INTO {table} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    return sql + (" RETURNING id" if returning else "")
