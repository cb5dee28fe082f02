"""Letters with their version history and where the parent was in the guided flow."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from letterbox.errors import InvalidInput, NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Connection, Database, Row, now_iso
from letterbox.store.items import change_status, dump_flags, load_flags

# A new version is kept when the last one is older than this; saves in between
# update the newest version, so autosave every few seconds does not flood history.
VERSION_INTERVAL_S = 300
MAX_BODY_CHARS = 200_000  # about 60 printed pages; longer text is refused, not cut


class LetterTooLong(InvalidInput):
    """The letter is longer than any facility would accept."""

    code = "letter_too_long"


@dataclass(frozen=True)
class Letter:
    id: int
    parent_id: int
    child_id: int | None
    title: str
    occasion: str
    prompt_id: str
    body: str
    flow_state: dict[str, Any]
    flags: list[dict[str, Any]]
    status: str
    status_note: str
    created_at: str
    updated_at: str
    packet_id: int | None = None
    deleted_at: str | None = None  # the parent deleted it; staff may restore it a while
    revision: int = 0  # counts saves: a save names the one it was based on
    changed_elsewhere: bool = False  # two computers saved it; both versions are kept

    @property
    def item_kind(self) -> str:
        return "letter"


@dataclass(frozen=True)
class LetterVersion:
    id: int
    letter_id: int
    body: str
    reason: str
    saved_at: str


@dataclass
class LetterDraft:
    """A snapshot of what the parent has written, handed to the save pool."""

    body: str
    flow_state: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    reason: str = "autosave"
    new_version: bool = False
    base_revision: int | None = None  # the letter's revision this text was written on


class LetterStore:
    """Creates, saves and lists letters. Every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, parent_id: int, child_id: int | None, *, title: str = "",
               occasion: str = "", prompt_id: str = "", body: str = "",
               flow_state: dict[str, Any] | None = None,
               actor: ActorLike | None = None) -> Letter:
        """Start a new letter (status 'draft') with its first version."""
        _check_length(body)
        stamp = now_iso()
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO letter (parent_id, child_id, title, occasion, prompt_id, body,"
                " flow_state, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                (parent_id, child_id, title[:200], occasion, prompt_id, body,
                 json.dumps(flow_state or {}, ensure_ascii=False), stamp, stamp))
            letter_id = int(cur.fetchone()[0])
            conn.execute("INSERT INTO letter_version (letter_id, body, reason, saved_at)"
                         " VALUES (?,?,?,?)", (letter_id, body, "created", stamp))
            record_event(conn, "letter_created", actor=actor, parent_id=parent_id,
                         item_kind="letter", item_id=letter_id)
        return self.get(letter_id)

    def save(self, letter_id: int, draft: LetterDraft) -> Letter:
        """Save the text and flow position; keep a version when one is due.

        A draft based on an older revision (another computer saved meanwhile) never
        overwrites silently: the text there stays in the history, this one becomes a
        new version beside it, and the letter is marked ``changed_elsewhere``.
        """
        _check_length(draft.body)
        stamp = now_iso()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT body, revision, updated_at FROM letter WHERE id = ?",
                               (letter_id,)).fetchone()
            if row is None:
                raise NotFound(what="letter", key=letter_id)
            sets = "body = ?, flow_state = ?, updated_at = ?, revision = revision + 1"
            if (draft.base_revision is not None and draft.base_revision != row["revision"]
                    and draft.body != row["body"]):
                self._keep_other(conn, letter_id, row["body"], row["updated_at"])
                draft = replace(draft, new_version=True, reason="changed elsewhere")
                sets += ", changed_elsewhere = 1"
            params: list[object] = [draft.body, json.dumps(draft.flow_state, ensure_ascii=False),
                                    stamp]
            if draft.title is not None:
                sets += ", title = ?"
                params.append(draft.title[:200])
            conn.execute(f"UPDATE letter SET {sets} WHERE id = ?", (*params, letter_id))
            self._keep_version(conn, letter_id, draft, stamp)
        return self.get(letter_id)

    @staticmethod
    def _keep_other(conn: Connection, letter_id: int, body: str, stamp: str) -> None:
        """The text another computer saved stays in the history as its own version."""
        last = conn.execute("SELECT body FROM letter_version WHERE letter_id = ?"
                            " ORDER BY id DESC LIMIT 1", (letter_id,)).fetchone()
        if last is None or last["body"] != body:
            conn.execute("INSERT INTO letter_version (letter_id, body, reason, saved_at)"
                         " VALUES (?,?,?,?)", (letter_id, body, "other computer", stamp))

    def seen_elsewhere(self, letter_id: int) -> None:
        """The parent was told both versions are kept: do not tell them again."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE letter SET changed_elsewhere = 0 WHERE id = ?", (letter_id,))

    def _keep_version(self, conn: Connection, letter_id: int, draft: LetterDraft,
                      stamp: str) -> None:
        last = conn.execute(
            "SELECT id, body, saved_at FROM letter_version WHERE letter_id = ?"
            " ORDER BY id DESC LIMIT 1", (letter_id,)).fetchone()
        if last is not None and last["body"] == draft.body:
            return
        due = draft.new_version or last is None or (
            datetime.fromisoformat(stamp) - datetime.fromisoformat(last["saved_at"])
        ).total_seconds() >= VERSION_INTERVAL_S
        if due:
            conn.execute("INSERT INTO letter_version (letter_id, body, reason, saved_at)"
                         " VALUES (?,?,?,?)", (letter_id, draft.body, draft.reason, stamp))
        else:
            conn.execute("UPDATE letter_version SET body = ?, saved_at = ? WHERE id = ?",
                         (draft.body, stamp, last["id"]))

    def get(self, letter_id: int) -> Letter:
        """One letter; KeyError if there is none."""
        row = self._db.query_one("SELECT * FROM letter WHERE id = ?", (letter_id,))
        if row is None:
            raise NotFound(what="letter", key=letter_id)
        return _letter(row)

    def for_parent(self, parent_id: int, *,
                   statuses: tuple[str, ...] | None = None) -> list[Letter]:
        """A parent's letters, newest first, optionally only some statuses (deleted
        drafts are not listed: see ``store.deleted_drafts``)."""
        rows = self._db.query("SELECT * FROM letter WHERE parent_id = ? AND deleted_at IS NULL"
                              " ORDER BY updated_at DESC, id DESC", (parent_id,))
        letters = [_letter(row) for row in rows]
        return [x for x in letters if statuses is None or x.status in statuses]

    def with_status(self, *statuses: str) -> list[Letter]:
        """Every letter with one of these statuses (for review and export), oldest first;
        deleted drafts are not listed."""
        marks = ",".join("?" * len(statuses))
        rows = self._db.query(f"SELECT * FROM letter WHERE status IN ({marks})"
                              " AND deleted_at IS NULL ORDER BY id", statuses)
        return [_letter(row) for row in rows]

    def history(self, letter_id: int) -> list[LetterVersion]:
        """The letter's versions, oldest first."""
        rows = self._db.query("SELECT * FROM letter_version WHERE letter_id = ? ORDER BY id",
                              (letter_id,))
        return [LetterVersion(id=r["id"], letter_id=r["letter_id"], body=r["body"],
                              reason=r["reason"], saved_at=r["saved_at"]) for r in rows]

    def set_flags(self, letter_id: int, flags: list[dict[str, Any]]) -> None:
        """Store the content-check flags that travel with the letter to the reviewer."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE letter SET flags = ? WHERE id = ?", (dump_flags(flags), letter_id))

    def set_status(self, letter_id: int, status: str, note: str = "", *,
                   actor: ActorLike | None = None, packet_id: int | None = None) -> Letter:
        """Move the letter along the status machine (``store.items.TRANSITIONS``)."""
        with self._db.transaction() as conn:
            row = change_status(conn, "letter", letter_id, status, note, actor=actor,
                                packet_id=packet_id)
            if status == "ready":  # the exact text sent for review stays in the history
                conn.execute("INSERT INTO letter_version (letter_id, body, reason, saved_at)"
                             " VALUES (?,?,?,?)", (letter_id, row["body"], "ready", now_iso()))
        return self.get(letter_id)

    def delete(self, letter_id: int, *, actor: ActorLike | None = None,
               deleted_before: str | None = None, event: str = "letter_deleted") -> bool:
        """Delete a letter and its history for good; True if it was there.

        Args:
            deleted_before: only if the parent deleted it at or before this stamp (a purge
                never takes a letter staff restored meanwhile).
            event: the audit action written.
        """
        sql = "SELECT parent_id FROM letter WHERE id = ?"
        params: tuple[object, ...] = (letter_id,)
        if deleted_before is not None:
            sql += " AND deleted_at IS NOT NULL AND deleted_at <= ?"
            params += (deleted_before,)
        with self._db.transaction() as conn:
            row = conn.execute(sql, params).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM letter WHERE id = ?", (letter_id,))
            record_event(conn, event, actor=actor, parent_id=row["parent_id"],
                         item_kind="letter", item_id=letter_id)
        return True


def _check_length(body: str) -> None:
    if len(body) > MAX_BODY_CHARS:
        raise LetterTooLong(length=len(body), limit=MAX_BODY_CHARS)


def _letter(row: Row) -> Letter:
    try:
        flow = json.loads(row["flow_state"] or "{}")
    except json.JSONDecodeError:
        flow = {}
    return Letter(id=row["id"], parent_id=row["parent_id"], child_id=row["child_id"],
                  title=row["title"], occasion=row["occasion"], prompt_id=row["prompt_id"],
                  body=row["body"], flow_state=flow if isinstance(flow, dict) else {},
                  flags=load_flags(row["flags"]), status=row["status"],
                  status_note=row["status_note"], created_at=row["created_at"],
                  updated_at=row["updated_at"], packet_id=row["packet_id"],
                  deleted_at=row["deleted_at"], revision=row["revision"],
                  changed_elsewhere=bool(row["changed_elsewhere"]))
