"""Staff record contact approval from the command line."""

from __future__ import annotations

from pathlib import Path

from letterbox.core import open_core
from tests.helpers import run_cli

Staff = tuple[str, str]


def _setup(data: Path) -> int:
    core = open_core(data)
    parent = core.profiles.create_parent("Ana Ruiz", "A77", "1234")
    child = core.profiles.add_child(parent.id, "Maya", age_years=7)
    core.close()
    return child.id


def test_list_shows_pending_children(data_dir: Path, staff_account: Staff) -> None:
    """The list names each child with its number and contact status."""
    child_id = _setup(data_dir)
    result = run_cli("contact", "--list", "--staff", staff_account[0],
                     "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Ana Ruiz (A77)", f"  #{child_id:<5} Maya (age 7): pending; carer consent unknown"]


def test_list_needs_a_staff_member(data_dir: Path, staff_account: Staff) -> None:
    """Children's names are not listed without --staff: exit 2, one line, no traceback."""
    _setup(data_dir)
    result = run_cli("contact", "--list", "--data-dir", str(data_dir))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "This needs a staff member: give --staff NAME.\n"


def test_approve_then_forbid_with_reason(data_dir: Path, staff_account: Staff) -> None:
    """Approving and then forbidding contact is stored, with the reason and who decided."""
    child_id = _setup(data_dir)
    name = staff_account[0]
    ok = run_cli("contact", str(child_id), "approve", "--consent", "given", "--staff", name,
                 "--data-dir", str(data_dir))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == "Maya: contact approved; carer consent given.\n"
    no_reason = run_cli("contact", str(child_id), "not-permitted", "--staff", name,
                        "--data-dir", str(data_dir))
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    forbid = run_cli("contact", str(child_id), "not-permitted", "--reason", "Court order",
                     "--staff", name, "--data-dir", str(data_dir))
    assert forbid.returncode == 0, forbid.stderr
    core = open_core(data_dir)
    child = core.profiles.child(child_id)
    assert (child.contact_status, child.contact_reason, child.carer_consent) == (
        "not_permitted", "Court order", "given")
    events = [tuple(r) for r in core.db.query(
        "SELECT action, actor_kind, actor_name, detail FROM event WHERE item_id = ?"
        " AND item_kind = 'child' AND action != 'child_added' ORDER BY id", (child_id,))]
    core.close()
    assert events == [("contact_approved", "staff", name, ""),
                      ("consent_given", "staff", name, ""),
                      ("contact_not_permitted", "staff", name, "Court order")]


def test_old_by_option_is_gone(data_dir: Path, staff_account: Staff) -> None:
    """`--by` no longer names who decided (the signed-in staff member does): usage error."""
    child_id = _setup(data_dir)
    result = run_cli("contact", str(child_id), "approve", "--by", "JB",
                     "--staff", staff_account[0], "--data-dir", str(data_dir))
    assert result.returncode == 2 and "unrecognized arguments: --by" in result.stderr


def test_unknown_child_is_explained(data_dir: Path, staff_account: Staff) -> None:
    """A wrong child number gets one line, not a traceback."""
    _setup(data_dir)
    result = run_cli("contact", "999", "approve", "--staff", staff_account[0],
                     "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert result.stderr == "There is no child number 999. See `letterbox contact --list`.\n"
