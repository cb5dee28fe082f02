"""`letterbox audit`: who did what and when, as a table or CSV, for staff only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import Core

Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


def _audit(data_dir: Path, staff: Staff, *args: str) -> int:
    return main(["audit", *args, "--staff", staff[0], "--data-dir", str(data_dir)])


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def approved(demo_core: Core, data_dir: Path, staff_account: Staff, capsys: Out) -> Core:
    """The demo with letter:1 approved by the staff member from the command line."""
    assert main(["review", "approve", "letter:1", "--staff", staff_account[0],
                 "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    return demo_core


def test_csv_has_the_columns_and_the_staff_action(approved: Core, data_dir: Path,
                                                  staff_account: Staff, capsys: Out) -> None:
    """The CSV header is exactly the documented columns; the approval names its staff member."""
    assert _audit(data_dir, staff_account, "--csv") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "at,actor_kind,actor,action,parent,item,detail"
    rows = _csv(out)
    approval = [r for r in rows if r["action"] == "letter_approve"]
    assert len(approval) == 1
    assert {k: v for k, v in approval[0].items() if k != "at"} == {
        "actor_kind": "staff", "actor": "Jo Bloggs", "action": "letter_approve",
        "parent": "DEMO-0001", "item": "letter:1", "detail": ""}
    stored = approved.db.query("SELECT COUNT(*) AS n FROM event")[0]["n"]
    assert len(rows) == stored  # every event, oldest first
    assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)


def test_since_leaves_out_older_events(approved: Core, data_dir: Path, staff_account: Staff,
                                       capsys: Out) -> None:
    """--since YYYY-MM-DD keeps only events on or after that day."""
    with approved.db.transaction() as conn:
        conn.execute("UPDATE event SET at = '2024-03-01T09:00:00+00:00'"
                     " WHERE action = 'letter_approve'")
    assert _audit(data_dir, staff_account, "--csv", "--since", "2024-03-01") == 0
    assert "letter_approve" in [r["action"] for r in _csv(capsys.readouterr().out)]
    assert _audit(data_dir, staff_account, "--csv", "--since", "2024-03-02") == 0
    actions = [r["action"] for r in _csv(capsys.readouterr().out)]
    assert "letter_approve" not in actions and "signed_in" in actions


def test_bad_since_date_is_one_line(approved: Core, data_dir: Path, staff_account: Staff,
                                    capsys: Out) -> None:
    """A date that is not YYYY-MM-DD, or not a real day, exits 2 with one line."""
    for bad in ("2024-02-30", "1/3/2024", "yesterday"):
        assert _audit(data_dir, staff_account, "--since", bad) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.startswith("--since needs a date")
        assert captured.err.count("\n") == 1


def test_parent_filter_by_id_number(approved: Core, data_dir: Path, staff_account: Staff,
                                    capsys: Out) -> None:
    """--parent keeps one parent's events, by ID number only (not by database id)."""
    other = approved.profiles.create_parent("Ana Ruiz", "A77", "1234")
    assert _audit(data_dir, staff_account, "--csv", "--parent", "A77") == 0
    rows = _csv(capsys.readouterr().out)
    assert [(r["action"], r["parent"]) for r in rows] == [("profile_created", "A77")]
    assert _audit(data_dir, staff_account, "--csv", "--parent", "DEMO-0001") == 0
    assert {r["parent"] for r in _csv(capsys.readouterr().out)} == {"DEMO-0001"}
    assert _audit(data_dir, staff_account, "--parent", str(other.id)) == 1
    assert capsys.readouterr().err == f"There is no parent with ID number {other.id}.\n"


def test_table_is_aligned(approved: Core, data_dir: Path, staff_account: Staff,
                          capsys: Out) -> None:
    """Without --csv each column starts at the same place on every line."""
    assert _audit(data_dir, staff_account, "--parent", "DEMO-0001") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["AT", "(UTC)", "KIND", "ACTOR", "ACTION", "PARENT", "ITEM",
                                "DETAIL"]
    column = lines[0].index("ACTION")
    approval = next(line for line in lines if "letter_approve" in line)
    assert approval.index("letter_approve") == column
    assert approval[lines[0].index("ACTOR"):].startswith("Jo Bloggs")
    assert "T" not in approval[:19] and "+00:00" not in approval


def test_audit_needs_a_staff_member(approved: Core, data_dir: Path, capsys: Out) -> None:
    """Without --staff the log is not shown, and the exit code is 2."""
    assert main(["audit", "--csv", "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "--staff NAME" in captured.err
