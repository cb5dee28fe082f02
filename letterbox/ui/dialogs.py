"""The window's one way to show messages and ask questions.

Every box is parented to the window (never to a screen, which may be replaced while the
box is open), is tracked while open, and is closed by ``close_all`` before a sign-out
replaces the screens. When a box closes, keyboard focus goes back to where it was, or
to the window's current screen, so Tab and Space work at once.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)


class DialogHost(QObject):
    """Shows message boxes for one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._open: list[QDialog] = []

    @property
    def open_count(self) -> int:
        """How many boxes are showing now."""
        return len(self._open)

    def inform(self, title: str, message: str) -> None:
        """A message with one OK button."""
        box = self._box(QMessageBox.Icon.Information, title, message)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        self._run(box)

    def warn(self, title: str, message: str) -> None:
        """A problem, kindly worded, with one OK button."""
        box = self._box(QMessageBox.Icon.Warning, title, message)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        self._run(box)

    def confirm(self, title: str, question: str, *, yes: str = "", no: str = "") -> bool:
        """A yes/no question; closing the box (or a sign-out) answers no."""
        box = self._box(QMessageBox.Icon.Question, title, question)
        yes_button = box.addButton(yes or self.tr("Yes"), QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no or self.tr("No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        self._run(box)
        return box.clickedButton() is yes_button

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """Pick one of ``items`` from a list; the index, or None when cancelled."""
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
        self._run(dialog)
        text = dialog.textValue()
        if dialog.result() != QDialog.DialogCode.Accepted or text not in items:
            return None
        return items.index(text)

    def choose_folder(self, title: str, start: str) -> str:
        """A folder (staff only: parents never see the file system); '' when cancelled."""
        dialog = QFileDialog(self._window, title, start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        self._run(dialog)
        chosen = dialog.selectedFiles()
        return chosen[0] if dialog.result() == QDialog.DialogCode.Accepted and chosen else ""

    def run(self, dialog: QDialog) -> int:
        """Show a window-owned dialog of a screen's own (a reason, a new PIN) modally;
        it is tracked like the message boxes, so a sign-out closes it first."""
        dialog.setParent(self._window, dialog.windowFlags())
        self._run(dialog)
        return dialog.result()

    def close_all(self) -> None:
        """Close every open box (their questions are answered "no")."""
        for box in list(self._open):
            if shiboken6.isValid(box):
                box.reject()

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)
        box.setTextFormat(box.textFormat().PlainText)  # names like <b> are shown as typed
        return box

    def _run(self, box: QDialog) -> None:
        before = QApplication.focusWidget()
        self._open.append(box)
        try:
            box.exec()
        finally:
            self._open.remove(box)
            box.deleteLater()
            self._restore_focus(before)

    def _restore_focus(self, before: QWidget | None) -> None:
        if not shiboken6.isValid(self._window):
            return
        self._window.activateWindow()
        if before is not None and shiboken6.isValid(before) and before.isVisible() \
                and before.window() is self._window:
            before.setFocus()
            return
        current = getattr(self._window, "current_screen", None)
        if isinstance(current, QWidget) and shiboken6.isValid(current):
            current.setFocus()
            current.focusNextChild()
