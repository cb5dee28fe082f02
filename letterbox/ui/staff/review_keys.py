"""Keys of the review page: next and previous item, approve, return. They never fire
while the worker is typing in a text box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from letterbox.ui.staff.review import ReviewPage


def typing_in_a_box() -> bool:
    """True when the focus is in something that takes typed text."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def _bind(page: QWidget, keys: tuple[str, ...], handler: Callable[[], None]) -> None:
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda h=handler: None if typing_in_a_box() else h())


def add_review_keys(page: ReviewPage) -> None:
    """J or Ctrl+Down: next; K or Ctrl+Up: previous; A or Ctrl+Enter: approve; R: return.
    The buttons' tooltips say so."""
    _bind(page, ("J", "Ctrl+Down"), lambda: page.step(1))
    _bind(page, ("K", "Ctrl+Up"), lambda: page.step(-1))
    _bind(page, ("A", "Ctrl+Return", "Ctrl+Enter"), page.approve)
    _bind(page, ("R",), page.return_selected)
    page.approve_button.setToolTip(page.tr("Approve for the mail room (A or Ctrl+Enter)"))
    page.return_button.setToolTip(page.tr("Send back to the parent with a reason (R)"))
    page.table.setToolTip(page.tr("Next item: J or Ctrl+Down · previous: K or Ctrl+Up · "
                                  "Shift or Ctrl + click to choose several"))
