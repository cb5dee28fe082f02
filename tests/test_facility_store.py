"""``scripts/facility-store``: the SQL it runs makes a database and role the kiosks can use,
and a read-only role that can read every table but change nothing. Run on the test
server (the script's package installation and server settings need root and are not
run here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.helpers import ROOT, run_cli
from tests.postgres import database_url

SCRIPT = ROOT / "scripts" / "facility-store"


def _sql(*options: str) -> str:
    made = subprocess.run(["bash", str(SCRIPT), "--print-sql", *options], capture_output=True,
                          text=True, timeout=30, check=True)
    return made.stdout


def _psql(server: str, sql: str, *, user: str = "", database: str = "postgres"):  # type: ignore[no-untyped-def]
    psql = shutil.which("psql")
    assert psql, "psql comes with Debian's postgresql package (scripts/setup.sh installs it)"
    parts = urlsplit(server)
    query = dict(p.split("=", 1) for p in parts.query.split("&") if p)
    command = [psql, "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
               "-h", query.get("host", "127.0.0.1"),
               "-p", query.get("port", "5432"), "-U", user or parts.username or "letterbox",
               "-d", database]
    return subprocess.run(command, input=sql, capture_output=True, text=True, timeout=60,
                          check=False)


@pytest.fixture
def facility(pg_server: str):  # type: ignore[no-untyped-def]
    yield pg_server
    _psql(pg_server, "DROP DATABASE IF EXISTS lb_facility WITH (FORCE);\n"
                     "DROP OWNED BY lb_facility_report;\n"
                     "DROP ROLE IF EXISTS lb_facility_report;\n"
                     "DROP ROLE IF EXISTS lb_facility;\n")


def test_the_scripts_sql_makes_a_store_kiosks_can_use(tmp_path: Path, facility: str) -> None:
    sql = _sql("--database", "lb_facility", "--role", "lb_facility", "--read-only-role")
    made = _psql(facility, sql)
    assert made.returncode == 0, made.stderr
    again = _psql(facility, sql)  # run twice: nothing already right is changed or refused
    assert again.returncode == 0, again.stderr
    collation = _psql(facility, "SELECT datcollate FROM pg_database "
                                "WHERE datname = 'lb_facility'")
    assert collation.stdout.strip() == "C"  # text sorts as on the kiosks' SQLite files
    # A kiosk, as the role the script made, creates the schema and adds the demo.
    url = urlsplit(database_url(facility, "lb_facility"))._replace(
        netloc=f"lb_facility@{urlsplit(facility).hostname or ''}").geturl()
    kiosk = run_cli("--store", url, "demo", "--data-dir", str(tmp_path / "kiosk"))
    assert kiosk.returncode == 0, kiosk.stderr
    # The report role reads every table, and can change nothing.
    reads = _psql(facility, "SELECT count(*) FROM parent;", user="lb_facility_report",
                  database="lb_facility")
    assert reads.returncode == 0, reads.stderr
    writes = _psql(facility, "DELETE FROM parent;", user="lb_facility_report",
                   database="lb_facility")
    assert writes.returncode != 0 and "permission denied" in writes.stderr
    makes = _psql(facility, "CREATE TABLE mine (x int);", user="lb_facility_report",
                  database="lb_facility")
    assert makes.returncode != 0 and "permission denied" in makes.stderr


def test_the_script_refuses_odd_names_and_ranges() -> None:
    for options in (["--role", "x; DROP"], ["--database", "Upper"], ["--network", "everyone"]):
        made = subprocess.run(["bash", str(SCRIPT), "--print-sql", *options],
                              capture_output=True, text=True, timeout=30, check=False)
        assert made.returncode == 1 and made.stderr.count("\n") == 1, made.stderr
