"""The dashboard on a real store with a generated caseload: counts, order, search and
filters, birthdays, archived parents, and the way on to Review and Contacts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from letterbox.core import Core
from letterbox.errors import NotAllowed
from letterbox.services.actor import Actor
from letterbox.services.review import ItemRef
from letterbox.store.caseload import TRACKED_STATUSES
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.dashboard import DashboardPage
from letterbox.ui.staff.dashboard_model import PENDING_CONTACT, ParentTableModel
from letterbox.ui.staff.home import StaffHomeScreen
from letterbox.ui.staff.session import StaffSession
from tests.benchmarks.caseload import CaseloadSize, fill_caseload

TODAY = date(2026, 6, 1)  # injected: no clock is frozen


def _show(qtbot, page: DashboardPage) -> DashboardPage:  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.loaded and page.birthdays is not None, timeout=5000)
    return page


@pytest.fixture
def caseload(demo_core: Core) -> Core:
    """The demo parent and 40 generated parents (some archived) with their items."""
    fill_caseload(demo_core.db, CaseloadSize(parents=40, children=90, items=1_500,
                                             archived_share=0.2), today=TODAY)
    return demo_core


def _store_counts(core: Core, *, archived: bool) -> dict[str, int]:
    """Items by status and waiting contacts, counted straight from the tables."""
    hide = "" if archived else "AND p.archived_at IS NULL"
    counts = {status: 0 for status in TRACKED_STATUSES}
    for table in ("letter", "recording"):
        for status, n in core.db.query(
                f"SELECT i.status, COUNT(*) FROM {table} i JOIN parent p ON p.id = i.parent_id"
                f" WHERE 1 {hide} GROUP BY i.status"):
            if status in counts:
                counts[status] += n
    [(pending,)] = core.db.query("SELECT COUNT(*) FROM child c JOIN parent p ON"
                                 f" p.id = c.parent_id WHERE c.contact_status = 'pending' {hide}")
    return {**counts, PENDING_CONTACT: pending}


def _shown_ids(page: DashboardPage) -> list[str]:
    return [row.id_number for row in page.model.rows]


def test_counts_shown_equal_the_store(qtbot, staff: StaffSession, caseload: Core) -> None:
    """The counts above the table are the store's, without and then with archived parents."""
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    for archived in (False, True):
        page.archived_check.setChecked(archived)
        expected = _store_counts(caseload, archived=archived)
        shown = {status: page.count_buttons[status].property("count") for status in expected}
        assert shown == expected
        assert page.count_buttons["ready"].text() == f"Ready: {expected['ready']}"
    [(parents,)] = caseload.db.query("SELECT COUNT(*) FROM parent")
    assert page.model.rowCount() == parents


def test_pending_contact_comes_first(qtbot, staff: StaffSession, demo_core: Core) -> None:
    """A parent with a contact decision waiting sorts above others, whatever their name."""
    zed = demo_core.profiles.create_parent("Zed Young", "Z-900", "1234")
    demo_core.profiles.add_child(zed.id, "Pip", age_years=3)  # pending until staff decide
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    assert _shown_ids(page)[:2] == ["Z-900", "DEMO-0001"]
    first = page.model.index(0, ParentTableModel.COLUMNS.index(PENDING_CONTACT))
    assert page.model.data(first) == "1"
    assert page.selected_parent_id() == zed.id


def test_search_by_id_number_and_by_child_name(qtbot, staff: StaffSession,
                                               caseload: Core) -> None:
    """Typing an ID number, or part of a child's name, leaves only that parent."""
    ana = caseload.profiles.create_parent("Ana Quiroga", "Q-123", "1234")
    caseload.profiles.add_child(ana.id, "Xiomara", age_years=8)
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    qtbot.keyClicks(page.search_edit, "gen-00005")
    assert _shown_ids(page) == ["GEN-00005"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "xiom")
    assert _shown_ids(page) == ["Q-123"]
    assert page.shown_label.text().startswith("1 of ")
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.summary.id == ana.id,
                    timeout=5000)
    assert "Xiomara" in page.panel.children_list.item(0).text()


def test_unit_and_status_filters(qtbot, staff: StaffSession, caseload: Core) -> None:
    """A unit shows only its parents; a status only parents with items in it, and with a
    date, only those whose items in it changed since then."""
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    page.unit_box.setCurrentIndex(page.unit_box.findData("B-wing"))
    [(in_unit,)] = caseload.db.query("SELECT COUNT(*) FROM parent WHERE housing_unit LIKE"
                                     " 'B-wing,%' AND archived_at IS NULL")
    assert in_unit and page.model.rowCount() == in_unit
    assert all(row.housing_unit.startswith("B-wing,") for row in page.model.rows)
    page.unit_box.setCurrentIndex(0)
    page.set_status_filter("rejected")
    [(with_rejected,)] = caseload.db.query(
        "SELECT COUNT(DISTINCT p.id) FROM parent p JOIN (SELECT parent_id, status FROM letter"
        " UNION ALL SELECT parent_id, status FROM recording) i ON i.parent_id = p.id"
        " WHERE i.status = 'rejected' AND p.archived_at IS NULL")
    assert with_rejected and page.model.rowCount() == with_rejected
    assert all(row.count("rejected") for row in page.model.rows)
    page.since_edit.setDate(QDate(2026, 5, 20))
    page.since_check.setChecked(True)
    assert 0 < page.model.rowCount() < with_rejected
    assert all(row.latest["rejected"] >= "2026-05-20" for row in page.model.rows)
    page.since_check.setChecked(False)
    qtbot.mouseClick(page.count_buttons[PENDING_CONTACT], Qt.MouseButton.LeftButton)
    assert page.status_box.currentData() == PENDING_CONTACT
    assert all(row.pending_contacts for row in page.model.rows)


