"""The store's tests run on both engines: every test using ``core`` runs on a SQLite
file and on a fresh PostgreSQL database."""

from tests.postgres import pg_server, pg_url  # noqa: F401  (fixtures)
from tests.store_engines import core, store_url  # noqa: F401  (the two-engine fixtures)
