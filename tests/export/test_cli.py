"""`letterbox export` and `letterbox verify` as real subprocesses, and export's staff rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import Core
from letterbox.services.review import ItemRef, ReviewService
from letterbox.services.settings import SettingsService
from letterbox.services.signin import SignInService
from tests.helpers import approve_ready, run_cli

Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


def _signed_in(core: Core, staff: Staff):  # type: ignore[no-untyped-def]
    actor = SignInService(core).sign_in_staff(*staff).actor
    assert actor is not None
    return actor


def test_export_then_verify_from_the_command_line(data_dir: Path, tmp_path: Path,
                                                  staff_account: Staff) -> None:
    """Staff make the station key and approve; export writes a signed packet (refusing
    Jordan, saying why); verify --key says OK, then finds changes."""
    name = staff_account[0]
    assert run_cli("demo", "--data-dir", str(data_dir)).returncode == 0
    keys = run_cli("keys", "init", "--staff", name, "--data-dir", str(data_dir))
    assert keys.returncode == 0, keys.stderr
    key = keys.stdout.strip()
    listed = run_cli("review", "list", "--staff", name, "--data-dir", str(data_dir))
    refs = [line.split()[0] for line in listed.stdout.splitlines()[1:]]
    assert sorted(refs) == ["letter:1", "letter:2", "letter:4", "letter:5", "recording:1",
                            "recording:2"]  # (the demo's hard cases: letter:5, recording:2)
    for ref in refs:
        approved = run_cli("review", "approve", ref, "--staff", name, "--data-dir",
                           str(data_dir))
        assert approved.returncode == 0, approved.stderr
    out = tmp_path / "out"
    done = run_cli("export", "--data-dir", str(data_dir), "--out", str(out), "--staff", name)
    assert done.returncode == 0, done.stderr
    assert "NOT EXPORTED letter:4" in done.stdout and "Jordan Lee" in done.stdout
    assert "No-contact order" in done.stdout
    packets = [p for p in out.iterdir() if p.is_dir()]
    assert len(packets) == 1 and (out / f"{packets[0].name}.zip").is_file()

    ok = run_cli("verify", str(packets[0]), "--key", key)
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 8 items verified")
    assert run_cli("verify", str(out / f"{packets[0].name}.zip"), "--key", key).returncode == 0
    unproven = run_cli("verify", str(packets[0]))
    assert unproven.returncode == 1 and unproven.stdout.startswith("NOT PROVEN: no --key")

    sheet = packets[0] / "review-sheet.pdf"
    sheet.write_bytes(sheet.read_bytes() + b"\n% tampered")
    (packets[0] / "extra.txt").write_text("x")
    bad = run_cli("verify", str(packets[0]), "--key", key)
    assert bad.returncode == 1
    assert "ALTERED: review-sheet.pdf" in bad.stdout and "UNEXPECTED: extra.txt" in bad.stdout

    again = run_cli("export", "--data-dir", str(data_dir), "--out", str(out), "--parent",
                    "DEMO-0001", "--staff", name)
    assert again.returncode == 0 and "nothing could be exported" in again.stdout


def test_export_needs_a_staff_member(demo_core: Core, data_dir: Path, tmp_path: Path,
                                     capsys: Out) -> None:
    """Without --staff nothing is exported: exit 2 and one line on stderr."""
    assert main(["export", "--out", str(tmp_path / "out"), "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    assert captured.err == "This needs a staff member: give --staff NAME.\n"
    assert not (tmp_path / "out").exists()


def test_only_approved_items_leave_while_review_is_required(
        demo_core: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        capsys: Out) -> None:
    """With review_required on (the default) only approved items are exported; ready ones
    wait, and with nothing approved export says so."""
    assert demo_core.settings.get("review_required") is True
    args = ["export", "--out", str(tmp_path / "out"), "--staff", staff_account[0],
            "--data-dir", str(data_dir)]
    assert main(args) == 0
    assert capsys.readouterr().out == "Nothing to export: no item is approved yet.\n"

    ReviewService(demo_core).approve(_signed_in(demo_core, staff_account), ItemRef.parse(
        "letter:1"))
    assert main(args) == 0
    out = capsys.readouterr().out
    exported = [line.split("\u201c")[1].split("\u201d")[0] for line in out.splitlines()
                if line.startswith("  exported ")]
    assert exported == ["Happy birthday, Zoë", "Reply page, carer note, label"]
    statuses = {letter.id: letter.status for letter in demo_core.letters.for_parent(1)}
    assert statuses == {1: "exported", 2: "ready", 3: "draft", 4: "ready", 5: "ready"}
    assert demo_core.recordings.get(1).status == "ready"


def test_ready_items_leave_when_review_is_not_required(
        demo_core: Core, data_dir: Path, tmp_path: Path, staff_account: Staff,
        capsys: Out) -> None:
    """With review_required off, ready items are exported without an approval."""
    SettingsService(demo_core).set(_signed_in(demo_core, staff_account), "review_required",
                                   False)
    assert main(["export", "--out", str(tmp_path / "out"), "--staff", staff_account[0],
                 "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "8 items exported" in out and "NOT EXPORTED letter:4" in out
    assert demo_core.letters.get(2).status == "exported"
    assert demo_core.recordings.get(1).status == "exported"


def test_parent_is_chosen_by_id_number_only(demo_core: Core, data_dir: Path, tmp_path: Path,
                                            staff_account: Staff, capsys: Out) -> None:
    """--parent DEMO-0001 exports that parent; --parent 1 (a database id) is not a parent."""
    approve_ready(demo_core, _signed_in(demo_core, staff_account))
    args = ["export", "--out", str(tmp_path / "out"), "--staff", staff_account[0],
            "--data-dir", str(data_dir), "--parent"]
    assert main([*args, "1"]) == 1
    assert capsys.readouterr().err == "There is no parent with ID number 1.\n"
    assert demo_core.letters.get(1).status == "approved"
    assert main([*args, "DEMO-0001"]) == 0
    assert "Demo Parent (DEMO-0001): 8 items exported" in capsys.readouterr().out


def test_export_with_an_unknown_profile_fails_kindly(data_dir: Path, tmp_path: Path,
                                                     staff_account: Staff) -> None:
    """A facility profile that does not exist is an error that names the known ones."""
    run_cli("demo", "--data-dir", str(data_dir))
    done = run_cli("export", "--data-dir", str(data_dir), "--out", str(tmp_path / "o"),
                   "--profile", "atlantis", "--staff", staff_account[0])
    assert done.returncode == 1 and "generic-us-letter" in done.stderr
    assert done.stderr.count("\n") == 1
