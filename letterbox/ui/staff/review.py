"""Review: the queue of items, oldest first; read or listen; approve or return with a
reason; and record the mail room's answer on exported items."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.services.review import ItemRef, ReviewEntry
from letterbox.store.items import TRANSITIONS, ItemKind, ItemStatus
from letterbox.ui.staff.item_view import ItemView, PartToPlay
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.review_keys import add_review_keys
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import contact_text, error_text, staff_status_text

FILTERS = (ItemStatus.READY, ItemStatus.APPROVED, ItemStatus.RETURNED, ItemStatus.EXPORTED)

# Kind, ready-worded reasons; the parent reads them at their next sign-in.
RETURN_REASONS = (
    QT_TRANSLATE_NOOP("StaffReasons", "Please leave out the part about money: the mail room "
                      "will not send it."),
    QT_TRANSLATE_NOOP("StaffReasons", "Please do not ask your child to pass on messages or "
                      "to contact anyone."),
    QT_TRANSLATE_NOOP("StaffReasons", "Please leave out dates you cannot be sure of, such as "
                      "when you will come home."),
    QT_TRANSLATE_NOOP("StaffReasons", "Please leave out talk about your case or the court."),
    QT_TRANSLATE_NOOP("StaffReasons", "Please do not ask your child to keep secrets."),
    QT_TRANSLATE_NOOP("StaffReasons", "We could not hear all of the recording. Please record "
                      "it again, a little closer to the microphone."),
)
MAIL_ROOM_REASONS = (
    QT_TRANSLATE_NOOP("StaffReasons", "The mail room held it back because of what it says."),
    QT_TRANSLATE_NOOP("StaffReasons", "The mail room could not accept the recording."),
    QT_TRANSLATE_NOOP("StaffReasons", "The name or address was not complete."),
)


def reasons(texts: tuple[str, ...]) -> list[str]:
    """Ready-worded reasons in the interface language."""
    return [QCoreApplication.translate("StaffReasons", text) for text in texts]


def source_reason(reason: str, texts: tuple[str, ...]) -> str:
    """The English source of a ready-worded reason picked in any interface language, so the
    parent reads it in theirs; a reason staff wrote (or changed) is kept as written."""
    for text in texts:
        if reason.strip() in (text, QCoreApplication.translate("StaffReasons", text)):
            return text
    return reason


def staff_moves(status: str) -> set[ItemStatus]:
    """Where staff may move an item from ``status``, as the status table says."""
    return {new for (old, new), move in TRANSITIONS.items()
            if old == status and move.by == "staff"}


class ReviewPage(StaffPage):
    """The queue (filtered by status), the selected item, and the decisions.

    Signals:
        decided(object): a decision was stored (the changed letter or recording).
    """

    decided = Signal(object)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.entries: list[ReviewEntry] = []
        self.loaded = False
        self._row_after_reload = 0
        self._ref_after_reload: ItemRef | None = None  # asked for from the dashboard
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Status"))
        for status in FILTERS:
            self.filter_box.addItem(staff_status_text(status), str(status))
        self.filter_box.currentIndexChanged.connect(lambda _i: self._reload_from_top())
        top.addWidget(self.filter_box)
        self.count_label = QLabel()
        top.addWidget(self.count_label, 1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = make_table([self.tr("Waiting since"), self.tr("Parent"),
                                 self.tr("ID number"), self.tr("Child"), self.tr("Kind"),
                                 self.tr("Title"), self.tr("Status")], self.tr("Review queue"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setToolTip(self.tr("Shift or Ctrl + click to choose several items"))
        self.table.itemSelectionChanged.connect(self._selected)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        lower_layout.addWidget(self.item_label)
        self.item_view = ItemView()
        lower_layout.addWidget(self.item_view, 1)
        split.addWidget(lower)
        split.setSizes([215, 435])
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.approve_button = self._button(self.tr("Approve"), self.approve, row)
        self.return_button = self._button(self.tr("Return… (R)"), self.return_selected, row)
        self.sent_button = self._button(self.tr("Sent"), self.mark_sent, row)
        self.rejected_button = self._button(self.tr("Rejected…"), self.mark_rejected, row)
        layout.addLayout(row)
        layout.addWidget(self.message)
        add_review_keys(self)
        self._update_buttons()

    # -- the queue -----------------------------------------------------------
    def status_filter(self) -> str:
        """The status shown now."""
        return str(self.filter_box.currentData())

    def set_status_filter(self, status: str) -> None:
        """Show items with this status."""
        self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(status)))

    def open_at(self, status: str, ref: ItemRef | None) -> None:
        """At the next reload, show ``status`` with ``ref`` selected (another page's link)."""
        self._ref_after_reload = ref
        self.filter_box.blockSignals(True)  # the reload comes when the page is shown
        self.set_status_filter(status)
        self.filter_box.blockSignals(False)
        self._row_after_reload = 0

    def _reload_from_top(self) -> None:
        self._row_after_reload = 0
        self.reload()

    def reload(self) -> None:
        """Read the queue off the GUI thread; the same row stays selected (the next item
        after a decision)."""
        review, actor, status = self.session.services.review, self.session.actor, \
            self.status_filter()
        self.run(lambda: review.queue(actor, (status,)), self.show_queue)

    def show_queue(self, entries: list[ReviewEntry]) -> None:
        """Fill the table, oldest first."""
        self.entries = entries
        self.loaded = True
        rows = [[e.updated_at[:16].replace("T", " "), e.parent_name, e.id_number, e.child,
                 self._kind_text(e.ref.kind), e.title, staff_status_text(e.status)]
                for e in entries]
        fill_table(self.table, rows, [e.ref for e in entries])
        self.count_label.setText(self.tr("%1 items").replace("%1", str(len(entries))))
        ref, self._ref_after_reload = self._ref_after_reload, None
        if ref is not None and self.select(ref):
            self.table.scrollTo(self.table.currentIndex())
        else:
            select_row(self.table, self._row_after_reload)
        if not entries:
            self._selected()

    def _kind_text(self, kind: str) -> str:
        return self.tr("Letter") if kind == ItemKind.LETTER else self.tr("Recording")

    def selected_entry(self) -> ReviewEntry | None:
        """The item highlighted in the queue."""
        ref = row_key(self.table)
        return next((e for e in self.entries if e.ref == ref), None)

    def selected_entries(self) -> list[ReviewEntry]:
        """Every item chosen in the queue (Shift or Ctrl + click), in queue order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        refs = [row_key(self.table, row) for row in rows]
        return [e for ref in refs for e in self.entries if e.ref == ref]

    def step(self, by: int) -> None:
        """Move to the next (1) or previous (-1) item in the queue."""
        if self.table.rowCount():
            row = max(0, min(self.table.rowCount() - 1, max(0, self.table.currentRow()) + by))
            self._only_row(row)

    def _only_row(self, row: int) -> None:
        """Select just this row, whatever keys are held (Ctrl+Down must not extend)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.table.model().index(row, 0), flags.ClearAndSelect | flags.Rows)

    def select(self, ref: ItemRef) -> bool:
        """Highlight the item ``ref`` if it is in the queue."""
        for row in range(self.table.rowCount()):
            if row_key(self.table, row) == ref:
                self._only_row(row)
                return True
        return False

    def _selected(self) -> None:
        entry = self.selected_entry()
        self._update_buttons()
        if entry is None:
            self.item_label.setText(self.tr("Nothing to show.") if self.loaded else "")
            self.item_view.clear()
            return
        item = entry.item
        words = [self._kind_text(entry.ref.kind), entry.title or self.tr("(no title)"),
                 self.tr("from %1 (%2)").replace("%1", entry.parent_name)
                 .replace("%2", entry.id_number),
                 self.tr("to %1").replace("%1", entry.child or "?"),
                 staff_status_text(entry.status)]
        if entry.status_note:
            words.append(self.tr("Reason: %1").replace("%1", entry.status_note))
        if entry.contact_status != "approved":  # safeguarding first: export will refuse it
            words.insert(0, "⚠ " + contact_text(entry.contact_status))
        self.item_label.setText(" · ".join(words))
        if entry.ref.kind == ItemKind.LETTER:
            self.item_view.show_letter(getattr(item, "body", ""), item.flags)
            return
        self.item_view.show_recording(getattr(item, "transcript", ""),
                                      getattr(item, "story_text", ""), item.flags)
        recordings, actor, ref = self.session.services.recordings, self.session.actor, entry.ref

        def parts() -> list[PartToPlay]:
            return [PartToPlay(p, recordings.audio_path(actor, p))
                    for p in recordings.parts(actor, ref.id, chosen_only=True)]

        self.run(parts, lambda found: self._show_parts(ref, found))

    def _show_parts(self, ref: ItemRef, parts: list[PartToPlay]) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.ref == ref:  # still the one selected
            self.item_view.show_parts(parts)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        moves = staff_moves(entry.status) if entry is not None and not self.busy else set()
        chosen = self.selected_entries() if not self.busy else []
        several = len(chosen) > 1
        self.approve_button.setEnabled(
            all(ItemStatus.APPROVED in staff_moves(e.status) for e in chosen) if several
            else ItemStatus.APPROVED in moves)
        self.approve_button.setText(self.tr("Approve %1 items (A)").replace("%1", str(len(chosen)))
                                    if several else self.tr("Approve (A)"))
        self.approve_button.setAccessibleName(self.approve_button.text())
        self.return_button.setEnabled(ItemStatus.RETURNED in moves and not several)
        for button, status in ((self.sent_button, ItemStatus.SENT),
                               (self.rejected_button, ItemStatus.REJECTED)):
            button.setVisible(self.status_filter() == ItemStatus.EXPORTED)
            button.setEnabled(status in moves)

    # -- decisions -----------------------------------------------------------
    def approve(self) -> None:
        """Approve the selected item (or every chosen one) for the mail room."""
        if self.busy or not self.approve_button.isEnabled():
            return
        chosen = self.selected_entries()
        if len(chosen) > 1:
            self.approve_several([e.ref for e in chosen])
            return
        entry = self.selected_entry()
        if entry is None:
            return
        review, actor, ref = self.session.services.review, self.session.actor, entry.ref
        self._decide(lambda: review.approve(actor, ref),
                     self.tr("Approved: %1").replace("%1", entry.title or str(ref)))

    def approve_several(self, refs: list[ItemRef]) -> None:
        """One service call (and audit row) per item; one line says how many went."""
        review, actor = self.session.services.review, self.session.actor

        def work() -> tuple[list[object], list[BaseException]]:
            done: list[object] = []
            failed: list[BaseException] = []
            for ref in refs:
                try:
                    done.append(review.approve(actor, ref))
                except LetterboxError as error:
                    failed.append(error)
            return done, failed

        def finished(outcome: tuple[list[object], list[BaseException]]) -> None:
            done, failed = outcome
            note = self.tr("%1 approved").replace("%1", str(len(done)))
            if failed:
                note += " · " + self.tr("%1 could not be approved: %2").replace(
                    "%1", str(len(failed))).replace("%2", error_text(failed[0]))
            self._decided(done, note)

        self._row_after_reload = max(0, self.table.currentRow())
        self.run(work, finished, change=True)
        self._update_buttons()

    def return_selected(self) -> None:
        """Send the selected item back to the parent, with a kind reason."""
        entry = self.selected_entry()
        if entry is None or self.busy or not self.return_button.isEnabled():
            return
        reason = self.ask_reason(self.tr("Return to the parent"),
                                 self.tr("Why is it going back? %1 reads this at their next "
                                         "sign-in.").replace("%1", entry.parent_name),
                                 reasons(RETURN_REASONS))
        if reason is None:
            return
        reason = source_reason(reason, RETURN_REASONS)
        review, actor, ref = self.session.services.review, self.session.actor, entry.ref
        self._decide(lambda: review.return_item(actor, ref, reason),
                     self.tr("Returned to %1: %2").replace("%1", entry.parent_name)
                     .replace("%2", entry.title or str(ref)))

    def mark_sent(self) -> None:
        """The mail room sent the selected item on."""
        entry = self.selected_entry()
        if entry is None:
            return
        review, actor, ref = self.session.services.review, self.session.actor, entry.ref
        self._decide(lambda: review.mail_outcome(actor, ref, sent=True),
                     self.tr("Marked as sent: %1").replace("%1", entry.title or str(ref)))

    def mark_rejected(self) -> None:
        """The mail room refused the selected item, with its reason."""
        entry = self.selected_entry()
        if entry is None:
            return
        reason = self.ask_reason(self.tr("Rejected by the mail room"),
                                 self.tr("What did the mail room say?"),
                                 reasons(MAIL_ROOM_REASONS))
        if reason is None:
            return
        reason = source_reason(reason, MAIL_ROOM_REASONS)
        review, actor, ref = self.session.services.review, self.session.actor, entry.ref
        self._decide(lambda: review.mail_outcome(actor, ref, sent=False, reason=reason),
                     self.tr("Marked as rejected: %1").replace("%1", entry.title or str(ref)))

    def _decide(self, work, note: str) -> None:
        self._row_after_reload = max(0, self.table.currentRow())
        self.run(work, lambda item: self._decided(item, note), change=True)
        self._update_buttons()

    def _decided(self, item: object, note: str) -> None:
        self.show_note(note)
        self.decided.emit(item)
        self.reload()

    def leave(self) -> None:
        """Stop any playback."""
        self.item_view.stop()
