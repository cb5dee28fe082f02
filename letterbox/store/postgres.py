"""The shared store: one PostgreSQL database for a facility's kiosks and worker stations.

It keeps ``Database``'s interface and guarantees (see ``store/db.py``):

- Each thread has its own connection (re-opened after the server went away).
- ``transaction()`` is all-or-nothing and, like SQLite's ``BEGIN IMMEDIATE``, lets one
  writer in at a time: it takes one transaction-scoped advisory lock first, so code
  that reads then writes (the export lock row, a sign-in guard's count, "is this item
  already in a packet?") sees every earlier writer's commit and no later one's. Reads
  outside a transaction never wait. One writer at a time is ample for a facility's
  autosaves, which take milliseconds.
- Statements keep SQLite's SQL: ``dialect.py`` turns ``?`` into ``%s``; rows read by
  name or position; booleans are stored as 0/1 as in SQLite.
- Errors come back as the DB-API classes of ``store/db.py``; an unreachable server is
  ``StoreUnavailable``, one line naming the server and never the password.
- The schema version is the ``letterbox_schema`` table's one row.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, NoReturn

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

from letterbox import offline
from letterbox.store.address import server_of, shown
from letterbox.store.db import (
    SCHEMA_VERSION,
    DatabaseError,
    IntegrityError,
    NewerSchemaError,
    OperationalError,
    Params,
    Row,
    StoreUnavailable,
    _split_sql,
)
from letterbox.store.dialect import placeholders_to_postgres, postgres_migrations

WRITE_LOCK = 0x4C42_5752_4954_45  # the pg_advisory_xact_lock key of writers ("LBWRITE")
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT = "10s"  # as long as SQLite's busy timeout


class PgRow(tuple[Any, ...]):
    """A row readable by column name (the first of that name) or by position."""

    _index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    index: dict[str, int] = {}
    for position, column in enumerate(description):
        index.setdefault(column.name, position)
    row_class = type("Row", (PgRow,), {"_index": index, "__slots__": ()})
    return row_class


def _raise(error: psycopg.Error, where: str) -> NoReturn:
    """Re-raise a driver error as the store's own class (one message line)."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if isinstance(error, pg_errors.UniqueViolation):
        raise IntegrityError(f"UNIQUE constraint failed: {text}") from error
    if isinstance(error, psycopg.IntegrityError):
        raise IntegrityError(text) from error
    if isinstance(error, pg_errors.LockNotAvailable | pg_errors.QueryCanceled):
        # another writer held on for longer than LOCK_TIMEOUT: SQLite's "locked"
        raise OperationalError(f"database is locked: {text}") from error
    if isinstance(error, psycopg.OperationalError):
        raise StoreUnavailable(f"cannot reach the Letterbox store at {where}: {text}") \
            from error
    raise DatabaseError(text) from error


def _params(params: Params | Sequence[object]) -> Any:
    if isinstance(params, dict):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return tuple(int(v) if isinstance(v, bool) else v for v in params)


class PgConnection:
    """One thread's connection, speaking the SQL the store modules write."""

    def __init__(self, raw: psycopg.Connection[Any], where: str) -> None:
        self.raw = raw
        self._where = where

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def execute(self, sql: str, parameters: Params = (), /) -> Any:
        cursor = self.raw.cursor()
        try:
            cursor.execute(placeholders_to_postgres(sql), _params(parameters))
        except psycopg.Error as error:
            _raise(error, self._where)
        return cursor

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        cursor = self.raw.cursor()
        try:
            cursor.executemany(placeholders_to_postgres(sql), [_params(p) for p in parameters])
        except psycopg.Error as error:
            _raise(error, self._where)
        return cursor


class PostgresDatabase:
    """A PostgreSQL database named by a ``postgresql://`` URL, with a connection per thread.

    Raises (on creation):
        StoreUnavailable: the server cannot be reached or refuses us.
        NetworkForbidden: the socket guard allows another server.
        NewerSchemaError: a newer Letterbox made the schema.
    """

    engine = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.server = server_of(url)
        self.where = shown(url)
        self._local = threading.local()
        self._all: list[PgConnection] = []
        self._all_lock = threading.Lock()
        try:
            self.migrate()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> PgConnection:
        offline.check_server(self.server)
        try:
            raw = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                  row_factory=_row_factory, application_name="letterbox")
        except psycopg.Error as error:
            _raise(error, f"{self.server}")
        reached = (raw.info.host, raw.info.port)
        if reached != (self.server.host, self.server.port):  # PGHOST and friends
            raw.close()
            raise offline.NetworkForbidden(f"the store connected to {reached[0]}:{reached[1]}"
                                           f", not {self.server}")
        raw.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        raw.execute("SET TIME ZONE 'UTC'")
        return PgConnection(raw, str(self.server))

    def connection(self) -> PgConnection:
        """This thread's connection, opened on first use and again after it broke."""
        conn: PgConnection | None = getattr(self._local, "conn", None)
        if conn is None or conn.raw.closed or conn.raw.broken:
            conn = self._connect()
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """A write transaction: all of it is committed, or none of it; one writer at a time."""
        conn = self.connection()
        if conn.in_transaction:  # nested use joins the outer transaction
            yield conn
            return
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield conn
        except BaseException:
            if not conn.raw.broken:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read and return every row."""
        rows: list[Row] = self.connection().execute(sql, params).fetchall()
        return rows

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        """Run a read and return the first row, or None."""
        row: Row | None = self.connection().execute(sql, params).fetchone()
        return row

    def schema_version(self) -> int:
        """The schema version recorded in ``letterbox_schema`` (0 for an empty database)."""
        row = self.query_one("SELECT to_regclass('letterbox_schema') IS NOT NULL")
        if row is None or not row[0]:
            return 0
        found = self.query_one("SELECT version FROM letterbox_schema")
        return int(found[0]) if found is not None else 0

    def migrate(self) -> None:
        """Bring the database up to ``SCHEMA_VERSION``, one migration per transaction;
        kiosks starting together wait for each other."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"{self.where} was made by a newer version of Letterbox "
                f"(schema {current}, this version knows {SCHEMA_VERSION}).")
        if current == SCHEMA_VERSION:
            return
        scripts = postgres_migrations()
        conn = self.connection()
        for version in range(current, SCHEMA_VERSION):
            with self.transaction():  # the writers' lock: one kiosk migrates, others wait
                conn.execute("CREATE TABLE IF NOT EXISTS letterbox_schema ("
                             "one INTEGER PRIMARY KEY DEFAULT 1 CHECK (one = 1),"
                             " version INTEGER NOT NULL)")
                if self.schema_version() != version:  # another kiosk migrated it
                    continue
                for statement in _split_sql(scripts[version]):
                    conn.execute(statement)
                conn.execute("INSERT INTO letterbox_schema (one, version) VALUES (1, ?)"
                             " ON CONFLICT (one) DO UPDATE SET version = excluded.version",
                             (version + 1,))

    def integrity_check(self) -> list[str]:
        """PostgreSQL checks constraints as it writes; this asks that it answers at all."""
        self.query_one("SELECT 1")
        return []

    def server_clock(self) -> float:
        """The server's time, as seconds since the epoch (the doctor compares clocks)."""
        row = self.query_one("SELECT extract(epoch FROM clock_timestamp())")
        assert row is not None
        return float(row[0])

    def close(self) -> None:
        """Close every connection this object opened."""
        with self._all_lock:
            for conn in self._all:
                with contextlib.suppress(psycopg.Error):
                    conn.raw.close()
            self._all.clear()
        self._local = threading.local()
