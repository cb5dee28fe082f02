"""The database: one SQLite file, WAL, foreign keys, a versioned schema.

Each thread gets its own connection (SQLite connections are not shared across
threads). Every write goes through ``Database.transaction()``, which uses
``BEGIN IMMEDIATE`` so a process killed at any moment leaves the last committed state.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from letterbox.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(RuntimeError):
    """The database was written by a newer Letterbox than this one."""


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Database:
    """One SQLite database file, with a connection per thread.

    Args:
        path: the database file; its folder is created if missing.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self.migrate()

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10.0,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all of it is committed, or none of it."""
        conn = self.connection()
        if conn.in_transaction:  # nested use joins the outer transaction
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def query(self, sql: str,
              params: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
        """Run a read and return every row."""
        return self.connection().execute(sql, params).fetchall()

    def query_one(self, sql: str,
                  params: tuple[object, ...] | dict[str, object] = ()) -> sqlite3.Row | None:
        """Run a read and return the first row, or None."""
        row: sqlite3.Row | None = self.connection().execute(sql, params).fetchone()
        return row

    def schema_version(self) -> int:
        """The schema version stored in the file."""
        return int(self.connection().execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the file up to ``SCHEMA_VERSION``, one migration per transaction."""
        conn = self.connection()
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"{self.path} was made by a newer version of Letterbox "
                f"(schema {current}, this version knows {SCHEMA_VERSION}).")
        if current == SCHEMA_VERSION:
            return
        # Rebuilding a table (SQLite's way to change a CHECK) needs foreign keys off, or
        # dropping the old table would cascade; they are checked before each commit.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for version in range(current, SCHEMA_VERSION):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if self.schema_version() != version:  # another process migrated it
                        conn.execute("ROLLBACK")
                        continue
                    for statement in _split_sql(MIGRATIONS[version]):
                        conn.execute(statement)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise sqlite3.IntegrityError(f"migration {version + 1}: {broken[:3]}")
                    conn.execute(f"PRAGMA user_version = {version + 1}")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    def integrity_check(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; an empty list means healthy."""
        conn = self.connection()
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {tuple(row)}"
                     for row in conn.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self) -> None:
        """Close every connection this object opened."""
        with self._all_lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.ProgrammingError):
                    conn.close()  # may be closed from its own thread already
            self._all.clear()
        self._local = threading.local()


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (ours contain no ';' in strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]
