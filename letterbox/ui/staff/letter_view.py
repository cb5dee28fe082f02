"""A letter as the reviewer reads it: its text with each content flag's words highlighted,
and the flags listed beside it; choosing a flag selects its words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from letterbox.ui.theme import DEFAULT_FLAG_COLOUR, FLAG_COLOURS

DEFAULT_COLOUR = DEFAULT_FLAG_COLOUR


def flag_span(text: str, flag: dict[str, Any]) -> tuple[int, int] | None:
    """Where the flag's words are in ``text`` now: its stored span when the words are
    still there, else the first place they appear; None when they are gone."""
    passage = str(flag.get("passage", ""))
    start = flag.get("start")
    if isinstance(start, int) and passage and text[start:start + len(passage)] == passage:
        return start, start + len(passage)
    found = text.find(passage) if passage else -1
    return (found, found + len(passage)) if found >= 0 else None


def flag_colour(flag: dict[str, Any]) -> QColor:
    """The highlight for this kind of flag."""
    return QColor(FLAG_COLOURS.get(str(flag.get("category", "")), DEFAULT_COLOUR))


class FlagList(QListWidget):
    """The flags, each with its colour, what kind of problem it is and its context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)  # two flags of one kind must not read as one
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Content flags"))

    def show_flags(self, flags: list[dict[str, Any]]) -> None:
        """One row per flag; a plain line when there are none."""
        self.clear()
        for flag in flags:
            summary = str(flag.get("summary") or
                          f"{flag.get('category', '')}: \u201c{flag.get('passage', '')}\u201d")
            context = str(flag.get("context", "")).strip()
            item = QListWidgetItem(f"{summary}\n{context}" if context else summary)
            item.setData(Qt.ItemDataRole.UserRole, flag)
            item.setBackground(QBrush(flag_colour(flag)))
            item.setForeground(QBrush(QColor("black")))
            item.setToolTip(str(flag.get("message", "")))
            self.addItem(item)
        if not flags:
            self.addItem(self.tr("No content flags."))


class LetterView(QWidget):
    """Read-only letter text with its flags highlighted, and the flag list beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Letter text"))
        layout.addWidget(self.text, 2)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Content flags (click one to find it)")))
        self.flag_list = FlagList()
        self.flag_list.itemClicked.connect(self.show_passage)
        self.flag_list.itemActivated.connect(self.show_passage)
        side.addWidget(self.flag_list, 1)
        layout.addLayout(side, 1)
        self.flags: list[dict[str, Any]] = []

    def clear(self) -> None:
        self.text.clear()
        self.flag_list.clear()
        self.flags = []

    def show_letter(self, body: str, flags: list[dict[str, Any]]) -> None:
        """The text, each flagged passage coloured as its row in the list."""
        self.flags = list(flags)
        self.text.setPlainText(body)  # drops any earlier highlights
        for flag in flags:
            span = flag_span(body, flag)
            if span is None:
                continue
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            marked = QTextCharFormat()
            marked.setBackground(QBrush(flag_colour(flag)))
            marked.setForeground(QBrush(QColor("black")))
            marked.setToolTip(str(flag.get("summary", "")))
            cursor.mergeCharFormat(marked)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.flag_list.show_flags(flags)

    def show_passage(self, item: QListWidgetItem) -> None:
        """Select the flagged words (when they are still in the letter)."""
        flag = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(flag, dict):
            return
        span = flag_span(self.text.toPlainText(), flag)
        if span is None:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
