"""``--store URL`` on the command line: before or after the command, or from
LETTERBOX_STORE; the data folder stays local; an unreachable server is one line."""

from __future__ import annotations

from pathlib import Path

from letterbox.demo import DEMO_ID_NUMBER
from letterbox.store.db import SCHEMA_VERSION
from letterbox.store.postgres import PostgresDatabase
from tests.helpers import run_cli


def test_store_before_and_after_the_command_and_from_env(tmp_path: Path, pg_url: str) -> None:
    """The demo goes into the shared store (no SQLite file is made), a nested command
    takes --store after itself, and doctor finds the store through LETTERBOX_STORE."""
    data = tmp_path / "data"
    made = run_cli("--store", pg_url, "demo", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    added = run_cli("staff", "add", "Jo Bloggs", "--data-dir", str(data), "--store", pg_url,
                    input="a long passphrase\n")
    assert added.returncode == 0, added.stderr
    assert not (data / "letterbox.sqlite3").exists()
    db = PostgresDatabase(pg_url)
    try:
        assert db.query_one("SELECT name FROM parent WHERE id_number = ?",
                            (DEMO_ID_NUMBER,)) is not None
        assert db.query_one("SELECT name FROM staff")[0] == "Jo Bloggs"
    finally:
        db.close()
    doctor = run_cli("doctor", "--data-dir", str(data), env={"LETTERBOX_STORE": pg_url})
    store_line = next(x for x in doctor.stdout.splitlines() if "Store:" in x)
    assert store_line.startswith("OK  ") and "PostgreSQL" in store_line
    assert f"schema {SCHEMA_VERSION}" in store_line and "clocks agree" in store_line


def test_unreachable_store_is_one_line(tmp_path: Path) -> None:
    """No server at the URL: one line on stderr naming it, exit 1, no traceback, and
    no password shown; doctor fails its Store check with a fix."""
    url = f"postgresql://kiosk:s3cret@/letterbox?host={tmp_path}&port=1"
    result = run_cli("review", "list", "--store", url, "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "Cannot open the Letterbox store" in result.stderr
    assert str(tmp_path) in result.stderr and "s3cret" not in result.stderr
    doctor = run_cli("doctor", "--store", url, "--data-dir", str(tmp_path / "d"))
    assert doctor.returncode == 1
    assert "FAIL  Store:" in doctor.stdout and "fix:" in doctor.stdout


def test_unknown_store_url_is_one_line(tmp_path: Path) -> None:
    """A store URL of no kind Letterbox knows is refused in one line."""
    result = run_cli("--store", "mysql://host/db", "demo", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "postgresql://" in result.stderr


def test_setup_store_remembers_the_store_for_the_data_folder(tmp_path: Path,
                                                             pg_url: str) -> None:
    """setup-store checks the store and remembers it (readable by its user only, password
    never printed); then commands and doctor use it without --store; --clear forgets it."""
    data = tmp_path / "data"
    url = pg_url.replace("letterbox@", "letterbox:unused-secret@")
    done = run_cli("setup-store", "--store", url, "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert f"schema {SCHEMA_VERSION}" in done.stdout and "unused-secret" not in done.stdout
    setting = data / "store.toml"
    assert setting.stat().st_mode & 0o077 == 0
    assert run_cli("demo", "--data-dir", str(data)).returncode == 0
    assert not (data / "letterbox.sqlite3").exists()
    db = PostgresDatabase(pg_url)
    try:
        assert db.query_one("SELECT COUNT(*) FROM parent")[0] == 1
    finally:
        db.close()
    shown = run_cli("setup-store", "--data-dir", str(data))
    assert "Remembered store" in shown.stdout and "unused-secret" not in shown.stdout
    doctor = run_cli("doctor", "--data-dir", str(data))
    assert any(x.startswith("OK    Store: PostgreSQL") for x in doctor.stdout.splitlines())
    cleared = run_cli("setup-store", "--clear", "--data-dir", str(data))
    assert cleared.returncode == 0 and not setting.exists()
    assert run_cli("demo", "--data-dir", str(data)).returncode == 0
    assert (data / "letterbox.sqlite3").is_file()


def test_setup_store_refuses_an_unreachable_store(tmp_path: Path) -> None:
    """A store that cannot be reached is not remembered: one line, exit 1."""
    data = tmp_path / "data"
    url = f"postgresql://kiosk@/letterbox?host={tmp_path}&port=1"
    result = run_cli("setup-store", "--store", url, "--data-dir", str(data))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert not (data / "store.toml").exists()


def test_damaged_store_setting_is_one_line(tmp_path: Path) -> None:
    """A store.toml that cannot be read stops commands with one line naming it."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "store.toml").write_text("url = [broken", encoding="utf-8")
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "store.toml" in result.stderr and "Traceback" not in result.stderr
