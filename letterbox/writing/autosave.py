"""Autosave for letters: nothing the parent types is lost, even if the power goes.

``DraftSaver`` is told when the text changes. One second after the last keystroke (and
at least every five seconds while typing goes on) it takes a snapshot and saves it on
the serial save pool. Screen changes and closing call ``save_now``. The letter row is
created by the first save, so an abandoned flow leaves nothing behind until the parent
has chosen what to write.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from letterbox.errors import LetterboxError, StoreFull
from letterbox.services.journal import DraftTarget, KeptLocally
from letterbox.store.letters import Letter, LetterDraft, LetterStore
from letterbox.tasks import TaskRunner

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000   # after the last keystroke: well inside the 2 s promise
MAX_WAIT_MS = 5000   # while typing never pauses, still save this often


@dataclass(frozen=True)
class Snapshot:
    """What to save: plain data copied on the GUI thread, safe to hand to a pool thread."""

    body: str
    flow_state: dict[str, Any]
    title: str
    occasion: str
    prompt_id: str


class LetterPort(Protocol):
    """Where saves go: the letter service as the signed-in parent (``ActorLetters``),
    with its journal for when the server is away (``services.journal``)."""

    def autosave(self, target: DraftTarget, draft: LetterDraft,
                 fields: dict[str, Any]) -> Letter: ...


class DraftSaver(QObject):
    """Debounced, ordered saving of one letter.

    Signals:
        saved(object): the stored ``Letter`` after a save.
        failed(object): a ``LetterboxError`` (too long, disk full…) for the screen to word;
            the parent's text stays where it is.
        kept_locally(int): the server is away; the save is in this computer's journal
            (how many saves wait there).
    """

    saved = Signal(object)
    failed = Signal(object)
    kept_locally = Signal(int)

    def __init__(self, letters: LetterPort | LetterStore, tasks: TaskRunner, parent_id: int,
                 child_id: int | None, snapshot: Callable[[], Snapshot], *,
                 letter_id: int | None = None, debounce_ms: int = DEBOUNCE_MS,
                 max_wait_ms: int = MAX_WAIT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._letters = letters
        self._tasks = tasks
        self._parent_id = parent_id
        self.child_id = child_id
        self._snapshot = snapshot
        self._target = DraftTarget(letter_id)
        self._dirty = False
        # Reopening a letter: the first change starts a new version, so the text as it
        # was when the parent came back stays in the history untouched.
        self._keep_opened_version = letter_id is not None
        self.enabled = True  # off while the letter is with staff (it is not a draft)
        self.last_saved: Letter | None = None
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(debounce_ms)
        self._quiet.timeout.connect(lambda: self.save_now("autosave"))
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(max_wait_ms)
        self._longest.timeout.connect(lambda: self.save_now("autosave"))

    @property
    def letter_id(self) -> int | None:
        """The saved letter's id, once the first save has finished."""
        return self.last_saved.id if self.last_saved is not None else self._target.letter_id

    @property
    def dirty(self) -> bool:
        """True while there are changes not yet handed to the save pool."""
        return self._dirty

    def changed(self) -> None:
        """The text or the flow position changed: save soon."""
        self._dirty = True
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    def save_now(self, reason: str = "autosave", *, new_version: bool = False,
                 force: bool = False) -> None:
        """Snapshot now and queue the save (never blocks the GUI thread).

        Args:
            reason: kept with a new version ("autosave", "screen", "closed", "restored").
            new_version: keep a version in the history even if one was kept recently.
            force: save even when nothing changed (creates the letter row).
        """
        self._quiet.stop()
        self._longest.stop()
        if not self.enabled or not (self._dirty or force or new_version):
            return
        if self._keep_opened_version and self._dirty:
            new_version, self._keep_opened_version = True, False
        self._dirty = False
        snap = self._snapshot()
        target, store = self._target, self._letters
        parent_id, child_id = self._parent_id, self.child_id

        def job() -> Letter:
            draft = LetterDraft(body=snap.body, flow_state=snap.flow_state, title=snap.title,
                                reason=reason, new_version=new_version)
            fields = {"parent_id": parent_id, "child_id": child_id, "title": snap.title,
                      "occasion": snap.occasion, "prompt_id": snap.prompt_id}
            if isinstance(store, LetterStore):  # straight to the store (tests, tools)
                return _store_save(store, target, draft, fields)
            return store.autosave(target, draft, fields)

        self._tasks.run(job, self._done, self._error, serial=True)

    def based_on(self, revision: int) -> None:
        """The opened letter's revision: a save based on it, after another computer saved,
        is kept beside that one (``store.letters``). Only before the first save."""
        if self.last_saved is None:
            self._target.revision = revision

    def then(self, fn: Callable[[int], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, *,
             owner: QObject | None = None) -> None:
        """Run ``fn(letter_id)`` on the save pool after every save asked for so far.

        ``owner`` is the screen that asked: its callbacks are dropped if it is gone.
        """
        target = self._target

        def job() -> Any:
            if target.letter_id is None:
                raise RuntimeError("The letter has not been saved yet.")
            return fn(target.letter_id)

        self._tasks.run(job, on_done, on_error, serial=True, owner=owner)

    def _done(self, letter: Letter) -> None:
        # (TaskRunner drops results for a saver already deleted; the save itself happened.)
        self.last_saved = letter
        self.saved.emit(letter)

    def _error(self, error: BaseException) -> None:
        if isinstance(error, KeptLocally):  # safe on this computer; goes up later
            self.kept_locally.emit(int(error.params.get("pending", 1)))
            return
        self._dirty = True  # still unsaved: the next change or screen will try again
        if isinstance(error, LetterboxError):
            self.failed.emit(error)
            return
        log.error("Saving the letter failed: %s", error)
        if isinstance(error, (sqlite3.OperationalError, OSError)) and "full" in str(error):
            self.failed.emit(StoreFull())
        else:
            self.failed.emit(LetterboxError("save_failed", problem=str(error)))


def _store_save(store: LetterStore, target: DraftTarget, draft: LetterDraft,
                fields: dict[str, Any]) -> Letter:
    if target.letter_id is None:
        letter = store.create(fields["parent_id"], fields["child_id"], title=fields["title"],
                              occasion=fields["occasion"], prompt_id=fields["prompt_id"],
                              body=draft.body, flow_state=draft.flow_state)
    else:
        letter = store.save(target.letter_id, replace(draft, base_revision=target.revision))
    target.letter_id, target.revision = letter.id, letter.revision
    return letter
