"""Packets that left for the mail room: which items went in each, when, and by whom.

A packet is written in two transactions around its files (exactly once, even when the
process is killed): ``begin`` stores it as 'building' with its planned folder, zip and
items before any file exists; ``complete`` marks the items exported and the packet
'complete' once the folder and zip are in place. A 'building' packet left by a dead
export is finished or ``abandon``-ed by the export's recovery. ``ExportLock`` lets one
export run at a time.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from letterbox.errors import ExportRunning
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database, Row, now_iso
from letterbox.store.items import ItemStatus, change_status

BUILDING, COMPLETE, ABANDONED = "building", "complete", "abandoned"


@dataclass(frozen=True)
class PacketRecord:
    id: int
    created_at: str
    staff_id: int | None
    parent_id: int | None
    folder: str
    zip: str
    items: int
    state: str = COMPLETE
    staff_name: str = ""  # the worker who made it, kept when the account is removed
    kind: str = "mail"    # 'mail' or 'keepsake'


def _record(r: Row) -> PacketRecord:
    return PacketRecord(r["id"], r["created_at"], r["staff_id"], r["parent_id"], r["folder"],
                        r["zip"], r["items"], r["state"], r["staff_name"], r["kind"])


class PacketLog:
    """Packets and their items; every change of state is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def begin(self, parent_id: int, folder: str, zip_path: str,
              items: list[tuple[str, int]], *, actor: ActorLike | None = None,
              kind: str = "mail") -> int:
        """Store a 'building' packet with its planned names and items; its id.

        A ``keepsake`` packet (everything a parent made, for them to take home) lists no
        items: it takes nothing from the mail room's packets and changes no status.

        Raises:
            ValueError: an item is already in a packet that is building or complete.
        """
        staff_id = actor.id if actor is not None and str(actor.kind) == "staff" else None
        staff_name = actor.name if actor is not None and staff_id is not None else ""
        keepsake = kind == "keepsake"
        with self._db.transaction() as conn:
            for item_kind, item_id in ([] if keepsake else items):
                taken = conn.execute(
                    "SELECT p.id FROM packet_item i JOIN packet p ON p.id = i.packet_id "
                    "WHERE i.kind = ? AND i.item_id = ? AND p.state != ?",
                    (item_kind, item_id, ABANDONED)).fetchone()
                if taken is not None:
                    raise ValueError(f"{item_kind}:{item_id} is already in packet {taken[0]}")
            cur = conn.execute(
                "INSERT INTO packet (created_at, staff_id, parent_id, folder, zip, items, state,"
                " kind, staff_name) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                (now_iso(), staff_id, parent_id, folder, zip_path, len(items), BUILDING,
                 "keepsake" if keepsake else "mail", staff_name))
            packet_id = int(cur.fetchone()[0])
            conn.executemany("INSERT INTO packet_item (packet_id, kind, item_id) VALUES (?,?,?)",
                             [(packet_id, k, item_id) for k, item_id in
                              ([] if keepsake else items)])
        return packet_id

    def keep_items(self, packet_id: int, items: list[tuple[str, int]]) -> None:
        """Narrow a building packet to the items its files really hold."""
        keep = set(items)
        with self._db.transaction() as conn:
            rows = conn.execute("SELECT kind, item_id FROM packet_item WHERE packet_id = ?",
                                (packet_id,)).fetchall()
            if not rows:  # a keepsake lists no items
                return
            for row in rows:
                if (row[0], row[1]) not in keep:
                    conn.execute("DELETE FROM packet_item WHERE packet_id = ? AND kind = ? "
                                 "AND item_id = ?", (packet_id, row[0], row[1]))
            conn.execute("UPDATE packet SET items = ? WHERE id = ?",
                         (len(rows) - sum((r[0], r[1]) not in keep for r in rows), packet_id))

    def items_of(self, packet_id: int) -> list[tuple[str, int]]:
        """The packet's items, as (kind, id)."""
        return [(r["kind"], r["item_id"]) for r in self._db.query(
            "SELECT kind, item_id FROM packet_item WHERE packet_id = ? ORDER BY kind, item_id",
            (packet_id,))]

    def complete(self, packet_id: int, *, actor: ActorLike | None = None) -> PacketRecord:
        """Mark every item exported and the packet complete, all or nothing."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM packet WHERE id = ?", (packet_id,)).fetchone()
            if row is None or row["state"] != BUILDING:
                raise ValueError(f"packet {packet_id} is not being built")
            items = self.items_of(packet_id)
            for kind, item_id in items:
                change_status(conn, kind, item_id, ItemStatus.EXPORTED, actor=actor,
                              packet_id=packet_id)
            conn.execute("UPDATE packet SET state = ? WHERE id = ?", (COMPLETE, packet_id))
            keepsake = row["kind"] == "keepsake"
            record_event(conn, "keepsake_made" if keepsake else "packet_exported",
                         actor=actor, parent_id=row["parent_id"], item_kind="packet",
                         item_id=packet_id,
                         detail=f"{row['items'] if keepsake else len(items)} items to "
                                f"{row['folder']}")
        return self.get(packet_id)

    def abandon(self, packet_id: int, reason: str) -> None:
        """A packet whose files never came to be: its items keep their status."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT parent_id FROM packet WHERE id = ? AND state = ?",
                               (packet_id, BUILDING)).fetchone()
            if row is None:
                return
            conn.execute("UPDATE packet SET state = ? WHERE id = ?", (ABANDONED, packet_id))
            record_event(conn, "packet_abandoned", parent_id=row[0], item_kind="packet",
                         item_id=packet_id, detail=reason)

    def building(self) -> list[PacketRecord]:
        """Packets an export started and has not finished or abandoned."""
        return [_record(r) for r in self._db.query(
            "SELECT * FROM packet WHERE state = ? ORDER BY id", (BUILDING,))]

    def get(self, packet_id: int) -> PacketRecord:
        row = self._db.query_one("SELECT * FROM packet WHERE id = ?", (packet_id,))
        assert row is not None
        return _record(row)

    def all(self) -> list[PacketRecord]:
        """Every complete packet, newest first."""
        return [_record(r) for r in self._db.query(
            "SELECT * FROM packet WHERE state = ? ORDER BY created_at DESC, id DESC",
            (COMPLETE,))]


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return False
    return True


