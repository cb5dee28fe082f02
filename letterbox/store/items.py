"""What letters and recordings share: one review status machine, and their flags.

The transition table below is the only place that says which status may follow which,
and who makes each move. Every change writes an audit event, with its actor, in the same
transaction as the change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from letterbox.errors import InvalidTransition, NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Connection, Row, now_iso


class ItemKind(StrEnum):
    LETTER = "letter"
    RECORDING = "recording"


class ItemStatus(StrEnum):
    DRAFT = "draft"          # the parent is still working on it
    READY = "ready"          # sent for review by the parent
    APPROVED = "approved"    # a worker approved it
    RETURNED = "returned"    # a worker sent it back, with a reason
    EXPORTED = "exported"    # in packet N, with the mail room
    SENT = "sent"            # the mail room sent it on
    REJECTED = "rejected"    # the mail room refused it, with a reason


@dataclass(frozen=True)
class Transition:
    """One allowed move: who makes it, whether a reason is needed, the audit action."""

    by: str            # 'parent' or 'staff' (an ActorKind value)
    action: str
    needs_reason: bool = False


S = ItemStatus
TRANSITIONS: dict[tuple[ItemStatus, ItemStatus], Transition] = {
    (S.DRAFT, S.READY): Transition("parent", "submit"),
    (S.RETURNED, S.READY): Transition("parent", "submit"),
    (S.REJECTED, S.READY): Transition("parent", "submit"),
    (S.READY, S.DRAFT): Transition("parent", "reopen"),      # editing asks first
    (S.APPROVED, S.DRAFT): Transition("parent", "reopen"),
    (S.RETURNED, S.DRAFT): Transition("parent", "reopen"),
    (S.REJECTED, S.DRAFT): Transition("parent", "reopen"),
    (S.READY, S.APPROVED): Transition("staff", "approve"),
    (S.READY, S.RETURNED): Transition("staff", "return", needs_reason=True),
    (S.APPROVED, S.RETURNED): Transition("staff", "return", needs_reason=True),
    (S.APPROVED, S.EXPORTED): Transition("staff", "export"),
    (S.READY, S.EXPORTED): Transition("staff", "export"),   # only when review is not required
    (S.EXPORTED, S.SENT): Transition("staff", "mail_sent"),
    (S.EXPORTED, S.REJECTED): Transition("staff", "mail_rejected", needs_reason=True),
}
STATUSES = tuple(s.value for s in ItemStatus)
# What a parent may still change without asking: everything else is with staff or gone.
EDITABLE = (S.DRAFT,)
# Asking first, then back to draft.
REOPENABLE = tuple(old for (old, new) in TRANSITIONS if new is S.DRAFT)
# Statuses the parent can no longer take back (with the mail room or beyond).
SETTLED = (S.EXPORTED, S.SENT)


def transition(current: str, new: str) -> Transition:
    """The allowed move from ``current`` to ``new``; InvalidTransition if there is none."""
    try:
        return TRANSITIONS[(ItemStatus(current), ItemStatus(new))]
    except (KeyError, ValueError):
        raise InvalidTransition(current=current, new=new) from None


def dump_flags(flags: list[dict[str, Any]]) -> str:
    """Content-check flags as stored: a JSON list."""
    return json.dumps(flags, ensure_ascii=False, sort_keys=True)


def load_flags(text: str) -> list[dict[str, Any]]:
    """Content-check flags from storage; a damaged value reads as no flags."""
    try:
        value = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def change_status(conn: Connection, kind: str, item_id: int, status: str,
                  note: str = "", *, actor: ActorLike | None = None,
                  packet_id: int | None = None) -> Row:
    """Move a letter or recording to ``status`` inside the caller's transaction.

    Checks the move against the table (who makes it is the services' check), clears the
    reason when it no longer applies, and writes the audit event. Returns the row as it
    was before the change.
    """
    table = ItemKind(kind).value  # never user text
    row: Row | None = conn.execute(f"SELECT * FROM {table} WHERE id = ?",
                                           (item_id,)).fetchone()
    if row is None:
        raise NotFound(what=kind, key=item_id)
    move = transition(row["status"], status)
    if move.needs_reason and not note.strip():
        raise InvalidTransition("reason_required", current=row["status"], new=status)
    conn.execute(f"UPDATE {table} SET status = ?, status_note = ?, updated_at = ?,"
                 " packet_id = COALESCE(?, packet_id) WHERE id = ?",
                 (status, note.strip(), now_iso(), packet_id, item_id))
    detail = note.strip() or (f"packet {packet_id}" if packet_id is not None else "")
    record_event(conn, f"{kind}_{move.action}", actor=actor, parent_id=row["parent_id"],
                 item_kind=kind, item_id=item_id, detail=detail)
    return row
