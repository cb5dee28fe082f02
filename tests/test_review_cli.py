"""`letterbox review`: the queue, approve, return and the mail room's outcome, as staff."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from letterbox.cli import main
from letterbox.core import Core

Out = pytest.CaptureFixture[str]
Staff = tuple[str, str]


def _review(data_dir: Path, staff: Staff, *args: str) -> int:
    return main(["review", *args, "--staff", staff[0], "--data-dir", str(data_dir)])


def _rows(out: str) -> list[list[str]]:
    return [re.split(r" {2,}", line) for line in out.splitlines()]


def test_list_prints_one_line_per_ready_item(demo_core: Core, data_dir: Path,
                                             staff_account: Staff, capsys: Out) -> None:
    """The queue names each item, the parent's ID number, the child, the title, the status."""
    assert _review(data_dir, staff_account, "list") == 0
    rows = _rows(capsys.readouterr().out)
    assert rows == [
        ["ITEM", "PARENT", "CHILD", "TITLE", "STATUS"],
        ["letter:1", "DEMO-0001", "Zoë Martínez", "Happy birthday, Zoë", "ready"],
        ["letter:2", "DEMO-0001", "Дмитрий Петров", "My week, day by day", "ready"],
        ["letter:4", "DEMO-0001", "Jordan Lee", "Thinking of you", "ready"],
        ["letter:5", "DEMO-0001", "王小明", "A letter with a lot to check", "ready"],
        ["recording:1", "DEMO-0001", "Zoë Martínez", "Goodnight song for Zoë", "ready"],
        ["recording:2", "DEMO-0001", "王小明", "A long bedtime story for 王小明", "ready"],
    ]
    assert _review(data_dir, staff_account, "list", "--status", "approved") == 0
    assert capsys.readouterr().out == "No items are approved.\n"


def test_approve_and_return_move_items_and_are_audited(demo_core: Core, data_dir: Path,
                                                       staff_account: Staff,
                                                       capsys: Out) -> None:
    """Approve and return change the statuses, keep the reason, and write staff audit rows."""
    assert _review(data_dir, staff_account, "approve", "letter:1") == 0
    assert _review(data_dir, staff_account, "return", "recording:1", "--reason",
                   "Please leave out your surname") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["letter:1 \u201cHappy birthday, Zoë\u201d: approved.",
                   "recording:1 \u201cGoodnight song for Zoë\u201d: returned "
                   "(Please leave out your surname)."]
    assert demo_core.letters.get(1).status == "approved"
    recording = demo_core.recordings.get(1)
    assert (recording.status, recording.status_note) == ("returned",
                                                        "Please leave out your surname")
    events = demo_core.db.query(
        "SELECT action, actor_kind, actor_name, item_kind, item_id, detail FROM event"
        " WHERE action IN ('letter_approve', 'recording_return') ORDER BY id")
    assert [tuple(e) for e in events] == [
        ("letter_approve", "staff", "Jo Bloggs", "letter", 1, ""),
        ("recording_return", "staff", "Jo Bloggs", "recording", 1,
         "Please leave out your surname"),
    ]
    assert _review(data_dir, staff_account, "list", "--status", "returned") == 0
    assert _rows(capsys.readouterr().out)[1][-1] == "returned: Please leave out your surname"


def test_mail_room_outcomes_after_export(demo_core: Core, data_dir: Path, tmp_path: Path,
                                         staff_account: Staff, capsys: Out) -> None:
    """After export, `sent` and `rejected --reason` record what the mail room decided."""
    for ref in ("letter:1", "letter:2"):
        assert _review(data_dir, staff_account, "approve", ref) == 0
    assert main(["export", "--out", str(tmp_path / "out"), "--staff", staff_account[0],
                 "--data-dir", str(data_dir)]) == 0
    assert _review(data_dir, staff_account, "sent", "letter:1") == 0
    assert _review(data_dir, staff_account, "rejected", "letter:2", "--reason",
                   "Names another prisoner") == 0
    assert demo_core.letters.get(1).status == "sent"
    rejected = demo_core.letters.get(2)
    assert (rejected.status, rejected.status_note) == ("rejected", "Names another prisoner")
    capsys.readouterr()
    assert _review(data_dir, staff_account, "list", "--status", "sent") == 0
    assert [r[0] for r in _rows(capsys.readouterr().out)[1:]] == ["letter:1"]


def test_unknown_malformed_and_impossible_items(demo_core: Core, data_dir: Path,
                                                staff_account: Staff, capsys: Out) -> None:
    """A missing item exits 1, a malformed name exits 2, a move the table forbids exits 1,
    each with one line on stderr and nothing changed."""
    assert _review(data_dir, staff_account, "approve", "letter:99") == 1
    assert capsys.readouterr().err == "There is no letter 99.\n"
    assert _review(data_dir, staff_account, "approve", "letter-1") == 2
    assert capsys.readouterr().err == "Name an item as letter:N or recording:N (not 'letter-1').\n"
    assert _review(data_dir, staff_account, "sent", "letter:1") == 1
    assert capsys.readouterr().err == "An item that is ready cannot become sent.\n"
    assert demo_core.letters.get(1).status == "ready"


def test_review_needs_a_staff_member(demo_core: Core, data_dir: Path, capsys: Out) -> None:
    """Without --staff nothing is listed or approved, and the exit code is 2."""
    assert main(["review", "approve", "letter:1", "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert demo_core.letters.get(1).status == "ready"


def test_titles_and_names_lose_control_characters(core: Core, data_dir: Path,
                                                  staff_account: Staff, capsys: Out) -> None:
    """An ANSI escape or bell in a title or name is not passed on to the terminal."""
    parent = core.profiles.create_parent("Ana Ruiz", "A77", "1234")
    child = core.profiles.add_child(parent.id, "Maya", age_years=7)
    letter = core.letters.create(parent.id, child.id, title="\x1b[31mRed alert\x1b[0m",
                                 body="Hello")
    core.letters.set_status(letter.id, "ready")
    core.db.connection().execute("UPDATE child SET name = ? WHERE id = ?",
                                 ("Ma\x1b]0;pwned\x07ya\x9b2J", child.id))
    assert _review(data_dir, staff_account, "list", "--parent", "A77") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert _rows(out)[1] == [f"letter:{letter.id}", "A77", "Maya 2J", "Red alert", "ready"]


def test_list_for_one_parent_by_id_number(demo_core: Core, data_dir: Path,
                                          staff_account: Staff, capsys: Out) -> None:
    """--parent takes an ID number; a database id or unknown number is one line, exit 1."""
    other = demo_core.profiles.create_parent("Ana Ruiz", "A77", "1234")
    child = demo_core.profiles.add_child(other.id, "Maya", age_years=7)
    letter = demo_core.letters.create(other.id, child.id, title="Hi Maya", body="Hello")
    demo_core.letters.set_status(letter.id, "ready")
    assert _review(data_dir, staff_account, "list", "--parent", "A77") == 0
    assert [r[0] for r in _rows(capsys.readouterr().out)[1:]] == [f"letter:{letter.id}"]
    assert _review(data_dir, staff_account, "list", "--parent", str(other.id)) == 1
    assert capsys.readouterr().err == f"There is no parent with ID number {other.id}.\n"
