"""Contacts: every child (pending decisions first), whether contact is approved, why not,
and the carer's consent. Nothing is sent to a child until staff approve contact."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from letterbox.store.profiles import Child, Parent
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.review import reasons
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import contact_text

NOT_PERMITTED_REASONS = (
    QT_TRANSLATE_NOOP("StaffReasons", "No-contact order"),
    QT_TRANSLATE_NOOP("StaffReasons", "The carer does not agree to contact"),
    QT_TRANSLATE_NOOP("StaffReasons", "Safeguarding: waiting for the social worker"),
)


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
        layout.addWidget(self.table, 1)
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

    def _changed(self, child: Child) -> None:
        self.show_note(self.tr("%1: contact %2, carer's consent %3.")
                       .replace("%1", child.name)
                       .replace("%2", contact_text(child.contact_status))
                       .replace("%3", self.consent_text(child.carer_consent)))
        self.changed.emit(child)
        self.reload()
