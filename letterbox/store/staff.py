"""Staff accounts: a name and a passphrase stored as a salted scrypt hash."""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.errors import InvalidInput, NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database, now_iso
from letterbox.store.profiles import one_line_text

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
PASSPHRASE_MIN = 8
STAFF_NAME_MAX = 60


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    created_at: str


def _new_salt() -> bytes:
    import secrets

    return secrets.token_bytes(16)


def _hash(passphrase: str, salt: bytes) -> bytes:
    import hashlib  # (loads OpenSSL: not needed to start the kiosk)

    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_SCRYPT)


def check_passphrase(passphrase: str) -> None:
    """Raise InvalidInput unless the passphrase is long enough."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput("passphrase_short", low=PASSPHRASE_MIN)


def clean_staff_name(name: str) -> str:
    """A staff name as stored: printable, trimmed, not empty, not too long."""
    cleaned = one_line_text(name)
    if not cleaned:
        raise InvalidInput("field_required", field="staff_name")
    if len(cleaned) > STAFF_NAME_MAX:
        raise InvalidInput("field_too_long", field="staff_name", limit=STAFF_NAME_MAX)
    return cleaned


class StaffStore:
    """Adds, finds, checks and removes staff accounts (removed ones stay for the audit)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        """How many active staff accounts there are."""
        row = self._db.query_one("SELECT COUNT(*) AS n FROM staff WHERE removed_at IS NULL")
        return int(row["n"]) if row else 0

    def add(self, name: str, passphrase: str, *, actor: ActorLike | None = None) -> StaffMember:
        """A new account; InvalidInput('staff_exists') when the name is taken."""
        name = clean_staff_name(name)
        check_passphrase(passphrase)
        salt = _new_salt()
        with self._db.transaction() as conn:
            taken = conn.execute("SELECT 1 FROM staff WHERE lower(name) = lower(?) AND"
                                 " removed_at IS NULL", (name,)).fetchone()
            if taken:
                raise InvalidInput("staff_exists", name=name)
            staff_id = int(conn.execute(
                "INSERT INTO staff (name, salt, hash, created_at) VALUES (?,?,?,?) RETURNING id",
                (name, salt, _hash(passphrase, salt), now_iso())).fetchone()[0])
            record_event(conn, "staff_added", actor=actor, detail=name)
        return self.get(staff_id)

    def get(self, staff_id: int) -> StaffMember:
        """An active account by id."""
        row = self._db.query_one("SELECT * FROM staff WHERE id = ? AND removed_at IS NULL",
                                 (staff_id,))
        if row is None:
            raise NotFound(what="staff member", key=staff_id)
        return StaffMember(row["id"], row["name"], row["created_at"])

    def find(self, name: str) -> StaffMember | None:
        """An active account by name (any case), or None."""
        row = self._db.query_one("SELECT * FROM staff WHERE lower(name) = lower(?) AND"
                                 " removed_at IS NULL",
                                 (name.strip(),))
        return StaffMember(row["id"], row["name"], row["created_at"]) if row else None

    def all(self) -> list[StaffMember]:
        """Active accounts by name."""
        rows = self._db.query("SELECT * FROM staff WHERE removed_at IS NULL"
                              " ORDER BY lower(name), id")
        return [StaffMember(r["id"], r["name"], r["created_at"]) for r in rows]

    def waste_time(self, passphrase: str) -> None:
        """The work of one check, for a name that does not exist (no timing clue)."""
        _hash(passphrase or "-", b"\0" * 16)

    def verify(self, staff_id: int, passphrase: str) -> bool:
        """True when the passphrase matches (constant-time comparison)."""
        row = self._db.query_one("SELECT salt, hash FROM staff WHERE id = ? AND"
                                 " removed_at IS NULL", (staff_id,))
        if row is None or not passphrase:
            return False
        import hmac

        return hmac.compare_digest(_hash(passphrase, bytes(row["salt"])), bytes(row["hash"]))

    def set_passphrase(self, staff_id: int, passphrase: str, *,
                       actor: ActorLike | None = None) -> None:
        """Replace the passphrase and clear the account's lockout."""
        check_passphrase(passphrase)
        member = self.get(staff_id)
        salt = _new_salt()
        with self._db.transaction() as conn:
            conn.execute("UPDATE staff SET salt = ?, hash = ? WHERE id = ?",
                         (salt, _hash(passphrase, salt), staff_id))
            conn.execute("DELETE FROM signin_guard WHERE principal_kind = 'staff' AND"
                         " principal_id = ?", (staff_id,))
            record_event(conn, "staff_passphrase_changed", actor=actor, detail=member.name)

    def remove(self, staff_id: int, *, actor: ActorLike | None = None) -> None:
        """Close an account (kept, marked removed, so the audit still names it)."""
        member = self.get(staff_id)
        with self._db.transaction() as conn:
            left = conn.execute("SELECT COUNT(*) FROM staff WHERE removed_at IS NULL"
                                " AND id != ?", (staff_id,)).fetchone()[0]
            if not left:
                raise InvalidInput("staff_last")
            conn.execute("UPDATE staff SET removed_at = ? WHERE id = ?", (now_iso(), staff_id))
            record_event(conn, "staff_removed", actor=actor, detail=member.name)


def passphrase_hash(passphrase: str, salt: bytes) -> bytes:
    """The stored hash of ``passphrase`` with ``salt`` (a backup's staff sign in with it)."""
    return _hash(passphrase, salt)
