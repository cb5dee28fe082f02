"""The store's tests run on both engines: every test using ``core`` runs on a SQLite
file and on a fresh PostgreSQL database (tests/postgres.py)."""

from tests.store_engines import core, store_url  # noqa: F401  (the two-engine fixtures)
