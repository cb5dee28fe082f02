"""Sign-in → home, profile creation and sign-out, on the real window with a real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_NAME, DEMO_PIN
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import CreateProfileScreen, SignInScreen


@pytest.fixture
def window(qtbot, demo_core: Core, tasks):
    win = MainWindow(demo_core, tasks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_screen.name_list.count() > 0, timeout=5000)
    return win


def _sign_in(qtbot, win: MainWindow, pin: str) -> None:
    screen = win.current_screen
    assert isinstance(screen, SignInScreen)
    qtbot.keyClicks(screen.filter_edit, "demo")
    qtbot.keyClick(screen.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)


def test_right_pin_opens_home_with_children(qtbot, window: MainWindow) -> None:
    """Picking your name and typing the right PIN shows your children and drafts."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    names = [home.children_list.item(i).text() for i in range(home.children_list.count())]
    assert any("Zoë Martínez" in n for n in names)
    assert any("contact not permitted" in n for n in names)
    items = [home.items_list.item(i).text() for i in range(home.items_list.count())]
    assert any("Ready for review" in text for text in items)
    assert window.session is not None and window.session.parent.name == DEMO_NAME


def test_wrong_pin_is_refused_kindly(qtbot, window: MainWindow) -> None:
    """A wrong PIN keeps you on the PIN page with a message, and nobody is signed in."""
    _sign_in(qtbot, window, "9999")
    screen = window.current_screen
    qtbot.waitUntil(lambda: "did not match" in screen.pin_message.text(), timeout=5000)
    assert window.session is None


def test_five_wrong_pins_lock_for_a_while(qtbot, window: MainWindow) -> None:
    """After five wrong PINs even the right one waits, so guessing is slow."""
    screen = window.current_screen
    _sign_in(qtbot, window, "0000")
    for _ in range(4):
        qtbot.waitUntil(lambda: screen.pin_edit.isEnabled(), timeout=5000)
        qtbot.keyClicks(screen.pin_edit, "0000")
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Too many tries" in screen.pin_message.text(), timeout=5000)
    qtbot.keyClicks(screen.pin_edit, DEMO_PIN)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert window.session is None


def test_sign_out_shows_nobodys_data(qtbot, window: MainWindow) -> None:
    """After signing out the kiosk shows the sign-in screen, not the last parent's home."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    window.sign_out()
    assert isinstance(window.current_screen, SignInScreen)
    assert window.session is None


def test_create_profile_then_home(qtbot, window: MainWindow, demo_core: Core) -> None:
    """A new parent fills the form with the keyboard and lands on an empty home."""
    window.current_screen.create_requested.emit()
    form = window.current_screen
    assert isinstance(form, CreateProfileScreen)
    qtbot.keyClicks(form.name_edit, "Ali <b>../../x")
    qtbot.keyClicks(form.id_edit, "A1234BC")
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.pin_again_edit, "2468")
    form.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    made = demo_core.profiles.find_by_id_number("A1234BC")
    assert made is not None and made.name == "Ali <b>../../x"
    assert demo_core.profiles.verify_pin(made.id, "2468")


def test_mismatched_pins_are_explained(qtbot, window: MainWindow, demo_core: Core) -> None:
    """Two different PINs give a message and create nothing."""
    window.current_screen.create_requested.emit()
    form = window.current_screen
    qtbot.keyClicks(form.name_edit, "Sam")
    qtbot.keyClicks(form.id_edit, "B1")
    qtbot.keyClicks(form.pin_edit, "1111")
    qtbot.keyClicks(form.pin_again_edit, "2222")
    form.save_button.click()
    assert "different" in form.message.text()
    assert demo_core.profiles.find_by_id_number("B1") is None


def test_idle_kiosk_signs_out(qtbot, window: MainWindow) -> None:
    """Left alone, a signed-in kiosk returns to sign-in so the next person sees nothing."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    window._idle.setInterval(100)
    window.note_activity()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=3000)
    assert window.session is None


def test_home_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    """Ctrl+L opens the letter flow for the highlighted child; Ctrl+Q signs out."""
    from letterbox.ui.letter_flow import LetterFlowScreen

    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    assert "Ctrl+L" in home.write_button.toolTip()
    qtbot.keyClick(home, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LetterFlowScreen), timeout=15000)
    window.show_home()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    qtbot.keyClick(window.current_screen, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen, SignInScreen)
