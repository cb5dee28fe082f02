"""Parents: every profile, whether it is locked after wrong PINs; reset a PIN or clear a
lockout."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from letterbox.store.guard import GuardState
from letterbox.store.profiles import Parent
from letterbox.ui.staff.dialogs import PinDialog
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.session import StaffSession


@dataclass(frozen=True)
class ParentRow:
    """A profile and where its sign-in stands."""

    parent: Parent
    state: GuardState


class ParentsPage(StaffPage):
    """Reset PIN… and Clear lockout for the selected parent.

    Signals:
        changed(int): the parent's PIN or lockout was changed (their id).
    """

    changed = Signal(int)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[ParentRow] = []
        self.loaded = False
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("Name"), self.tr("ID number"),
                                 self.tr("Wing and cell"), self.tr("Facility"),
                                 self.tr("Sign-in")], self.tr("Parents"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Reset PIN…"))
        self.reset_button.clicked.connect(self.reset_pin)
        self.unlock_button = QPushButton(self.tr("Clear lockout"))
        self.unlock_button.clicked.connect(self.clear_lockout)
        row.addWidget(self.reset_button)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update_buttons()

    def reload(self) -> None:
        """Read the profiles and their sign-in state off the GUI thread."""
        services, actor = self.session.services, self.session.actor

        def work() -> list[ParentRow]:
            return [ParentRow(p, services.signin.parent_state(p.id))
                    for p in services.parents.all(actor)]

        self.run(work, self.show_rows)

    def show_rows(self, rows: list[ParentRow]) -> None:
        """Fill the table, keeping the same parent selected."""
        keep = row_key(self.table)
        self.rows = rows
        self.loaded = True
        fill_table(self.table, [[r.parent.name, r.parent.id_number, r.parent.housing_unit,
                                 r.parent.facility, self.state_text(r.state)] for r in rows],
                   [r.parent.id for r in rows])
        if keep is None or not self.select_parent(keep):
            select_row(self.table, 0)
        self._update_buttons()

    def state_text(self, state: GuardState) -> str:
        """Locked (and for how long), or how many tries are left."""
        if state.locked:
            return self.tr("Locked for %1 more seconds").replace("%1", str(state.locked_for_s))
        return self.tr("%1 tries left").replace("%1", str(state.tries_left))

    def selected(self) -> ParentRow | None:
        """The parent highlighted."""
        parent_id = row_key(self.table)
        return next((r for r in self.rows if r.parent.id == parent_id), None)

    def select_parent(self, parent_id: int) -> bool:
        """Highlight one parent."""
        for row in range(self.table.rowCount()):
            if row_key(self.table, row) == parent_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        ready = self.selected() is not None and not self.busy
        self.reset_button.setEnabled(ready)
        self.unlock_button.setEnabled(ready)

    # A prompt behind a method, so tests answer it.
    def ask_new_pin(self, who: str) -> str | None:
        """A new PIN typed twice; None when cancelled."""
        return PinDialog.ask(self, who)

    def reset_pin(self) -> None:
        """Give the selected parent a new PIN (their lockout goes with the old one)."""
        row = self.selected()
        if row is None:
            return
        pin = self.ask_new_pin(row.parent.name)
        if pin is None:
            return
        parents, actor, parent_id = self.session.services.parents, self.session.actor, \
            row.parent.id
        name = row.parent.name
        self.run(lambda: parents.reset_pin(actor, parent_id, pin),
                 lambda _none: self._changed(parent_id, self.tr("%1 has a new PIN.")
                                             .replace("%1", name)), change=True)
        self._update_buttons()

    def clear_lockout(self) -> None:
        """Let the selected parent try their PIN again now."""
        row = self.selected()
        if row is None:
            return
        parents, actor, parent_id = self.session.services.parents, self.session.actor, \
            row.parent.id
        name = row.parent.name
        self.run(lambda: parents.unlock(actor, parent_id),
                 lambda _none: self._changed(parent_id, self.tr("%1 can sign in again.")
                                             .replace("%1", name)), change=True)
        self._update_buttons()

    def _changed(self, parent_id: int, note: str) -> None:
        self.show_note(note)
        self.changed.emit(parent_id)
        self.reload()
