"""The command line, run as a real subprocess as staff would run it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from letterbox import __version__
from letterbox.core import open_core
from letterbox.demo import DEMO_ID_NUMBER, DEMO_PIN
from tests.helpers import run_cli


def test_version() -> None:
    """`letterbox --version` prints the version and exits 0."""
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Letterbox {__version__}"


def test_demo_creates_training_profile(tmp_path: Path) -> None:
    """The demo has a parent with four children (one not permitted), letters and recordings."""
    data = tmp_path / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert DEMO_PIN in result.stdout
    core = open_core(data)
    try:
        parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
        assert parent is not None and core.profiles.verify_pin(parent.id, DEMO_PIN)
        children = core.profiles.children(parent.id)
        assert len(children) == 4
        assert any(c.name == "王小明" and c.contact_approved for c in children)
        assert {c.contact_status for c in children} == {"approved", "not_permitted"}
        assert any(not c.name.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in c.name)
                   for c in children)
        assert any("ë" in c.name or "é" in c.name for c in children)
        letters = core.letters.for_parent(parent.id)
        assert len(letters) >= 3
        assert max(len(x.body.split()) for x in letters) >= 1500  # three printed pages or more
        assert any(x.status == "ready" for x in letters)
        recs = core.recordings.for_parent(parent.id)
        assert len(recs) == 2 and max(len(r.transcript) for r in recs) >= 3_000
        part = core.recordings.parts(recs[0].id)[0]
        import soundfile

        info = soundfile.info(str(core.recordings.path_of(part)))
        assert info.samplerate == 48000 and info.duration == pytest.approx(8.0, abs=0.01)
    finally:
        core.close()


def test_demo_twice_duplicates_nothing(tmp_path: Path) -> None:
    """Running the demo again adds no second parent, child, letter or recording."""
    data = tmp_path / "data"
    assert run_cli("demo", "--data-dir", str(data)).returncode == 0
    second = run_cli("--data-dir", str(data), "demo")  # the global option works too
    assert second.returncode == 0 and "Already there" in second.stdout
    conn = sqlite3.connect(data / "letterbox.sqlite3")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("parent", "child", "letter", "recording", "recording_part")}
    conn.close()
    assert counts == {"parent": 1, "child": 4, "letter": 5, "recording": 2, "recording_part": 2}


def test_data_dir_from_environment(tmp_path: Path) -> None:
    """LETTERBOX_DATA_DIR chooses the data folder when --data-dir is not given."""
    data = tmp_path / "env-data"
    result = run_cli("demo", env={"LETTERBOX_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "letterbox.sqlite3").is_file()


def test_doctor_reports_each_check(tmp_path: Path) -> None:
    """Doctor prints one line per check, each OK, WARN or FAIL, and a summary."""
    result = run_cli("doctor", "--data-dir", str(tmp_path / "data"))
    lines = [x for x in result.stdout.splitlines() if x[:4] in ("OK  ", "WARN", "FAIL")]
    names = [x.split(":")[0][6:] for x in lines]
    assert names == ["PortAudio", "Microphone", "Speech", "Fonts", "Data folder", "Store",
                     "Facility profiles", "Disk space"]
    assert "checks passed" in result.stdout
    failed_required = any(x.startswith("FAIL") for x in lines)
    assert result.returncode == (1 if failed_required else 0)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_doctor_unwritable_data_dir_fails_with_fix(tmp_path: Path) -> None:
    """A data folder the kiosk cannot write fails with a fix, and exit status 1."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run_cli("doctor", "--data-dir", str(locked / "data"))
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    assert "FAIL  Data folder" in result.stdout and "fix:" in result.stdout


def test_doctor_data_dir_is_a_file_fails_with_fix(tmp_path: Path) -> None:
    """A data folder path that is a file fails kindly (works as root too)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli("doctor", "--data-dir", str(blocker))
    assert result.returncode == 1
    assert "FAIL  Data folder" in result.stdout and "fix:" in result.stdout
    assert "Traceback" not in result.stderr


def test_unknown_command_is_explained() -> None:
    """A mistyped command prints usage and exits non-zero without a traceback."""
    result = run_cli("exprot")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr
