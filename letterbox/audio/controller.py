"""Recording, driven from the GUI without ever blocking it.

``RecordingController`` runs the recorder's blocking calls (opening PortAudio, closing
the file, saving the part) through ``TaskRunner`` and polls its counters with a QTimer,
like a meter: the audio thread and the GUI never touch each other. It reports through
signals; the views only show them. QtCore only (no widgets).

It knows nothing of the store: before each take it calls ``prepare`` (given by its owner,
on the save pool) to learn where the take goes and how long it may be, and a finished
take is saved through ``add_part``. Both act as the signed-in parent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from letterbox.audio.devices import AudioUnavailable
from letterbox.audio.recorder import AudioSource, Recorder, TakeResult
from letterbox.audio.repair import TakeInfo
from letterbox.audio.takes import AddPart, discard_take, prepare_take, save_take
from letterbox.errors import LetterboxError
from letterbox.paths import DataPaths
from letterbox.store.db import StoreUnavailable
from letterbox.tasks import TaskRunner

log = logging.getLogger(__name__)

TICK_MS = 50
_WAITING = object()      # a take kept in the outbox (the store is away)
QUIET_PEAK = 0.01        # −40 dBFS: nothing but room noise reaches the microphone
QUIET_FOR_S = 3.0
CLIP_PEAK = 0.985        # −0.13 dBFS: the signal hits the top
CLIP_HOLD_S = 2.0
ENDING_SOON_S = 30.0


class LevelWatch:
    """Turns meter readings into the warnings shown while recording."""

    def __init__(self) -> None:
        self.quiet_s = 0.0
        self.since_clip_s = CLIP_HOLD_S

    def update(self, peak: float, dt: float, remaining_s: float | None) -> str:
        """Feed one reading; return '', 'quiet', 'clipping' or 'ending_soon'."""
        self.quiet_s = self.quiet_s + dt if peak < QUIET_PEAK else 0.0
        self.since_clip_s = 0.0 if peak >= CLIP_PEAK else self.since_clip_s + dt
        if self.since_clip_s < CLIP_HOLD_S:
            return "clipping"
        if self.quiet_s >= QUIET_FOR_S:
            return "quiet"
        if remaining_s is not None and remaining_s <= ENDING_SOON_S:
            return "ending_soon"
        return ""


@dataclass(frozen=True)
class TakeRequest:
    """What the parent asked to record: a message take, the introduction, a page, a line."""

    role: str
    position: int
    text: str = ""


@dataclass(frozen=True)
class TakePlan:
    """Where a take goes and how long it may be, decided right before it starts."""

    info: TakeInfo
    max_seconds: float


Prepare = Callable[[TakeRequest], TakePlan]
"""Runs on the save pool before each take; raises a LetterboxError to refuse it."""

Wait = Callable[[TakeInfo, TakeResult], None]
"""Keeps a finished take on this computer when the shared store cannot be reached."""


class RecordingController(QObject):
    """One recorder for one screen: record, pause, resume, stop; saves each take.

    Args:
        prepare: before each take, where it goes and its maximum length.
        add_part: saves a finished take as a part.
        max_seconds: the facility's maximum, shown until the first take is planned.

    Signals:
        state_changed(str): 'idle', 'starting', 'recording', 'paused', 'stopping'.
        tick(float, float, float): meter peak (0..1), seconds recorded, maximum seconds.
        warning(str): '', 'quiet', 'clipping' or 'ending_soon'.
        take_saved(object, object): the RecordingPart and the TakeResult.
        take_lost(object): a TakeResult with no audio in it (nothing was saved).
        take_waiting(object): the TakeResult of a take kept on this computer because the
            shared store could not be reached; it goes up when the store is back.
        refused(object): the LetterboxError for which a take was not started (no audio
            here, the recording is full…) or the StoreUnavailable when the shared store
            is away.
        failed(AudioUnavailable): what went wrong, with a fix and a ``code`` for the
            interface's words (no microphone, disk full…).
    """

    state_changed = Signal(str)
    tick = Signal(float, float, float)
    warning = Signal(str)
    take_saved = Signal(object, object)
    take_lost = Signal(object)
    take_waiting = Signal(object)
    refused = Signal(object)
    failed = Signal(object)

    def __init__(self, paths: DataPaths, tasks: TaskRunner,
                 source_factory: Callable[[], AudioSource], *, prepare: Prepare,
                 add_part: AddPart, max_seconds: float,
                 discard: Callable[[TakeInfo], None] | None = None,
                 wait: Wait | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wait = wait  # the store is away on Stop: keep the take in the outbox
        self._discard = discard  # a take that never started: drop a draft it left empty
        self._starting: TakeInfo | None = None
        self._paths = paths
        self._tasks = tasks
        self._prepare = prepare
        self._add_part = add_part
        self.recorder = Recorder(source_factory())
        self.max_seconds = max_seconds     # the longest the current or next take may be
        self.state = "idle"
        self._info: TakeInfo | None = None
        self._watch = LevelWatch()
        self._last_warning = ""
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        """True from Record until the take is saved."""
        return self.state != "idle"

    def record(self, request: TakeRequest) -> None:
        """Start a take for this message, introduction, page or line.

        First ``prepare`` runs on the save pool (after any take still being saved, so the
        limit counts it); then the device opens on the pool; the GUI never waits.
        """
        if self.busy:
            return
        self._watch = LevelWatch()
        self._set_state("starting")
        self._tasks.run(partial(self._prepare, request), self._prepared, self._start_failed,
                        serial=True)

    def pause(self) -> None:
        """Stop keeping sound until resume() (the computer speaks, the parent thinks)."""
        if self.state == "recording":
            self.recorder.pause()
            self._set_state("paused")

    def resume(self) -> None:
        """Keep sound again."""
        if self.state == "paused":
            self.recorder.resume()
            self._set_state("recording")

    def stop(self) -> None:
        """End the take, close the file and save it as a part (off the GUI thread)."""
        if self.state not in ("recording", "paused", "starting"):
            return
        if self.state == "starting":
            self._stop_when_started = True
            return
        self._finish()

    def shutdown(self) -> None:
        """Leaving the screen: end any take and save it (blocks only the pool)."""
        self.stop()

    # -- internals --------------------------------------------------------------------
    _stop_when_started = False

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _prepared(self, plan: TakePlan) -> None:
        if self._stop_when_started:  # Stop (or leaving) before the device was asked
            self._stop_when_started = False
            self._set_state("idle")
            if self._discard is not None:
                self._discard(plan.info)
            return
        self._info = info = plan.info
        self._starting = info
        self.max_seconds = limit = plan.max_seconds
        recorder, paths = self.recorder, self._paths

        def start() -> None:
            recorder.start(prepare_take(paths, info), max_seconds=limit)

        self._tasks.run(start, self._started, self._start_failed)

    def _started(self, _result: object) -> None:
        self._starting = None
        self._set_state("recording")
        self._timer.start()
        if self._stop_when_started:
            self._stop_when_started = False
            self._finish()

    def _start_failed(self, error: BaseException) -> None:
        self._set_state("idle")
        self._stop_when_started = False
        starting, self._starting = self._starting, None
        if starting is not None and self._discard is not None:
            self._discard(starting)  # no microphone: no empty draft left on home
        if isinstance(error, LetterboxError | StoreUnavailable):  # the store is away too
            self.refused.emit(error)
        elif isinstance(error, AudioUnavailable):
            self.failed.emit(error)
        elif isinstance(error, OSError):
            detail = str(error.strerror or error)
            self.failed.emit(AudioUnavailable(
                f"The recording could not be saved ({detail}).",
                "Ask staff to check the disk space with `letterbox doctor`.", code="disk",
                detail=detail))
        else:
            self.failed.emit(AudioUnavailable(str(error), "Please ask staff to run "
                                              "`letterbox doctor`.", code="unknown",
                                              detail=str(error)))

    def _poll(self) -> None:
        rec = self.recorder
        peak = rec.take_peak()
        elapsed = rec.elapsed_s
        self.tick.emit(peak, elapsed, self.max_seconds)
        if self.state == "recording":
            remaining = self.max_seconds - elapsed if self.max_seconds else None
            code = self._watch.update(peak, TICK_MS / 1000, remaining)
            if code != self._last_warning:
                self._last_warning = code
                self.warning.emit(code)
        if not rec.recording and self.state in ("recording", "paused"):
            self._finish()  # the take ended by itself: stall or maximum length

    def _finish(self) -> None:
        self._timer.stop()
        self._set_state("stopping")
        if self._last_warning:
            self._last_warning = ""
            self.warning.emit("")
        recorder, info, add_part, wait = self.recorder, self._info, self._add_part, self._wait
        assert info is not None

        def finish() -> tuple[object, TakeResult]:
            result = recorder.stop()
            assert result is not None
            if result.frames == 0:
                discard_take(result.path)
                return None, result
            try:
                return save_take(add_part, info, result), result
            except StoreUnavailable:
                if wait is None:
                    raise
                wait(info, result)
                return _WAITING, result

        self._tasks.run(finish, self._finished, self._finish_failed, serial=True)

    def _finished(self, outcome: tuple[object, TakeResult]) -> None:
        part, result = outcome
        self._set_state("idle")
        if part is _WAITING:
            self.take_waiting.emit(result)
        elif part is None:
            self.take_lost.emit(result)
        else:
            self.take_saved.emit(part, result)

    def _finish_failed(self, error: BaseException) -> None:
        log.error("Saving a take failed: %s", error)
        self._set_state("idle")
        self.failed.emit(AudioUnavailable(
            "The recording could not be saved.",
            "What was recorded is kept on disk and will be offered back when you next sign "
            "in. Please ask staff to run `letterbox doctor`.", code="take_unsaved",
            detail=str(error)))
