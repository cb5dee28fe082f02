"""Contacts page: every decision and consent change is kept with the worker's name and
time and shown in the history panel; a child marked not permitted gets nothing exported,
checked through the Export page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from letterbox.core import Core
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.contacts import ContactsPage, local_time
from letterbox.ui.staff.export import ExportPage
from letterbox.ui.staff.session import StaffSession
from tests.ui.staff.conftest import child_id, letter_id, shown_page


def _history_cells(page: ContactsPage, row: int) -> list[str]:
    table = page.history_table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_decision_and_consent_are_kept_with_who_and_when(qtbot, staff: StaffSession,
                                                          demo_core: Core,
                                                          demo_parent: Parent) -> None:
    """Not permitted with a reason, then consent refused: two history rows naming Sam
    Worker, shown newest first in the panel."""
    zoe = child_id(demo_core, demo_parent, "Zoë")
    page = shown_page(qtbot, ContactsPage(staff))
    assert page.select_child(zoe)
    qtbot.waitUntil(lambda: page.history_child == zoe, timeout=5000)
    before = len(page.history)
    page.ask_reason = lambda *_args: "No-contact order"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.refuse_button.click()
    [latest, *_] = demo_core.profiles.contact_history(zoe)
    assert (latest.field, latest.value, latest.reason, latest.actor_kind,
            latest.actor_name) == ("contact", "not_permitted", "No-contact order", "staff",
                                   "Sam Worker")
    made = datetime.fromisoformat(latest.at)
    assert abs((datetime.now(made.tzinfo) - made).total_seconds()) < 120
    qtbot.waitUntil(lambda: len(page.history) == before + 1, timeout=5000)
    assert _history_cells(page, 0)[1:] == ["Contact", "contact not permitted",
                                           "Sam Worker", "No-contact order"]
    assert _history_cells(page, 0)[0] == local_time(latest.at)
    assert "Zoë" in page.history_title.text()

    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.consent_refused_button.click()
    qtbot.waitUntil(lambda: len(page.history) == before + 2, timeout=5000)
    assert _history_cells(page, 0)[1:] == ["Carer's consent", "refused", "Sam Worker", ""]
    assert _history_cells(page, 1)[2] == "contact not permitted"
    assert [h.field for h in demo_core.profiles.contact_history(zoe)[:2]] == ["consent",
                                                                               "contact"]


def test_not_permitted_on_contacts_page_refuses_export(qtbot, staff: StaffSession,
                                                       demo_core: Core, demo_parent: Parent,
                                                       tmp_path: Path) -> None:
    """Zoë's approved letter is listed as refused once she is marked not permitted, and
    exporting leaves it approved while Dima's letter goes."""
    zoe_letter = letter_id(demo_core, demo_parent, "Happy birthday, Zoë")
    dima_letter = letter_id(demo_core, demo_parent, "My week, day by day")
    for item in (zoe_letter, dima_letter):
        staff.services.review.approve(staff.actor, ItemRef(ItemKind.LETTER, item))
    contacts = shown_page(qtbot, ContactsPage(staff))
    assert contacts.select_child(child_id(demo_core, demo_parent, "Zoë"))
    contacts.ask_reason = lambda *_args: "Safeguarding"  # type: ignore[method-assign]
    with qtbot.waitSignal(contacts.changed, timeout=5000):
        contacts.refuse_button.click()

    export = ExportPage(staff)
    export.choose_folder = lambda default: tmp_path / "packets"  # type: ignore[method-assign]
    qtbot.addWidget(export)
    export.show()
    export.choose_parent(demo_parent.id)
    qtbot.waitUntil(lambda: export.overview is not None, timeout=5000)
    rows = [export.plan_list.item(i).text() for i in range(export.plan_list.count())]
    assert any("Happy birthday, Zoë" in r and "not permitted: Safeguarding" in r
               for r in rows)
    with qtbot.waitSignal(export.export_finished, timeout=60_000):
        export.export_button.click()
    assert demo_core.letters.get(zoe_letter).status == "approved"
    assert demo_core.letters.get(dima_letter).status == "exported"
    results = [export.result_list.item(i).text() for i in range(export.result_list.count())]
    assert any("Happy birthday, Zoë" in r and "cannot be exported" in r for r in results)
