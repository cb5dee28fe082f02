"""What the staff pages share: the session, slow work off the GUI thread, a message line,
tables, and the reason prompt behind a method."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.ui.screen import Screen
from letterbox.ui.staff.dialogs import ReasonDialog
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import error_text

COLUMN_MAX = 260  # pixels
# Refusals only staff meet (report months, check-in scales, setting ranges).
STAFF_CODES = frozenset({"month_format", "month_order", "checkin_scale", "checkin_repeat",
                         "checkin_value", "setting_range", "facility_unknown"})


class StaffPage(Screen):
    """One page of the staff home. ``reload()`` reads its data again, off the GUI thread."""

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False  # a change is on its way to the store
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

    def reload(self) -> None:
        """Read the page's data again."""

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None], *,
            change: bool = False) -> None:
        """Run ``work`` off the GUI thread; a refusal or failure shows on the message line.

        Args:
            change: it writes to the store (the serial pool keeps changes in order).
        """
        if change:
            self.busy = True

        def done(result: Any) -> None:
            if change:
                self.busy = False
            on_done(result)
            if change:
                self._update_buttons()

        def failed(error: BaseException) -> None:
            if change:
                self.busy = False
            self.show_error(error)
            self._update_buttons()

        self.session.tasks.run(work, done, failed, serial=change)

    def _update_buttons(self) -> None:
        """Enable what the selection allows (pages override)."""

    def show_error(self, error: BaseException) -> None:
        """A refusal from the services, in words (staff-only codes in their English,
        which names the field and the range: staff screens may be English)."""
        self.message.setObjectName("error")
        if isinstance(error, LetterboxError) and error.code in STAFF_CODES:
            self.message.setText(error.english())
        else:
            self.message.setText(error_text(error))
        self._restyle()

    def show_note(self, text: str) -> None:
        """What was just done."""
        self.message.setObjectName("")
        self.message.setText(text)
        self._restyle()

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # A prompt behind a method, so tests answer it.
    def _button(self, text: str, handler: Callable[[], Any], row: QHBoxLayout) -> QPushButton:
        """A plain button in a row of the page's actions."""
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(handler)
        row.addWidget(button)
        return button

    def ask_reason(self, title: str, prompt: str, presets: list[str]) -> str | None:
        """A reason, ready-worded or typed; None when cancelled."""
        return ReasonDialog.ask(self, title, prompt, presets)


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A read-only table, one row selected at a time."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[Any]) -> None:
    """Replace the rows; each row's first cell carries its key (``row_key``)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):  # a long title must not hide the rest
        table.setColumnWidth(column, min(table.columnWidth(column), COLUMN_MAX))


def row_key(table: QTableWidget, row: int | None = None) -> Any:
    """The key of the selected row (or of ``row``), or None."""
    if row is None:
        row = table.currentRow()
    item = table.item(row, 0) if row is not None and row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_row(table: QTableWidget, row: int) -> None:
    """Select ``row``, kept within the table; nothing when the table is empty."""
    if table.rowCount() == 0:
        table.clearSelection()
        return
    table.selectRow(max(0, min(row, table.rowCount() - 1)))
