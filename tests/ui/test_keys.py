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


def test_the_wheel_over_a_dropdown_not_in_use_leaves_its_choice(qtbot) -> None:
    """Scrolling a form past the language box must not switch the language."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QVBoxLayout
    from PySide6.QtWidgets import QWidget as Plain

    from letterbox.ui.keys import ButtonKeys

    app = QApplication.instance()
    keys = ButtonKeys(app)
    app.installEventFilter(keys)
    try:
        scroll = QScrollArea()
        qtbot.addWidget(scroll)
        inner = Plain()
        layout = QVBoxLayout(inner)
        other = QLineEdit()
        box = QComboBox()
        box.addItems(["English", "Español"])
        layout.addWidget(other)
        layout.addWidget(box)
        scroll.setWidget(inner)
        scroll.show()
        scroll.activateWindow()
        other.setFocus()
        qtbot.waitUntil(other.hasFocus, timeout=2000)

        def wheel() -> None:
            event = QWheelEvent(QPointF(5, 5), QPointF(box.mapToGlobal(QPoint(5, 5))),
                                QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(box, event)

        wheel()
        assert box.currentIndex() == 0
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        wheel()
        assert box.currentIndex() == 1, "a box the parent is using still answers the wheel"
    finally:
        app.removeEventFilter(keys)
