"""The station's signing key: staff make it (audited), anyone may see whether it exists.

The key itself is made in ``export.signing``; this service decides who may make or
replace it and writes who did so to the audit log, with the new key's fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.audit import record_event


@dataclass(frozen=True)
class StationKey:
    """Where this station's public key is, and a short fingerprint to read aloud."""

    public_path: Path
    fingerprint: str


def fingerprint(public_pem: bytes) -> str:
    """The first 16 hex digits of SHA-256 over the PEM, in groups of four."""
    digest = hashlib.sha256(public_pem).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


class KeysService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def current(self, actor: Actor) -> StationKey | None:
        """This station's key, or None when packets are not signed yet (staff)."""
        from letterbox.export.signing import private_key_path, public_key_path

        require(actor, Action.READ_ANY)
        root = self._core.paths.root
        public = public_key_path(root)
        if not private_key_path(root).is_file() or not public.is_file():
            return None
        try:
            return StationKey(public, fingerprint(public.read_bytes()))
        except OSError:
            return None

    def make(self, actor: Actor, *, replace: bool = False) -> StationKey:
        """Make the station key (replace: a new one, for a lost or leaked key).

        Raises:
            NotAllowed: not staff.
            StationKeyError: a key exists and ``replace`` is not set (code key_exists).
        """
        from letterbox.export.signing import make_station_key

        require(actor, Action.STATION_KEY)
        public = make_station_key(self._core.paths.root, force=replace)
        made = StationKey(public, fingerprint(public.read_bytes()))
        with self._core.db.transaction() as conn:
            record_event(conn, "station_key_replaced" if replace else "station_key_made",
                         actor=actor, detail=f"fingerprint {made.fingerprint}")
        return made
