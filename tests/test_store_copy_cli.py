"""`letterbox store copy`, `backup` and `restore` as staff run them: real subprocesses,
a real SQLite folder and a real PostgreSQL store; one line on every refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from letterbox.store.postgres import PostgresDatabase
from tests.helpers import ROOT, STAFF_NAME, STAFF_PASSPHRASE, add_staff, run_cli

ENV = {"LETTERBOX_STAFF_PASSPHRASE": STAFF_PASSPHRASE}


@pytest.fixture
def kiosk(tmp_path: Path) -> Path:
    """A kiosk's data folder: the demo and a staff account."""
    folder = tmp_path / "kiosk"
    assert run_cli("demo", "--data-dir", str(folder)).returncode == 0
    add_staff(folder)
    return folder


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def _counts(url: str) -> dict[str, int]:
    db = PostgresDatabase(url)
    try:
        return {t: int(db.query(f"SELECT COUNT(*) FROM {t}")[0][0])
                for t in ("parent", "child", "letter", "recording", "recording_part")}
    finally:
        db.close()


def test_store_copy_into_postgres_then_again(kiosk: Path, tmp_path: Path,
                                             pg_url: str) -> None:
    """The demo kiosk copied into the shared store: checked, audited; the second run
    copies nothing and says so."""
    station = tmp_path / "station"
    args = ("store", "copy", "--from", str(kiosk), "--to", pg_url, "--to-data-dir",
            str(station), "--staff", STAFF_NAME, "--data-dir", str(tmp_path / "here"))
    first = run_cli(*args, env=ENV)
    assert first.returncode == 0, first.stderr
    assert "letter: 5 of 5 copied" in first.stdout
    assert "counts and checksums equal" in first.stdout and "2 recording files" in first.stdout
    assert _counts(pg_url) == {"parent": 1, "child": 4, "letter": 5, "recording": 2,
                               "recording_part": 2}
    assert len(list((station / "recordings").rglob("*.wav"))) == 2
    again = run_cli(*args, env=ENV)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Nothing new to copy")
    assert _counts(pg_url)["letter"] == 5
    db = PostgresDatabase(pg_url)
    try:
        audit = db.query("SELECT actor_kind, actor_name FROM event WHERE action = "
                         "'store_copy'")
    finally:
        db.close()
    assert [(r[0], r[1]) for r in audit] == [("staff", STAFF_NAME)] * 2
    # and back out: the shared store as SOURCE (its recordings in this data folder)
    back = tmp_path / "back"
    out = run_cli("store", "copy", "--from", pg_url, "--to", str(back), "--staff", STAFF_NAME,
                  "--data-dir", str(station), env=ENV)
    assert out.returncode == 0, out.stderr
    assert "letter: 5 of 5 copied" in out.stdout and "2 recording files" in out.stdout
    assert sorted(p.read_bytes() for p in (back / "recordings").rglob("*.wav")) == sorted(
        p.read_bytes() for p in (kiosk / "recordings").rglob("*.wav"))


def test_store_copy_needs_staff(kiosk: Path, tmp_path: Path) -> None:
    """Without a staff member, or with a wrong passphrase, nothing is copied."""
    target = tmp_path / "target"
    no_staff = run_cli("store", "copy", "--from", str(kiosk), "--to", str(target))
    assert no_staff.returncode == 2
    assert _one_line(no_staff.stderr) == "This needs a staff member: give --staff NAME."
    wrong = run_cli("store", "copy", "--from", str(kiosk), "--to", str(target), "--staff",
                    STAFF_NAME, env={"LETTERBOX_STAFF_PASSPHRASE": "wrong"})
    assert wrong.returncode == 2
    assert _one_line(wrong.stderr) == "That staff name and passphrase do not match."
    assert not (target / "recordings").exists() or not any((target / "recordings").iterdir())
    missing = run_cli("store", "copy", "--from", str(tmp_path / "nowhere"), "--to",
                      str(target), "--staff", STAFF_NAME, env=ENV)
    assert missing.returncode == 1 and "No Letterbox data in" in _one_line(missing.stderr)


