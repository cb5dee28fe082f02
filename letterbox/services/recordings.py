"""Recordings as a parent makes them: the facility's limits apply while recording, and
"Send for review" checks that every page or line is there and the chosen take is heard."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from letterbox.core import Core
from letterbox.errors import NotAllowed, NotFound, NotReady
from letterbox.services.actor import Actor
from letterbox.services.items import (
    delete_own,
    reopen,
    require_editable,
    require_move,
    require_owner_write,
    visible_to,
)
from letterbox.services.policy import require_reader
from letterbox.store.items import ItemKind, ItemStatus
from letterbox.store.recordings import Recording, RecordingPart

log = logging.getLogger(__name__)

SILENT_DBFS = -50.0      # a take whose loudest moment stays below this was not heard
LIMIT_TOLERANCE_S = 1.0  # the recorder stops at the limit; allow its last block


@dataclass(frozen=True)
class RecordingLimits:
    """What this facility accepts, applied while recording."""

    audio_allowed: bool
    max_seconds: float
    facility: str


class RecordingService:
    """Create, record into, check and submit recordings; every call names its actor."""

    def __init__(self, core: Core) -> None:
        self._core = core

    # -- limits ----------------------------------------------------------------------------
    def limits(self) -> RecordingLimits:
        """The facility's rule for recordings (the setting when no profile can be read)."""
        from letterbox.export.facility import chosen_facility  # only when recording

        settings = self._core.settings
        fallback = max(1, int(settings.get("max_recording_minutes"))) * 60.0
        try:
            profile = chosen_facility(settings.get("facility_profile"),
                                      self._core.paths.facilities)
        except Exception as error:  # a broken profile must not stop recording for good
            log.warning("Facility profile unreadable; using the setting: %s", error)
            return RecordingLimits(True, fallback, "")
        return RecordingLimits(profile.audio_allowed, max(1.0, profile.max_audio_minutes * 60),
                               profile.name)

    def remaining_seconds(self, actor: Actor, recording_id: int, role: str,
                          position: int) -> float:
        """How long the next take may be: the maximum less what the other parts use."""
        recording = self.get(actor, recording_id)
        limits = self._check_may_record(recording.child_id, recording.parent_id)
        used = 0.0  # takes are alternatives: each may use the whole maximum
        if role != "take":
            used = sum(p.duration_s for p in self._core.recordings.parts(
                recording_id, chosen_only=True) if (p.role, p.position) != (role, position))
        left = limits.max_seconds - used
        if left < 1.0:
            raise NotAllowed("recording_full", seconds=limits.max_seconds)
        return left

    # -- reading -----------------------------------------------------------------------------
    def get(self, actor: Actor, recording_id: int) -> Recording:
        """A recording the actor may see (another parent's reads as not found)."""
        recording = self._core.recordings.get(recording_id)
        return visible_to(actor, recording, recording.parent_id, "recording", recording_id)

    def for_parent(self, actor: Actor, parent_id: int) -> list[Recording]:
        require_reader(actor, parent_id)
        return self._core.recordings.for_parent(parent_id)

    def parts(self, actor: Actor, recording_id: int, *,
              chosen_only: bool = False) -> list[RecordingPart]:
        self.get(actor, recording_id)
        return self._core.recordings.parts(recording_id, chosen_only=chosen_only)

    def audio_path(self, actor: Actor, part: RecordingPart) -> Path:
        """Where a part's sound is, for playing it back (never shown to a parent)."""
        self.get(actor, part.recording_id)
        return self._core.recordings.path_of(part)

    def duration(self, actor: Actor, recording_id: int) -> float:
        self.get(actor, recording_id)
        return self._core.recordings.duration(recording_id)

    # -- changing ---------------------------------------------------------------------------
    def create(self, actor: Actor, parent_id: int, child_id: int | None, kind: str, *,
               title: str = "", story_text: str = "", transcript: str = "") -> Recording:
        """A new recording, made when the first take is saved (never on opening a screen)."""
        require_owner_write(actor, parent_id)
        self._check_may_record(child_id, parent_id)
        return self._core.recordings.create(parent_id, child_id, kind, title=title,
                                            story_text=story_text, transcript=transcript,
                                            actor=actor)

    def update(self, actor: Actor, recording_id: int, *, title: str | None = None,
               transcript: str | None = None, story_text: str | None = None) -> Recording:
        """Title, transcript or story text: the owner, while it is a draft."""
        recording = self._own_draft(actor, recording_id)
        return self._core.recordings.update(recording.id, title=title, transcript=transcript,
                                            story_text=story_text)

    def add_part(self, actor: Actor, recording_id: int, role: str, position: int,
                 file: Path | str, *, duration_s: float, text: str = "",
                 peak_dbfs: float | None = None) -> RecordingPart:
        """A finished take becomes a part of the owner's draft."""
        self._own_draft(actor, recording_id)
        return self._core.recordings.add_part(recording_id, role, position, file,
                                              duration_s=duration_s, text=text,
                                              peak_dbfs=peak_dbfs)

    def choose_take(self, actor: Actor, recording_id: int, part_id: int) -> None:
        """Keep this take as the one to send."""
        self._own_draft(actor, recording_id)
        if self._core.recordings.part(part_id).recording_id != recording_id:
            raise NotFound(what="part", key=part_id)
        self._core.recordings.choose_take(recording_id, part_id)

    def delete_part(self, actor: Actor, part: RecordingPart) -> None:
        """Delete a take; if it was the chosen one, the newest other take is chosen."""
        self._own_draft(actor, part.recording_id)
        store = self._core.recordings
        store.delete_part(part.id)
        if part.role == "take" and part.chosen:
            takes = [p for p in store.parts(part.recording_id) if p.role == "take"]
            if takes:
                store.choose_take(part.recording_id, takes[-1].id)

    def delete(self, actor: Actor, recording_id: int, *, now: datetime | None = None) -> None:
        """The owner deletes a recording that is not with staff or the mail room; staff
        can restore it for 30 days (``services.deleted_drafts``)."""
        delete_own(self._core, actor, ItemKind.RECORDING, self.get(actor, recording_id), now)

    def discard_empty(self, actor: Actor, recording_id: int) -> bool:
        """A draft made for a take that never started goes at once, if it holds no part
        (nothing to keep for staff); True when it went."""
        recording = self._own_draft(actor, recording_id)
        if self._core.recordings.parts(recording_id):
            return False
        return self._core.recordings.delete(recording.id, actor=actor)

    # -- the review journey ----------------------------------------------------------------
    def check_complete(self, actor: Actor, recording_id: int) -> None:
        """Raise NotReady with what is missing: no take, a silent take, a page, lines."""
        recording = self.get(actor, recording_id)
        parts = self._core.recordings.parts(recording_id, chosen_only=True)
        limits = self.limits()
        if not limits.audio_allowed:
            raise NotReady("audio_not_allowed", facility=limits.facility)
        if recording.kind == "message":
            takes = [p for p in parts if p.role == "take"]
            if not takes:
                raise NotReady("no_take")
            _check_heard(takes[0])
        elif recording.kind == "story":
            pages = sorted(p.position for p in parts if p.role == "page")
            if not pages:
                raise NotReady("nothing_recorded")
            for expected in range(1, pages[-1] + 1):
                if expected not in pages:
                    raise NotReady("page_missing", page=expected)
            for part in parts:
                _check_heard(part)
        else:
            from letterbox.audio.takes import echo_lines  # numpy: only when checking

            lines = echo_lines(recording.story_text)
            done = {p.position for p in parts if p.role == "line"
                    and 0 < p.position <= len(lines) and p.text == lines[p.position - 1]}
            if not lines or not done:
                raise NotReady("nothing_recorded")
            if len(done) < len(lines):
                raise NotReady("lines_missing", missing=len(lines) - len(done),
                               total=len(lines))
            for part in parts:
                _check_heard(part)
        total = sum(p.duration_s for p in parts if p.role != "take") or \
            sum(p.duration_s for p in parts if p.role == "take")
        if total > limits.max_seconds + LIMIT_TOLERANCE_S:
            raise NotReady("recording_full", seconds=limits.max_seconds)

    def submit(self, actor: Actor, recording_id: int) -> Recording:
        """"Send for review" with the chosen take, every page or every line."""
        recording = self.get(actor, recording_id)
        require_owner_write(actor, recording.parent_id)
        if recording.status == ItemStatus.READY:
            return recording
        require_move(actor, recording.status, ItemStatus.READY)
        self.check_complete(actor, recording_id)
        return self._core.recordings.set_status(recording_id, ItemStatus.READY, actor=actor)

    def reopen(self, actor: Actor, recording_id: int) -> Recording:
        """The parent changes a submitted, returned or rejected recording: back to draft."""
        recording = self.get(actor, recording_id)
        return reopen(actor, recording, recording.parent_id, recording.status,
                      partial(self._core.recordings.set_status, recording_id))

    # -- internals ------------------------------------------------------------------------
    def _own_draft(self, actor: Actor, recording_id: int) -> Recording:
        recording = self.get(actor, recording_id)
        require_owner_write(actor, recording.parent_id)
        require_editable(recording.status)
        return recording

    def _check_may_record(self, child_id: int | None, parent_id: int) -> RecordingLimits:
        limits = self.limits()
        if not limits.audio_allowed:
            raise NotAllowed("audio_not_allowed", facility=limits.facility)
        if child_id is not None:
            child = self._core.profiles.child(child_id)
            if child.parent_id != parent_id:
                raise NotFound(what="child", key=child_id)
            if not child.contact_approved:
                raise NotAllowed("contact_not_approved", child=child.name)
        return limits


def is_silent(part: RecordingPart) -> bool:
    """True when nobody can be heard in this part (its loudest moment is below −50 dBFS)."""
    return part.peak_dbfs is not None and part.peak_dbfs < SILENT_DBFS


def _check_heard(part: RecordingPart) -> None:
    if part.duration_s <= 0:  # an empty (zero-frame) file cannot be played or encoded
        raise NotReady("take_empty", role=part.role, position=part.position)
    if is_silent(part):
        raise NotReady("take_silent", role=part.role, position=part.position)
