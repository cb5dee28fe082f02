"""What the letter and recording services share: ownership, the status machine and who
may make each move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from letterbox.errors import InvalidInput, InvalidTransition, NotAllowed, NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require, require_reader
from letterbox.store.deleted_drafts import mark_deleted
from letterbox.store.items import ItemKind, ItemStatus, transition

if TYPE_CHECKING:
    from letterbox.core import Core
    from letterbox.store.letters import Letter
    from letterbox.store.recordings import Recording

Item = TypeVar("Item")


def visible_to(actor: Actor, item: Item, owner_parent_id: int, what: str,
               key: int) -> Item:
    """The item if the actor may read it; another parent's reads as not found (so ids
    cannot be probed), and so does a deleted one to anyone but staff."""
    try:
        require_reader(actor, owner_parent_id)
    except NotAllowed:
        raise NotFound(what=what, key=key) from None
    if getattr(item, "deleted_at", None) and not actor.is_staff:
        raise NotFound(what=what, key=key)
    return item


def require_owner_write(actor: Actor, owner_parent_id: int) -> None:
    """Only the parent who made an item (or set-up work) changes its words or sound."""
    require(actor, Action.WRITE_OWN, owner_parent_id)


def require_move(actor: Actor, current: str, new: ItemStatus) -> None:
    """The status table names who makes each move; refuse anyone else."""
    move = transition(current, new)
    if move.by == "parent" and not (actor.is_parent or actor.kind == "system"):
        raise NotAllowed(action=move.action, actor=actor.label())
    if move.by == "staff":
        needed = {"approve": Action.REVIEW, "return": Action.REVIEW,
                  "export": Action.EXPORT}.get(move.action, Action.MAIL_OUTCOME)
        require(actor, needed)


# What is back in the parent's hands: a draft, or an item staff or the mail room returned.
DELETABLE = (ItemStatus.DRAFT, ItemStatus.RETURNED, ItemStatus.REJECTED)


def may_delete(status: str) -> bool:
    """True when the owner may delete an item in ``status`` (screens offer Delete then)."""
    return status in DELETABLE


def require_deletable(status: str) -> None:
    """The owner deletes only what is not with staff or the mail room."""
    if not may_delete(status):
        raise InvalidInput("not_deletable", status=status)


def delete_own(core: Core, actor: Actor, kind: ItemKind, item: Letter | Recording,
               now: datetime | None) -> None:
    """The owner deletes a draft: it leaves every list, and is kept ``KEEP_DAYS`` days
    for staff to restore before it is purged (``services.deleted_drafts``)."""
    require_owner_write(actor, item.parent_id)
    require_deletable(item.status)
    mark_deleted(core.db, kind, item.id, now or datetime.now(UTC), actor=actor)


def reopen(actor: Actor, item: Item, owner_parent_id: int, status: str,
           set_status: Callable[..., Item]) -> Item:
    """Back to draft for the parent to change it (a draft stays as it is)."""
    require_owner_write(actor, owner_parent_id)
    if status == ItemStatus.DRAFT:
        return item
    require_move(actor, status, ItemStatus.DRAFT)
    return set_status(ItemStatus.DRAFT, actor=actor)


def require_editable(status: str) -> None:
    """Words and sound change only in a draft (reopen first)."""
    if status != ItemStatus.DRAFT:
        raise InvalidTransition("not_editable", current=status, new=str(ItemStatus.DRAFT))
