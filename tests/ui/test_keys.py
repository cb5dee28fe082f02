"""Enter presses the focused button as Space does, and Escape is Back, on every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

from letterbox.ui.keys import ButtonKeys
from letterbox.ui.screen import Screen


@pytest.fixture
def keys(qapp):
    filter_ = ButtonKeys(qapp)
    qapp.installEventFilter(filter_)
    yield filter_
    qapp.removeEventFilter(filter_)


def _screen(qtbot) -> tuple[Screen, QPushButton, QLineEdit]:
    screen = Screen()
    layout = QVBoxLayout(screen)
    layout.addLayout(screen.header("A screen"))
    button, edit = QPushButton("Go on"), QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(button)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen, button, edit


def test_enter_presses_the_focused_button(qtbot, keys) -> None:
    """Enter and keypad Enter press the button that has focus; in a text box they do not."""
    _, button, edit = _screen(qtbot)
    button.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        with qtbot.waitSignal(button.clicked, timeout=1000):
            qtbot.keyClick(button, key)
    edit.setFocus()
    with qtbot.assertNotEmitted(button.clicked):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    button.setEnabled(False)
    with qtbot.assertNotEmitted(button.clicked):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_escape_is_back(qtbot, keys) -> None:
    """Escape anywhere on a screen presses its Back button (the screen goes home)."""
    screen, _button, edit = _screen(qtbot)
    edit.setFocus()
    with qtbot.waitSignal(screen.go_home, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    screen.back_button.hide()
    with qtbot.assertNotEmitted(screen.go_home):
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