def test_backup_sqlite_restore_into_postgres(kiosk: Path, tmp_path: Path,
                                             pg_url: str) -> None:
    """A kiosk's backup restored into the shared store; a second restore is refused
    without --replace and accepted with it; staff of the backup may restore into a store
    that has none yet."""
    file = tmp_path / "kiosk-backup.zip"
    made = run_cli("backup", "--out", str(file), "--staff", STAFF_NAME, "--data-dir",
                   str(kiosk), env=ENV)
    assert made.returncode == 0, made.stderr
    assert "and 2 recording files" in made.stdout and file.is_file()
    station = tmp_path / "station"
    restored = run_cli("restore", str(file), "--staff", STAFF_NAME, "--store", pg_url,
                       "--data-dir", str(station), env=ENV)
    assert restored.returncode == 0, restored.stderr
    assert "counts and checksums checked" in restored.stdout
    assert _counts(pg_url) == {"parent": 1, "child": 4, "letter": 5, "recording": 2,
                               "recording_part": 2}
    assert len(list((station / "recordings").rglob("*.wav"))) == 2
    refused = run_cli("restore", str(file), "--staff", STAFF_NAME, "--store", pg_url,
                      "--data-dir", str(station), env=ENV)
    assert refused.returncode == 2
    assert "already holds data" in _one_line(refused.stderr)
    replaced = run_cli("restore", str(file), "--replace", "--staff", STAFF_NAME, "--store",
                       pg_url, "--data-dir", str(station), env=ENV)
    assert replaced.returncode == 0, replaced.stderr
    assert _counts(pg_url)["letter"] == 5
    db = PostgresDatabase(pg_url)
    try:  # the replacing restore is audited, by name (the store's staff ids were replaced)
        audit = db.query("SELECT actor_kind, actor_id, actor_name, detail FROM event WHERE "
                         "action = 'store_restore'")
    finally:
        db.close()
    from letterbox.store.backup import read_backup

    rows = read_backup(file).rows
    assert [tuple(r) for r in audit] == [
        ("staff", None, STAFF_NAME, f"kiosk-backup.zip: {rows} rows, 2 files, replacing the "
                                    f"store")]


def test_backup_and_restore_errors_are_one_line(kiosk: Path, tmp_path: Path) -> None:
    """A corrupt file, a folder that does not exist, a disk that fills up: one line each,
    never a traceback, and nothing written."""
    file = tmp_path / "b.zip"
    assert run_cli("backup", "--out", str(file), "--staff", STAFF_NAME, "--data-dir",
                   str(kiosk), env=ENV).returncode == 0
    damaged = bytearray(file.read_bytes())
    damaged[len(damaged) // 3] ^= 0xFF
    file.write_bytes(bytes(damaged))
    target = tmp_path / "empty"
    bad = run_cli("restore", str(file), "--staff", STAFF_NAME, "--data-dir", str(target),
                  env=ENV)
    assert bad.returncode == 2
    assert "b.zip is damaged" in _one_line(bad.stderr)
    assert not (target / "letterbox.sqlite3").exists()
    nowhere = run_cli("backup", "--out", str(tmp_path / "no" / "b.zip"), "--staff",
                      STAFF_NAME, "--data-dir", str(kiosk), env=ENV)
    assert nowhere.returncode == 1 and "does not exist" in _one_line(nowhere.stderr)
    # a disk that fills up while the file is written (a file-size limit: EFBIG)
    full = tmp_path / "full.zip"
    env = {**os.environ, **ENV, "PYTHONPATH": str(ROOT)}
    ran = subprocess.run(["prlimit", "--fsize=600000", sys.executable, "-m", "letterbox",
                          "backup", "--out", str(full), "--staff", STAFF_NAME, "--data-dir",
                          str(kiosk)], capture_output=True, text=True, env=env, timeout=120,
                         stdin=subprocess.DEVNULL, check=False)
    assert ran.returncode == 1
    assert _one_line(ran.stderr) == f"Cannot write the backup {full}: File too large"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("full")) == []


def test_damaged_or_newer_source_is_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A source whose database is damaged, or made by a newer Letterbox, is named in one
    line; nothing is copied."""
    import sqlite3

    from letterbox.cli import main

    source = tmp_path / "kiosk"
    source.mkdir()
    (source / "letterbox.sqlite3").write_bytes(b"this is not a database" * 100)
    target = tmp_path / "target"
    assert main(["store", "copy", "--from", str(source), "--to", str(target), "--staff",
                 STAFF_NAME]) == 1
    assert capsys.readouterr().err == (f"Cannot open the source {source}: file is not a "
                                       f"database\n")
    (source / "letterbox.sqlite3").unlink()
    conn = sqlite3.connect(source / "letterbox.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["store", "copy", "--from", str(source), "--to", str(target), "--staff",
                 STAFF_NAME]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Cannot open the source {source}: ") and "newer version" in err
    assert err.count("\n") == 1 and not (target / "letterbox.sqlite3").exists()
