"""Parents (with their PIN) and their children (with contact approval)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from letterbox.errors import InvalidInput, NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Connection, Database, IntegrityError, Row, now_iso

# scrypt cost: about 50 ms here, slow enough to make guessing costly, fast for a kiosk.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
NAME_MAX = 80
CONTACT_STATUSES = ("approved", "pending", "not_permitted")
CONSENT_VALUES = ("unknown", "given", "refused")


class ProfileError(InvalidInput):
    """A profile field that cannot be accepted (``code`` says which rule)."""


class DuplicateIdNumber(ProfileError):
    """Another profile already has this ID number."""

    code = "duplicate_id_number"


TEXT_SIZES = ("normal", "large", "xlarge")


@dataclass(frozen=True)
class Parent:
    id: int
    name: str
    id_number: str
    housing_unit: str
    facility: str
    language: str
    is_demo: bool
    archived_at: str | None = None  # released or transferred: no sign-in, no export
    archive_note: str = ""
    text_size: str = "normal"  # the kiosk's text size for them: normal, large, xlarge
    high_contrast: bool = False

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class ContactChange:
    """One decision about a child: contact or the carer's consent, who made it, when."""

    child_id: int
    at: str
    field: str  # 'contact' or 'consent'
    value: str
    reason: str
    actor_kind: str
    actor_name: str


@dataclass(frozen=True)
class Child:
    id: int
    parent_id: int
    name: str
    birth_date: str | None
    age_years: int | None
    relationship: str
    carer_name: str
    carer_address: str
    contact_status: str
    contact_reason: str
    carer_consent: str

    @property
    def contact_approved(self) -> bool:
        """Only approved contacts may receive anything."""
        return self.contact_status == "approved"

    def age_on(self, today: date) -> int | None:
        """The child's age in whole years on ``today``, from birth date or stated age."""
        if self.birth_date:
            return age_from_birth(date.fromisoformat(self.birth_date), today)
        return self.age_years


def age_from_birth(born: date, today: date) -> int:
    """Whole years from ``born`` to ``today`` (a birthday not yet reached this year
    does not count)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def hash_pin(pin: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    """A salted scrypt hash of the PIN: ``(salt, hash)``."""
    import hashlib  # (with secrets, loads OpenSSL: not needed to start the kiosk)
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    return salt, hashlib.scrypt(pin.encode("utf-8"), salt=salt, **_SCRYPT)


def check_pin_format(pin: str) -> None:
    """Raise ProfileError unless the PIN is 4 to 8 digits."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise ProfileError("pin_format", low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)


def one_line_text(value: str) -> str:
    """``value`` on one line: runs of spaces, tabs and line breaks become one space,
    other unprintable characters are dropped, and the ends are trimmed."""
    return " ".join("".join(ch for ch in value if ch.isprintable() or ch.isspace()).split())


def clean_text(value: str, field: str, *, required: bool = False, limit: int = NAME_MAX) -> str:
    """Trim a short text field, enforce a length: a tab, line break or other space
    becomes one space (never glues two words), other control characters are dropped.

    ``field`` is a code (``name``, ``id_number``…) that the UI turns into words.
    """
    cleaned = one_line_text(value)
    if required and not cleaned:
        raise ProfileError("field_required", field=field)
    if len(cleaned) > limit:
        raise ProfileError("field_too_long", field=field, limit=limit)
    return cleaned


