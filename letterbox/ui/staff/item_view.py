"""One item as a reviewer sees it: a letter (``LetterView``: text with its flags
highlighted) or a recording (``RecordingView``: parts, player, words and transcript)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from letterbox.ui.staff.letter_view import FlagList, LetterView
from letterbox.ui.staff.recording_view import PartToPlay, RecordingView

__all__ = ["ItemView", "PartToPlay"]


class ItemView(QWidget):
    """Read-only: nothing here changes the item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.letter = LetterView()
        self.recording = RecordingView()
        self.pages.addWidget(self.letter)
        self.pages.addWidget(self.recording)
        layout.addWidget(self.pages)
        # What tests and the review page reach directly.
        self.letter_text = self.letter.text
        self.player = self.recording.player
        self.part_list = self.recording.part_list
        self.transcript = self.recording.transcript
        self.play_button = self.recording.play_button
        self.slider = self.recording.slider

    @property
    def flag_list(self) -> FlagList:
        """The flags of the item shown."""
        return self.letter.flag_list if self.pages.currentIndex() == 0 else \
            self.recording.flag_list

    @property
    def parts(self) -> list[PartToPlay]:
        return self.recording.parts

    def clear(self) -> None:
        """Show nothing (no item selected)."""
        self.letter.clear()
        self.recording.clear()
        self.pages.setCurrentIndex(0)

    def show_letter(self, body: str, flags: list[dict[str, Any]]) -> None:
        """The letter's full text and its flags, highlighted."""
        self.recording.clear()
        self.pages.setCurrentIndex(0)
        self.letter.show_letter(body, flags)

    def show_recording(self, transcript: str, story_text: str,
                       flags: list[dict[str, Any]]) -> None:
        """The transcript and story text; the parts come with ``show_parts``."""
        self.letter.clear()
        self.pages.setCurrentIndex(1)
        self.recording.show_recording(transcript, story_text, flags)

    def show_parts(self, parts: list[PartToPlay]) -> None:
        self.recording.show_parts(parts)

    def _show_passage(self, item: QListWidgetItem) -> None:
        self.letter.show_passage(item)

    def play(self) -> None:
        self.recording.play()

    def stop(self) -> None:
        self.recording.stop()
