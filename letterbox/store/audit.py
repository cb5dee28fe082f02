"""An append-only log of what happened to profiles and items (for workers' reports)."""

from __future__ import annotations

import sqlite3

from letterbox.store.db import Database, now_iso


def record_event(conn: sqlite3.Connection, action: str, *, parent_id: int | None = None,
                 item_kind: str = "", item_id: int | None = None, detail: str = "") -> None:
    """Append one event inside the caller's transaction."""
    conn.execute(
        "INSERT INTO event (at, parent_id, item_kind, item_id, action, detail)"
        " VALUES (?,?,?,?,?,?)", (now_iso(), parent_id, item_kind, item_id, action, detail))


def events(db: Database, *, parent_id: int | None = None,
           limit: int = 500) -> list[dict[str, object]]:
    """The newest events first, optionally for one parent."""
    if parent_id is None:
        rows = db.query("SELECT * FROM event ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = db.query("SELECT * FROM event WHERE parent_id = ? ORDER BY id DESC LIMIT ?",
                        (parent_id, limit))
    return [dict(row) for row in rows]
