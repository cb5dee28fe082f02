"""The worker's caseload at a glance: every parent with counts of their children and of
their items by status, read with a few aggregate queries (never one query per parent).

Drafts are the parent's own until they send them for review: they are never counted
here, and their dates are not anyone's "last activity". Items the parent deleted (kept a
while for staff to restore) are not counted either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from letterbox.store.db import Database

# The statuses a worker follows, in the order of the journey.
TRACKED_STATUSES = ("ready", "approved", "returned", "exported", "sent", "rejected")

# Letters and recordings that have left the parent's hands, as one list.
_ITEMS = """
    SELECT 'letter' AS kind, id, parent_id, child_id, title, status, status_note, updated_at
        FROM letter WHERE status != 'draft' AND deleted_at IS NULL
    UNION ALL
    SELECT 'recording', id, parent_id, child_id, title, status, status_note, updated_at
        FROM recording WHERE status != 'draft' AND deleted_at IS NULL
"""


def unit_of(housing_unit: str) -> str:
    """The facility unit (wing, block, dorm) of "B-wing, cell 14": what comes before the
    first comma, so one unit holds many cells."""
    return housing_unit.split(",", 1)[0].strip()


@dataclass(frozen=True)
class ParentSummary:
    """One parent on the dashboard."""

    id: int
    name: str
    id_number: str
    housing_unit: str
    archived: bool
    children: int
    pending_contacts: int
    counts: Mapping[str, int]   # status -> items (tracked statuses only)
    latest: Mapping[str, str]   # status -> the newest change of an item in it (ISO)
    child_names: tuple[str, ...] = ()

    @property
    def unit(self) -> str:
        """The unit part of the housing unit."""
        return unit_of(self.housing_unit)

    @property
    def last_activity(self) -> str:
        """When one of their items last changed (ISO), or '' when none has."""
        return max(self.latest.values(), default="")

    def count(self, status: str) -> int:
        """Items in ``status``."""
        return self.counts.get(status, 0)


@dataclass(frozen=True)
class BirthdayRow:
    """A child with a birth date, and whose child they are."""

    child_id: int
    child_name: str
    birth_date: str
    contact_status: str
    parent_id: int
    parent_name: str
    id_number: str
    archived: bool


@dataclass(frozen=True)
class ItemLine:
    """One letter or recording of a parent, as the dashboard lists it."""

    kind: str
    id: int
    child_id: int | None
    title: str
    status: str
    status_note: str
    updated_at: str


class CaseloadStore:
    """The dashboard's reads. Each method is a handful of queries, whatever the caseload."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def parents(self, parent_id: int | None = None) -> list[ParentSummary]:
        """Every parent (or one), with their children and items counted by status."""
        where, params = ("WHERE id = ?", (parent_id,)) if parent_id is not None else ("", ())
        parents = self._db.query(
            f"SELECT id, name, id_number, housing_unit, archived_at FROM parent {where}",
            params)
        child_where = "WHERE parent_id = ?" if parent_id is not None else ""
        kids: dict[int, list[tuple[str, str]]] = {}
        for row in self._db.query(f"SELECT parent_id, name, contact_status FROM child "
                                  f"{child_where} ORDER BY lower(name)", params):
            kids.setdefault(row[0], []).append((row[1], row[2]))
        counts: dict[int, dict[str, int]] = {}
        latest: dict[int, dict[str, str]] = {}
        item_where = "WHERE parent_id = ?" if parent_id is not None else ""
        for row in self._db.query(
                f"SELECT parent_id, status, COUNT(*), MAX(updated_at) FROM ({_ITEMS}) AS items "
                f"{item_where} GROUP BY parent_id, status", params):
            counts.setdefault(row[0], {})[row[1]] = int(row[2])
            latest.setdefault(row[0], {})[row[1]] = str(row[3])
        summaries = []
        for row in parents:
            pid = int(row["id"])
            children = kids.get(pid, [])
            summaries.append(ParentSummary(
                id=pid, name=row["name"], id_number=row["id_number"],
                housing_unit=row["housing_unit"], archived=row["archived_at"] is not None,
                children=len(children),
                pending_contacts=sum(1 for _, status in children if status == "pending"),
                counts=counts.get(pid, {}), latest=latest.get(pid, {}),
                child_names=tuple(name for name, _ in children)))
        return summaries

    def children_with_birth_dates(self) -> list[BirthdayRow]:
        """Every child whose birth date is known, with their parent."""
        rows = self._db.query(
            "SELECT c.id, c.name, c.birth_date, c.contact_status, p.id, p.name, p.id_number,"
            " p.archived_at IS NOT NULL FROM child c JOIN parent p ON p.id = c.parent_id"
            " WHERE c.birth_date IS NOT NULL AND c.birth_date != ''")
        return [BirthdayRow(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5], r[6], bool(r[7]))
                for r in rows]

    def items(self, parent_id: int) -> list[ItemLine]:
        """A parent's letters and recordings that are with staff or beyond, newest first."""
        rows = self._db.query(
            f"SELECT * FROM ({_ITEMS}) AS items WHERE parent_id = ?"
            " ORDER BY updated_at DESC, kind, id",
            (parent_id,))
        return [ItemLine(r["kind"], int(r["id"]), r["child_id"], r["title"], r["status"],
                         r["status_note"], r["updated_at"]) for r in rows]

    def child_counts(self, parent_id: int) -> dict[int, dict[str, int]]:
        """Each of a parent's children's items by status (child id -> status -> count)."""
        found: dict[int, dict[str, int]] = {}
        for row in self._db.query(
                f"SELECT child_id, status, COUNT(*) FROM ({_ITEMS}) AS items WHERE parent_id = ?"
                " AND child_id IS NOT NULL GROUP BY child_id, status", (parent_id,)):
            found.setdefault(int(row[0]), {})[row[1]] = int(row[2])
        return found
