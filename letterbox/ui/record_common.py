"""What the three recording views share: the context they are given, the transcript box
for the reviewer, and playing a part back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from letterbox.audio.controller import RecordingController
from letterbox.audio.playback import Player
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording, RecordingPart
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.recorder_panel import clock

TRANSCRIPT_LIMIT = 5000


@dataclass
class RecordContext:
    """What a kind view works with; dialogs go through ``screen``."""

    session: Session
    screen: Screen
    recording: Recording
    child: Child | None
    controller: RecordingController
    player: Player


class TranscriptBox(QWidget):
    """What the parent says, typed or dictated to staff, for the mail-room reviewer.

    Saved a moment after typing stops, and when the screen is left.
    """

    def __init__(self, ctx: RecordContext, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(label)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.edit = QPlainTextEdit()
        self.edit.setPlainText(ctx.recording.transcript)
        self.edit.setAccessibleName(label)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(90)
        layout.addWidget(self.edit)
        self._saved_text = ctx.recording.transcript
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1500)
        self._timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._timer.start)

    def text(self) -> str:
        """The transcript as it will be stored (capped)."""
        return self.edit.toPlainText()[:TRANSCRIPT_LIMIT]

    def save(self) -> None:
        """Store the transcript off the GUI thread if it changed."""
        self._timer.stop()
        text = self.text()
        if text == self._saved_text:
            return
        self._saved_text = text
        recordings, rid = self._ctx.session.core.recordings, self._ctx.recording.id
        self._ctx.session.tasks.run(lambda: recordings.update(rid, transcript=text),
                                    serial=True)


def part_label(_view: QWidget, part: RecordingPart, name: str) -> str:
    """'Page 2 · 0:35' and the like."""
    return f"{name} · {clock(part.duration_s)}"


def play_part(ctx: RecordContext, part: RecordingPart | None,
              on_missing: Callable[[], None] | None = None) -> None:
    """Play a part, or stop if one is playing."""
    if ctx.player.playing:
        ctx.player.stop()
        return
    if part is None:
        if on_missing:
            on_missing()
        return
    ctx.player.play(ctx.session.core.recordings.path_of(part))