class ProfileStore:
    """Creates, finds and checks parent profiles and their children."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- parents -------------------------------------------------------------
    def create_parent(self, name: str, id_number: str, pin: str, *, housing_unit: str = "",
                      facility: str = "", language: str = "en", is_demo: bool = False,
                      actor: ActorLike | None = None) -> Parent:
        """Create a parent profile; the PIN is stored only as a salted scrypt hash."""
        name = clean_text(name, "name", required=True)
        id_number = clean_text(id_number, "id_number", required=True, limit=32)
        housing_unit = clean_text(housing_unit, "housing_unit", limit=60)
        facility = clean_text(facility, "facility", limit=120)
        check_pin_format(pin)
        if language not in ("en", "es"):
            raise ProfileError("language")
        salt, digest = hash_pin(pin)
        try:
            with self._db.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO parent (name, id_number, housing_unit, facility, language,"
                    " pin_salt, pin_hash, is_demo, created_at) VALUES (?,?,?,?,?,?,?,?,?)"
                    " RETURNING id",
                    (name, id_number, housing_unit, facility, language, salt, digest,
                     int(is_demo), now_iso()))
                parent_id = int(cur.fetchone()[0])
                record_event(conn, "profile_created", actor=actor, parent_id=parent_id)
        except IntegrityError as error:
            if "UNIQUE" in str(error):
                raise DuplicateIdNumber() from error
            raise
        return self.parent(parent_id)

    def parent(self, parent_id: int) -> Parent:
        """One parent by id; KeyError if there is none."""
        row = self._db.query_one("SELECT * FROM parent WHERE id = ?", (parent_id,))
        if row is None:
            raise NotFound(what="parent", key=parent_id)
        return _parent(row)

    def find_by_id_number(self, id_number: str) -> Parent | None:
        """The parent with this ID number, if any."""
        row = self._db.query_one("SELECT * FROM parent WHERE id_number = ?", (id_number.strip(),))
        return _parent(row) if row else None

    def parents(self) -> list[Parent]:
        """Every parent, sorted by name (for the sign-in list)."""
        rows = self._db.query("SELECT * FROM parent ORDER BY lower(name), id")
        return [_parent(row) for row in rows]

    def verify_pin(self, parent_id: int, pin: str) -> bool:
        """True when the PIN matches the stored hash (constant-time comparison)."""
        row = self._db.query_one("SELECT pin_salt, pin_hash FROM parent WHERE id = ?",
                                 (parent_id,))
        if row is None or not pin:
            return False
        import hmac

        _, digest = hash_pin(pin, bytes(row["pin_salt"]))
        return hmac.compare_digest(digest, bytes(row["pin_hash"]))

    def change_pin(self, parent_id: int, new_pin: str, *,
                   actor: ActorLike | None = None) -> None:
        """Replace the PIN (staff reset) and clear any lockout, in one transaction."""
        check_pin_format(new_pin)
        salt, digest = hash_pin(new_pin)
        with self._db.transaction() as conn:
            conn.execute("UPDATE parent SET pin_salt = ?, pin_hash = ? WHERE id = ?",
                         (salt, digest, parent_id))
            conn.execute("DELETE FROM signin_guard WHERE principal_kind = 'parent'"
                         " AND principal_id = ?", (parent_id,))
            record_event(conn, "pin_reset", actor=actor, parent_id=parent_id)

    def update_parent(self, parent_id: int, *, name: str, id_number: str, housing_unit: str,
                      facility: str, language: str, actor: ActorLike | None = None) -> Parent:
        """Change a profile's name, ID number, unit, facility and language (staff)."""
        name = clean_text(name, "name", required=True)
        id_number = clean_text(id_number, "id_number", required=True, limit=32)
        housing_unit = clean_text(housing_unit, "housing_unit", limit=60)
        facility = clean_text(facility, "facility", limit=120)
        if language not in ("en", "es"):
            raise ProfileError("language")
        before = self.parent(parent_id)
        changed = [field for field, old, new in (
            ("name", before.name, name), ("id_number", before.id_number, id_number),
            ("housing_unit", before.housing_unit, housing_unit),
            ("facility", before.facility, facility), ("language", before.language, language))
            if old != new]
        try:
            with self._db.transaction() as conn:
                conn.execute("UPDATE parent SET name = ?, id_number = ?, housing_unit = ?,"
                             " facility = ?, language = ? WHERE id = ?",
                             (name, id_number, housing_unit, facility, language, parent_id))
                record_event(conn, "profile_updated", actor=actor, parent_id=parent_id,
                             detail=", ".join(changed))
        except IntegrityError as error:
            if "UNIQUE" in str(error):
                raise DuplicateIdNumber() from error
            raise
        return self.parent(parent_id)

    def set_archived(self, parent_id: int, archived: bool, note: str = "", *,
                     actor: ActorLike | None = None) -> Parent:
        """Close a profile on release or transfer (with a note), or open it again."""
        self.parent(parent_id)
        note = clean_text(note, "reason", limit=400)
        with self._db.transaction() as conn:
            conn.execute("UPDATE parent SET archived_at = ?, archive_note = ? WHERE id = ?",
                         (now_iso() if archived else None, note if archived else "",
                          parent_id))
            record_event(conn, "profile_archived" if archived else "profile_unarchived",
                         actor=actor, parent_id=parent_id, detail=note)
        return self.parent(parent_id)

    def set_language(self, parent_id: int, language: str) -> None:
        """The parent's language for screens, prompts and speech."""
        if language not in ("en", "es"):
            raise ProfileError("language")
        with self._db.transaction() as conn:
            conn.execute("UPDATE parent SET language = ? WHERE id = ?", (language, parent_id))

    def set_display(self, parent_id: int, text_size: str, high_contrast: bool) -> None:
        """How the kiosk looks for the parent: text size and high contrast."""
        if text_size not in TEXT_SIZES:
            raise ProfileError("text_size")
        with self._db.transaction() as conn:
            conn.execute("UPDATE parent SET text_size = ?, high_contrast = ? WHERE id = ?",
                         (text_size, int(high_contrast), parent_id))

    # -- children ------------------------------------------------------------
    def add_child(self, parent_id: int, name: str, *, birth_date: str | None = None,
                  age_years: int | None = None, relationship: str = "", carer_name: str = "",
                  carer_address: str = "", contact_status: str = "pending",
                  contact_reason: str = "", carer_consent: str = "unknown",
                  actor: ActorLike | None = None) -> Child:
        """Add a child to a parent's profile. Contact starts as 'pending' unless staff say."""
        name = clean_text(name, "child_name", required=True)
        if birth_date:
            try:
                born = date.fromisoformat(birth_date)
            except ValueError as error:
                raise ProfileError("birth_date_format") from error
            if born > date.today():
                raise ProfileError("birth_date_future")
        if age_years is not None and not 0 <= age_years <= 25:
            raise ProfileError("age_range")
        if birth_date and age_years is not None:
            # One of the two is wrong: the person adding the child decides which, never us.
            birth_age = age_from_birth(date.fromisoformat(birth_date), date.today())
            if birth_age != age_years:
                raise ProfileError("age_birth_conflict", age=age_years, birth_age=birth_age)
        if contact_status not in CONTACT_STATUSES:
            raise ProfileError("contact_status", status=contact_status)
        if carer_consent not in CONSENT_VALUES:
            raise ProfileError("carer_consent", consent=carer_consent)
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO child (parent_id, name, birth_date, age_years, relationship,"
                " carer_name, carer_address, contact_status, contact_reason, carer_consent,"
                " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                (parent_id, name, birth_date or None, age_years,
                 clean_text(relationship, "relationship", limit=40),
                 clean_text(carer_name, "carer_name"),
                 _address(carer_address), contact_status,
                 clean_text(contact_reason, "reason", limit=400), carer_consent, now_iso()))
            child_id = int(cur.fetchone()[0])
            _history(conn, child_id, "contact", contact_status,
                     clean_text(contact_reason, "reason", limit=400), actor)
            record_event(conn, "child_added", actor=actor, parent_id=parent_id, item_kind="child",
                         item_id=child_id)
        return self.child(child_id)

    def child(self, child_id: int) -> Child:
        """One child by id; KeyError if there is none."""
        row = self._db.query_one("SELECT * FROM child WHERE id = ?", (child_id,))
        if row is None:
            raise NotFound(what="child", key=child_id)
        return _child(row)

    def children(self, parent_id: int) -> list[Child]:
        """A parent's children, sorted by name."""
        rows = self._db.query("SELECT * FROM child WHERE parent_id = ?"
                              " ORDER BY lower(name)", (parent_id,))
        return [_child(row) for row in rows]

    def set_contact(self, child_id: int, status: str, reason: str = "", *,
                    actor: ActorLike | None = None) -> Child:
        """Record whether contact with this child is approved (a worker's decision)."""
        if status not in CONTACT_STATUSES:
            raise ProfileError("contact_status", status=status)
        child = self.child(child_id)
        reason = clean_text(reason, "reason", limit=400)
        with self._db.transaction() as conn:
            conn.execute("UPDATE child SET contact_status = ?, contact_reason = ? WHERE id = ?",
                         (status, reason, child_id))
            _history(conn, child_id, "contact", status, reason, actor)
            record_event(conn, f"contact_{status}", actor=actor, parent_id=child.parent_id,
                         item_kind="child", item_id=child_id, detail=reason)
        return self.child(child_id)

    def set_carer_consent(self, child_id: int, consent: str, *,
                          actor: ActorLike | None = None) -> Child:
        """Record the carer's consent to contact."""
        if consent not in CONSENT_VALUES:
            raise ProfileError("carer_consent", consent=consent)
        child = self.child(child_id)
        with self._db.transaction() as conn:
            conn.execute("UPDATE child SET carer_consent = ? WHERE id = ?", (consent, child_id))
            _history(conn, child_id, "consent", consent, "", actor)
            record_event(conn, f"consent_{consent}", actor=actor, parent_id=child.parent_id,
                         item_kind="child", item_id=child_id)
        return self.child(child_id)

    def contact_history(self, child_id: int) -> list[ContactChange]:
        """Every contact and consent decision about a child, newest first."""
        rows = self._db.query("SELECT * FROM contact_history WHERE child_id = ?"
                              " ORDER BY at DESC, id DESC", (child_id,))
        return [ContactChange(r["child_id"], r["at"], r["field"], r["value"], r["reason"],
                              r["actor_kind"], r["actor_name"]) for r in rows]


