"""The last look before "Ready for review": the letter, its length, and gentle flags.

The flags are advice, never a block: the parent may change the letter or send it
anyway, and the flags go with it to the reviewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.speech import Speaker
from letterbox.ui.letter_editor import length_text
from letterbox.ui.letter_steps import heading_row, note_label
from letterbox.ui.theme import state
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.read_aloud import ReadAloudButton
from letterbox.writing.content_check import Flag
from letterbox.writing.letter_plan import PageEstimate


class ReviewPage(QWidget):
    """Shows the checked letter.

    Signals:
        change(int): go back to the letter, cursor at this position.
        send: mark the letter ready for review (with any flags).
    """

    change = Signal(int)
    send = Signal()

    def __init__(self, speaker: Speaker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flags: list[Flag] = []
        layout = QVBoxLayout(self)
        self.read_aloud = ReadAloudButton(speaker, lambda: self.letter.toPlainText(), language,
                                          words=self.tr("Read my letter"))
        layout.addLayout(heading_row(self.tr("Check your letter"), self.read_aloud))
        self.contact_note = note_label()
        layout.addWidget(self.contact_note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        body = QHBoxLayout()
        self.letter = QPlainTextEdit()
        self.letter.setReadOnly(True)
        self.letter.setAccessibleName(self.tr("Your letter"))
        body.addWidget(self.letter, 1)
        self.flag_list = QListWidget()
        self.flag_list.setWordWrap(True)
        self.flag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flag_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.flag_list.setTextElideMode(Qt.TextElideMode.ElideNone)  # kind words, never cut
        self.flag_list.setAccessibleName(self.tr("Things to look at"))
        self.flag_list.currentRowChanged.connect(self._show_flag)
        self.flag_list.itemActivated.connect(lambda _item: self._change_here())
        body.addWidget(self.flag_list, 1)
        layout.addLayout(body, 1)
        moves = QHBoxLayout()
        self.change_button = BigButton(self.tr("Change it"), "back")
        self.change_button.clicked.connect(self._change_here)
        self.back_button = self.change_button  # Escape: back to the letter (ui/keys.py)
        self.send_button = BigButton(self.tr("Send for review"), "ok", primary=True)
        self.send_button.clicked.connect(self.send.emit)
        moves.addWidget(self.change_button)
        moves.addWidget(self.send_button)
        layout.addLayout(moves)

    def show_result(self, text: str, flags: list[Flag], words: int,
                    estimate: PageEstimate | None, contact_note: str = "") -> None:
        """Show the letter with its flagged passages highlighted."""
        self.flags = flags
        self.letter.setPlainText(text)
        length = length_text(words, estimate)
        if flags:
            self.summary.setText(
                self.tr("Your letter is %1. A few parts might stop the mail room sending it. "
                        "Have a look — you can change them, or send it as it is.")
                .replace("%1", length))
            self.send_button.setText(self.tr("Send for review anyway"))
        else:
            self.summary.setText(self.tr("Your letter is %1. Nothing here looks like a "
                                         "problem for the mail room.").replace("%1", length))
            self.send_button.setText(self.tr("Ready for review"))
        self.contact_note.setText(contact_note)
        self.contact_note.setVisible(bool(contact_note))
        self.flag_list.clear()
        for flag in flags:
            item = QListWidgetItem(f"\u201c{flag.passage}\u201d\n{flag.message}")
            item.setData(Qt.ItemDataRole.UserRole, flag.start)
            self.flag_list.addItem(item)
        self.flag_list.setVisible(bool(flags))
        self._highlight()
        if flags:
            self.flag_list.setCurrentRow(0)
            self.flag_list.setFocus()
        else:
            self.send_button.setFocus()

    def _highlight(self) -> None:
        marks = []
        shade = QTextCharFormat()
        colours = state().look.palette
        shade.setBackground(QColor(colours.mark))
        shade.setForeground(QColor(colours.mark_text))
        shade.setFontUnderline(True)
        for flag in self.flags:
            cursor = QTextCursor(self.letter.document())
            cursor.setPosition(flag.start)
            cursor.setPosition(flag.end, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = shade
            marks.append(mark)
        self.letter.setExtraSelections(marks)

    def _show_flag(self, row: int) -> None:
        if 0 <= row < len(self.flags):
            cursor = self.letter.textCursor()
            cursor.setPosition(self.flags[row].start)
            self.letter.setTextCursor(cursor)
            self.letter.ensureCursorVisible()

    def _change_here(self) -> None:
        row = self.flag_list.currentRow()
        self.change.emit(self.flags[row].start if 0 <= row < len(self.flags) else -1)
