"""Parents: every profile (search by name or ID number), a form to create or edit one,
Reset PIN…, Clear lockout, the drafts the parent deleted (restored from here for 30
days), and on release or transfer: Archive…, a keepsake packet of everything the parent
made, and keep or delete their data (asked twice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from letterbox.errors import LetterboxError
from letterbox.export.plan import ExportResult
from letterbox.store.guard import GuardState
from letterbox.store.parent_data import DeletedData
from letterbox.store.profiles import Parent
from letterbox.ui.staff.deleted_drafts import DeletedDraftsPanel
from letterbox.ui.staff.dialogs import PinDialog
from letterbox.ui.staff.keepsake_run import KeepsakeRun
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.parent_form import ProfileForm, ProfileValues
from letterbox.ui.staff.review import reasons
from letterbox.ui.staff.session import StaffSession

ARCHIVE_REASONS = ("Released", "Transferred to another facility")


@dataclass(frozen=True)
class ParentRow:
    """A profile and where its sign-in stands."""

    parent: Parent
    state: GuardState


class ParentsPage(StaffPage):
    """The list of profiles, the profile form and the actions on the selected parent.

    Signals:
        changed(int): a profile, PIN, lockout, archive or data changed (the parent's id).
        keepsake_finished(object): an ExportResult, or the error that stopped it.
    """

    changed = Signal(int)
    keepsake_finished = Signal(object)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[ParentRow] = []
        self.shown: list[ParentRow] = []
        self.loaded = False
        self._want: int | None = None  # the parent to select when the rows come
        self.keepsake = KeepsakeRun(session.tasks, self)
        self.keepsake.finished.connect(self._keepsake_done)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name or ID number"))
        self.search_edit.setAccessibleName(self.tr("Search parents"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._fill())
        left.addWidget(self.search_edit)
        self.table = make_table([self.tr("Name"), self.tr("ID number"),
                                 self.tr("Wing and cell"), self.tr("Facility"),
                                 self.tr("Sign-in"), self.tr("Profile")], self.tr("Parents"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = self._button(self.tr("New profile"), self.new_profile, row)
        self.reset_button = self._button(self.tr("Reset PIN…"), self.reset_pin, row)
        self.unlock_button = self._button(self.tr("Clear lockout"), self.clear_lockout, row)
        row.addStretch(1)
        left.addLayout(row)
        closing = QHBoxLayout()
        self.archive_button = self._button(self.tr("Archive…"), self.archive, closing)
        self.unarchive_button = self._button(self.tr("Open again"), self.unarchive, closing)
        self.keepsake_button = self._button(self.tr("Keepsake packet…"), self.make_keepsake,
                                            closing)
        self.delete_button = self._button(self.tr("Delete data…"), self.delete_data, closing)
        closing.addStretch(1)
        left.addLayout(closing)
        left.addLayout(self.keepsake.row)
        self.deleted = DeletedDraftsPanel(self)
        self.deleted.restored.connect(lambda draft: self.changed.emit(draft.parent_id))
        left.addWidget(self.deleted)
        left.addWidget(self.message)
        outer.addLayout(left, 1)
        self.form = ProfileForm()
        self.form.setFixedWidth(340)
        self.form.save_asked.connect(self.save_profile)
        outer.addWidget(self.form)
        self._update_buttons()

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        """Read the profiles and their sign-in state off the GUI thread."""
        services, actor = self.session.services, self.session.actor

        def work() -> list[ParentRow]:
            return [ParentRow(p, services.signin.parent_state(p.id))
                    for p in services.parents.all(actor)]

        self.run(work, self.show_rows)

    def show_rows(self, rows: list[ParentRow]) -> None:
        """Keep the rows and show those the search matches."""
        self.rows = rows
        self.loaded = True
        self._fill()

    def _fill(self) -> None:
        keep, self._want = self._want or row_key(self.table), None
        words = self.search_edit.text().casefold().split()
        self.shown = [r for r in self.rows if all(
            w in f"{r.parent.name} {r.parent.id_number}".casefold() for w in words)]
        fill_table(self.table, [[r.parent.name, r.parent.id_number, r.parent.housing_unit,
                                 r.parent.facility, self.state_text(r.state),
                                 self.profile_text(r.parent)] for r in self.shown],
                   [r.parent.id for r in self.shown])
        if keep is None or not self.select_parent(keep):
            select_row(self.table, 0)
        self._selection_changed()

    def state_text(self, state: GuardState) -> str:
        """Locked (and for how long), or how many tries are left."""
        if state.locked:
            return self.tr("Locked for %1 more seconds").replace("%1", str(state.locked_for_s))
        return self.tr("%1 tries left").replace("%1", str(state.tries_left))

    def profile_text(self, parent: Parent) -> str:
        """Open, or closed since when and why."""
        if not parent.archived:
            return self.tr("open")
        closed = self.tr("closed %1").replace("%1", (parent.archived_at or "")[:10])
        return f"{closed}: {parent.archive_note}" if parent.archive_note else closed

    def selected(self) -> ParentRow | None:
        """The parent highlighted."""
        if not self.table.selectionModel().hasSelection():
            return None  # "New profile" cleared it
        parent_id = row_key(self.table)
        return next((r for r in self.shown if r.parent.id == parent_id), None)

    def select_parent(self, parent_id: int) -> bool:
        """Highlight one parent."""
        for row in range(self.table.rowCount()):
            if row_key(self.table, row) == parent_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected()
        if row is not None and row.parent.id != self.form.parent_id:
            self.form.show_parent(row.parent)
        self.deleted.show_parent(row.parent.id if row is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        ready = row is not None and not self.busy and not self.keepsake.running
        archived = row is not None and row.parent.archived
        self.reset_button.setEnabled(ready and not archived)
        self.unlock_button.setEnabled(ready and not archived)
        self.archive_button.setEnabled(ready and not archived)
        self.unarchive_button.setEnabled(ready and archived)
        self.keepsake_button.setEnabled(ready)
        self.delete_button.setEnabled(ready and archived)
        self.form.save_button.setEnabled(not self.busy)
        self.deleted.refresh_button()

    # -- prompts behind methods, so tests answer them --------------------------
    def ask_new_pin(self, who: str) -> str | None:
        """A new PIN typed twice; None when cancelled."""
        return PinDialog.ask(self, who)

    def choose_keepsake_folder(self, default: Path) -> Path | None:
        """Where the keepsake packet goes (a USB stick, a folder to print from)."""
        chosen = self.dialogs().choose_folder(self.tr("Where should the keepsake go?"),
                                              str(default))
        return Path(chosen) if chosen else None

    # -- the profile form ------------------------------------------------------
    def new_profile(self) -> None:
        """An empty form for a new parent."""
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.form.start_new()
        self._update_buttons()
        self.form.name_edit.setFocus()

    def save_profile(self, values: ProfileValues) -> None:
        """Create or update the profile; a refusal is shown and the form keeps its text."""
        parents, actor = self.session.services.parents, self.session.actor
        if values.parent_id is None:
            def work() -> Parent:
                return parents.create_profile(
                    actor, name=values.name, id_number=values.id_number, pin=values.pin,
                    housing_unit=values.housing_unit, facility=values.facility,
                    language=values.language)
            note = self.tr("Profile made for %1.")
        else:
            parent_id = values.parent_id

            def work() -> Parent:
                return parents.update_profile(
                    actor, parent_id, name=values.name, id_number=values.id_number,
                    housing_unit=values.housing_unit, facility=values.facility,
                    language=values.language)
            note = self.tr("Profile of %1 saved.")

        def saved(parent: Parent) -> None:
            self.form.show_parent(parent)
            self._changed(parent.id, note.replace("%1", parent.name), select=True)

        self.run(work, saved, change=True)

    # -- PIN and lockout ---------------------------------------------------------
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

    # -- release or transfer -------------------------------------------------------
    def archive(self) -> None:
        """Close the profile: no sign-in at the kiosk, not listed, nothing exported."""
        row = self.selected()
        if row is None:
            return
        note = self.ask_reason(
            self.tr("Archive profile"),
            self.tr("Why is the profile of %1 closing? They will not be able to sign in, and "
                    "nothing they made will be exported. You can open it again later.")
            .replace("%1", row.parent.name), reasons(ARCHIVE_REASONS))
        if note is None:
            return
        parents, actor, parent_id = self.session.services.parents, self.session.actor, \
            row.parent.id
        self.run(lambda: parents.archive(actor, parent_id, note),
                 lambda parent: self._changed(parent_id, self.tr(
                     "The profile of %1 is closed. You can make a keepsake packet, then keep "
                     "or delete the data.").replace("%1", parent.name)), change=True)

    def unarchive(self) -> None:
        """Open a closed profile again."""
        row = self.selected()
        if row is None:
            return
        parents, actor, parent_id = self.session.services.parents, self.session.actor, \
            row.parent.id
        self.run(lambda: parents.unarchive(actor, parent_id),
                 lambda parent: self._changed(parent_id, self.tr(
                     "The profile of %1 is open again.").replace("%1", parent.name)),
                 change=True)

    def make_keepsake(self) -> None:
        """Everything the parent made, in a signed packet for them to take home."""
        row = self.selected()
        if row is None or self.keepsake.running:
            return
        folder = self.choose_keepsake_folder(self.session.core.paths.exports)
        if folder is None:
            return
        self.show_note(self.tr("Making the keepsake packet for %1…")
                       .replace("%1", row.parent.name))
        self.keepsake.start(self.session.services.keepsake, self.session.actor,
                            row.parent.id, folder)
        self._update_buttons()

    def _keepsake_done(self, outcome: object) -> None:
        if isinstance(outcome, ExportResult) and outcome.folder is not None:
            count = sum(1 for item in outcome.items if item.kind != "extras")
            self.show_note(self.tr("Keepsake packet made in %1 (items: %2). Nothing was sent "
                                   "to the mail room.").replace("%1", str(outcome.folder))
                           .replace("%2", str(count)))
        elif isinstance(outcome, ExportResult):
            self.show_note(self.tr("%1 has made nothing to keep yet.")
                           .replace("%1", outcome.parent.name))
        elif isinstance(outcome, LetterboxError):
            self.show_error(outcome)
        else:
            self.show_note(self.tr("The keepsake packet was not made; nothing half made "
                                   "was kept."))
        self._update_buttons()
        self.keepsake_finished.emit(outcome)

    def delete_data(self) -> None:
        """Delete what an archived parent made, after asking twice."""
        row = self.selected()
        if row is None:
            return
        s, actor, parent = self.session.services, self.session.actor, row.parent

        def count() -> tuple[int, int, int]:
            binned = [d.kind for d in s.deleted_drafts.for_parent(actor, parent.id)]
            return (len(s.letters.for_parent(actor, parent.id)) + binned.count("letter"),
                    len(s.recordings.for_parent(actor, parent.id)) + binned.count("recording"),
                    len(s.parents.children(actor, parent.id)))

        self.run(count, lambda counts: self._confirm_delete(parent, counts))

    def _confirm_delete(self, parent: Parent, counts: tuple[int, int, int]) -> None:
        letters, recordings, children = counts
        first = self.tr("Delete everything %1 made: %2 letters, %3 recordings, and the "
                        "%4 children on the profile? The audit trail and packet records "
                        "are kept.").replace("%1", parent.name).replace("%2", str(letters)) \
            .replace("%3", str(recordings)).replace("%4", str(children))
        if not self.confirm(self.tr("Delete data"), first):
            return
        second = self.tr("This cannot be undone. Has %1 had a keepsake packet, if they "
                         "wanted one? Delete now?").replace("%1", parent.name)
        if not self.confirm(self.tr("Delete data — are you sure?"), second):
            return
        parents, actor = self.session.services.parents, self.session.actor

        def deleted(done: DeletedData) -> None:
            self._changed(parent.id, self.tr("Deleted for %1: %2 letters, %3 recordings, "
                                             "%4 children.").replace("%1", parent.name)
                          .replace("%2", str(done.letters)).replace("%3", str(done.recordings))
                          .replace("%4", str(done.children)))

        self.run(lambda: parents.delete_data(actor, parent.id), deleted, change=True)

    def _changed(self, parent_id: int, note: str, *, select: bool = False) -> None:
        self.show_note(note)
        if select:
            self.search_edit.clear()
            self._want = parent_id
        self.changed.emit(parent_id)
        self.reload()

    def leave(self) -> None:
        """Signing out mid-keepsake cancels it: nothing half made is kept."""
        self.keepsake.stop()
