"""Wrong PINs and passphrases, counted per profile in the store, so a lockout holds
across a new screen, another kiosk window and a restart.

Five wrong tries lock the profile; each lockout is longer than the last (30 s, 2 min,
10 min, then 30 min). A right answer, or a staff reset, clears the count.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database

MAX_TRIES = 5
LOCK_STEPS_S = (30, 120, 600, 1800)


@dataclass(frozen=True)
class GuardState:
    """Where a profile stands: tries left before a lock, or seconds still locked."""

    tries_left: int
    locked_for_s: int
    lockouts: int

    @property
    def locked(self) -> bool:
        return self.locked_for_s > 0


class SignInGuard:
    """Counts failures for parents (PIN) and staff (passphrase)."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    def state(self, kind: str, principal_id: int) -> GuardState:
        """The profile's state now."""
        row = self._db.query_one("SELECT * FROM signin_guard WHERE principal_kind = ? AND"
                                 " principal_id = ?", (kind, principal_id))
        if row is None:
            return GuardState(MAX_TRIES, 0, 0)
        left = max(0.0, float(row["locked_until"]) - self._clock())
        return GuardState(max(0, MAX_TRIES - int(row["failures"])), int(left + 0.999),
                          int(row["lockouts"]))

    def failed(self, kind: str, principal_id: int, *, actor: ActorLike | None = None,
               parent_id: int | None = None) -> GuardState:
        """Count one wrong answer; the fifth locks the profile for the next step's time."""
        now = self._clock()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM signin_guard WHERE principal_kind = ? AND"
                               " principal_id = ?", (kind, principal_id)).fetchone()
            failures = (int(row["failures"]) if row else 0) + 1
            lockouts = int(row["lockouts"]) if row else 0
            locked_until = float(row["locked_until"]) if row else 0.0
            record_event(conn, "wrong_pin" if kind == "parent" else "wrong_passphrase",
                         actor=actor, parent_id=parent_id, detail=f"try {failures}")
            if failures >= MAX_TRIES:
                seconds = LOCK_STEPS_S[min(lockouts, len(LOCK_STEPS_S) - 1)]
                lockouts += 1
                failures = 0
                locked_until = now + seconds
                record_event(conn, "locked_out", actor=actor, parent_id=parent_id,
                             detail=f"{kind} {principal_id} for {seconds} s")
            conn.execute(
                "INSERT INTO signin_guard (principal_kind, principal_id, failures, lockouts,"
                " locked_until) VALUES (?,?,?,?,?) ON CONFLICT (principal_kind, principal_id)"
                " DO UPDATE SET failures = excluded.failures, lockouts = excluded.lockouts,"
                " locked_until = excluded.locked_until",
                (kind, principal_id, failures, lockouts, locked_until))
        return self.state(kind, principal_id)

    def clear(self, kind: str, principal_id: int) -> None:
        """A right answer or a staff reset: forget the failures and lockouts."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM signin_guard WHERE principal_kind = ? AND"
                         " principal_id = ?", (kind, principal_id))