class ExportLock:
    """One export at a time, across processes: a row naming the process that holds it."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._guard = threading.Lock()
        self._owner: int | None = None  # the thread holding it in this process
        self._since = ""                 # when it took the lock
        self._depth = 0

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the block; the thread holding it may enter again (a run
        for every parent holds it once, around each parent's export).

        Raises:
            ExportRunning: another live process, or another thread of this one, holds it
                (a dead holder's lock is taken).
        """
        me = threading.get_ident()
        with self._guard:
            if self._owner is not None and self._owner != me:
                raise ExportRunning(pid=os.getpid(), since=self._since)
            if self._owner is None:
                self._since = self.claim()
                self._owner = me
            self._depth += 1
        try:
            yield
        finally:
            with self._guard:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self.release()

    def claim(self) -> str:
        """Take the lock row; returns when (raises ExportRunning if a live holder has it)."""
        host, pid, since = _host(), os.getpid(), now_iso()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT pid, host, claimed_at FROM export_lock WHERE id = 1"
                               ).fetchone()
            # Another machine's lock (a shared folder) cannot be checked: it stands.
            if row is not None and (row[1] != host or _alive(int(row[0]))):
                raise ExportRunning(pid=row[0], since=row[2])
            conn.execute("INSERT INTO export_lock (id, pid, host, claimed_at) VALUES (1, ?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET pid = excluded.pid,"
                         " host = excluded.host, claimed_at = excluded.claimed_at",
                         (pid, host, since))
        return since

    def release(self) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM export_lock WHERE id = 1 AND pid = ? AND host = ?",
                         (os.getpid(), _host()))


def _host() -> str:
    """This machine's name (socket is imported here: the kiosk starts without it)."""
    import socket

    return socket.gethostname()
