"""The dashboard's table of parents and its filters, over rows already in memory: a search
keystroke or a filter never goes back to the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from letterbox.services.dashboard import TRACKED_STATUSES, Birthday, ParentSummary

translate = QCoreApplication.translate

PENDING_CONTACT = "pending_contact"  # the status filter for "contact decision waiting"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.ToolTipRole})


def short_date(day: date) -> str:
    """"12 Dec": the day and the month's short name."""
    return f"{day.day} {translate('Dashboard', _MONTHS[day.month - 1])}"


def birthday_text(birthday: Birthday) -> str:
    """"Zoë turns 7 on 12 Dec"."""
    return (translate("Dashboard", "%1 turns %2 on %3")
            .replace("%1", birthday.child_name).replace("%2", str(birthday.turns))
            .replace("%3", short_date(birthday.on)))


def count_name(status: str) -> str:
    """A status as the counts above the table name it."""
    if status == PENDING_CONTACT:
        return translate("Dashboard", "Contact waiting")
    return status_heading(status)


def status_heading(status: str) -> str:
    """A status as a short column heading."""
    return {
        PENDING_CONTACT: translate("Dashboard", "Contact ⚠"),
        "ready": translate("Dashboard", "Ready"),
        "approved": translate("Dashboard", "Approved"),
        "returned": translate("Dashboard", "Returned"),
        "exported": translate("Dashboard", "Mail room"),
        "sent": translate("Dashboard", "Sent"),
        "rejected": translate("Dashboard", "Rejected"),
    }.get(status, status)


@dataclass(frozen=True)
class DashboardFilter:
    """What the worker asked to see. Every part is optional."""

    text: str = ""            # part of a parent's or child's name, or of an ID number
    status: str = ""          # a tracked status, or PENDING_CONTACT
    unit: str = ""            # a facility unit ("B-wing")
    since: date | None = None  # an item (in ``status``, if one is chosen) changed since
    show_archived: bool = False

    def accepts(self, row: ParentSummary, haystack: str) -> bool:
        """True when ``row`` is to be shown; ``haystack`` is its names and ID, casefolded."""
        if row.archived and not self.show_archived:
            return False
        if self.unit and row.unit != self.unit:
            return False
        if self.status == PENDING_CONTACT:
            if not row.pending_contacts:
                return False
        elif self.status and not row.count(self.status):
            return False
        if self.since is not None:
            changed = row.latest.get(self.status, "") if self.status in TRACKED_STATUSES \
                else row.last_activity
            if changed[:10] < self.since.isoformat():
                return False
        return all(word in haystack for word in self.text.casefold().split())


def haystack(row: ParentSummary) -> str:
    """What a search looks in: the parent's name, ID number and children's names."""
    return " ".join((row.name, row.id_number, *row.child_names)).casefold()


def default_order(row: ParentSummary) -> tuple[Any, ...]:
    """Contact decisions waiting first, then by name."""
    return (row.pending_contacts == 0, row.name.casefold(), row.id)


class ParentTableModel(QAbstractTableModel):
    """One row per parent shown; sorting by a column, or (column -1) waiting contacts first."""

    # What a worker acts on first, then where the parent is and when they were last active.
    COLUMNS = ("name", "id_number", PENDING_CONTACT, *TRACKED_STATUSES, "children",
               "housing_unit", "last_activity")
    NUMBERS = ("children", PENDING_CONTACT, *TRACKED_STATUSES)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ParentSummary] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headings = self.headings()
        self._numbers = {n for n, c in enumerate(self.COLUMNS) if c in self.NUMBERS}

    def headings(self) -> list[str]:
        """The column headings, in the interface language."""
        words = {"name": translate("Dashboard", "Parent"),
                 "id_number": translate("Dashboard", "ID number"),
                 "housing_unit": translate("Dashboard", "Unit"),
                 "children": translate("Dashboard", "Children"),
                 "last_activity": translate("Dashboard", "Last activity")}
        return [words.get(c) or status_heading(c) for c in self.COLUMNS]

    def set_rows(self, rows: list[ParentSummary]) -> None:
        """Show these rows, in the current order."""
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == PENDING_CONTACT:
            return translate("Dashboard", "Children whose contact decision is waiting")
        return None

    def value(self, row: ParentSummary, column: str) -> Any:
        """A cell's value, for showing and sorting."""
        if column == "children":
            return row.children
        if column == PENDING_CONTACT:
            return row.pending_contacts
        if column in TRACKED_STATUSES:
            return row.count(column)
        if column == "last_activity":
            return row.last_activity[:10]
        return getattr(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # a view asks for many more roles
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            if column == "name" and row.archived:
                return translate("Dashboard", "%1 (archived)").replace("%1", row.name)
            if column in self.NUMBERS:
                return str(value) if value else ""
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.pending_contacts and column in (
                "name", PENDING_CONTACT):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return ", ".join(row.child_names)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = [(index, self.rows[index.row()].id) for index in self.persistentIndexList()]
        self.rows = self._sorted(self.rows)
        place = {row.id: n for n, row in enumerate(self.rows)}  # the selection follows
        for index, parent_id in before:
            self.changePersistentIndex(index, self.index(place[parent_id], index.column()))
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ParentSummary]) -> list[ParentSummary]:
        column, order = self._sort
        if not 0 <= column < len(self.COLUMNS):
            return sorted(rows, key=default_order)
        name = self.COLUMNS[column]

        def key(row: ParentSummary) -> tuple[Any, ...]:
            value = self.value(row, name)
            return (value.casefold() if isinstance(value, str) else value, default_order(row))

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, parent_id: int) -> int:
        """The row showing this parent, or -1."""
        return next((n for n, r in enumerate(self.rows) if r.id == parent_id), -1)
