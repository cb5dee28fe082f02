"""What the three recording views share: the draft (kept in memory until the first take),
the context they are given, the transcript box for the reviewer, and playing a part back.

Every read and change goes through ``services.recordings`` as the signed-in parent, off
the GUI thread; changes go on the save pool, in the order they were asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from letterbox.audio.controller import RecordingController, TakePlan, TakeRequest
from letterbox.audio.playback import Player
from letterbox.audio.recorder import AudioSource, TakeResult
from letterbox.audio.repair import TakeInfo
from letterbox.audio.takes import peak_dbfs
from letterbox.services import Services
from letterbox.services.actor import Actor
from letterbox.services.recordings import RecordingService, is_silent
from letterbox.store.items import ItemStatus
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording, RecordingPart
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.recorder_panel import clock
from letterbox.ui.wording import error_text

TRANSCRIPT_LIMIT = 5000


@dataclass(frozen=True)
class PendingDraft:
    """What the parent chose and typed for a recording: the kind, the child, the title,
    the story text and the transcript. Until the first take it exists only here."""

    parent_id: int
    child_id: int | None
    kind: str
    title: str = ""
    story_text: str = ""
    transcript: str = ""


class Draft:
    """The recording being made: a ``PendingDraft`` in memory until ``ensure()`` (on the
    save pool, right before the first take) creates it in the store.

    Used from the GUI thread and the save pool, hence the lock.
    """

    def __init__(self, services: Services, actor: Actor, *, recording: Recording | None = None,
                 pending: PendingDraft | None = None) -> None:
        if pending is None:
            if recording is None:
                raise ValueError("a draft needs a recording or a pending draft")
            pending = PendingDraft(recording.parent_id, recording.child_id, recording.kind,
                                   recording.title, recording.story_text, recording.transcript)
        self._recordings = services.recordings
        self._actor = actor
        self._lock = threading.Lock()
        self._recording = recording
        self._pending = pending

    @property
    def recording(self) -> Recording | None:
        """The stored recording, or None while nothing has been recorded."""
        with self._lock:
            return self._recording

    @property
    def pending(self) -> PendingDraft:
        """The kind, child and the latest title, story text and transcript."""
        with self._lock:
            return self._pending

    @property
    def status(self) -> str:
        recording = self.recording
        return recording.status if recording is not None else ItemStatus.DRAFT.value

    def remember(self, **fields: str) -> None:
        """Keep the latest title, story text or transcript (used when it is created)."""
        with self._lock:
            self._pending = replace(self._pending, **fields)

    def replace_recording(self, recording: Recording) -> None:
        """The recording as a service returned it (after sending or taking it back)."""
        with self._lock:
            self._recording = recording

    def forget(self, recording_id: int) -> None:
        """The stored recording was deleted (it was empty); the next take makes it again."""
        with self._lock:
            if self._recording is not None and self._recording.id == recording_id:
                self._recording = None

    def ensure(self) -> Recording:
        """The stored recording, created now if this is the first take (save pool)."""
        with self._lock:
            if self._recording is None:
                p = self._pending
                self._recording = self._recordings.create(
                    self._actor, p.parent_id, p.child_id, p.kind, title=p.title,
                    story_text=p.story_text, transcript=p.transcript)
            return self._recording


class RecordContext(QObject):
    """What a kind view works with; dialogs go through ``screen``.

    Builds the view's RecordingController: before each take it makes the draft if needed
    and asks the service how long the take may be; a finished take is saved through the
    service, as the parent.
    """

    def __init__(self, session: Session, screen: Screen, draft: Draft, child: Child | None,
                 player: Player, source_factory: Callable[[], AudioSource],
                 max_seconds: float) -> None:
        super().__init__(screen)
        self.session = session
        self.screen = screen
        self.draft = draft
        self.child = child
        self.player = player
        recordings = session.services.recordings
        self.controller = RecordingController(
            session.core.paths, session.tasks, source_factory, prepare=self._prepare,
            add_part=partial(recordings.add_part, session.actor), max_seconds=max_seconds,
            discard=self._discard_if_empty, wait=self._wait, parent=screen)

    @property
    def recording(self) -> Recording | None:
        return self.draft.recording

    @property
    def editable(self) -> bool:
        """Recording and changing are for drafts only (take it back first)."""
        return self.draft.status == ItemStatus.DRAFT

    def _prepare(self, request: TakeRequest) -> TakePlan:
        """Runs on the save pool right before a take: the draft, and the take's maximum."""
        recording = self.draft.ensure()
        left = self.session.services.recordings.remaining_seconds(
            self.session.actor, recording.id, request.role, request.position)
        return TakePlan(TakeInfo(recording.parent_id, recording.id, request.role,
                                 request.position, request.text), left)

    def _wait(self, info: TakeInfo, result: TakeResult) -> None:
        """The shared store is away on Stop: the take waits on this computer (save pool)
        and goes up by itself when the store is back (``services.outbox``)."""
        self.session.services.outbox.put(info, result.path, duration_s=result.duration_s,
                                         peak_dbfs=peak_dbfs(result.peak))

    def _discard_if_empty(self, info: TakeInfo) -> None:
        """A take that never started (Stop during preparation, no microphone) leaves no
        empty draft: the recording made for it goes if it holds no part (save pool)."""
        draft, recordings, actor = self.draft, self.session.services.recordings, \
            self.session.actor

        def work() -> None:
            if recordings.discard_empty(actor, info.recording_id):
                draft.forget(info.recording_id)

        self.session.tasks.run(work, None, self.refused, serial=True)

    def load_parts(self, on_done: Callable[[list[RecordingPart]], None], *,
                   chosen_only: bool = False) -> None:
        """The recording's parts, read off the GUI thread (none before the first take)."""
        draft, recordings, actor = self.draft, self.session.services.recordings, \
            self.session.actor

        def work() -> list[RecordingPart]:
            recording = draft.recording
            if recording is None:
                return []
            return recordings.parts(actor, recording.id, chosen_only=chosen_only)

        self.session.tasks.run(work, on_done, self.refused)

    def save_fields(self, **fields: str) -> None:
        """Keep a changed title, story text or transcript: in memory until the first take,
        then in the store too (save pool)."""
        pending = self.draft.pending
        changed = {k: v for k, v in fields.items() if getattr(pending, k) != v}
        if not changed:
            return
        self.draft.remember(**changed)
        draft, recordings, actor = self.draft, self.session.services.recordings, \
            self.session.actor

        def work() -> None:
            recording = draft.recording
            if recording is not None:
                recordings.update(actor, recording.id, **changed)

        self.session.tasks.run(work, None, self.refused, serial=True)

    def change(self, work: Callable[[RecordingService, Actor], Any],
               then: Callable[[Any], None] | None = None) -> None:
        """Run a change (choose or delete a take…) through the service on the save pool."""
        recordings, actor = self.session.services.recordings, self.session.actor
        self.session.tasks.run(lambda: work(recordings, actor), then, self.refused, serial=True)

    def refused(self, error: BaseException) -> None:
        """Tell the parent kindly why something could not be done."""
        self.screen.inform(self.tr("That could not be done"), error_text(error))


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
        self.edit.setPlainText(ctx.draft.pending.transcript)
        self.edit.setAccessibleName(label)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(90)
        layout.addWidget(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1500)
        self._timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._timer.start)

    def text(self) -> str:
        """The transcript as it will be stored (capped)."""
        return self.edit.toPlainText()[:TRANSCRIPT_LIMIT]

    def save(self) -> None:
        """Keep the transcript if it changed (stored off the GUI thread)."""
        self._timer.stop()
        if not self.edit.isReadOnly():
            self._ctx.save_fields(transcript=self.text())

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)


def part_label(_view: QWidget, part: RecordingPart, name: str) -> str:
    """'Page 2 · 0:35', with a mark when nobody could be heard in it."""
    text = f"{name} · {clock(part.duration_s)}"
    if is_silent(part):
        text += "  ⚠ " + QCoreApplication.translate("RecordCommon", "we could not hear you")
    return text


def play_part(ctx: RecordContext, part: RecordingPart | None,
              on_missing: Callable[[], None] | None = None) -> None:
    """Play a part (its file is found off the GUI thread), or stop if one is playing."""
    if ctx.player.playing:
        ctx.player.stop()
        return
    if part is None:
        if on_missing:
            on_missing()
        return
    recordings, actor = ctx.session.services.recordings, ctx.session.actor
    ctx.session.tasks.run(lambda: recordings.audio_path(actor, part), ctx.player.play,
                          ctx.refused)
