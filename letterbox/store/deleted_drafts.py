"""Drafts a parent deleted: kept for ``KEEP_DAYS`` days (``deleted_at`` is set) so staff can
bring them back, then purged for good by the stores' own ``delete``.

A deleted item is in none of the lists the rest of the store gives (home, review,
dashboard, export, report); only the reads below see it. Every change writes its audit
event in the same transaction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from letterbox.errors import NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database, Row
from letterbox.store.items import ItemKind

KEEP_DAYS = 30

_DELETED = """
    SELECT 'letter' AS kind, l.id, l.parent_id, l.child_id, l.title, '' AS detail, l.status,
           l.deleted_at, COALESCE(c.name, '') AS child_name
        FROM letter l LEFT JOIN child c ON c.id = l.child_id WHERE l.deleted_at IS NOT NULL
    UNION ALL
    SELECT 'recording', r.id, r.parent_id, r.child_id, r.title, r.kind, r.status,
           r.deleted_at, COALESCE(c.name, '')
        FROM recording r LEFT JOIN child c ON c.id = r.child_id WHERE r.deleted_at IS NOT NULL
"""


@dataclass(frozen=True)
class DeletedDraft:
    """A letter or recording the parent deleted, as staff see it to restore it."""

    kind: str          # 'letter' or 'recording'
    id: int
    parent_id: int
    child_id: int | None
    child_name: str
    title: str
    detail: str        # a recording's kind ('message', 'story', 'echo'); '' for a letter
    status: str        # what it was when deleted (draft, returned or rejected)
    deleted_at: str    # ISO, UTC

    def purge_on(self) -> datetime:
        """When it goes for good."""
        return parse_stamp(self.deleted_at) + timedelta(days=KEEP_DAYS)

    def days_left(self, now: datetime) -> int:
        """Days until it goes for good, counting a part day as one (30 just after it was
        deleted, 1 on its last day)."""
        seconds = (self.purge_on() - now).total_seconds()
        return max(0, math.ceil(seconds / 86_400))


def stamp(at: datetime) -> str:
    """``at`` as stored: ISO-8601 in UTC, to the second (as ``db.now_iso``)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_stamp(text: str) -> datetime:
    """A stored stamp as an aware datetime."""
    at = datetime.fromisoformat(text)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def purge_cutoff(now: datetime) -> str:
    """Items deleted at or before this stamp are due to go."""
    return stamp(now - timedelta(days=KEEP_DAYS))


def mark_deleted(db: Database, kind: str, item_id: int, at: datetime, *,
                 actor: ActorLike | None = None) -> None:
    """Set ``deleted_at``: the item leaves every list but stays on disk for staff."""
    table = ItemKind(kind).value  # never user text
    with db.transaction() as conn:
        row = conn.execute(f"SELECT parent_id FROM {table} WHERE id = ? AND deleted_at IS NULL",
                           (item_id,)).fetchone()
        if row is None:
            raise NotFound(what=table, key=item_id)
        conn.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (stamp(at), item_id))
        until = (at + timedelta(days=KEEP_DAYS)).date().isoformat()
        record_event(conn, f"{table}_deleted", actor=actor, parent_id=row["parent_id"],
                     item_kind=table, item_id=item_id, detail=f"kept until {until}")


def restore(db: Database, kind: str, item_id: int, *, actor: ActorLike | None = None) -> None:
    """Bring a deleted item back where it was (its status and dates unchanged)."""
    table = ItemKind(kind).value
    with db.transaction() as conn:
        row = conn.execute(f"SELECT parent_id FROM {table} WHERE id = ?"
                           " AND deleted_at IS NOT NULL", (item_id,)).fetchone()
        if row is None:
            raise NotFound(what=f"deleted {table}", key=item_id)
        conn.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", (item_id,))
        record_event(conn, f"{table}_restored", actor=actor, parent_id=row["parent_id"],
                     item_kind=table, item_id=item_id)


def deleted_draft(db: Database, kind: str, item_id: int) -> DeletedDraft:
    """One deleted item; NotFound when there is none (or it is not deleted)."""
    row = db.query_one(f"SELECT * FROM ({_DELETED}) AS deleted WHERE kind = ? AND id = ?",
                       (ItemKind(kind).value, item_id))
    if row is None:
        raise NotFound(what=f"deleted {kind}", key=item_id)
    return _draft(row)


def deleted_for_parent(db: Database, parent_id: int) -> list[DeletedDraft]:
    """A parent's deleted items, the most recently deleted first."""
    rows = db.query(f"SELECT * FROM ({_DELETED}) AS deleted WHERE parent_id = ?"
                    " ORDER BY deleted_at DESC, kind, id DESC", (parent_id,))
    return [_draft(row) for row in rows]


def deleted_before(db: Database, cutoff: str) -> list[tuple[str, int]]:
    """(kind, id) of every item deleted at or before ``cutoff`` (a stored stamp)."""
    rows = db.query(f"SELECT kind, id FROM ({_DELETED}) AS deleted WHERE deleted_at <= ?"
                    " ORDER BY deleted_at, kind, id", (cutoff,))
    return [(row["kind"], int(row["id"])) for row in rows]


def _draft(r: Row) -> DeletedDraft:
    return DeletedDraft(kind=r["kind"], id=int(r["id"]), parent_id=int(r["parent_id"]),
                        child_id=r["child_id"], child_name=r["child_name"], title=r["title"],
                        detail=r["detail"], status=r["status"], deleted_at=r["deleted_at"])
