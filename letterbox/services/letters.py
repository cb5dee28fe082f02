"""Letters as a parent writes them and staff read them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from letterbox.core import Core
from letterbox.errors import InvalidInput, NotAllowed, NotFound
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
from letterbox.store.items import ItemKind, ItemStatus, change_status, dump_flags
from letterbox.store.letters import Letter, LetterDraft, LetterVersion

if TYPE_CHECKING:
    from letterbox.services.journal import DraftTarget, LetterJournal


class LetterService:
    """Create, save, submit and reopen letters; every call names its actor."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def create(self, actor: Actor, parent_id: int, child_id: int | None, *, title: str = "",
               occasion: str = "", prompt_id: str = "", body: str = "",
               flow_state: dict[str, Any] | None = None) -> Letter:
        """A new draft for one of the parent's own children."""
        require_owner_write(actor, parent_id)
        if child_id is not None:
            child = self._core.profiles.child(child_id)
            if child.parent_id != parent_id:
                raise NotFound(what="child", key=child_id)
            if child.contact_status == "not_permitted":  # pending may still write; waits
                raise NotAllowed("contact_not_approved", child=child.name)
        return self._core.letters.create(parent_id, child_id, title=title, occasion=occasion,
                                         prompt_id=prompt_id, body=body,
                                         flow_state=flow_state, actor=actor)

    def get(self, actor: Actor, letter_id: int) -> Letter:
        """A letter the actor may read (another parent's reads as not found)."""
        letter = self._core.letters.get(letter_id)
        return visible_to(actor, letter, letter.parent_id, "letter", letter_id)

    def for_parent(self, actor: Actor, parent_id: int) -> list[Letter]:
        """A parent's letters, newest first."""
        require_reader(actor, parent_id)
        return self._core.letters.for_parent(parent_id)

    def save(self, actor: Actor, letter_id: int, draft: LetterDraft) -> Letter:
        """Autosave: only the owner, only while it is a draft."""
        letter = self.get(actor, letter_id)
        require_owner_write(actor, letter.parent_id)
        require_editable(letter.status)
        return self._core.letters.save(letter_id, draft)

    def history(self, actor: Actor, letter_id: int) -> list[LetterVersion]:
        """Earlier versions, oldest first."""
        self.get(actor, letter_id)
        return self._core.letters.history(letter_id)

    def submit(self, actor: Actor, letter_id: int,
               flags: list[dict[str, Any]] | None = None) -> Letter:
        """"Send for review": the text as it is now, with its content flags."""
        letter = self.get(actor, letter_id)
        require_owner_write(actor, letter.parent_id)
        if letter.status == ItemStatus.READY:
            return letter
        require_move(actor, letter.status, ItemStatus.READY)
        if not letter.body.strip():
            raise InvalidInput("empty_letter")
        with self._core.db.transaction() as conn:
            if flags is not None:
                conn.execute("UPDATE letter SET flags = ? WHERE id = ?",
                             (dump_flags(flags), letter_id))
            change_status(conn, "letter", letter_id, ItemStatus.READY, actor=actor)
            conn.execute("INSERT INTO letter_version (letter_id, body, reason, saved_at)"
                         " SELECT id, body, 'ready', updated_at FROM letter WHERE id = ?",
                         (letter_id,))
        return self._core.letters.get(letter_id)

    def reopen(self, actor: Actor, letter_id: int) -> Letter:
        """The parent changes a submitted, returned or rejected letter: back to draft."""
        letter = self.get(actor, letter_id)
        return reopen(actor, letter, letter.parent_id, letter.status,
                      partial(self._core.letters.set_status, letter_id))

    def seen_elsewhere(self, actor: Actor, letter_id: int) -> None:
        """The parent was told the letter was also changed on another computer."""
        letter = self.get(actor, letter_id)
        require_owner_write(actor, letter.parent_id)
        self._core.letters.seen_elsewhere(letter_id)

    def delete(self, actor: Actor, letter_id: int, *, now: datetime | None = None) -> None:
        """The owner deletes a letter that is not with staff or the mail room; staff can
        restore it for 30 days (``services.deleted_drafts``)."""
        delete_own(self._core, actor, ItemKind.LETTER, self.get(actor, letter_id), now)


class ActorLetters:
    """The letter service as one actor sees it: what the autosaver is handed."""

    def __init__(self, service: LetterService, actor: Actor,
                 journal: LetterJournal | None = None) -> None:
        self._service = service
        self.actor = actor
        self._journal = journal

    def autosave(self, target: DraftTarget, draft: LetterDraft, fields: dict[str, Any]) -> Letter:
        """Save to the store, or (with a journal) keep it locally while the server is away:
        ``services.journal``. Raises ``KeptLocally`` then."""
        if self._journal is not None:
            return self._journal.autosave(self.actor, target, draft, fields)
        if target.letter_id is None:
            letter = self.create(fields["parent_id"], fields.get("child_id"), body=draft.body,
                                 flow_state=draft.flow_state, title=fields.get("title", ""),
                                 occasion=fields.get("occasion", ""),
                                 prompt_id=fields.get("prompt_id", ""))
        else:
            letter = self.save(target.letter_id, replace(draft, base_revision=target.revision))
        target.letter_id, target.revision = letter.id, letter.revision
        return letter

    def replay(self) -> int:
        """Send saves kept while the server was away (0 without a journal)."""
        return self._journal.replay() if self._journal is not None else 0

    def seen_elsewhere(self, letter_id: int) -> None:
        self._service.seen_elsewhere(self.actor, letter_id)

    def create(self, parent_id: int, child_id: int | None, **fields: Any) -> Letter:
        return self._service.create(self.actor, parent_id, child_id, **fields)

    def save(self, letter_id: int, draft: LetterDraft) -> Letter:
        return self._service.save(self.actor, letter_id, draft)

    def history(self, letter_id: int) -> list[LetterVersion]:
        return self._service.history(self.actor, letter_id)

    def get(self, letter_id: int) -> Letter:
        return self._service.get(self.actor, letter_id)

    def reopen(self, letter_id: int) -> Letter:
        return self._service.reopen(self.actor, letter_id)
