"""The programme report for funders and managers (staff only).

Per month and per parent: letters, words, recordings, minutes of audio, children
reached, items returned or rejected. An item counts in the month (UTC) it was first sent
for review: its first submit event in the audit log, or when it was made if the log has
none. Items that are drafts now are not counted. Words are the words in the letter body;
minutes are the chosen parts of each recording; children are the distinct children with
a counted item; returned and rejected count the items a worker returned or the mail room
rejected in that month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from letterbox.core import Core
from letterbox.errors import InvalidInput
from letterbox.services.actor import Actor
from letterbox.services.audit import spreadsheet_safe
from letterbox.services.policy import Action, require
from letterbox.store.report import monthly_figures

CSV_COLUMNS = ("month", "parent", "letters", "words", "recordings", "minutes", "children",
               "returned", "rejected")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class ReportRow:
    """One parent's figures for one month."""

    month: str
    parent_id: int
    id_number: str
    name: str
    letters: int
    words: int
    recordings: int
    minutes: float
    children: int
    returned: int
    rejected: int

    def csv_cells(self) -> tuple[str, ...]:
        """The row as ``CSV_COLUMNS``, each cell safe for a spreadsheet."""
        return tuple(spreadsheet_safe(str(cell)) for cell in (
            self.month, self.id_number, self.letters, self.words, self.recordings,
            f"{self.minutes:.1f}", self.children, self.returned, self.rejected))


def check_month(text: str | None, what: str = "month") -> str | None:
    """``YYYY-MM`` checked as a real month; None stays None.

    Raises:
        InvalidInput: ``month_format`` (such as ``2026-13``).
    """
    if text is None or not text.strip():
        return None
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
        raise InvalidInput("month_format", field=what, text=text.strip())
    return text.strip()


class ReportService:
    """Figures for the programme report; staff only."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def monthly(self, actor: Actor, start: str | None = None,
                end: str | None = None) -> list[ReportRow]:
        """Rows per month and parent from ``start`` to ``end`` (YYYY-MM, inclusive; either
        may be None for no limit), ordered by month then ID number.

        Raises:
            NotAllowed: not staff.
            InvalidInput: ``month_format`` or ``month_order``.
        """
        require(actor, Action.REPORT)
        first, last = check_month(start, "from"), check_month(end, "to")
        if first and last and first > last:
            raise InvalidInput("month_order", start=first, end=last)
        return [ReportRow(month=f.month, parent_id=f.parent_id, id_number=f.id_number,
                          name=f.name, letters=f.letters, words=f.words,
                          recordings=f.recordings, minutes=round(f.seconds / 60, 1),
                          children=f.children, returned=f.returned, rejected=f.rejected)
                for f in monthly_figures(self._core.db, first or "0000-01", last or "9999-12")]


def this_month(today: date | None = None) -> str:
    """The current month as YYYY-MM."""
    return (today or date.today()).strftime("%Y-%m")
