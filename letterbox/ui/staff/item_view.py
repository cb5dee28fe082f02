"""One item as a reviewer sees it: a letter's full text, or a recording's parts to play
and its transcript; with the content flags the parent's check found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.playback import Player
from letterbox.store.recordings import RecordingPart


@dataclass(frozen=True)
class PartToPlay:
    """A chosen part of a recording and where its sound is."""

    part: RecordingPart
    path: Path


class ItemView(QWidget):
    """Read-only: nothing here changes the item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player(self)
        self.player.playing_changed.connect(self._playing_changed)
        self.player.position.connect(self._moved)
        self.player.unavailable.connect(self._unavailable)
        self.parts: list[PartToPlay] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.letter_text = QPlainTextEdit()
        self.letter_text.setReadOnly(True)
        self.letter_text.setAccessibleName(self.tr("Letter text"))
        self.pages.addWidget(self.letter_text)
        self.pages.addWidget(self._recording_panel())
        layout.addWidget(self.pages, 2)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Content flags")))
        self.flag_list = QListWidget()
        self.flag_list.setWordWrap(True)
        self.flag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flag_list.setAccessibleName(self.tr("Content flags"))
        self.flag_list.itemClicked.connect(self._show_passage)
        side.addWidget(self.flag_list, 1)
        layout.addLayout(side, 1)

    def _recording_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Parts that will be sent")))
        self.part_list = QListWidget()
        self.part_list.setWordWrap(True)
        self.part_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.part_list.setAccessibleName(self.tr("Recording parts"))
        self.part_list.itemActivated.connect(lambda _item: self.play())
        layout.addWidget(self.part_list, 3)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.position_label = QLabel()
        self.position_label.setWordWrap(True)
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.position_label, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Transcript")))
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setAccessibleName(self.tr("Transcript"))
        layout.addWidget(self.transcript, 1)
        return panel

    # -- showing -------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing (no item selected)."""
        self.stop()
        self.letter_text.clear()
        self.part_list.clear()
        self.transcript.clear()
        self.flag_list.clear()
        self.parts = []
        self.pages.setCurrentIndex(0)

    def show_letter(self, body: str, flags: list[dict[str, Any]]) -> None:
        """The letter's full text and its flags."""
        self.clear()
        self.letter_text.setPlainText(body)
        self._show_flags(flags)

    def show_recording(self, transcript: str, story_text: str,
                       flags: list[dict[str, Any]]) -> None:
        """The transcript (and story text); the parts come with ``show_parts``."""
        self.clear()
        self.pages.setCurrentIndex(1)
        text = transcript.strip() or self.tr("(No transcript was written.)")
        if story_text.strip():
            text += "\n\n" + self.tr("Story text:") + "\n" + story_text.strip()
        self.transcript.setPlainText(text)
        self.part_list.addItem(self.tr("Loading…"))
        self._show_flags(flags)

    def show_parts(self, parts: list[PartToPlay]) -> None:
        """The chosen parts, in playing order."""
        self.parts = parts
        self.part_list.clear()
        for entry in parts:
            self.part_list.addItem(QListWidgetItem(self.part_text(entry.part)))
        if parts:
            self.part_list.setCurrentRow(0)
        else:
            self.part_list.addItem(self.tr("Nothing was recorded."))
        self.play_button.setEnabled(bool(parts))

    def part_text(self, part: RecordingPart) -> str:
        """"Page 2 (0:41): Once upon a time…"."""
        name = {"intro": self.tr("Introduction"), "page": self.tr("Page %1"),
                "line": self.tr("Line %1"), "take": self.tr("Chosen take")}.get(part.role,
                                                                                part.role)
        name = name.replace("%1", str(part.position))
        minutes, seconds = divmod(round(part.duration_s), 60)
        line = f"{name} ({minutes}:{seconds:02d})"
        return f"{line}: {part.text}" if part.text.strip() else line

    def _show_flags(self, flags: list[dict[str, Any]]) -> None:
        self.flag_list.clear()
        for flag in flags:
            summary = str(flag.get("summary") or
                          f"{flag.get('category', '')}: \u201c{flag.get('passage', '')}\u201d")
            context = str(flag.get("context", "")).strip()
            item = QListWidgetItem(f"{summary}\n{context}" if context else summary)
            item.setData(Qt.ItemDataRole.UserRole, flag)
            self.flag_list.addItem(item)
        if not flags:
            self.flag_list.addItem(self.tr("No content flags."))

    def _show_passage(self, item: QListWidgetItem) -> None:
        """Select the flagged words in the letter (when they are still where they were)."""
        flag = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(flag, dict) or self.pages.currentIndex() != 0:
            return
        body = self.letter_text.toPlainText()
        passage = str(flag.get("passage", ""))
        start = flag.get("start")
        if not (isinstance(start, int) and body[start:start + len(passage)] == passage):
            start = body.find(passage) if passage else -1
        if start < 0:
            return
        cursor = self.letter_text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
        self.letter_text.setTextCursor(cursor)
        self.letter_text.centerCursor()

    # -- listening -----------------------------------------------------------
    def play(self) -> None:
        """Play the highlighted part."""
        row = self.part_list.currentRow()
        if 0 <= row < len(self.parts):
            self.position_label.clear()
            self.player.play(self.parts[row].path)

    def stop(self) -> None:
        """Stop playing."""
        self.player.stop()

    def _playing_changed(self, playing: bool) -> None:
        self.stop_button.setEnabled(playing)

    def _moved(self, done: float, total: float) -> None:
        self.position_label.setText(f"{int(done) // 60}:{int(done) % 60:02d} / "
                                    f"{int(total) // 60}:{int(total) % 60:02d}")

    def _unavailable(self, message: str) -> None:
        self.position_label.setText(message)
