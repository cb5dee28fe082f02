"""Contacts (approve, not permitted needs a reason, consent) and parents (PIN reset, clear
lockout), through the staff pages on a real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_PIN
from letterbox.services.signin import SignInOutcome
from letterbox.store.audit import events
from letterbox.store.profiles import Parent
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.staff.contacts import ContactsPage
from letterbox.ui.staff.parents import ParentsPage
from letterbox.ui.staff.session import StaffSession
from tests.ui.staff.conftest import shown_page


@pytest.fixture
def pending_child(demo_core: Core, demo_parent: Parent) -> int:
    """A child the parent added at the kiosk: contact waits for staff."""
    return demo_core.profiles.add_child(demo_parent.id, "Mia Lee", age_years=4).id


def test_contacts_list_pending_first_and_approve(qtbot, staff: StaffSession, demo_core: Core,
                                                 pending_child: int) -> None:
    """The pending child comes first; Approve records it, by staff, in the audit log."""
    page = shown_page(qtbot, ContactsPage(staff))
    assert page.rows[0].child.id == pending_child
    assert page.table.item(0, 3).text() == "waiting for staff to approve contact"
    assert page.table.item(0, 2).text() == "DEMO-0001"
    assert page.select_child(pending_child)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.approve_button.click()
    assert demo_core.profiles.child(pending_child).contact_status == "approved"
    assert any(e.actor_kind == "staff" and e.actor_name == "Sam Worker"
               for e in events(demo_core.db) if e.parent_id is not None
               and "contact" in e.action)
    qtbot.waitUntil(lambda: page.selected() is not None
                    and page.selected().child.contact_status == "approved", timeout=5000)


def test_not_permitted_needs_a_reason(qtbot, staff: StaffSession, demo_core: Core,
                                      pending_child: int) -> None:
    """Not permitted without a reason is refused in words; with one, it is stored."""
    page = shown_page(qtbot, ContactsPage(staff))
    assert page.select_child(pending_child)
    page.ask_reason = lambda *_args: ""  # type: ignore[method-assign]
    page.refuse_button.click()
    qtbot.waitUntil(lambda: "give a reason" in page.message.text(), timeout=5000)
    assert demo_core.profiles.child(pending_child).contact_status == "pending"
    page.ask_reason = lambda *_args: "No-contact order"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.refuse_button.click()
    child = demo_core.profiles.child(pending_child)
    assert child.contact_status == "not_permitted" and child.contact_reason == "No-contact order"


def test_carer_consent_is_recorded(qtbot, staff: StaffSession, demo_core: Core,
                                   pending_child: int) -> None:
    """Given and Refused record the carer's answer."""
    page = shown_page(qtbot, ContactsPage(staff))
    assert page.select_child(pending_child)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.consent_given_button.click()
    assert demo_core.profiles.child(pending_child).carer_consent == "given"
    qtbot.waitUntil(lambda: page.selected() is not None and not page.busy, timeout=5000)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.consent_refused_button.click()
    assert demo_core.profiles.child(pending_child).carer_consent == "refused"


def test_pin_reset_then_the_parent_signs_in_with_it(qtbot, staff: StaffSession,
                                                    demo_core: Core, demo_parent: Parent,
                                                    tasks) -> None:
    """Reset PIN… (typed twice) gives a new PIN; the parent signs in with it at the kiosk."""
    for _ in range(5):
        staff.services.signin.sign_in_parent(demo_parent.id, "0000")
    page = shown_page(qtbot, ParentsPage(staff))
    assert page.select_parent(demo_parent.id)
    assert "Locked" in page.table.item(page.table.currentRow(), 4).text()
    page.ask_new_pin = lambda who: "8642"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.reset_button.click()
    qtbot.waitUntil(lambda: "5 tries left" in page.table.item(page.table.currentRow(), 4)
                    .text(), timeout=5000)
    assert any(e.action == "pin_reset" and e.actor_kind == "staff" for e in events(demo_core.db))

    window = MainWindow(demo_core, tasks, services=staff.services)
    qtbot.addWidget(window)
    window.show()
    signin = window.current_screen
    qtbot.waitUntil(lambda: signin.name_list.count() > 0, timeout=5000)
    qtbot.keyClicks(signin.filter_edit, "demo")
    qtbot.keyClick(signin.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(signin.pin_edit, "8642")
    qtbot.keyClick(signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert not demo_core.profiles.verify_pin(demo_parent.id, DEMO_PIN)


def test_bad_pin_is_refused_in_words(qtbot, staff: StaffSession, demo_core: Core,
                                     demo_parent: Parent) -> None:
    """A PIN of letters is refused by the service and the page says what a PIN is."""
    page = shown_page(qtbot, ParentsPage(staff))
    assert page.select_parent(demo_parent.id)
    page.ask_new_pin = lambda who: "12ab"  # type: ignore[method-assign]
    page.reset_button.click()
    qtbot.waitUntil(lambda: "A PIN is 4 to 8 numbers" in page.message.text(), timeout=5000)
    assert demo_core.profiles.verify_pin(demo_parent.id, DEMO_PIN)


def test_clear_lockout(qtbot, staff: StaffSession, demo_parent: Parent) -> None:
    """Clear lockout lets a locked parent try again, with the same PIN."""
    signin = staff.services.signin
    for _ in range(5):
        signin.sign_in_parent(demo_parent.id, "0000")
    assert signin.parent_state(demo_parent.id).locked
    page = shown_page(qtbot, ParentsPage(staff))
    assert page.select_parent(demo_parent.id)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.unlock_button.click()
    assert not signin.parent_state(demo_parent.id).locked
    assert signin.sign_in_parent(demo_parent.id, DEMO_PIN).outcome is SignInOutcome.OK
