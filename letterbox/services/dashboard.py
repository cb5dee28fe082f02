"""The dashboard: every parent's children and items by status, birthdays coming up, and
one parent in detail. Staff only; dates come in as ``today`` so tests choose the day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from letterbox.core import Core
from letterbox.errors import NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.caseload import (
    TRACKED_STATUSES,
    BirthdayRow,
    CaseloadStore,
    ItemLine,
    ParentSummary,
)
from letterbox.store.profiles import Child

__all__ = ["BIRTHDAY_DAYS", "TRACKED_STATUSES", "Birthday", "ChildLine", "DashboardService",
           "ItemLine", "ParentDetail", "ParentSummary", "next_birthday"]

BIRTHDAY_DAYS = 30  # long enough for a letter to reach the child in time


def next_birthday(born: date, today: date) -> date:
    """The child's next birthday on or after ``today`` (29 February is kept on the 28th
    in other years)."""
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("unreachable: next year's birthday is after today")


@dataclass(frozen=True)
class Birthday:
    """A child's birthday coming up: "Zoë turns 7 on 12 Dec"."""

    child_id: int
    child_name: str
    parent_id: int
    parent_name: str
    id_number: str
    archived: bool
    contact_status: str
    on: date
    turns: int
    days_away: int


@dataclass(frozen=True)
class ChildLine:
    """One of the selected parent's children: contact, next birthday, items by status."""

    child: Child
    counts: Mapping[str, int]
    birthday: Birthday | None  # the next one, however far away; None without a birth date


@dataclass(frozen=True)
class ParentDetail:
    """The selected parent: their children and their items (drafts are theirs alone)."""

    summary: ParentSummary
    children: list[ChildLine]
    items: list[ItemLine]

    def items_with(self, status: str) -> list[ItemLine]:
        """Their items in ``status``, oldest first (what has waited longest first)."""
        return sorted((i for i in self.items if i.status == status),
                      key=lambda i: (i.updated_at, i.kind, i.id))


def _birthday(row: BirthdayRow, today: date) -> Birthday | None:
    try:
        born = date.fromisoformat(row.birth_date)
    except ValueError:
        return None  # a damaged date is not a reminder
    day = next_birthday(born, today)
    turns = day.year - born.year
    if turns <= 0:
        return None
    return Birthday(row.child_id, row.child_name, row.parent_id, row.parent_name,
                    row.id_number, row.archived, row.contact_status, day, turns,
                    (day - today).days)


class DashboardService:
    """Staff read the caseload; parents may not call any of it."""

    def __init__(self, core: Core) -> None:
        self._core = core
        self._store = CaseloadStore(core.db)

    def parents(self, actor: Actor) -> list[ParentSummary]:
        """Every parent (archived ones too, marked) with counts; contact decisions waiting
        first, then by name."""
        require(actor, Action.READ_ANY)
        return sorted(self._store.parents(),
                      key=lambda p: (p.pending_contacts == 0, p.name.casefold(), p.id))

    def birthdays(self, actor: Actor, today: date,
                  days: int = BIRTHDAY_DAYS) -> list[Birthday]:
        """Children whose birthday falls within ``days`` of ``today`` (today included),
        soonest first. Children whose contact is not permitted are left out: nothing may
        be sent to them."""
        require(actor, Action.READ_ANY)
        found = [b for row in self._store.children_with_birth_dates()
                 if row.contact_status != "not_permitted"
                 and (b := _birthday(row, today)) is not None
                 and b.on <= today + timedelta(days=days)]
        return sorted(found, key=lambda b: (b.on, b.child_name.casefold(), b.child_id))

    def detail(self, actor: Actor, parent_id: int, today: date) -> ParentDetail:
        """One parent: children (contact, next birthday, items by status) and items."""
        require(actor, Action.READ_ANY)
        summaries = self._store.parents(parent_id)
        if not summaries:
            raise NotFound(what="parent", key=parent_id)
        counts = self._store.child_counts(parent_id)
        children = []
        for child in self._core.profiles.children(parent_id):
            row = BirthdayRow(child.id, child.name, child.birth_date or "",
                              child.contact_status, parent_id, summaries[0].name,
                              summaries[0].id_number, summaries[0].archived)
            children.append(ChildLine(child, counts.get(child.id, {}),
                                      _birthday(row, today) if child.birth_date else None))
        return ParentDetail(summaries[0], children, self._store.items(parent_id))