def _history(conn: Connection, child_id: int, field: str, value: str, reason: str,
             actor: ActorLike | None) -> None:
    """One contact_history row, inside the caller's transaction."""
    conn.execute("INSERT INTO contact_history (child_id, at, field, value, reason, actor_kind,"
                 " actor_id, actor_name) VALUES (?,?,?,?,?,?,?,?)",
                 (child_id, now_iso(), field, value, reason,
                  str(actor.kind) if actor is not None else "system",
                  actor.id if actor is not None else None,
                  actor.name if actor is not None else ""))


def _address(text: str, limit: int = 400) -> str:
    """A carer's address as typed (several lines); refused, never cut, when too long."""
    text = text.strip()
    if len(text) > limit:
        raise ProfileError("field_too_long", field="carer_address", limit=limit)
    return text


def _parent(row: Row) -> Parent:
    return Parent(id=row["id"], name=row["name"], id_number=row["id_number"],
                  housing_unit=row["housing_unit"], facility=row["facility"],
                  language=row["language"], is_demo=bool(row["is_demo"]),
                  archived_at=row["archived_at"], archive_note=row["archive_note"],
                  text_size=row["text_size"], high_contrast=bool(row["high_contrast"]))


def _child(row: Row) -> Child:
    return Child(id=row["id"], parent_id=row["parent_id"], name=row["name"],
                 birth_date=row["birth_date"], age_years=row["age_years"],
                 relationship=row["relationship"], carer_name=row["carer_name"],
                 carer_address=row["carer_address"], contact_status=row["contact_status"],
                 contact_reason=row["contact_reason"], carer_consent=row["carer_consent"])
