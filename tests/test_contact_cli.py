"""Staff record contact approval from the command line."""

from __future__ import annotations

from pathlib import Path

from letterbox.core import open_core
from tests.helpers import run_cli


def _setup(tmp_path: Path) -> tuple[Path, int]:
    data = tmp_path / "data"
    core = open_core(data)
    parent = core.profiles.create_parent("Ana Ruiz", "A77", "1234")
    child = core.profiles.add_child(parent.id, "Maya", age_years=7)
    core.close()
    return data, child.id


def test_list_shows_pending_children(tmp_path: Path) -> None:
    """The list names each child with its number and contact status."""
    data, child_id = _setup(tmp_path)
    result = run_cli("contact", "--list", "--data-dir", str(data))
    assert result.returncode == 0
    assert "Ana Ruiz (A77)" in result.stdout
    assert f"#{child_id}" in result.stdout and "Maya" in result.stdout
    assert "pending" in result.stdout


def test_approve_then_forbid_with_reason(tmp_path: Path) -> None:
    """Approving and then forbidding contact is stored, with the reason and who decided."""
    data, child_id = _setup(tmp_path)
    ok = run_cli("contact", str(child_id), "approve", "--consent", "given", "--by", "JB",
                 "--data-dir", str(data))
    assert ok.returncode == 0 and "contact approved" in ok.stdout
    no_reason = run_cli("contact", str(child_id), "not-permitted", "--data-dir", str(data))
    assert no_reason.returncode == 2 and "--reason" in no_reason.stdout
    forbid = run_cli("contact", str(child_id), "not-permitted", "--reason", "Court order",
                     "--data-dir", str(data))
    assert forbid.returncode == 0
    core = open_core(data)
    child = core.profiles.child(child_id)
    assert (child.contact_status, child.contact_reason, child.carer_consent) == (
        "not_permitted", "Court order", "given")
    events = [r["detail"] for r in core.db.query("SELECT detail FROM event WHERE item_id = ?"
                                                 " AND item_kind = 'child'", (child_id,))]
    core.close()
    assert any(d.startswith("JB") for d in events)


def test_unknown_child_is_explained(tmp_path: Path) -> None:
    """A wrong child number gets a message, not a traceback."""
    data, _ = _setup(tmp_path)
    result = run_cli("contact", "999", "approve", "--data-dir", str(data))
    assert result.returncode == 1 and "no child number 999" in result.stdout
