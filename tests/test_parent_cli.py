"""`letterbox parent archive`: close a profile, make a keepsake, delete data (asked twice)."""

from __future__ import annotations

from pathlib import Path

from letterbox.core import open_core
from letterbox.export.signing import make_station_key
from letterbox.export.verify import verify_packet
from tests.helpers import run_cli

Staff = tuple[str, str]


def test_archive_keepsake_and_delete(data_dir: Path, staff_account: Staff,
                                     tmp_path: Path) -> None:
    """Without --confirm nothing happens; with it, the profile closes, the keepsake
    verifies, the data goes and the audit trail stays."""
    demo = run_cli("demo", "--data-dir", str(data_dir))
    assert demo.returncode == 0, demo.stderr
    key = make_station_key(data_dir)
    base = ("parent", "archive", "DEMO-0001", "--staff", staff_account[0],
            "--data-dir", str(data_dir))
    refused = run_cli(*base, "--delete-data")
    assert refused.returncode == 2 and "--confirm" in refused.stderr
    core = open_core(data_dir)
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None and not parent.archived
    core.close()

    done = run_cli(*base, "--note", "Released", "--keepsake", str(tmp_path / "keep"),
                   "--delete-data", "--confirm", "DEMO-0001")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Demo Parent (DEMO-0001): profile closed."
    assert lines[1].startswith("Keepsake packet (") and lines[2].startswith("Deleted: ")
    [packet] = (tmp_path / "keep").glob("*.zip")
    assert verify_packet(packet, key).ok
    core = open_core(data_dir)
    closed = core.profiles.parent(parent.id)
    assert closed.archived and closed.archive_note == "Released"
    assert core.letters.for_parent(parent.id) == [] and core.profiles.children(parent.id) == []
    actions = [r["action"] for r in core.db.query(
        "SELECT action FROM event WHERE parent_id = ?", (parent.id,))]
    core.close()
    assert {"profile_archived", "keepsake_made", "parent_data_deleted"} <= set(actions)

    reopened = run_cli("parent", "unarchive", "DEMO-0001", "--staff", staff_account[0],
                       "--data-dir", str(data_dir))
    assert reopened.returncode == 0, reopened.stderr
    assert reopened.stdout == "Demo Parent (DEMO-0001): profile open again.\n"
