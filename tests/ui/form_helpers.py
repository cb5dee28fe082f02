"""The add-a-child form in the real window on a real store, and answering its questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.ui.child_form import ChildFormScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.message_box import MessageBox
from letterbox.ui.widgets.stepper import Stepper


def open_child_form(qtbot, core: Core, tasks) -> tuple[MainWindow, ChildFormScreen]:  # type: ignore[no-untyped-def]
    """The demo parent signed in, on "Add a child", the window shown and active."""
    parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    window = MainWindow(core, tasks)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.start_session(parent)
    window.open_add_child()
    form = window.current_screen
    assert isinstance(form, ChildFormScreen)
    return window, form


def press(qtbot, widget: QWidget, *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Keys pressed on ``widget`` one after another."""
    for key in keys:
        qtbot.keyClick(widget, key)


def type_into(qtbot, stepper: Stepper, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Digits typed into a stepper's value box, then the typing finished (Tab away)."""
    qtbot.keyClicks(stepper.box, digits)
    stepper.finish_typing()


def answer_next_box(qtbot, index: int, seen: list[str]) -> QTimer:  # type: ignore[no-untyped-def]
    """When the next message box opens, note its words and buttons in ``seen`` and press
    button ``index`` with the mouse, as a parent would (keep the timer returned)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, MessageBox) and box.isVisible():
            timer.stop()
            seen.append(box.text())
            seen.extend(button.text() for button in box.buttons)
            qtbot.mouseClick(box.buttons[index], Qt.MouseButton.LeftButton)

    timer.timeout.connect(look)
    timer.start()
    return timer
