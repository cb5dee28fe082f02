"""Staff review: the queue, approve, return with a reason, and the mail room's outcome."""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.core import Core
from letterbox.errors import InvalidInput, NotFound
from letterbox.services.actor import Actor
from letterbox.services.items import require_move
from letterbox.services.policy import Action, require
from letterbox.store.items import ItemKind, ItemStatus
from letterbox.store.letters import Letter
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording

REASON_MAX = 600


@dataclass(frozen=True)
class ItemRef:
    """``letter:12`` or ``recording:3``: how staff and the command line name an item."""

    kind: ItemKind
    id: int

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        kind, _, number = text.strip().partition(":")
        try:
            return cls(ItemKind(kind.lower()), int(number))
        except ValueError:
            raise InvalidInput("item_ref", text=text) from None


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the review queue."""

    ref: ItemRef
    parent_id: int
    parent_name: str
    id_number: str
    child: str
    title: str
    status: str
    status_note: str
    updated_at: str
    item: Letter | Recording
    contact_status: str = "approved"  # the child's: staff see a warning when not approved


class ReviewService:
    """What staff see and decide. Parents may not call any of it."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def queue(self, actor: Actor, statuses: tuple[str, ...] = (ItemStatus.READY,),
              parent_id: int | None = None) -> list[ReviewEntry]:
        """Items with these statuses, oldest first (what waits longest comes first)."""
        require(actor, Action.READ_ANY)
        statuses = tuple(ItemStatus(s).value for s in statuses)
        core = self._core
        parents = {p.id: p for p in core.profiles.parents()}
        children: dict[int, Child] = {}
        for pid in parents:
            children.update({c.id: c for c in core.profiles.children(pid)})
        items: list[Letter | Recording] = [*core.letters.with_status(*statuses),
                                           *core.recordings.with_status(*statuses)]
        entries = []
        for item in items:
            if parent_id is not None and item.parent_id != parent_id:
                continue
            parent = parents[item.parent_id]
            child = children.get(item.child_id or -1)
            entries.append(ReviewEntry(
                ItemRef(ItemKind(item.item_kind), item.id), parent.id, parent.name,
                parent.id_number, child.name if child else "", item.title,
                item.status, item.status_note, item.updated_at, item,
                child.contact_status if child else "pending"))
        entries.sort(key=lambda e: (e.updated_at, str(e.ref)))
        return entries

    def get(self, actor: Actor, ref: ItemRef) -> Letter | Recording:
        """One item, for reading or listening."""
        require(actor, Action.READ_ANY)
        store = self._core.letters if ref.kind is ItemKind.LETTER else self._core.recordings
        return store.get(ref.id)

    def approve(self, actor: Actor, ref: ItemRef) -> Letter | Recording:
        """The worker approves the item for the mail room."""
        return self._move(actor, ref, ItemStatus.APPROVED, "")

    def return_item(self, actor: Actor, ref: ItemRef, reason: str) -> Letter | Recording:
        """Back to the parent with a kind reason, which they see at the next sign-in."""
        reason = _clean_reason(reason)
        return self._move(actor, ref, ItemStatus.RETURNED, reason)

    def mail_outcome(self, actor: Actor, ref: ItemRef, *, sent: bool,
                     reason: str = "") -> Letter | Recording:
        """What the mail room decided: sent on, or rejected with a reason."""
        if sent:
            return self._move(actor, ref, ItemStatus.SENT, "")
        return self._move(actor, ref, ItemStatus.REJECTED, _clean_reason(reason))

    def _move(self, actor: Actor, ref: ItemRef, new: ItemStatus,
              note: str) -> Letter | Recording:
        item = self.get(actor, ref)
        require_move(actor, item.status, new)
        if ref.kind is ItemKind.LETTER:
            return self._core.letters.set_status(ref.id, new, note, actor=actor)
        return self._core.recordings.set_status(ref.id, new, note, actor=actor)


def _clean_reason(reason: str) -> str:
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in reason).split())
    if not cleaned:
        raise InvalidInput("reason_required")
    if len(cleaned) > REASON_MAX:
        raise InvalidInput("field_too_long", field="reason", limit=REASON_MAX)
    return cleaned


def find_item(core: Core, ref: ItemRef) -> Letter | Recording:
    """The item a reference names, or NotFound."""
    store = core.letters if ref.kind is ItemKind.LETTER else core.recordings
    try:
        return store.get(ref.id)
    except NotFound:
        raise NotFound(what=str(ref.kind), key=ref.id) from None
