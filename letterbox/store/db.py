"""The store's one interface, ``Database``, and its embedded engine: one SQLite file,
WAL, foreign keys, a versioned schema.

Each thread gets its own connection (SQLite connections are not shared across
threads). Every write goes through ``Database.transaction()``, which uses
``BEGIN IMMEDIATE`` so a process killed at any moment leaves the last committed state.
The shared engine (``store/postgres.py``) keeps the same interface, the same SQL (with
``?`` placeholders) and the same guarantees; ``open_database`` picks one by the store URL.

Both engines raise the DB-API classes below (PostgreSQL's errors are re-raised as
subclasses of them), so one ``except`` serves both.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from letterbox.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)

DatabaseError = sqlite3.DatabaseError
IntegrityError = sqlite3.IntegrityError
OperationalError = sqlite3.OperationalError
Params = tuple[object, ...] | dict[str, object]


class NewerSchemaError(RuntimeError):
    """The database was written by a newer Letterbox than this one."""


class StoreUnavailable(sqlite3.OperationalError):
    """The shared store's server cannot be reached (the message says where, no password)."""


class Row(Protocol):
    """A result row: by column name or by position."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    """What a statement returns."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Connection(Protocol):
    """One thread's connection: SQL with ``?`` placeholders, rows readable by name."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


class Database(Protocol):
    """The storage interface every ``letterbox/store`` module writes to.

    ``engine`` is 'sqlite' or 'postgresql'; ``where`` names the store for people (a
    file, or a server and database without its password).
    """

    engine: str
    where: str

    def connection(self) -> Connection: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def query(self, sql: str, params: Params = ()) -> list[Row]: ...

    def query_one(self, sql: str, params: Params = ()) -> Row | None: ...

    def schema_version(self) -> int: ...

    def migrate(self) -> None: ...

    def integrity_check(self) -> list[str]: ...

    def close(self) -> None: ...


def open_database(database_file: Path, store: str | None = None) -> Database:
    """The store a URL names: none (or empty) is the SQLite file ``database_file``;
    ``postgresql://user@host/db`` (or ``?host=/socket/dir``) a shared PostgreSQL store.

    Raises:
        ValueError: a URL of another kind.
        StoreUnavailable: the server cannot be reached.
        NewerSchemaError: a newer Letterbox made the store.
    """
    if not store:
        return SqliteDatabase(database_file)
    if store.startswith(("postgresql://", "postgres://")):
        from letterbox.store.postgres import PostgresDatabase

        return PostgresDatabase(store)
    raise ValueError("a store URL starts with postgresql:// (or leave it out for the "
                     "SQLite file in the data folder)")


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class SqliteDatabase:
    """One SQLite database file, with a connection per thread.

    Args:
        path: the database file; its folder is created if missing.
    """

    engine = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.where = str(self.path)
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

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read and return every row."""
        return self.connection().execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
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
