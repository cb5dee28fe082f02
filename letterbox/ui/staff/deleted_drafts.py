"""The selected parent's deleted drafts on the Parents page: what each was, for whom, when
it was deleted and how many days are left before it goes for good, and Restore, which
puts it back on the parent's home as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from letterbox.services.deleted_drafts import KEEP_DAYS, DeletedDraft
from letterbox.store.deleted_drafts import parse_stamp
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.wording import staff_status_text


class DeletedDraftsPanel(QWidget):
    """Lists one parent's deleted drafts (read off the GUI thread) and restores them.

    Signals:
        restored(object): the DeletedDraft put back.
        loaded_drafts(): the list for the parent shown has been read.
    """

    restored = Signal(object)
    loaded_drafts = Signal()

    def __init__(self, page: StaffPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self.parent_id: int | None = None
        self.drafts: list[DeletedDraft] = []
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Drafts the parent deleted (kept %1 days)")
                              .replace("%1", str(KEEP_DAYS)))
        layout.addWidget(self.heading)
        self.table = make_table([self.tr("Item"), self.tr("Child"), self.tr("Title"),
                                 self.tr("Was"), self.tr("Deleted"), self.tr("Days left")],
                                self.tr("Deleted drafts"))
        self.table.setMaximumHeight(150)
        self.table.itemSelectionChanged.connect(self.refresh_button)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the deleted draft"))
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.restore_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        row.addWidget(self.empty_label, 1)
        layout.addLayout(row)
        self.refresh_button()

    def show_parent(self, parent_id: int | None) -> None:
        """Read the deleted drafts of this parent (nothing when None)."""
        self.parent_id = parent_id
        if parent_id is None:
            self.show_drafts(None, [])
            return
        service, actor, now = (self._page.session.services.deleted_drafts,
                               self._page.session.actor, self.clock())
        self._page.run(lambda: (parent_id, service.for_parent(actor, parent_id, now=now)),
                       lambda found: self.show_drafts(*found))

    def show_drafts(self, parent_id: int | None, drafts: list[DeletedDraft]) -> None:
        """Fill the table, if these are still the parent shown."""
        if parent_id != self.parent_id:
            return  # the selection moved on while they were read
        self.drafts = drafts
        now = self.clock()
        fill_table(self.table, [[self.what(d), d.child_name, d.title,
                                 staff_status_text(d.status), self.when(d.deleted_at),
                                 str(d.days_left(now))] for d in drafts],
                   [(d.kind, d.id) for d in drafts])
        select_row(self.table, 0)
        self.empty_label.setText("" if drafts or parent_id is None
                                 else self.tr("No deleted drafts."))
        self.refresh_button()
        self.loaded_drafts.emit()

    def what(self, draft: DeletedDraft) -> str:
        """The kind of item in words."""
        if draft.kind == "letter":
            return self.tr("Letter")
        return {"story": self.tr("Bedtime story"), "echo": self.tr("Echo reading")}.get(
            draft.detail, self.tr("Recorded message"))

    @staticmethod
    def when(stamp: str) -> str:
        """A stored time as local date and time (YYYY-MM-DD HH:MM)."""
        try:
            return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return stamp

    def selected(self) -> DeletedDraft | None:
        """The deleted draft highlighted."""
        key = row_key(self.table) if self.table.selectionModel().hasSelection() else None
        return next((d for d in self.drafts if (d.kind, d.id) == key), None)

    def restore(self) -> None:
        """Put the highlighted draft back on its parent's home."""
        draft = self.selected()
        if draft is None or self._page.busy:
            return
        service, actor, now = (self._page.session.services.deleted_drafts,
                               self._page.session.actor, self.clock())

        def done(back: DeletedDraft) -> None:
            name = back.title or self.what(back)
            self._page.show_note(self.tr("“%1” is back on the parent's home.")
                                 .replace("%1", name))
            self.restored.emit(back)
            self.show_parent(self.parent_id)

        self._page.run(lambda: service.restore(actor, draft.kind, draft.id, now=now), done,
                       change=True)
        self.refresh_button()

    def refresh_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._page.busy)