def test_birthday_in_12_days_is_shown_and_in_40_days_is_not(qtbot, staff: StaffSession,
                                                            demo_core: Core) -> None:
    """"Mia turns 7 on 13 Jun" is listed twelve days ahead; a birthday 40 days away is not."""
    parent = demo_core.profiles.create_parent("Rosa Vidal", "R-77", "1234")
    demo_core.profiles.add_child(parent.id, "Mia", birth_date="2019-06-13")
    demo_core.profiles.add_child(parent.id, "Teo", birth_date="2018-07-11")
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    lines = [page.birthdays_list.item(n).text() for n in range(page.birthdays_list.count())]
    assert any(line.startswith("Mia turns 7 on 13 Jun (in 12 days) · Rosa Vidal (R-77)")
               for line in lines), lines
    assert not any("Teo" in line for line in lines)
    page.birthdays_list.setCurrentRow(next(n for n, line in enumerate(lines) if "Mia" in line))
    page.show_parent(int(page.birthdays_list.currentItem().data(Qt.ItemDataRole.UserRole)))
    assert page.selected_parent_id() == parent.id


def test_archived_parents_are_hidden_unless_asked(qtbot, staff: StaffSession,
                                                  demo_core: Core, demo_parent: Parent) -> None:
    """An archived parent leaves the table until "Show archived" is ticked."""
    gone = demo_core.profiles.create_parent("Ian Left", "L-1", "1234")
    with demo_core.db.transaction() as conn:
        conn.execute("UPDATE parent SET archived_at = '2026-05-01T10:00:00+00:00'"
                     " WHERE id = ?", (gone.id,))
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    assert _shown_ids(page) == ["DEMO-0001"]
    qtbot.mouseClick(page.archived_check, Qt.MouseButton.LeftButton)
    assert sorted(_shown_ids(page)) == ["DEMO-0001", "L-1"]
    row = page.model.row_of(gone.id)
    assert page.model.data(page.model.index(row, 0)) == "Ian Left (archived)"


def test_a_parent_cannot_read_the_dashboard(staff: StaffSession, demo_parent: Parent) -> None:
    """Every dashboard read is staff work: a parent actor is refused."""
    dashboard, parent = staff.services.dashboard, Actor.parent(demo_parent.id)
    for call in (lambda: dashboard.parents(parent),
                 lambda: dashboard.birthdays(parent, TODAY),
                 lambda: dashboard.detail(parent, demo_parent.id, TODAY)):
        with pytest.raises(NotAllowed):
            call()


def test_on_to_review_and_contacts(qtbot, staff: StaffSession, demo_core: Core,
                                   demo_parent: Parent) -> None:
    """From the parent's items, Open in Review shows that item; from a child, Open in
    Contacts shows that child."""
    home = StaffHomeScreen(staff)
    qtbot.addWidget(home)
    home.show()
    page = home.dashboard
    assert home.current_page() is page
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    ready = page.panel.items_tree.topLevelItem(0)
    assert ready.text(0).startswith("Ready for review (")
    page.panel.items_tree.setCurrentItem(ready.child(0))
    status, ref = ready.child(0).data(0, Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(page.panel.review_button, Qt.MouseButton.LeftButton)
    review = home.review
    assert home.current_page() is review and review.status_filter() == status
    qtbot.waitUntil(lambda: review.selected_entry() is not None
                    and review.selected_entry().ref == ref, timeout=5000)

    home.show_page(0)
    qtbot.waitUntil(lambda: page.panel.children_list.count() > 0, timeout=5000)
    page.panel.children_list.setCurrentRow(page.panel.children_list.count() - 1)
    child = page.panel.children_list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(page.panel.contacts_button, Qt.MouseButton.LeftButton)
    contacts = home.contacts
    assert home.current_page() is contacts
    qtbot.waitUntil(lambda: contacts.selected() is not None
                    and contacts.selected().child.id == child, timeout=5000)


def test_reload_reads_the_selected_parent_again(qtbot, staff: StaffSession,
                                                demo_parent: Parent) -> None:
    """Coming back to the dashboard after a decision shows the parent as they are now."""
    page = _show(qtbot, DashboardPage(staff, today=lambda: TODAY))
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    ready = page.detail.items_with("ready")
    staff.services.review.approve(staff.actor, ItemRef(ItemKind(ready[0].kind), ready[0].id))
    page.reload()
    qtbot.waitUntil(lambda: page.detail is not None
                    and len(page.detail.items_with("ready")) == len(ready) - 1, timeout=5000)
    assert page.selected_parent_id() == demo_parent.id
    assert page.panel.items_tree.topLevelItem(0).text(0) \
        == f"Ready for review ({len(ready) - 1})"
