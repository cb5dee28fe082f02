"""Deleting what a parent made when their profile closes: letters, recordings (with their
audio files) and children go; the profile row, packet records and the audit trail stay."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from letterbox.store.audit import ActorLike, record_event
from letterbox.store.db import Database
from letterbox.store.part_storage import remove_local_copies


@dataclass(frozen=True)
class DeletedData:
    """How much was deleted."""

    letters: int
    recordings: int
    children: int
    files: int


def delete_parent_data(db: Database, data_root: Path, parent_id: int, *,
                       actor: ActorLike | None = None) -> DeletedData:
    """Delete a parent's letters, recordings and children in one transaction (with one
    audit event), then their audio files. Packets keep their rows; their items' ids
    simply no longer resolve."""
    with db.transaction() as conn:
        files = [(row[0], row[1]) for row in conn.execute(
            "SELECT p.id, p.file FROM recording_part p JOIN recording r ON r.id = p.recording_id"
            " WHERE r.parent_id = ?", (parent_id,))]
        letters = conn.execute("DELETE FROM letter WHERE parent_id = ?", (parent_id,)).rowcount
        recordings = conn.execute("DELETE FROM recording WHERE parent_id = ?",
                                  (parent_id,)).rowcount
        children = conn.execute("DELETE FROM child WHERE parent_id = ?", (parent_id,)).rowcount
        record_event(conn, "parent_data_deleted", actor=actor, parent_id=parent_id,
                     detail=f"{letters} letters, {recordings} recordings, {children} children")
    removed = 0
    for part_id, file in files:  # the store's chunks went with the rows
        removed += min(1, remove_local_copies(data_root, part_id, file))
    return DeletedData(letters, recordings, children, removed)
