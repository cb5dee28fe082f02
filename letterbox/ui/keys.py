"""Keys that work the same on every screen: Enter presses the focused button (as Space
does), and Escape is Back. The wheel never changes a drop-down the parent is not using.

Qt's buttons answer only Space, and only dialogs know Escape; screens told parents to
"press Enter". One application-wide filter keeps the rule in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ButtonKeys(QObject):
    """Install on the application: ``app.installEventFilter(ButtonKeys(app))``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            return _wheel_past_choosers(watched, event)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if not plain or event.isAutoRepeat():
            return False
        focus = QApplication.focusWidget() or watched  # keys reach the focus widget first
        if event.key() in _ENTER:
            if isinstance(watched, QAbstractButton) and watched is focus and _usable(watched):
                watched.click()
                return True
            return False
        if event.key() == Qt.Key.Key_Escape and watched is focus:
            if QApplication.activeModalWidget() is not None:
                return False  # a dialog closes itself on Escape
            back = _back_button(watched)
            if back is not None:
                back.click()
                return True
        return False


def _wheel_past_choosers(watched: QObject, event: QEvent) -> bool:
    """The mouse wheel over a drop-down or number box the parent has not chosen to use
    scrolls the screen instead of changing its value (it once switched the language)."""
    if not isinstance(watched, (QComboBox, QAbstractSpinBox)) or watched.hasFocus():
        return False
    parent = watched.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QApplication.sendEvent(parent.viewport(), event)
    return True


def _usable(button: QAbstractButton) -> bool:
    return button.isEnabled() and button.isVisible()


def _back_button(start: QObject) -> QAbstractButton | None:
    """The nearest screen's Back button, if it shows one."""
    widget = start if isinstance(start, QWidget) else None
    while widget is not None:
        back = getattr(widget, "back_button", None)
        if isinstance(back, QAbstractButton) and _usable(back):
            return back
        widget = widget.parentWidget()
    return None
