"""Drafts a parent deleted: staff see them and bring them back for 30 days; after that
they are purged for good (rows and audio files), at start-up and whenever staff list them.

A parent deletes through ``LetterService.delete`` / ``RecordingService.delete``; a parent
never sees or restores a deleted item. Every call takes the clock (``now``) so tests can
move time.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from letterbox.core import Core
from letterbox.errors import NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.deleted_drafts import (
    KEEP_DAYS,
    DeletedDraft,
    deleted_before,
    deleted_draft,
    deleted_for_parent,
    purge_cutoff,
    restore,
)
from letterbox.store.items import ItemKind

log = logging.getLogger(__name__)

__all__ = ["KEEP_DAYS", "DeletedDraft", "DeletedDraftService"]


class DeletedDraftService:
    """List, restore and purge deleted drafts: staff work (purging also the app's own)."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def for_parent(self, actor: Actor, parent_id: int, *,
                   now: datetime | None = None) -> list[DeletedDraft]:
        """A parent's deleted drafts still kept, the most recently deleted first (those
        past their days are purged first)."""
        require(actor, Action.RESTORE_DRAFT)
        self.purge_expired(actor, now=now)
        self._core.profiles.parent(parent_id)  # NotFound for an unknown parent
        return deleted_for_parent(self._core.db, parent_id)

    def restore(self, actor: Actor, kind: ItemKind | str, item_id: int, *,
                now: datetime | None = None) -> DeletedDraft:
        """Bring a deleted draft back to its parent's home, as it was; NotFound when it is
        not deleted, or already purged."""
        require(actor, Action.RESTORE_DRAFT)
        kind = ItemKind(kind)
        self.purge_expired(actor, now=now)  # one past its days is gone, not restored
        draft = deleted_draft(self._core.db, kind, item_id)
        restore(self._core.db, kind, item_id, actor=actor)
        return draft

    def purge_expired(self, actor: Actor, *, now: datetime | None = None) -> int:
        """Delete for good every draft deleted more than ``KEEP_DAYS`` days before ``now``
        (a recording's audio files too); how many went."""
        require(actor, Action.PURGE_DELETED)
        cutoff = purge_cutoff(now or datetime.now(UTC))
        gone = 0
        for kind, item_id in deleted_before(self._core.db, cutoff):
            store = self._core.letters if kind == ItemKind.LETTER else self._core.recordings
            try:
                if store.delete(item_id, actor=actor, deleted_before=cutoff,
                                event=f"{kind}_purged"):
                    gone += 1
            except NotFound:  # purged meanwhile by another thread
                continue
        if gone:
            log.info("Purged %d deleted drafts kept past %d days", gone, KEEP_DAYS)
        return gone
