"""A recording as the reviewer hears it: its parts in playing order (a story's intro and
pages, echo reading's lines, or the chosen take), a player with a position slider, the
words of the part chosen, and the transcript or summary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.playback import Player
from letterbox.store.recordings import RecordingPart
from letterbox.ui.staff.letter_view import FlagList


@dataclass(frozen=True)
class PartToPlay:
    """A chosen part of a recording and where its sound is."""

    part: RecordingPart
    path: Path


def clock(seconds: float) -> str:
    """0:41"""
    minutes, rest = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{rest:02d}"


class RecordingView(QWidget):
    """Read-only: listening changes nothing. Playback runs on QtMultimedia's threads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player(self)
        self.player.playing_changed.connect(self._playing_changed)
        self.player.position.connect(self.moved)
        self.player.unavailable.connect(self._unavailable)
        self.parts: list[PartToPlay] = []
        self.story_text = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._parts_column(), 3)
        layout.addLayout(self._words_column(), 2)

    def _parts_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Parts that will be sent")))
        self.part_list = QListWidget()
        self.part_list.setWordWrap(True)
        self.part_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.part_list.setAccessibleName(self.tr("Recording parts"))
        self.part_list.currentRowChanged.connect(self._part_chosen)
        self.part_list.itemActivated.connect(lambda _item: self.play())
        column.addWidget(self.part_list, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setAccessibleName(self.play_button.text())
        self.play_button.setToolTip(self.tr("Play the chosen part (Enter in the list)"))
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.stop_button.text())
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.sliderReleased.connect(self._seek)
        self.slider.actionTriggered.connect(self._slider_action)
        self.position_label = QLabel("0:00 / 0:00")
        self.position_label.setMinimumWidth(90)
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.position_label)
        column.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        return column

    def _words_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.words_label = QLabel(self.tr("Words of this part"))
        column.addWidget(self.words_label)
        self.part_words = QPlainTextEdit()
        self.part_words.setReadOnly(True)
        self.part_words.setAccessibleName(self.tr("Words of this part"))
        column.addWidget(self.part_words, 1)
        column.addWidget(QLabel(self.tr("Transcript or summary")))
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setAccessibleName(self.tr("Transcript"))
        column.addWidget(self.transcript, 1)
        self.flag_list = FlagList()
        self.flag_list.setMaximumHeight(90)
        column.addWidget(self.flag_list)
        return column

    # -- showing -------------------------------------------------------------
    def clear(self) -> None:
        self.stop()
        self.parts = []
        self.story_text = ""
        self.part_list.clear()
        self.part_words.clear()
        self.transcript.clear()
        self.flag_list.clear()
        self.note.clear()
        self.slider.setRange(0, 0)
        self.position_label.setText("0:00 / 0:00")

    def show_recording(self, transcript: str, story_text: str,
                       flags: list[dict[str, Any]]) -> None:
        """The transcript (and story text); the parts come with ``show_parts``."""
        self.clear()
        self.story_text = story_text.strip()
        self.transcript.setPlainText(transcript.strip() or
                                     self.tr("(No transcript or summary was written.)"))
        self.part_list.addItem(self.tr("Loading…"))
        self.flag_list.show_flags(flags)
        self.play_button.setEnabled(False)

    def show_parts(self, parts: list[PartToPlay]) -> None:
        """The chosen parts, in playing order."""
        self.parts = parts
        self.part_list.clear()
        for entry in parts:
            item = QListWidgetItem(self.part_text(entry.part))
            item.setToolTip(entry.part.text)
            self.part_list.addItem(item)
        if parts:
            self.part_list.setCurrentRow(0)
        else:
            self.part_list.addItem(self.tr("Nothing was recorded."))
            self._part_chosen(-1)
        self.play_button.setEnabled(bool(parts))

    def part_text(self, part: RecordingPart) -> str:
        """"Page 2 (0:41): Once upon a time…"."""
        name = {"intro": self.tr("Introduction"), "page": self.tr("Page %1"),
                "line": self.tr("Line %1"), "take": self.tr("Chosen take")}.get(part.role,
                                                                                part.role)
        line = f"{name.replace('%1', str(part.position))} ({clock(part.duration_s)})"
        words = " ".join(part.text.split())
        return f"{line}: {words}" if words else line

    def _part_chosen(self, row: int) -> None:
        """Beside the list: the words of the chosen page or line, or the whole story."""
        part = self.parts[row].part if 0 <= row < len(self.parts) else None
        if part is not None and part.text.strip():
            label = {"page": self.tr("Story text of this page"),
                     "line": self.tr("Text of this line"),
                     "intro": self.tr("Introduction")}.get(part.role, self.tr("Words"))
            self.words_label.setText(label)
            self.part_words.setPlainText(part.text)
        elif self.story_text:
            self.words_label.setText(self.tr("Story text"))
            self.part_words.setPlainText(self.story_text)
        else:
            self.words_label.setText(self.tr("Words of this part"))
            self.part_words.setPlainText(self.tr("(No words were written for this part.)"))

    # -- listening -----------------------------------------------------------
    def play(self) -> None:
        """Play the highlighted part from its start."""
        row = self.part_list.currentRow()
        if 0 <= row < len(self.parts):
            self.note.clear()
            total = self.parts[row].part.duration_s
            self.slider.setRange(0, int(total * 1000))
            self.slider.setValue(0)
            self.position_label.setText(f"0:00 / {clock(total)}")
            self.player.play(self.parts[row].path)

    def stop(self) -> None:
        """Stop playing."""
        self.player.stop()

    def moved(self, done: float, total: float) -> None:
        """The player's position: the slider follows unless the reviewer is dragging it."""
        if not self.slider.isSliderDown():
            self.slider.setRange(0, int(total * 1000))
            self.slider.setValue(int(done * 1000))
        self.position_label.setText(f"{clock(done)} / {clock(total)}")

    def _slider_action(self, _action: int) -> None:
        if not self.slider.isSliderDown():  # keyboard or a click on the groove
            self._seek(self.slider.sliderPosition())

    def _seek(self, ms: int | None = None) -> None:
        self.player.seek((self.slider.value() if ms is None else ms) / 1000)

    def _playing_changed(self, playing: bool) -> None:
        self.stop_button.setEnabled(playing)

    def _unavailable(self, message: str) -> None:
        self.note.setText(message)
