"""The kiosk's own message box: big buttons, plain words, and its own Read aloud.

Qt's QMessageBox has small buttons and no way to read itself aloud, and a reader who
cannot read a word must still learn what a box asks. Every box the window shows is one
of these (``ui/dialogs.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.speech import Speaker
from letterbox.ui.spoken import spoken
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.read_aloud import ReadAloudButton


class MessageBox(QDialog):
    """A title, a message and a row of buttons; ``clicked`` is the index pressed.

    ``escape`` is the button that closing the box (Escape, a sign-out) counts as.
    """

    def __init__(self, parent: QWidget, title: str, text: str, buttons: list[str], *,
                 default: int = 0, escape: int = -1, primary: int | None = None,
                 speaker: Speaker | None = None,
                 language: Callable[[], str] = lambda: "en",
                 stacked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("messageBox")
        self.setWindowTitle(title)
        self.setModal(True)
        self.escape = escape if escape >= 0 else len(buttons) - 1
        self.clicked = -1
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = QLabel(title)
        set_role(self.title_label, "heading")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title_label, 1)
        self.read_aloud: ReadAloudButton | None = None
        if speaker is not None:
            self.read_aloud = ReadAloudButton(speaker, self.spoken_text, language)
            self.read_aloud.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            top.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names like <b> show as typed
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.message)
        self.buttons: list[BigButton] = []
        holder = QWidget()
        row = QVBoxLayout(holder) if stacked else QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for index, words in enumerate(buttons):
            button = BigButton(words, "", primary=index == primary, height=56)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, i=index: self._press(i))
            row.addWidget(button)
            self.buttons.append(button)
        if stacked and len(buttons) > 4:  # a long list of choices scrolls
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(holder)
        self.setMinimumWidth(min(720, max(420, parent.width() * 2 // 3)))
        if self.buttons:
            self.buttons[max(0, min(default, len(self.buttons) - 1))].setFocus()

    def showEvent(self, event) -> None:
        """Tall enough for all its words: Qt sizes a box's height for the width it would
        like, then narrows it to two thirds of the screen, cutting the last lines."""
        layout, host = self.layout(), self.parentWidget()
        needed = layout.totalHeightForWidth(self.width()) \
            if layout is not None and layout.hasHeightForWidth() else 0
        room = host.height() if host is not None else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, max(room, self.height())))
        super().showEvent(event)

    def text(self) -> str:
        """The message (as QMessageBox.text)."""
        return self.message.text()

    def spoken_text(self) -> str:
        """The title, the message, then "Press …" for each button."""
        return spoken([self.title_label.text(), self.message.text()],
                      [button.text() for button in self.buttons])

    def _press(self, index: int) -> None:
        self.clicked = index
        self.accept() if index != self.escape else self.reject()

    def reject(self) -> None:
        """Escape, the window's close, or a sign-out: the escape button's answer."""
        if self.clicked < 0:
            self.clicked = self.escape
        super().reject()
