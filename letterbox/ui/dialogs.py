"""The window's one way to show messages and ask questions.

Every box is parented to the window (never to a screen, which may be replaced while the
box is open), is tracked while open, and is closed by ``close_all`` before a sign-out
replaces the screens. When a box closes, keyboard focus goes back to where it was, or
to the window's current screen, so Tab and Space work at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from letterbox.audio.speech import Speaker


class DialogHost(QObject):
    """Shows message boxes for one window, each with its own Read aloud."""

    def __init__(self, window: QWidget, *, speaker: Callable[[], Speaker] | None = None,
                 language: Callable[[], str] = lambda: "en") -> None:
        super().__init__(window)
        self._window = window
        self._open: list[QDialog] = []
        self._speaker = speaker
        self._language = language

    @property
    def open_count(self) -> int:
        """How many boxes are showing now."""
        return len(self._open)

    def inform(self, title: str, message: str) -> None:
        """A message with one OK button."""
        self._ask(title, message, [self.tr("OK")], escape=0)

    def warn(self, title: str, message: str) -> None:
        """A problem, kindly worded, with one OK button."""
        self._ask(title, message, [self.tr("OK")], escape=0)

    def confirm(self, title: str, question: str, *, yes: str = "", no: str = "") -> bool:
        """A yes/no question; closing the box (or a sign-out) answers no. The focus
        starts on no, so a stray Enter never does the irreversible thing."""
        answer = self._ask(title, question, [yes or self.tr("Yes"), no or self.tr("No")],
                           default=1, escape=1, primary=0)
        return answer == 0

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """Pick one of ``items``, each a big button; the index, or None when cancelled."""
        answer = self._ask(title, label, [*items, self.tr("Cancel")], escape=len(items),
                           stacked=True)
        return answer if 0 <= answer < len(items) else None

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
        self._add_read_aloud(dialog)
        self._run(dialog)
        return dialog.result()

    def close_all(self) -> None:
        """Close every open box (their questions are answered "no")."""
        for box in list(self._open):
            if shiboken6.isValid(box):
                box.reject()

    def _ask(self, title: str, text: str, buttons: list[str], **options) -> int:
        from letterbox.ui.message_box import MessageBox

        speaker = self._speaker() if self._speaker is not None else None
        box = MessageBox(self._window, title, text, buttons, speaker=speaker,
                         language=self._language, **options)
        self._run(box)
        return box.clicked

    def _add_read_aloud(self, dialog: QDialog) -> None:
        """A screen's own dialog gets Read aloud at its top, reading what it shows."""
        from letterbox.ui.spoken import screen_text
        from letterbox.ui.widgets.read_aloud import ReadAloudButton

        layout = dialog.layout()
        if self._speaker is None or not isinstance(layout, QBoxLayout) \
                or dialog.findChildren(ReadAloudButton):
            return
        button = ReadAloudButton(self._speaker(), lambda: screen_text(dialog), self._language)
        layout.insertWidget(0, button, 0, Qt.AlignmentFlag.AlignRight)

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
        focus_screen = getattr(self._window, "focus_screen", None)
        if callable(focus_screen):  # the window's own rule: the screen's first control
            focus_screen()
        else:
            self._window.focusNextChild()
