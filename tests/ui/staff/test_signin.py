"""Staff sign-in: wrong, locked (and still locked on a new screen), right; reached from the
parents' sign-in; and never reached from a parent's session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.errors import NotAllowed
from letterbox.services import Services
from letterbox.services.actor import Actor
from letterbox.services.signin import SignInOutcome
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.screen import Session
from letterbox.ui.signin import SignInScreen
from letterbox.ui.staff.home import StaffHomeScreen
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.staff.signin import StaffSignInScreen
from tests.ui.staff.conftest import STAFF_NAME, STAFF_PASSPHRASE


def _screen(qtbot, services: Services, tasks) -> StaffSignInScreen:
    screen = StaffSignInScreen(services, tasks)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _try(qtbot, screen: StaffSignInScreen, name: str, passphrase: str) -> None:
    qtbot.waitUntil(screen.passphrase_edit.isEnabled, timeout=5000)
    screen.name_edit.setText(name)
    qtbot.keyClicks(screen.passphrase_edit, passphrase)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)


def test_wrong_passphrase_and_unknown_name_read_the_same(qtbot, services: Services,
                                                        tasks) -> None:
    """A wrong passphrase for a real name and any passphrase for a name that does not
    exist get the same plain message (no tries left that would tell them apart)."""
    screen = _screen(qtbot, services, tasks)
    answers = []
    for name in (STAFF_NAME, "Nobody Here"):
        screen.message.setText("")
        with qtbot.assertNotEmitted(screen.signed_in):
            _try(qtbot, screen, name, "wrong horse")
            qtbot.waitUntil(lambda: "do not match" in screen.message.text(), timeout=5000)
        answers.append(screen.message.text())
        assert screen.passphrase_edit.text() == ""
    assert answers[0] == answers[1] == "That name and passphrase do not match."


def test_lockout_counts_down_and_holds_on_a_new_screen(qtbot, services: Services,
                                                       tasks) -> None:
    """Five wrong tries lock: a countdown, keys disabled; a new screen is still locked."""
    screen = _screen(qtbot, services, tasks)
    for _ in range(5):
        _try(qtbot, screen, STAFF_NAME, "wrong horse")
        qtbot.waitUntil(lambda: screen.message.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: "Please wait" in screen.message.text(), timeout=5000)
    assert "30 seconds" in screen.message.text() or "29 seconds" in screen.message.text()
    assert not screen.passphrase_edit.isEnabled() and not screen.sign_in_button.isEnabled()

    fresh = _screen(qtbot, services, tasks)
    with qtbot.assertNotEmitted(fresh.signed_in):
        _try(qtbot, fresh, STAFF_NAME, STAFF_PASSPHRASE)
        qtbot.waitUntil(lambda: "Please wait" in fresh.message.text(), timeout=5000)
    assert not fresh.sign_in_button.isEnabled()


def test_right_passphrase_signs_in_as_staff(qtbot, services: Services, tasks) -> None:
    """The right name and passphrase give a staff actor for that member."""
    screen = _screen(qtbot, services, tasks)
    with qtbot.waitSignal(screen.signed_in, timeout=5000) as signed:
        _try(qtbot, screen, STAFF_NAME, STAFF_PASSPHRASE)
    result = signed.args[0]
    assert result.outcome is SignInOutcome.OK
    assert result.actor.is_staff and result.staff.name == STAFF_NAME


def test_staff_button_on_parent_signin_opens_staff_home(qtbot, demo_core: Core,
                                                        services: Services, tasks) -> None:
    """The small Staff button on the parents' sign-in leads to staff sign-in and home;
    Sign out comes back to the parents' sign-in."""
    window = MainWindow(demo_core, tasks, services=services)
    qtbot.addWidget(window)
    window.show()
    signin = window.current_screen
    assert isinstance(signin, SignInScreen)
    qtbot.mouseClick(signin.staff_button, Qt.MouseButton.LeftButton)
    staff_screen = window.current_screen
    assert isinstance(staff_screen, StaffSignInScreen)
    _try(qtbot, staff_screen, STAFF_NAME, STAFF_PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, StaffHomeScreen), timeout=5000)
    assert window.staff_session is not None and window.session is None
    qtbot.mouseClick(window.current_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, SignInScreen)
    assert window.staff_session is None


def test_back_from_staff_signin_returns_to_parents(qtbot, demo_core: Core,
                                                  services: Services, tasks) -> None:
    """Back on the staff sign-in shows the parents' sign-in again."""
    window = MainWindow(demo_core, tasks, services=services)
    qtbot.addWidget(window)
    window.current_screen.staff_requested.emit()
    window.current_screen.go_home.emit()
    assert isinstance(window.current_screen, SignInScreen)


def test_idle_staff_session_signs_out(qtbot, demo_core: Core, services: Services,
                                      tasks) -> None:
    """Left alone, the worker station goes back to the parents' sign-in too."""
    window = MainWindow(demo_core, tasks, services=services)
    qtbot.addWidget(window)
    window.start_staff_session(services.signin.sign_in_staff(STAFF_NAME, STAFF_PASSPHRASE))
    assert isinstance(window.current_screen, StaffHomeScreen)
    window._idle.setInterval(100)
    window.idle_warning_s = 1  # the countdown a worker could answer
    window.note_activity()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=3000)
    assert window.staff_session is None
    member = demo_core.staff.find(STAFF_NAME)
    assert member is not None
    qtbot.waitUntil(lambda: any(e.action == "signed_out" and e.detail == "idle"
                                and e.actor_kind == "staff"
                                for e in services.audit.events(Actor.staff(member.id))),
                    timeout=5000)


def test_a_parent_session_cannot_reach_staff_work(demo_core: Core, tasks,
                                                  services: Services, qtbot) -> None:
    """The parent's home offers no export or staff action, and staff work refuses them."""
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    session = Session(core=demo_core, tasks=tasks, parent=parent, services=services)
    home = HomeScreen(session)
    qtbot.addWidget(home)
    words = " ".join(b.text() + b.accessibleName() for b in home.findChildren(QAbstractButton))
    assert "mail room" not in words.lower() and "staff" not in words.lower()
    assert "export" not in words.lower()
    assert not hasattr(home, "export_button") and not hasattr(home, "send_to_mail_room")
    with pytest.raises(NotAllowed):
        StaffSession(core=demo_core, services=services, tasks=tasks, actor=session.actor,
                     member=demo_core.staff.all()[0])
    with pytest.raises(NotAllowed):
        services.review.queue(session.actor)
    with pytest.raises(NotAllowed):
        services.export.plan(session.actor, parent.id)
