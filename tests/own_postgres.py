"""A PostgreSQL server of the test's own, which the test may stop and start again (the
shared test server of tests/postgres.py must stay up for every other test). Run as root,
the server runs as 'nobody', as scripts/postgres.sh does. Without the server's package the
test fails, never skips."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


class OwnServer:
    """initdb'd in a temporary folder; ``stop()`` and ``start()`` as an outage would."""

    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if not bins:
            pytest.fail("PostgreSQL's server is not installed (Debian: postgresql)")
        self.bin = Path(bins[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="letterbox-own-pg."))
        self.runas = ["runuser", "-u", "nobody", "--"] if os.getuid() == 0 else []
        if os.getuid() == 0:
            shutil.chown(self.dir, "nobody")
        self.port = 40000 + os.getpid() % 20000  # names the socket file only: no TCP
        self._run("initdb", "-D", f"{self.dir}/data", "-U", "letterbox", "-A", "trust",
                  "-E", "UTF8", "--no-locale")
        self.url = f"postgresql://letterbox@/postgres?host={self.dir}&port={self.port}"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.runas, str(self.bin / tool), *args], check=True,
                       capture_output=True, timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/server.log", "-w",
                  "-s", "-o", f"-k {self.dir} -p {self.port} -c listen_addresses=''"
                  " -c fsync=off -c synchronous_commit=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", f"{self.dir}/data", "-m", "fast", "-s", "-w", "stop")

    def remove(self) -> None:
        subprocess.run([*self.runas, str(self.bin / "pg_ctl"), "-D", f"{self.dir}/data",
                        "-m", "immediate", "-s", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def own_pg() -> Iterator[OwnServer]:
    """A running server of this test's own."""
    server = OwnServer()
    server.start()
    try:
        yield server
    finally:
        server.remove()
