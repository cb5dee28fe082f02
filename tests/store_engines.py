"""The ``core`` fixture over both stores, for the contract suites (tests/store,
tests/services): the SQLite file in the data folder, and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from letterbox.core import Core, open_core

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def store_url(request: pytest.FixtureRequest) -> str | None:
    """None for the SQLite file, else a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return None
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def core(data_dir: Path, store_url: str | None) -> Iterator[Core]:
    """Core services on a fresh store of each engine (the data folder stays local)."""
    opened = open_core(data_dir, store_url)
    yield opened
    opened.close()
