"""An append-only log of who did what to profiles and items (for audits and reports)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from letterbox.store.db import Connection, Database, now_iso


class ActorLike(Protocol):
    """Who acted: the store needs only these three values (see ``services.actor``)."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class Event:
    """One row of the audit log."""

    id: int
    at: str
    actor_kind: str
    actor_id: int | None
    actor_name: str
    action: str
    parent_id: int | None
    parent_id_number: str
    item_kind: str
    item_id: int | None
    detail: str


def record_event(conn: Connection, action: str, *, actor: ActorLike | None = None,
                 parent_id: int | None = None, item_kind: str = "",
                 item_id: int | None = None, detail: str = "") -> None:
    """Append one event inside the caller's transaction."""
    kind = str(actor.kind) if actor is not None else "system"
    conn.execute(
        "INSERT INTO event (at, parent_id, item_kind, item_id, action, detail, actor_kind,"
        " actor_id, actor_name) VALUES (?,?,?,?,?,?,?,?,?)",
        (now_iso(), parent_id, item_kind, item_id, action, detail, kind,
         actor.id if actor is not None else None, actor.name if actor is not None else ""))


def events(db: Database, *, parent_id: int | None = None, since: str | None = None,
           limit: int | None = 500, oldest_first: bool = False) -> list[Event]:
    """Events, newest first unless asked, optionally for one parent or since a date."""
    where: list[str] = []
    params: list[object] = []
    if parent_id is not None:
        where.append("e.parent_id = ?")
        params.append(parent_id)
    if since:
        where.append("e.at >= ?")
        params.append(since)
    sql = ("SELECT e.*, COALESCE(p.id_number, '') AS id_number FROM event e"
           " LEFT JOIN parent p ON p.id = e.parent_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY e.id {'ASC' if oldest_first else 'DESC'}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Event(id=r["id"], at=r["at"], actor_kind=r["actor_kind"], actor_id=r["actor_id"],
                  actor_name=r["actor_name"], action=r["action"], parent_id=r["parent_id"],
                  parent_id_number=r["id_number"], item_kind=r["item_kind"],
                  item_id=r["item_id"], detail=r["detail"])
            for r in db.query(sql, tuple(params))]
