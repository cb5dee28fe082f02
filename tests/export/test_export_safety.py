"""Export's refusals and failures: the lock, a full or unwritable folder, one parent's
failure, --parent, broken staff profiles, a damaged database, and recovery at start."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import Core
from letterbox.doctor import check_facilities
from letterbox.errors import ExportRunning, ExportTargetFailed
from letterbox.export import packet as packet_module
from letterbox.export.facility import load_facility
from letterbox.export.packet import PacketExporter
from letterbox.services import build_services
from letterbox.services.actor import Actor
from letterbox.store.db import SCHEMA_VERSION

Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


@pytest.fixture
def ready(demo_core: Core) -> Core:
    """The demo with review off, so its ready items may be exported."""
    demo_core.settings.set("review_required", False)
    return demo_core


def _statuses(core: Core) -> list[str]:
    return [x.status for x in core.letters.for_parent(1)] + \
        [x.status for x in core.recordings.for_parent(1)]


def _export(core: Core, out: Path):  # type: ignore[no-untyped-def]
    return PacketExporter(core, statuses=("ready",)).export(1, out)


def _hold_lock(core: Core, pid: int) -> None:
    with core.db.transaction() as conn:
        conn.execute("INSERT INTO export_lock (id, pid, host, claimed_at) VALUES "
                     "(1, ?, ?, '2026-11-30T00:00:00+00:00')", (pid, os.uname().nodename))


def _args(data_dir: Path, out: Path, staff: Staff, *more: str) -> list[str]:
    return ["export", "--out", str(out), "--staff", staff[0], "--data-dir", str(data_dir),
            *more]


def test_a_running_export_refuses_a_second(ready: Core, data_dir: Path, tmp_path: Path,
                                           staff_account: Staff, capsys: Out) -> None:
    """While a live process holds the export lock, export says so in one line (exit 1)
    and changes nothing."""
    before = _statuses(ready)
    _hold_lock(ready, os.getppid())
    with pytest.raises(ExportRunning):
        _export(ready, tmp_path / "out")
    assert main(_args(data_dir, tmp_path / "out", staff_account)) == 1
    err = capsys.readouterr().err
    assert err.startswith("Another export is running") and err.count("\n") == 1
    assert _statuses(ready) == before and not (tmp_path / "out").exists()


def test_a_dead_exports_lock_is_taken_over(ready: Core, tmp_path: Path) -> None:
    """A lock left by a process that is gone does not stop the next export; it is freed."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    _hold_lock(ready, int(dead.stdout))
    result = _export(ready, tmp_path / "out")
    assert result.folder is not None and result.folder.is_dir()
    assert ready.db.query("SELECT * FROM export_lock") == []


