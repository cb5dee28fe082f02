"""Every parent screen has a way back that Escape presses, and home's Sign out is never
where a Back was (a second tap must not sign the parent out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from letterbox.core import Core
from letterbox.ui.checkin import CheckinScreen
from letterbox.ui.home import HomeScreen
from letterbox.ui.keys import _back_button
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from tests.ui.keyboard_helpers import assert_focus_in, describe, kiosk_window, press
from tests.ui.screen_tour import parent_tour

ROOTS = {"sign-in", "home"}  # where nobody (or the parent's session) starts: no Back
ESCAPE = Qt.Key.Key_Escape


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


def _rect(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_every_screen_has_back_and_sign_out_is_never_there(qtbot, kiosk: MainWindow,
                                                           demo_core: Core,
                                                           monkeypatch) -> None:
    """On each screen but the roots, Escape (from the focused control or the bar) finds a
    shown Back; none of them overlaps the place of home's Sign out."""
    backs: dict[str, QRect] = {}
    sign_out = QRect()
    problems = []
    for name, screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        if isinstance(screen, HomeScreen):
            sign_out = _rect(screen.sign_out_button, kiosk)
        if name in ROOTS:
            assert _back_button(screen) is None or name == "home"
            continue
        focused = QApplication.focusWidget() or screen
        for start in (focused, kiosk.bar.read_aloud):
            back = _back_button(start)
            if back is None or not back.isVisible():
                problems.append(f"{name}: Escape from {describe(start)} finds no Back")
            else:
                backs[f"{name} ({describe(back)})"] = _rect(back, kiosk)
    assert not problems, "\n".join(problems)
    assert sign_out.isValid() and len(backs) >= 15
    under = [name for name, rect in backs.items() if rect.intersects(sign_out)]
    assert under == [], f"Sign out sits where Back was on {under}"


def test_escape_skips_the_check_in(qtbot, kiosk: MainWindow, demo_core: Core,
                                   monkeypatch) -> None:
    """Escape on the check-in question is Back: the question is skipped, home opens."""
    tour = parent_tour(qtbot, kiosk, demo_core, monkeypatch)
    for name, _screen in tour:
        if name == "check-in":
            break
    assert isinstance(kiosk.current_screen, CheckinScreen)
    assert_focus_in(kiosk)
    press(qtbot, ESCAPE)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, HomeScreen), timeout=5000)
    rows = demo_core.db.query("SELECT value FROM checkin_answer")
    assert [row["value"] for row in rows] == [None]


def test_escape_steps_back_through_the_letter_choices(qtbot, kiosk: MainWindow,
                                                      demo_core: Core, monkeypatch) -> None:
    """On "Which of these fits best?" Escape goes back to the occasions, then to the
    children, then (Save and close) home; focus is on a choice each time."""
    for name, _screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        if name == "which fits best":
            break
    flow = kiosk.current_screen
    assert isinstance(flow, LetterFlowScreen)
    for page in (flow.occasion_page, flow.child_page):
        press(qtbot, ESCAPE)
        assert flow.pages.currentWidget() is page
        assert assert_focus_in(kiosk) is page.buttons[0]
    press(qtbot, ESCAPE)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, HomeScreen), timeout=5000)


def test_escape_on_the_pin_page_goes_back_to_the_names(qtbot, kiosk: MainWindow) -> None:
    """Escape on the PIN page is "That is not me"; on the names page it does nothing."""
    signin = kiosk.current_screen
    assert isinstance(signin, SignInScreen)
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_Return)
    assert assert_focus_in(kiosk) is signin.pin_edit
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, ESCAPE)
    assert assert_focus_in(kiosk) is signin.filter_edit
    assert signin.pin_edit.text() == "" and signin.back_button is None
    press(qtbot, ESCAPE)
    assert kiosk.current_screen is signin
