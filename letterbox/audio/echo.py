"""Echo reading: the computer reads a line aloud, then the parent repeats it.

Only the parent's voice is recorded: a line's take starts after the computer has
finished speaking (or, when the speech service never says it finished, after the time
the line needs plus a margin, and the voice is stopped first). Any line can be redone;
after a line is saved the session moves to the next line not yet recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from letterbox.audio.controller import RecordingController, TakeRequest
from letterbox.audio.speech import Speaker
from letterbox.audio.takes import speech_seconds


class EchoSession(QObject):
    """Steps through the lines of one echo-reading recording.

    Signals:
        phase_changed(str): 'idle', 'listening' (computer speaks, nothing recorded),
            'your_turn' (recording the parent), 'saving'.
        line_changed(int): the current line's index.
    """

    phase_changed = Signal(str)
    line_changed = Signal(int)

    def __init__(self, speaker: Speaker, controller: RecordingController, *, lines: list[str],
                 done: set[int] | None = None, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._controller = controller
        self.lines = lines
        self.done: set[int] = set(done or ())   # indexes of recorded lines
        self._language = language
        self.index = self._next_undone(0)
        self.phase = "idle"
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._voice_timed_out)
        speaker.finished.connect(self._speech_done)
        controller.take_saved.connect(self._saved)
        controller.take_lost.connect(lambda _r: self._set_phase("idle"))
        controller.refused.connect(lambda _e: self._set_phase("idle"))
        controller.failed.connect(lambda *_: self._set_phase("idle"))

    @property
    def line(self) -> str:
        """The current line's text."""
        return self.lines[self.index] if self.lines else ""

    def go_to(self, index: int) -> None:
        """Choose a line (to record it, or to redo it)."""
        if self.phase == "idle" and 0 <= index < len(self.lines):
            self.index = index
            self.line_changed.emit(index)

    def listen_then_record(self) -> None:
        """The computer reads the line; then the parent's take starts."""
        if self.phase != "idle" or not self.lines or self._controller.busy:
            return
        self._set_phase("listening")
        if not self._speaker.say(self.line, self._language):
            self._start_take()  # no voice: the parent reads (or is read) the line on screen
            return
        self._fallback.start(int(speech_seconds(self.line) * 1000))

    def finish_line(self) -> None:
        """The parent has repeated the line: end and save the take."""
        if self.phase == "listening":
            self._fallback.stop()
            self._speaker.stop()
            self._set_phase("idle")
        elif self.phase == "your_turn":
            self._set_phase("saving")
            self._controller.stop()

    def hear_again(self) -> None:
        """Read the current line aloud again, without recording."""
        if self.phase == "idle" and self.lines:
            self._speaker.say(self.line, self._language)

    def cancel(self) -> None:
        """Leaving: stop the voice; a take in progress is saved by the controller."""
        self._fallback.stop()
        if self.phase == "listening":
            self._speaker.stop()
            self._set_phase("idle")

    # -- internals --------------------------------------------------------------------
    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.phase_changed.emit(phase)

    def _speech_done(self) -> None:
        if self.phase == "listening":
            self._fallback.stop()
            self._start_take()

    def _voice_timed_out(self) -> None:
        if self.phase == "listening":
            self._speaker.stop()  # never let the computer's voice into the take
            self._start_take()

    def _start_take(self) -> None:
        self._set_phase("your_turn")
        self._controller.record(TakeRequest("line", self.index + 1, self.line))

    def _saved(self, part: object, _result: object) -> None:
        position = getattr(part, "position", 0)
        if getattr(part, "role", "") != "line":
            return
        self.done.add(position - 1)
        self._set_phase("idle")
        following = self._next_undone(position)
        if following != self.index:
            self.index = following
            self.line_changed.emit(following)

    def _next_undone(self, start: int) -> int:
        for i in list(range(start, len(self.lines))) + list(range(0, start)):
            if i not in self.done:
                return i
        return min(start, max(0, len(self.lines) - 1))
