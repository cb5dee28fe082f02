"""Packets that left for the mail room: which items went in each, when, and by whom."""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database, now_iso
from letterbox.store.items import ItemStatus, change_status


@dataclass(frozen=True)
class PacketRecord:
    id: int
    created_at: str
    staff_id: int | None
    parent_id: int | None
    folder: str
    zip: str
    items: int


class PacketLog:
    """Writes a packet and marks its items exported in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, parent_id: int, folder: str, zip_path: str,
               items: list[tuple[str, int]], *, actor: ActorLike | None = None) -> PacketRecord:
        """The packet row plus every item's move to 'exported', all or nothing."""
        staff_id = actor.id if actor is not None and str(actor.kind) == "staff" else None
        with self._db.transaction() as conn:
            cur = conn.execute("INSERT INTO packet (created_at, staff_id, parent_id, folder, zip,"
                               " items) VALUES (?,?,?,?,?,?)",
                               (now_iso(), staff_id, parent_id, folder, zip_path, len(items)))
            packet_id = int(cur.lastrowid or 0)
            for kind, item_id in items:
                change_status(conn, kind, item_id, ItemStatus.EXPORTED, actor=actor,
                              packet_id=packet_id)
            record_event(conn, "packet_exported", actor=actor, parent_id=parent_id,
                         item_kind="packet", item_id=packet_id,
                         detail=f"{len(items)} items to {folder}")
        return self.get(packet_id)

    def get(self, packet_id: int) -> PacketRecord:
        row = self._db.query_one("SELECT * FROM packet WHERE id = ?", (packet_id,))
        assert row is not None
        return PacketRecord(row["id"], row["created_at"], row["staff_id"], row["parent_id"],
                            row["folder"], row["zip"], row["items"])

    def all(self) -> list[PacketRecord]:
        """Every packet, newest first."""
        return [PacketRecord(r["id"], r["created_at"], r["staff_id"], r["parent_id"],
                             r["folder"], r["zip"], r["items"])
                for r in self._db.query("SELECT * FROM packet ORDER BY id DESC")]