def test_a_full_disk_leaves_no_packet_and_changes_nothing(
        ready: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        monkeypatch: pytest.MonkeyPatch, capsys: Out) -> None:
    """A disk that fills while zipping: a typed error, no files, items unchanged, the
    packet abandoned; the command prints one line and exits 1."""
    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    before, out = _statuses(ready), tmp_path / "out"
    with pytest.raises(ExportTargetFailed, match="the disk is full"):
        _export(ready, out)
    assert list(out.iterdir()) == [] and _statuses(ready) == before
    assert [r["state"] for r in ready.db.query("SELECT state FROM packet")] == ["abandoned"]
    assert main(_args(data_dir, out, staff_account)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the disk is full" in err and "DEMO-0001" in err
    assert list(out.iterdir()) == [] and _statuses(ready) == before


def test_an_unwritable_target_is_one_line(ready: Core, data_dir: Path, tmp_path: Path,
                                          staff_account: Staff, capsys: Out) -> None:
    """An export folder that cannot be made (a file is in the way) is one line, exit 1."""
    blocked = tmp_path / "out"
    blocked.write_text("not a folder")
    assert main(_args(data_dir, blocked, staff_account)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot write the packet in" in err
    assert "exported" not in _statuses(ready)


def test_one_parents_failure_never_stops_the_others(
        ready: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        monkeypatch: pytest.MonkeyPatch, capsys: Out) -> None:
    """Every parent is tried: the one whose packet fails is named in one line, the other's
    packet is made, and the exit status is 1."""
    other = ready.profiles.create_parent("Sam Other", "B-2002", "2468")
    child = ready.profiles.add_child(other.id, "Ava", age_years=7, contact_status="approved")
    letter = ready.letters.create(other.id, child.id, title="Hello Ava", body="Dear Ava, hi.")
    ready.letters.set_status(letter.id, "ready")
    real = packet_module.render_letter

    def broken_for_demo(body: str, sender, *args, **kw):  # type: ignore[no-untyped-def]
        if sender.id_number == "DEMO-0001":
            raise RuntimeError("the printer font\nvanished")
        return real(body, sender, *args, **kw)

    monkeypatch.setattr(packet_module, "render_letter", broken_for_demo)
    assert main(_args(data_dir, tmp_path / "out", staff_account)) == 1
    captured = capsys.readouterr()
    demo_lines = [x for x in captured.err.splitlines() if "DEMO-0001" in x]
    assert demo_lines == ["Demo Parent (DEMO-0001): NO PACKET: RuntimeError: the printer "
                          "font vanished"]
    assert "Sam Other (B-2002): 2 items exported" in captured.out
    assert ready.letters.get(letter.id).status == "exported"
    assert "exported" not in _statuses(ready)


def test_parent_option_takes_an_id_number_or_hash_id_and_refuses_ambiguity(
        ready: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        capsys: Out) -> None:
    """--parent '#1' is database id 1; a value naming two parents is refused (exit 2)."""
    ready.profiles.create_parent("Hash Person", "#1", "2468")  # an ID number that looks like #1
    assert main(_args(data_dir, tmp_path / "out", staff_account, "--parent", "#1")) == 2
    assert "could name more than one parent" in capsys.readouterr().err
    assert "exported" not in _statuses(ready)
    ready.profiles.create_parent("Case Twin", "demo-0002", "2468")
    ready.profiles.create_parent("Case Twin 2", "DEMO-0002", "2468")
    assert main(_args(data_dir, tmp_path / "out", staff_account, "--parent", "Demo-0002")) == 2
    capsys.readouterr()
    with ready.db.transaction() as conn:  # now '#1' names only the demo parent
        conn.execute("UPDATE parent SET id_number = 'H-1' WHERE id_number = '#1'")
    assert main(_args(data_dir, tmp_path / "out", staff_account, "--parent", "#1")) == 0
    assert "Demo Parent (DEMO-0001): 8 items exported" in capsys.readouterr().out


def test_a_broken_staff_profile_stops_export_and_fails_doctor(
        ready: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        capsys: Out) -> None:
    """A staff file replacing the shipped profile that does not validate: export names its
    file and line and stops (the shipped one is not used instead); doctor fails it."""
    text = Path(load_facility().source).read_text(encoding="utf-8")
    text = text.replace("min_font_pt = 12", "min_font_pt = 4")
    line = next(n for n, x in enumerate(text.splitlines(), 1) if x.startswith("min_font_pt"))
    folder = data_dir / "facilities"
    folder.mkdir()
    (folder / "ours.toml").write_text(text, encoding="utf-8")
    assert main(_args(data_dir, tmp_path / "out", staff_account)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"ours.toml:{line}: min_font_pt must be between" in err
    assert not (tmp_path / "out").exists() and "exported" not in _statuses(ready)
    check = check_facilities(data_dir)
    assert not check.ok and check.required and f"ours.toml:{line}" in check.detail
    (folder / "ours.toml").write_text("[paper\n", encoding="utf-8")
    assert "ours.toml:1: cannot be read" in check_facilities(data_dir).detail


@pytest.mark.parametrize("damage", ["garbage", "directory", "newer"])
@pytest.mark.parametrize("command", ["demo", "export"])
def test_a_damaged_database_is_one_line(tmp_path: Path, damage: str, command: str,
                                        capsys: Out) -> None:
    """Garbage, a folder, or a newer schema where the database should be: one line, exit 1."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "letterbox.sqlite3"
    if damage == "garbage":
        db.write_bytes(b"this is not a database at all" * 100)
    elif damage == "directory":
        db.mkdir()
    else:
        conn = sqlite3.connect(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    args = [command, "--data-dir", str(data)]
    if command == "export":
        args += ["--out", str(tmp_path / "out"), "--staff", "Nobody"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Cannot open the Letterbox data in")


def test_recovery_at_start_finishes_a_packet_on_disk_and_abandons_a_half_one(
        ready: Core, tmp_path: Path) -> None:
    """A dead export's packet whose folder and zip are in place is completed (its items
    exported); one with only a hidden folder is abandoned and its files removed."""
    out = tmp_path / "out"
    done = out / "done"
    (done / "letters").mkdir(parents=True)
    (done / "manifest.json").write_text("{}")
    (out / "done.zip").write_bytes(b"zip")
    (out / ".half.partial").mkdir()
    (out / ".half.zip.part").write_bytes(b"part")
    finished = ready.packets.begin(1, str(done), str(out / "done.zip"), [("letter", 1)])
    halfway = ready.packets.begin(1, str(out / "half"), str(out / "half.zip"), [("letter", 2)])
    assert build_services(ready).export.recover(Actor.system("start-up")) == (1, 1)
    assert ready.packets.get(finished).state == "complete"
    assert ready.packets.get(halfway).state == "abandoned"
    assert ready.letters.get(1).status == "exported"
    assert ready.letters.get(2).status == "ready"
    assert sorted(p.name for p in out.iterdir()) == ["done", "done.zip"]
