"""Driving the real window like a parent at the kiosk: find your name, type your PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from letterbox.demo import DEMO_PIN
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen


def type_pin(qtbot, window: MainWindow, pin: str = DEMO_PIN) -> None:  # type: ignore[no-untyped-def]
    """On the sign-in screen: type "demo", Enter, then the PIN and Enter."""
    screen = window.current_screen
    assert isinstance(screen, SignInScreen)
    qtbot.waitUntil(lambda: screen.name_list.count() > 0, timeout=5000)
    qtbot.keyClicks(screen.filter_edit, "demo")
    qtbot.keyClick(screen.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)


def sign_in_demo(qtbot, window: MainWindow) -> HomeScreen:  # type: ignore[no-untyped-def]
    """Sign the demo parent in and wait for their home with its data shown."""
    type_pin(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    return window.current_screen
