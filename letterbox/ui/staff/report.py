"""The programme report (staff only): letters, words, recordings, minutes, children
reached, returned and rejected per month and parent; a bar chart of letters and
recordings per month; check-in questions and each parent's change; "Save CSV…".

An item counts in the month (UTC) it was first sent for review; drafts are not counted
(see ``services/report.py``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.checkins import ChangeSummary
from letterbox.services.report import CSV_COLUMNS, ReportRow
from letterbox.store.checkins import Question
from letterbox.ui.staff.page import StaffPage, fill_table, make_table
from letterbox.ui.staff.report_checkins import CheckinPanel
from letterbox.ui.staff.session import StaffSession


# Codes the staff pages show in English (the kiosk never meets them).
@dataclass
class ReportData:
    """What the page shows, read off the GUI thread."""

    start: str | None
    end: str | None
    rows: list[ReportRow]
    questions: list[Question]
    changes: list[ChangeSummary]


def year_ago(today: date | None = None) -> str:
    """The month eleven months before this one: a year of months with this one."""
    today = today or date.today()
    months = today.year * 12 + today.month - 1 - 11
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def write_csv(path: Path, rows: list[ReportRow]) -> Path:
    """The report as CSV (spreadsheet-safe cells), written whole or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(row.csv_cells() for row in rows)
    tmp.replace(path)
    return path


class ReportPage(StaffPage):
    """Range boxes, the figures with their chart, and the check-ins."""

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: ReportData | None = None
        self._asked = 0  # the latest reading asked for; older answers are dropped
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Programme report"))
        title.setObjectName("screenTitle")
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From (YYYY-MM):")))
        self.from_edit = QLineEdit(year_ago())
        self.from_edit.setAccessibleName(self.tr("First month"))
        self.from_edit.setMaximumWidth(110)
        self.from_edit.returnPressed.connect(self.reload)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("To:")))
        self.to_edit = QLineEdit(date.today().strftime("%Y-%m"))
        self.to_edit.setAccessibleName(self.tr("Last month"))
        self.to_edit.setMaximumWidth(110)
        self.to_edit.returnPressed.connect(self.reload)
        row.addWidget(self.to_edit)
        self.show_button = self._button(self.tr("Show"), self.reload, row)
        self.csv_button = self._button(self.tr("Save CSV…"), self.save_csv, row)
        row.addStretch(1)
        layout.addLayout(row)
        rule = QLabel(self.tr("An item counts in the month it was first sent for review "
                              "(UTC); drafts are not counted. Minutes are the chosen takes "
                              "and pages; children are those with an item that month."))
        rule.setWordWrap(True)
        layout.addWidget(rule)

        self.tabs = QTabWidget()
        figures = QSplitter(Qt.Orientation.Horizontal)
        self.table = make_table([self.tr("Month"), self.tr("Parent"), self.tr("Letters"),
                                 self.tr("Words"), self.tr("Recordings"), self.tr("Minutes"),
                                 self.tr("Children"), self.tr("Returned"),
                                 self.tr("Rejected")], self.tr("Report figures"))
        figures.addWidget(self.table)
        from letterbox.ui.staff.report_chart import ReportChart  # QtCharts, lazily

        self.chart = ReportChart(self.tr("Letters and recordings per month"),
                                 self.tr("Letters"), self.tr("Recordings"))
        figures.addWidget(self.chart.widget)
        figures.setSizes([780, 420])
        self.tabs.addTab(figures, self.tr("Figures"))
        self.checkins = CheckinPanel(self)
        self.tabs.addTab(self.checkins, self.tr("Check-ins"))
        layout.addWidget(self.tabs, 1)
        self.totals = QLabel()
        layout.addWidget(self.totals)
        layout.addWidget(self.message)

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        services, actor = self.session.services, self.session.actor
        start, end = self.from_edit.text().strip() or None, self.to_edit.text().strip() or None

        def work() -> ReportData:
            return ReportData(start, end, services.report.monthly(actor, start, end),
                              services.checkins.questions(actor),
                              services.checkins.changes(actor))

        self._asked += 1
        asked = self._asked
        self.run(work, lambda data: self._show(data) if asked == self._asked else None)

    def _show(self, data: ReportData) -> None:
        self.data = data
        rows = data.rows
        fill_table(self.table, [
            (r.month, r.id_number, str(r.letters), str(r.words),
             str(r.recordings), f"{r.minutes:.1f}", str(r.children), str(r.returned),
             str(r.rejected)) for r in rows], [r.parent_id for r in rows])
        self.chart.show(rows)
        self.totals.setText(
            self.tr("Total: %1 letters, %2 recordings (%3 minutes) from %4 parents; "
                    "%5 returned, %6 rejected.")
            .replace("%1", str(sum(r.letters for r in rows)))
            .replace("%2", str(sum(r.recordings for r in rows)))
            .replace("%3", f"{sum(r.minutes for r in rows):.1f}")
            .replace("%4", str(len({r.parent_id for r in rows})))
            .replace("%5", str(sum(r.returned for r in rows)))
            .replace("%6", str(sum(r.rejected for r in rows))))
        self.checkins.show_data(data.questions, data.changes)
        if not self.busy:
            self.show_note("")

    # -- saving --------------------------------------------------------------
    def choose_folder(self, start: str) -> str:
        """Where the CSV goes (behind a method so tests can answer); '' when cancelled."""
        return self.dialogs().choose_folder(self.tr("Where should the CSV go?"), start)

    def save_csv(self) -> None:
        """Write the figures shown as report-FROM-TO.csv in a folder staff choose."""
        if self.data is None:
            return
        folder = self.choose_folder(str(self.session.core.paths.exports))
        if not folder:
            return
        data = self.data
        name = f"report-{data.start or 'start'}-{data.end or 'now'}.csv"
        path = Path(folder) / name
        self.run(lambda: write_csv(path, data.rows),
                 lambda written: self.show_note(self.tr("Saved %1").replace("%1", str(written))))
