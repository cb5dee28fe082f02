"""One parent, one active session: signing in on another kiosk closes the first one.

Each kiosk process (each ``Services``) has its own kiosk id: host, process and a random
part, so two windows in one process are two kiosks too. Signing in claims the parent's
row in ``parent_session``; the window asks ``still_active`` every few seconds on the task
pool (which also beats the heart), and a kiosk that lost the row saves and signs out.
With one SQLite kiosk the row is always its own.
"""

from __future__ import annotations

import os
import socket
import uuid

from letterbox.core import Core
from letterbox.errors import NotAllowed
from letterbox.services.actor import Actor
from letterbox.store.db import now_iso


class SessionService:
    """The parent's active kiosk session, in the store."""

    def __init__(self, core: Core, kiosk: str | None = None) -> None:
        self._db = core.db
        self.kiosk = kiosk or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def claim(self, actor: Actor) -> None:
        """The parent signed in here: this kiosk's session is the active one."""
        _require_parent(actor)
        stamp = now_iso()
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO parent_session (parent_id, kiosk, started_at, heartbeat_at)"
                " VALUES (?,?,?,?) ON CONFLICT (parent_id) DO UPDATE SET kiosk = excluded.kiosk,"
                " started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at",
                (actor.id, self.kiosk, stamp, stamp))

    def still_active(self, actor: Actor) -> bool:
        """True while this kiosk holds the parent's session (and note it is alive)."""
        _require_parent(actor)
        with self._db.transaction() as conn:
            row = conn.execute("SELECT kiosk FROM parent_session WHERE parent_id = ?",
                               (actor.id,)).fetchone()
            if row is not None and row["kiosk"] != self.kiosk:
                return False
            if row is None:  # nobody holds it (the store was moved): it is ours
                stamp = now_iso()
                conn.execute("INSERT INTO parent_session (parent_id, kiosk, started_at,"
                             " heartbeat_at) VALUES (?,?,?,?)", (actor.id, self.kiosk, stamp,
                                                                 stamp))
            else:
                conn.execute("UPDATE parent_session SET heartbeat_at = ? WHERE parent_id = ?",
                             (now_iso(), actor.id))
            return True

    def release(self, actor: Actor) -> None:
        """Signed out here: the row goes, unless another kiosk holds it now."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM parent_session WHERE parent_id = ? AND kiosk = ?",
                         (actor.id, self.kiosk))


def _require_parent(actor: Actor) -> None:
    if not actor.is_parent or actor.id is None:
        raise NotAllowed(action="kiosk_session", actor=actor.label())
