"""What letters and recordings share: their review status."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from letterbox.store.audit import record_event
from letterbox.store.db import now_iso

# draft → ready (the parent says "Ready for review") → exported (with the mail room);
# a reviewer may send an item back: returned (with the reason in status_note).
STATUSES = ("draft", "ready", "exported", "returned")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("ready",),
    "ready": ("draft", "exported"),
    "exported": ("returned",),
    "returned": ("draft", "ready"),
}


class StatusError(ValueError):
    """A status change that is not allowed (for example, exporting a draft)."""


def check_transition(current: str, new: str) -> None:
    """Raise StatusError unless ``current`` → ``new`` is allowed."""
    if new not in TRANSITIONS.get(current, ()):
        raise StatusError(f"An item that is {current!r} cannot become {new!r}.")


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


def change_status(conn: sqlite3.Connection, kind: str, item_id: int, status: str,
                  note: str = "") -> sqlite3.Row:
    """Move a letter or recording to ``status`` inside the caller's transaction.

    Returns the item's row as it was before the change; KeyError when there is none.
    """
    table = {"letter": "letter", "recording": "recording"}[kind]  # never user text
    row: sqlite3.Row | None = conn.execute(f"SELECT * FROM {table} WHERE id = ?",
                                           (item_id,)).fetchone()
    if row is None:
        raise KeyError(item_id)
    check_transition(row["status"], status)
    conn.execute(f"UPDATE {table} SET status = ?, status_note = ?, updated_at = ? WHERE id = ?",
                 (status, note, now_iso(), item_id))
    record_event(conn, f"{kind}_{status}", parent_id=row["parent_id"], item_kind=kind,
                 item_id=item_id, detail=note)
    return row
