"""Every control a person can use has a name a screen reader can say: on every parent
screen and every staff page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.ui.main_window import MainWindow
from letterbox.ui.staff.home import StaffHomeScreen
from tests.ui.keyboard_helpers import describe, kiosk_window
from tests.ui.screen_tour import parent_tour

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
            QAbstractItemView, QSlider, QAbstractSpinBox)
# Parts of a bigger control, named through it (a table's corner button, a combo box's list).
WHOLES = (QComboBox, QAbstractItemView, QAbstractSpinBox, QCalendarWidget)


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


def _part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, WHOLES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """The visible, enabled controls in ``root`` without an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _part_of_another(widget):
            continue
        if widget.isVisible() and widget.isEnabled() and not widget.accessibleName().strip():
            missing.append(describe(widget))
    return missing


def test_every_parent_control_has_a_name(qtbot, kiosk: MainWindow, demo_core: Core,
                                         monkeypatch) -> None:
    """On every parent screen (and the window's bar) each control has an accessible name."""
    problems, seen = [], 0
    for name, _screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        seen += 1
        problems += [f"{name}: {what}" for what in unnamed(kiosk)]
    assert seen >= 15
    assert not problems, "\n".join(problems)


def test_every_staff_control_has_a_name(qtbot, kiosk: MainWindow, demo_core: Core) -> None:
    """On the staff sign-in and on every staff page each control has an accessible name."""
    kiosk.show_staff_signin()
    problems = [f"staff sign-in: {what}" for what in unnamed(kiosk)]
    demo_core.staff.add("Sam Worker", "a long staff passphrase", actor=Actor.system())
    result = kiosk.services.signin.sign_in_staff("Sam Worker", "a long staff passphrase")
    kiosk.start_staff_session(result)
    home = kiosk.current_screen
    assert isinstance(home, StaffHomeScreen)
    for index, page in enumerate(home.pages):
        home.show_page(index)
        qtbot.waitUntil(lambda p=page: getattr(p, "loaded", True), timeout=5000)
        problems += [f"{type(page).__name__}: {what}" for what in unnamed(kiosk)]
    assert len(home.pages) >= 5
    assert not problems, "\n".join(problems)
