"""Recordings: a message (several takes), a bedtime story (intro + pages) or echo reading
(lines). The rows say which file is which part, and which take was kept; the audio lives
in WAV files under the data folder, or in the shared store itself (``part_storage``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterbox.errors import InvalidInput, NotFound
from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database, Row, now_iso
from letterbox.store.items import change_status, dump_flags, load_flags
from letterbox.store.part_storage import PartStorage, prune_cache, storage_for

KINDS = ("message", "story", "echo")
ROLES = ("take", "intro", "page", "line")


@dataclass(frozen=True)
class Recording:
    id: int
    parent_id: int
    child_id: int | None
    kind: str
    title: str
    transcript: str
    story_text: str
    flags: list[dict[str, Any]]
    status: str
    status_note: str
    created_at: str
    updated_at: str
    packet_id: int | None = None
    deleted_at: str | None = None  # the parent deleted it; staff may restore it a while

    @property
    def item_kind(self) -> str:
        return "recording"


@dataclass(frozen=True)
class RecordingPart:
    id: int
    recording_id: int
    role: str
    position: int
    text: str
    file: str  # relative to the data folder
    duration_s: float
    chosen: bool
    peak_dbfs: float | None = None
    sha256: str | None = None  # of the whole WAV file, when it was stored
    size: int | None = None
    in_store: bool = False     # its sound is in the store's chunks (a shared store)


class RecordingStore:
    """Rows for recordings and their parts. Audio files are written by the recorder; a
    shared store keeps their sound too (``parts``)."""

    def __init__(self, db: Database, data_root: Path) -> None:
        self._db = db
        self._root = Path(data_root)
        self.parts_storage: PartStorage = storage_for(db, self._root)

    def create(self, parent_id: int, child_id: int | None, kind: str, *, title: str = "",
               story_text: str = "", transcript: str = "",
               actor: ActorLike | None = None) -> Recording:
        """Start a recording of one kind ('message', 'story' or 'echo')."""
        if kind not in KINDS:
            raise InvalidInput("recording_kind", kind=kind)
        stamp = now_iso()
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO recording (parent_id, child_id, kind, title, story_text, transcript,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id",
                (parent_id, child_id, kind, title[:200], story_text, transcript, stamp, stamp))
            recording_id = int(cur.fetchone()[0])
            record_event(conn, "recording_created", actor=actor, parent_id=parent_id,
                         item_kind="recording", item_id=recording_id, detail=kind)
        return self.get(recording_id)

    def get(self, recording_id: int) -> Recording:
        """One recording; KeyError if there is none."""
        row = self._db.query_one("SELECT * FROM recording WHERE id = ?", (recording_id,))
        if row is None:
            raise NotFound(what="recording", key=recording_id)
        return _recording(row)

    def for_parent(self, parent_id: int) -> list[Recording]:
        """A parent's recordings, newest first (deleted drafts are not listed)."""
        rows = self._db.query("SELECT * FROM recording WHERE parent_id = ? AND deleted_at IS NULL"
                              " ORDER BY updated_at DESC, id DESC", (parent_id,))
        return [_recording(row) for row in rows]

    def with_status(self, *statuses: str) -> list[Recording]:
        """Every recording with one of these statuses, oldest first (not deleted ones)."""
        marks = ",".join("?" * len(statuses))
        rows = self._db.query(f"SELECT * FROM recording WHERE status IN ({marks})"
                              " AND deleted_at IS NULL ORDER BY id", statuses)
        return [_recording(row) for row in rows]

    def update(self, recording_id: int, *, title: str | None = None,
               transcript: str | None = None, story_text: str | None = None,
               child_id: int | None = None) -> Recording:
        """Change the title, the transcript or summary for the reviewer, or the story text."""
        sets: list[str] = ["updated_at = ?"]
        params: list[object] = [now_iso()]
        for column, value in (("title", title), ("transcript", transcript),
                              ("story_text", story_text), ("child_id", child_id)):
            if value is not None:
                sets.append(f"{column} = ?")
                params.append(value)
        with self._db.transaction() as conn:
            conn.execute(f"UPDATE recording SET {', '.join(sets)} WHERE id = ?",
                         (*params, recording_id))
        return self.get(recording_id)

    def add_part(self, recording_id: int, role: str, position: int, file: Path | str, *,
                 duration_s: float, text: str = "", replace: bool = True,
                 peak_dbfs: float | None = None) -> RecordingPart:
        """Register a recorded file as a part (a shared store keeps its sound too, in the
        same transaction: the part is there whole, or not at all).

        Args:
            replace: for pages, intros and lines, the new file replaces the one at that
                position (re-recording one page keeps the others). Takes are kept side by
                side; the newest is chosen until the parent keeps one, and after that
                a new take never takes the choice away from the kept one.
            peak_dbfs: the take's loudest sample, to warn about silent takes.
        """
        if role not in ROLES:
            raise InvalidInput("part_role", role=role)
        rel = self._relative(file)
        with self._db.transaction() as conn:
            chosen = 1
            kept = conn.execute("SELECT take_kept FROM recording WHERE id = ?",
                                (recording_id,)).fetchone()
            if role == "take" and kept is not None and kept["take_kept"]:
                chosen = 0  # the parent chose a take: a new one does not take its place
            elif role == "take":
                conn.execute("UPDATE recording_part SET chosen = 0 WHERE recording_id = ?"
                             " AND role = 'take'", (recording_id,))
            elif replace:
                conn.execute("UPDATE recording_part SET chosen = 0 WHERE recording_id = ?"
                             " AND role = ? AND position = ?", (recording_id, role, position))
            cur = conn.execute(
                "INSERT INTO recording_part (recording_id, role, position, text, file,"
                " duration_s, chosen, created_at, peak_dbfs) VALUES (?,?,?,?,?,?,?,?,?)"
                " RETURNING id",
                (recording_id, role, position, text, rel, float(duration_s), chosen,
                 now_iso(), peak_dbfs))
            part_id = int(cur.fetchone()[0])
            storage = self.parts_storage
            sha256, size = storage.put(conn, part_id, self._root / rel)
            conn.execute("UPDATE recording_part SET sha256 = ?, size = ?, in_store = ?"
                         " WHERE id = ?", (sha256 or None, size if sha256 else None,
                                           int(storage.in_store), part_id))
            conn.execute("UPDATE recording SET updated_at = ? WHERE id = ?",
                         (now_iso(), recording_id))
        return self.part(part_id)

    def choose_take(self, recording_id: int, part_id: int) -> None:
        """Keep this take as the one to send (new takes will not replace it)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE recording SET take_kept = 1 WHERE id = ?", (recording_id,))
            conn.execute("UPDATE recording_part SET chosen = CASE WHEN id = ? THEN 1 ELSE 0 END"
                         " WHERE recording_id = ?"
                         " AND role = 'take'", (part_id, recording_id))

    def part(self, part_id: int) -> RecordingPart:
        """One part; KeyError if there is none."""
        row = self._db.query_one("SELECT * FROM recording_part WHERE id = ?", (part_id,))
        if row is None:
            raise NotFound(what="part", key=part_id)
        return _part(row)

    def parts(self, recording_id: int, *, chosen_only: bool = False) -> list[RecordingPart]:
        """Parts in playing order: intro, then pages or lines by position, then takes."""
        sql = "SELECT * FROM recording_part WHERE recording_id = ?"
        if chosen_only:
            sql += " AND chosen = 1"
        sql += (" ORDER BY CASE role WHEN 'intro' THEN 0 WHEN 'page' THEN 1 WHEN 'line' THEN 1"
                " ELSE 2 END, position, id")
        return [_part(row) for row in self._db.query(sql, (recording_id,))]

    def delete_part(self, part_id: int) -> None:
        """Forget a part and delete its sound (file, cached copy, chunks)."""
        part = self.part(part_id)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM recording_part WHERE id = ?", (part_id,))
        self.parts_storage.forget(part.id, part.file)

    def delete(self, recording_id: int, *, actor: ActorLike | None = None,
               deleted_before: str | None = None, event: str = "recording_deleted") -> bool:
        """Delete a recording, its parts and their files for good; True if it was there.

        Args:
            deleted_before: only if the parent deleted it at or before this stamp (a purge
                never takes a recording staff restored meanwhile).
            event: the audit action written.
        """
        parts = self.parts(recording_id)
        sql = "SELECT parent_id FROM recording WHERE id = ?"
        params: tuple[object, ...] = (recording_id,)
        if deleted_before is not None:
            sql += " AND deleted_at IS NOT NULL AND deleted_at <= ?"
            params += (deleted_before,)
        with self._db.transaction() as conn:
            row = conn.execute(sql, params).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM recording WHERE id = ?", (recording_id,))
            record_event(conn, event, actor=actor, parent_id=row["parent_id"],
                         item_kind="recording", item_id=recording_id)
        for part in parts:
            self.parts_storage.forget(part.id, part.file)
        return True

    def known_files(self) -> set[Path]:
        """Every audio file the database refers to (to find orphans after a crash)."""
        return {(self._root / row["file"]).resolve()
                for row in self._db.query("SELECT file FROM recording_part")}

    def prune_cache(self) -> int:
        """Forget this kiosk's copies of parts deleted from the store meanwhile."""
        return prune_cache(self._db, self._root)

    def duration(self, recording_id: int) -> float:
        """Seconds of audio that would be sent (chosen parts only)."""
        return sum(part.duration_s for part in self.parts(recording_id, chosen_only=True))

    def set_flags(self, recording_id: int, flags: list[dict[str, Any]]) -> None:
        """Store content-check flags (from the transcript) for the reviewer."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE recording SET flags = ? WHERE id = ?",
                         (dump_flags(flags), recording_id))

    def set_status(self, recording_id: int, status: str, note: str = "", *,
                   actor: ActorLike | None = None, packet_id: int | None = None) -> Recording:
        """Move the recording along the status machine (``store.items.TRANSITIONS``)."""
        with self._db.transaction() as conn:
            change_status(conn, "recording", recording_id, status, note, actor=actor,
                          packet_id=packet_id)
        return self.get(recording_id)

    def path_of(self, part: RecordingPart) -> Path:
        """A local file holding a part's sound: its file in the data folder, or a copy
        fetched from the shared store and checked against its checksum.

        Raises:
            PartDamaged: the store's copy is damaged or missing.
        """
        return self.parts_storage.local_path(part)

    def _relative(self, file: Path | str) -> str:
        path = Path(file)
        if path.is_absolute():
            path = path.resolve().relative_to(self._root.resolve())
        if ".." in path.parts:
            raise InvalidInput("part_outside", file=str(file))
        return path.as_posix()


def _recording(row: Row) -> Recording:
    return Recording(id=row["id"], parent_id=row["parent_id"], child_id=row["child_id"],
                     kind=row["kind"], title=row["title"], transcript=row["transcript"],
                     story_text=row["story_text"], flags=load_flags(row["flags"]),
                     status=row["status"], status_note=row["status_note"],
                     created_at=row["created_at"], updated_at=row["updated_at"],
                     packet_id=row["packet_id"], deleted_at=row["deleted_at"])


def _part(row: Row) -> RecordingPart:
    return RecordingPart(id=row["id"], recording_id=row["recording_id"], role=row["role"],
                         position=row["position"], text=row["text"], file=row["file"],
                         duration_s=row["duration_s"], chosen=bool(row["chosen"]),
                         peak_dbfs=row["peak_dbfs"], sha256=row["sha256"], size=row["size"],
                         in_store=bool(row["in_store"]))
