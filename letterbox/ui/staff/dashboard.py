"""Dashboard: every parent with their children and items by status (contact decisions
waiting first), counts, filters and search over rows held in memory, birthdays coming up,
and the selected parent in detail, with a way on to Review or Contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.dashboard import (
    BIRTHDAY_DAYS,
    TRACKED_STATUSES,
    Birthday,
    ParentDetail,
    ParentSummary,
)
from letterbox.ui.staff.dashboard_detail import ParentDetailPanel
from letterbox.ui.staff.dashboard_model import (
    PENDING_CONTACT,
    DashboardFilter,
    ParentTableModel,
    birthday_text,
    count_name,
    haystack,
)
from letterbox.ui.staff.page import StaffPage
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.widgets.names import name_buttons
from letterbox.ui.wording import contact_text, staff_status_text

ROLE = Qt.ItemDataRole.UserRole
SHORT_BOX = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon  # fits 1366 px


class DashboardPage(StaffPage):
    """The first page after staff sign-in.

    Signals:
        review_asked(str, object): open Review on this status, at this item (an ItemRef,
            or None for the top of the queue).
        contacts_asked(int): open Contacts at this child.
    """

    review_asked = Signal(str, object)
    contacts_asked = Signal(int)

    def __init__(self, session: StaffSession, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(session, parent)
        self.today = today
        self.parents: list[ParentSummary] | None = None  # every parent, as last read
        self.birthdays: list[Birthday] | None = None
        self.detail: ParentDetail | None = None
        self.loaded = False
        self._haystacks: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._counts_row())
        layout.addLayout(self._filters_row())

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = ParentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # waiting contacts first
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(25)  # measure a screenful, not 500 rows
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._parent_selected)
        split.addWidget(self.table)
        split.addWidget(self._side_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([830, 400])
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    # -- building ------------------------------------------------------------
    def _counts_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_buttons: dict[str, QPushButton] = {}
        for status in (PENDING_CONTACT, *TRACKED_STATUSES):
            button = QPushButton()
            button.setObjectName("count")
            button.setFlat(True)
            button.setToolTip(self.tr("Show only parents with these"))
            button.clicked.connect(lambda _checked=False, s=status: self.set_status_filter(s))
            self.count_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.shown_label = QLabel()
        row.addWidget(self.shown_label)
        return row

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F): parent, child or ID number"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_filter)
        self.search_edit.returnPressed.connect(lambda: self.table.setFocus())  # on to the rows
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.search_edit.setFocus)
        self.search_edit.setMinimumWidth(160)
        row.addWidget(self.search_edit, 2)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.addItem(self.tr("Any status"), "")
        self.status_box.addItem(self.tr("Contact decision waiting"), PENDING_CONTACT)
        for status in TRACKED_STATUSES:
            self.status_box.addItem(staff_status_text(status), status)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        self.status_box.setSizeAdjustPolicy(SHORT_BOX)
        self.status_box.setMinimumContentsLength(12)
        row.addWidget(self.status_box, 1)
        self.unit_box = QComboBox()
        self.unit_box.setAccessibleName(self.tr("Unit"))
        self.unit_box.addItem(self.tr("All units"), "")
        self.unit_box.currentIndexChanged.connect(self.apply_filter)
        self.unit_box.setSizeAdjustPolicy(SHORT_BOX)
        self.unit_box.setMinimumContentsLength(8)
        row.addWidget(self.unit_box, 1)
        self.since_check = QCheckBox(self.tr("Changed since"))
        self.since_check.toggled.connect(self.apply_filter)
        row.addWidget(self.since_check)
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setAccessibleName(self.tr("Changed since"))
        start = self.today()
        self.since_edit.setDate(QDate(start.year, start.month, start.day).addDays(-7))
        self.since_edit.dateChanged.connect(self._since_changed)
        row.addWidget(self.since_edit)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        name_buttons(self.since_check, self.archived_check)
        self.archived_check.toggled.connect(self.apply_filter)
        self.archived_check.toggled.connect(self._show_birthdays)
        row.addWidget(self.archived_check)
        return row

    def _side_panel(self) -> QSplitter:
        side = QSplitter(Qt.Orientation.Vertical)
        self.panel = ParentDetailPanel()
        self.panel.review_asked.connect(self.review_asked)
        self.panel.contacts_asked.connect(self.contacts_asked)
        side.addWidget(self.panel)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.birthdays_label = QLabel()
        lower_layout.addWidget(self.birthdays_label)
        self.birthdays_list = QListWidget()
        self.birthdays_list.setAccessibleName(self.tr("Birthdays coming up"))
        self.birthdays_list.setWordWrap(True)
        self.birthdays_list.itemActivated.connect(
            lambda item: self.show_parent(int(item.data(ROLE))))
        lower_layout.addWidget(self.birthdays_list, 1)
        side.addWidget(lower)
        side.setSizes([430, 200])
        return side

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        """Read every parent's counts, and the birthdays, off the GUI thread (side by side:
        the table does not wait for the birthdays)."""
        dashboard, actor, today = self.session.services.dashboard, self.session.actor, \
            self.today()
        self.run(lambda: dashboard.parents(actor), self.show_parents)
        self.run(lambda: dashboard.birthdays(actor, today), self.show_birthdays)

    def show_parents(self, parents: list[ParentSummary]) -> None:
        """Hold the rows, fill the unit list, and show what the filters allow."""
        first = self.parents is None
        self.parents = parents
        self.detail = None  # read again, for the same parent too
        self._haystacks = {row.id: haystack(row) for row in parents}
        unit = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        while self.unit_box.count() > 1:
            self.unit_box.removeItem(1)
        for name in sorted({row.unit for row in parents if row.unit}, key=str.casefold):
            self.unit_box.addItem(name, name)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
        self.unit_box.blockSignals(False)
        self.loaded = True
        self.apply_filter()
        if first:
            self.table.resizeColumnsToContents()

    def current_filter(self) -> DashboardFilter:
        """The filter the widgets show."""
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        return DashboardFilter(self.search_edit.text(), str(self.status_box.currentData()),
                               str(self.unit_box.currentData()), since,
                               self.archived_check.isChecked())

    def apply_filter(self) -> None:
        """Show the parents the filters allow (from memory), and their counts."""
        if self.parents is None:
            return
        keep = self.selected_parent_id()
        wanted = self.current_filter()
        rows = [row for row in self.parents
                if wanted.accepts(row, self._haystacks[row.id])]
        self.model.set_rows(rows)
        self._show_counts(rows)
        if not (keep is not None and self.select_parent(keep)) and rows:
            self.table.selectRow(0)
        if not rows:
            self._parent_selected()

    def _show_counts(self, rows: list[ParentSummary]) -> None:
        total = self.parents or []
        counts = dict.fromkeys(self.count_buttons, 0)
        for row in rows:
            counts[PENDING_CONTACT] += row.pending_contacts
            for status, n in row.counts.items():
                counts[status] += n
        for status, button in self.count_buttons.items():
            count = counts[status]
            button.setText(f"{count_name(status)}: {count}")
            button.setAccessibleName(button.text())
            button.setProperty("count", count)
        self.shown_label.setText(self.tr("%1 of %2 parents").replace("%1", str(len(rows)))
                                 .replace("%2", str(len(total))))

    def show_birthdays(self, birthdays: list[Birthday]) -> None:
        """Hold the birthdays coming up and list them."""
        self.birthdays = birthdays
        self._show_birthdays()

    def _show_birthdays(self, *_args: object) -> None:
        show_archived = self.archived_check.isChecked()
        shown = [b for b in self.birthdays or [] if show_archived or not b.archived]
        self.birthdays_label.setText(self.tr("Birthdays in the next %1 days (%2)")
                                     .replace("%1", str(BIRTHDAY_DAYS))
                                     .replace("%2", str(len(shown))))
        self.birthdays_list.clear()
        for birthday in shown:
            item = QListWidgetItem(self._birthday_line(birthday))
            item.setData(ROLE, birthday.parent_id)
            self.birthdays_list.addItem(item)

    def _birthday_line(self, birthday: Birthday) -> str:
        when = (self.tr("today") if birthday.days_away == 0 else self.tr("tomorrow")
                if birthday.days_away == 1 else
                self.tr("in %1 days").replace("%1", str(birthday.days_away)))
        words = [f"{birthday_text(birthday)} ({when})",
                 f"{birthday.parent_name} ({birthday.id_number})"]
        if birthday.contact_status != "approved":
            words.append("⚠ " + contact_text(birthday.contact_status))
        return " · ".join(words)

    def set_status_filter(self, status: str) -> None:
        """Show only parents with items in ``status`` (or contact decisions waiting)."""
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))

    def _since_changed(self) -> None:
        if self.since_check.isChecked():
            self.apply_filter()

    # -- the selected parent ---------------------------------------------------
    def selected_parent_id(self) -> int | None:
        """The parent highlighted in the table."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def select_parent(self, parent_id: int) -> bool:
        """Highlight a parent shown in the table."""
        row = self.model.row_of(parent_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_parent(self, parent_id: int) -> None:
        """Highlight a parent, clearing the search and filters if they hide them."""
        if self.select_parent(parent_id):
            return
        for box in (self.status_box, self.unit_box):
            box.setCurrentIndex(0)
        self.since_check.setChecked(False)
        self.search_edit.clear()
        self.select_parent(parent_id)

    def _parent_selected(self, *_args: QModelIndex) -> None:
        parent_id = self.selected_parent_id()
        if self.detail is not None and self.detail.summary.id == parent_id:
            return
        self.detail = None
        self.panel.show_detail(None, self.today())
        if parent_id is None:
            return
        dashboard, actor, today = self.session.services.dashboard, self.session.actor, \
            self.today()
        self.run(lambda: dashboard.detail(actor, parent_id, today), self._detail_loaded)

    def _detail_loaded(self, detail: ParentDetail) -> None:
        if detail.summary.id == self.selected_parent_id():  # still the one selected
            self.detail = detail
            self.panel.show_detail(detail, self.today())
