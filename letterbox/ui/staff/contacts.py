"""Contacts: every child (pending decisions first), whether contact is approved, why not,
and the carer's consent. Nothing is sent to a child until staff approve contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from letterbox.store.profiles import Child, ContactChange, Parent
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.review import reasons
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import contact_text

NOT_PERMITTED_REASONS = (
    QT_TRANSLATE_NOOP("StaffReasons", "No-contact order"),
    QT_TRANSLATE_NOOP("StaffReasons", "The carer does not agree to contact"),
    QT_TRANSLATE_NOOP("StaffReasons", "Safeguarding: waiting for the social worker"),
)


def local_time(stamp: str) -> str:
    """A stored UTC time as this station's local date and time, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


@dataclass(frozen=True)
class ContactRow:
    """A child and the parent they belong to."""

    child: Child
    parent: Parent


class ContactsPage(StaffPage):
    """Approve, refuse (with a reason) or reset to pending; record the carer's consent.

    Signals:
        changed(object): a decision was stored (the child as it is now).
    """

    changed = Signal(object)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[ContactRow] = []
        self.loaded = False
        self._child_after_reload: int | None = None  # asked for from the dashboard
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("Child"), self.tr("Parent"), self.tr("ID number"),
                                 self.tr("Contact"), self.tr("Reason"),
                                 self.tr("Carer's consent")], self.tr("Children"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self.load_history)
        self.history: list[ContactChange] = []
        self.history_child: int | None = None  # whose history the panel shows
        self.history_title = QLabel()
        self.history_table = make_table([self.tr("When"), self.tr("What"),
                                         self.tr("Decision"), self.tr("Who"),
                                         self.tr("Reason")], self.tr("Decision history"))
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.history_title)
        panel_layout.addWidget(self.history_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        decide = QHBoxLayout()
        decide.addWidget(QLabel(self.tr("Contact:")))
        self.approve_button = self._button(self.tr("Approve"), self.approve, decide)
        self.refuse_button = self._button(self.tr("Not permitted…"), self.not_permitted,
                                          decide)
        self.pending_button = self._button(self.tr("Pending"), self.pending, decide)
        layout.addLayout(decide)
        consent = QHBoxLayout()
        consent.addWidget(QLabel(self.tr("Carer's consent:")))
        self.consent_given_button = self._button(self.tr("Given"),
                                                 lambda: self.record_consent("given"), consent)
        self.consent_refused_button = self._button(
            self.tr("Refused"), lambda: self.record_consent("refused"), consent)
        self.consent_unknown_button = self._button(
            self.tr("Not known"), lambda: self.record_consent("unknown"), consent)
        layout.addLayout(consent)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        """Read every child and their parent off the GUI thread."""
        services, actor = self.session.services, self.session.actor

        def work() -> list[ContactRow]:
            parents = {p.id: p for p in services.parents.all(actor)}
            return [ContactRow(c, parents[c.parent_id])
                    for c in services.contacts.children(actor) if c.parent_id in parents]

        self.run(work, self.show_rows)

    def show_rows(self, rows: list[ContactRow]) -> None:
        """Fill the table, keeping the same row selected."""
        keep, self._child_after_reload = self._child_after_reload or row_key(self.table), None
        self.rows = rows
        self.loaded = True
        fill_table(self.table, [[r.child.name, r.parent.name, r.parent.id_number,
                                 contact_text(r.child.contact_status), r.child.contact_reason,
                                 self.consent_text(r.child.carer_consent)] for r in rows],
                   [r.child.id for r in rows])
        if keep is None or not self.select_child(keep):
            select_row(self.table, 0)
        else:
            self.table.scrollToItem(self.table.currentItem())
        self._update_buttons()

    def open_at(self, child_id: int) -> None:
        """At the next reload, select this child (another page's link)."""
        self._child_after_reload = child_id

    def consent_text(self, consent: str) -> str:
        """The carer's consent in words."""
        return {"given": self.tr("given"), "refused": self.tr("refused"),
                "unknown": self.tr("not known")}.get(consent, consent)

    def selected(self) -> ContactRow | None:
        """The child highlighted."""
        child_id = row_key(self.table)
        return next((r for r in self.rows if r.child.id == child_id), None)

    def select_child(self, child_id: int) -> bool:
        """Highlight one child."""
        for row in range(self.table.rowCount()):
            if row_key(self.table, row) == child_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        ready = self.selected() is not None and not self.busy
        for button in (self.approve_button, self.refuse_button, self.pending_button,
                       self.consent_given_button, self.consent_refused_button,
                       self.consent_unknown_button):
            button.setEnabled(ready)

    # -- deciding ------------------------------------------------------------
    def approve(self) -> None:
        """Contact with the selected child is approved."""
        self._decide("approved", "")

    def pending(self) -> None:
        """Back to waiting for a decision."""
        self._decide("pending", "")

    def not_permitted(self) -> None:
        """Contact is not permitted; a reason is needed."""
        row = self.selected()
        if row is None:
            return
        reason = self.ask_reason(self.tr("Contact not permitted"),
                                 self.tr("Why may %1 not be contacted? Nothing addressed to "
                                         "them will be exported.").replace("%1", row.child.name),
                                 reasons(NOT_PERMITTED_REASONS))
        if reason is not None:
            self._decide("not_permitted", reason)

    def _decide(self, status: str, reason: str) -> None:
        row = self.selected()
        if row is None:
            return
        contacts, actor, child_id = self.session.services.contacts, self.session.actor, \
            row.child.id
        self.run(lambda: contacts.decide(actor, child_id, status, reason), self._changed,
                 change=True)
        self._update_buttons()

    def record_consent(self, consent: str) -> None:
        """The carer's answer: given, refused or not known."""
        row = self.selected()
        if row is None:
            return
        contacts, actor, child_id = self.session.services.contacts, self.session.actor, \
            row.child.id
        self.run(lambda: contacts.record_consent(actor, child_id, consent), self._changed,
                 change=True)
        self._update_buttons()

    # -- history ---------------------------------------------------------------
    def load_history(self) -> None:
        """Read the selected child's decisions off the GUI thread."""
        row = self.selected()
        if row is None:
            self.show_history(None, [])
            return
        contacts, actor, child_id = self.session.services.contacts, self.session.actor, \
            row.child.id
        self.run(lambda: contacts.history(actor, child_id),
                 lambda changes: self.show_history(child_id, changes))

    def show_history(self, child_id: int | None, changes: list[ContactChange]) -> None:
        """Fill the history panel, unless another child was selected meanwhile."""
        row = self.selected()
        if child_id is not None and (row is None or row.child.id != child_id):
            return
        self.history_child, self.history = child_id, changes
        self.history_title.setText(
            self.tr("Decisions about %1, newest first:").replace("%1", row.child.name)
            if row is not None and child_id is not None else "")
        fill_table(self.history_table,
                   [[local_time(c.at), self.field_text(c.field),
                     contact_text(c.value) if c.field == "contact" else
                     self.consent_text(c.value), self.who_text(c), c.reason]
                    for c in changes], list(range(len(changes))))

    def field_text(self, field: str) -> str:
        """Which decision a history row is about."""
        return self.tr("Contact") if field == "contact" else self.tr("Carer's consent")

    def who_text(self, change: ContactChange) -> str:
        """Who made a decision: the worker's name, or who else."""
        if change.actor_name and change.actor_kind == "staff":
            return change.actor_name
        return {"parent": self.tr("the parent, at the kiosk"),
                "system": self.tr("set-up (no worker named)")}.get(
                    change.actor_kind, change.actor_name or change.actor_kind)

    def _changed(self, child: Child) -> None:
        self.show_note(self.tr("%1: contact %2, carer's consent %3.")
                       .replace("%1", child.name)
                       .replace("%2", contact_text(child.contact_status))
                       .replace("%3", self.consent_text(child.carer_consent)))
        self.changed.emit(child)
        self.reload()
