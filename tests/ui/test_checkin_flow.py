"""The kiosk check-in: right after sign-in, before home, in the parent's language."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.services import build_services
from letterbox.services.actor import Actor
from letterbox.ui.checkin import CheckinScreen
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from tests.ui.window_helpers import type_pin

QUESTION_EN = "How confident do you feel about staying in touch with your children?"
QUESTION_ES = "¿Qué tan seguro se siente de mantener el contacto con sus hijos?"


@pytest.fixture
def window(qtbot, demo_core: Core, tasks):
    staff = demo_core.staff.add("Sam Worker", "correct horse", actor=Actor.system())
    build_services(demo_core).checkins.add_question(
        Actor.staff(staff.id, staff.name), QUESTION_EN, QUESTION_ES, repeat_weeks=8)
    win = MainWindow(demo_core, tasks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_screen.name_list.count() > 0 and win.checkins_on,
                    timeout=5000)
    return win


def _answers(core: Core) -> list[int | None]:
    return [r["value"] for r in core.db.query("SELECT value FROM checkin_answer ORDER BY id")]


def test_sign_in_asks_then_home_and_not_again(qtbot, window: MainWindow,
                                              demo_core: Core) -> None:
    """Sign-in shows the question; tapping 4 stores 4 and opens home; next sign-in skips it."""
    type_pin(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, CheckinScreen), timeout=5000)
    screen = window.current_screen
    assert screen.question_label.text() == QUESTION_EN
    assert sorted(screen.value_buttons) == [1, 2, 3, 4, 5]
    screen.value_buttons[4].click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert _answers(demo_core) == [4]
    window.sign_out()
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    type_pin(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert _answers(demo_core) == [4]


def test_skip_stores_an_empty_answer(qtbot, window: MainWindow, demo_core: Core) -> None:
    """Skip goes home and records a skipped answer, so the parent is not asked again."""
    type_pin(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, CheckinScreen), timeout=5000)
    window.current_screen.skip_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert _answers(demo_core) == [None]


def test_spanish_parent_sees_the_spanish_question(qtbot, window: MainWindow,
                                                  demo_core: Core) -> None:
    """A parent whose language is Spanish reads the Spanish text; a number key answers."""
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    demo_core.profiles.set_language(parent.id, "es")
    type_pin(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, CheckinScreen), timeout=5000)
    screen = window.current_screen
    assert screen.question_label.text() == QUESTION_ES
    qtbot.keyClicks(screen, "2")
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert _answers(demo_core) == [2]


def test_no_question_goes_straight_home(qtbot, demo_core: Core, tasks) -> None:
    """Without an active question, signing in shows home at once, as before."""
    win = MainWindow(demo_core, tasks)
    qtbot.addWidget(win)
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    win.start_session(parent)
    assert isinstance(win.current_screen, HomeScreen)
