"""The real PostgreSQL server of the test run (``scripts/test`` starts one and names it
in ``LETTERBOX_TEST_PG``): a migrated template database, and a fresh copy per test.

Without the variable the PostgreSQL tests FAIL, never skip, so CI cannot pass without
them. A developer may opt out explicitly with ``LETTERBOX_TEST_NO_PG=1`` (ignored when
``CI`` is set).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

PG_ENV = "LETTERBOX_TEST_PG"
OPT_OUT_ENV = "LETTERBOX_TEST_NO_PG"
TEMPLATE_ENV = "LETTERBOX_TEST_PG_TEMPLATE"  # a test session run inside another's
TEMPLATE = os.environ.get(TEMPLATE_ENV, "letterbox_template")
_numbers = itertools.count(1)


def database_url(server_url: str, name: str) -> str:
    """The server's URL naming another database."""
    return urlsplit(server_url)._replace(path="/" + name).geturl()


def _admin(server_url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(server_url, autocommit=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The server's URL, with a template database migrated to the current schema."""
    url = os.environ.get(PG_ENV, "")
    if not url:
        if os.environ.get(OPT_OUT_ENV) == "1" and not os.environ.get("CI"):
            pytest.skip(f"{OPT_OUT_ENV}=1: the PostgreSQL tests are skipped on this machine")
        pytest.fail(f"{PG_ENV} is not set, so the PostgreSQL store cannot be tested. Run "
                    f"the suite with `bash scripts/test`, which starts a PostgreSQL "
                    f"server, or (developers only, never CI) set {OPT_OUT_ENV}=1.")
    from letterbox.store.postgres import PostgresDatabase

    with _admin(url) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {TEMPLATE}")
    PostgresDatabase(database_url(url, TEMPLATE)).close()
    yield url
    with _admin(url) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")


def fresh_database(server_url: str, *, migrated: bool = True) -> Iterator[str]:
    """A new database for one test (a copy of the migrated template, or empty); dropped
    afterwards. Yields its URL."""
    name = f"lb_{os.getpid()}_{next(_numbers)}"
    with _admin(server_url) as admin:
        admin.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if migrated
                                                    else " TEMPLATE template0"))
    try:
        yield database_url(server_url, name)
    finally:
        with _admin(server_url) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test."""
    yield from fresh_database(pg_server)
