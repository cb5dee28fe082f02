"""The programme report: figures equal counts made directly from the store."""

from __future__ import annotations

from collections import defaultdict

import pytest

from letterbox.core import Core
from letterbox.errors import InvalidInput, NotAllowed
from letterbox.services import build_services
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, may
from tests.services.report_data import generate


def _expected(core: Core) -> dict[tuple[str, str], dict[str, float]]:
    """The figures counted item by item, in Python, from the store's own readers."""
    found: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    children: dict[tuple[str, str], set[int]] = defaultdict(set)
    outcomes: dict[tuple[str, str, str], set[tuple[str, int]]] = defaultdict(set)
    for parent in core.profiles.parents():
        items = [("letter", x) for x in core.letters.for_parent(parent.id)]
        items += [("recording", x) for x in core.recordings.for_parent(parent.id)]
        for kind, item in items:
            events = core.db.query("SELECT action, at FROM event WHERE item_kind = ? AND"
                                   " item_id = ? ORDER BY at, id", (kind, item.id))
            for event in events:
                if event["action"].endswith(("_return", "_mail_rejected")):
                    which = "returned" if event["action"].endswith("_return") else "rejected"
                    outcomes[(event["at"][:7], parent.id_number, which)].add((kind, item.id))
            if item.status == "draft":
                continue
            submits = [e["at"] for e in events if e["action"] == f"{kind}_submit"]
            created = core.db.query_one(f"SELECT created_at FROM {kind} WHERE id = ?",
                                        (item.id,))
            month = (min(submits) if submits else created["created_at"])[:7]
            key = (month, parent.id_number)
            if kind == "letter":
                found[key]["letters"] += 1
                found[key]["words"] += len(item.body.split())
            else:
                found[key]["recordings"] += 1
                found[key]["seconds"] += sum(
                    p.duration_s for p in core.recordings.parts(item.id, chosen_only=True))
            if item.child_id is not None:
                children[key].add(item.child_id)
    for key, kids in children.items():
        found[key]["children"] = len(kids)
    for (month, who, which), items_seen in outcomes.items():
        found[(month, who)][which] = len(items_seen)
    return found


def test_report_equals_counts_from_the_store(core: Core) -> None:
    """Every figure per month and parent equals a count made item by item."""
    generate(core)
    # one item from before the audit log: it counts by when it was made
    with core.db.transaction() as conn:
        conn.execute("DELETE FROM event WHERE id = (SELECT MIN(id) FROM event"
                     " WHERE action = 'letter_submit')")
    services = build_services(core)
    rows = services.report.monthly(Actor.staff(1, "Sam"))
    expected = _expected(core)
    assert len(rows) == len(expected) > 4
    for row in rows:
        want = expected[(row.month, row.id_number)]
        assert (row.letters, row.words, row.recordings, row.children, row.returned,
                row.rejected) == (want["letters"], want["words"], want["recordings"],
                                  want["children"], want["returned"], want["rejected"]), row
        assert row.minutes == round(want["seconds"] / 60, 1)
    assert sum(r.returned for r in rows) > 0 and sum(r.rejected for r in rows) > 0


def test_month_range_is_inclusive(core: Core) -> None:
    """--from and --to keep exactly the months between them, both ends included."""
    generate(core)
    report = build_services(core).report
    staff = Actor.staff(1, "Sam")
    every = report.monthly(staff)
    some = report.monthly(staff, "2026-02", "2026-03")
    assert some == [r for r in every if "2026-02" <= r.month <= "2026-03"]
    assert some


def test_bad_months_and_parents_are_refused(core: Core) -> None:
    """A month like 2026-13, a range backwards, or a parent asking: all refused."""
    report = build_services(core).report
    staff = Actor.staff(1, "Sam")
    for bad in ("2026-13", "2026-00", "26-01", "2026-1", "soon"):
        with pytest.raises(InvalidInput) as caught:
            report.monthly(staff, bad)
        assert caught.value.code == "month_format"
    with pytest.raises(InvalidInput):
        report.monthly(staff, "2026-05", "2026-01")
    with pytest.raises(NotAllowed):
        report.monthly(Actor.parent(1, "Ana"))
    assert not may(Actor.parent(1), Action.REPORT, 1)
    assert not may(Actor.kiosk(), Action.REPORT)
    assert may(Actor.staff(1), Action.REPORT)


def test_csv_cells_are_spreadsheet_safe(core: Core) -> None:
    """An ID number that looks like a formula is written so a spreadsheet will not run it."""
    parent = core.profiles.create_parent("Eve", "=1+2", "1234")
    letter = core.letters.create(parent.id, None, body="two words")
    core.letters.set_status(letter.id, "ready")
    row = build_services(core).report.monthly(Actor.staff(1))[0]
    assert row.csv_cells()[1] == "'=1+2"
    assert row.csv_cells()[2:4] == ("1", "2")
