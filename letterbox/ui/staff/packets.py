"""Packet history: every packet that left, newest first, with who made it, for whom and
where; its items as they stand now; a copy of its review sheet to print again; verifying
it again against the station key; and the mail room's answer for its items."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.keys import StationKey
from letterbox.services.packets import OutcomeResult, PacketSummary
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind, ItemStatus
from letterbox.ui.staff.page import StaffPage, fill_table, make_table, row_key, select_row
from letterbox.ui.staff.review import MAIL_ROOM_REASONS, reasons, source_reason
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import error_text, staff_status_text


class PacketHistoryPage(StaffPage):
    """Read the history; reprint, verify, and record the mail room's outcome.

    Signals:
        verified(object): a VerifyReport (or the error) for the packet checked.
        changed: an outcome was stored.
    """

    verified = Signal(object)
    changed = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.packets: list[PacketSummary] = []
        self.station_key: StationKey | None = None
        self.loaded = False
        self._row_after_reload = 0
        layout = QVBoxLayout(self)
        key_row = QHBoxLayout()
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_row.addWidget(self.key_label, 1)
        self.make_key_button = self._button(self.tr("Make a signing key"), self.make_key,
                                            key_row)
        self.make_key_button.hide()
        layout.addLayout(key_row)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = make_table([self.tr("When"), self.tr("Made by"), self.tr("Parent"),
                                 self.tr("ID number"), self.tr("Items"), self.tr("Kind"),
                                 self.tr("Where to")], self.tr("Packets"))
        self.table.itemSelectionChanged.connect(self._packet_chosen)
        split.addWidget(self.table)
        lower = QWidget()
        lower_row = QHBoxLayout(lower)
        lower_row.setContentsMargins(0, 0, 0, 0)
        items_box = QVBoxLayout()
        items_box.addWidget(QLabel(self.tr("Items in this packet (choose one or more)")))
        self.items = make_table([self.tr("Kind"), self.tr("Title"), self.tr("Child"),
                                 self.tr("Status"), self.tr("Reason")],
                                self.tr("Items in this packet"))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        items_box.addWidget(self.items, 1)
        lower_row.addLayout(items_box, 3)
        check_box = QVBoxLayout()
        check_box.addWidget(QLabel(self.tr("Verified again")))
        self.verify_list = QListWidget()
        self.verify_list.setWordWrap(True)
        self.verify_list.setAccessibleName(self.tr("Verification result"))
        check_box.addWidget(self.verify_list, 1)
        lower_row.addLayout(check_box, 2)
        split.addWidget(lower)
        split.setSizes([230, 330])
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.reprint_button = self._button(self.tr("Reprint review sheet…"), self.reprint, row)
        self.verify_button = self._button(self.tr("Verify again"), self.verify, row)
        row.addStretch(1)
        self.sent_button = self._button(self.tr("Sent"), lambda: self.mark(sent=True), row)
        self.rejected_button = self._button(self.tr("Rejected…"),
                                            lambda: self.mark(sent=False), row)
        self.all_sent_button = self._button(self.tr("All sent"), self.mark_all_sent, row)
        self.sent_button.setToolTip(self.tr("The mail room sent the chosen items on"))
        self.rejected_button.setToolTip(self.tr("The mail room refused the chosen items; the "
                                                "parent reads the reason"))
        self.all_sent_button.setToolTip(self.tr("Every item of this packet still with the "
                                                "mail room was sent on"))
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        """Read the history and the station key off the GUI thread."""
        services, actor = self.session.services, self.session.actor

        def work() -> tuple[list[PacketSummary], StationKey | None]:
            return services.packets.history(actor), services.keys.current(actor)

        self.run(work, self.show_history)

    def show_history(self, found: tuple[list[PacketSummary], StationKey | None]) -> None:
        """Fill the table, newest first, and say what key signs packets."""
        packets, key = found
        chosen = self.selected_packet()
        self.packets, self.station_key, self.loaded = packets, key, True
        self._show_key(key)
        rows = [[p.record.created_at[:16].replace("T", " "),
                 p.record.staff_name or self.tr("(not recorded)"), p.parent_name, p.id_number,
                 str(len(p.items)), self._kind_text(p.record.kind), p.record.folder]
                for p in packets]
        fill_table(self.table, rows, [p.id for p in packets])
        row = next((i for i, p in enumerate(packets) if chosen and p.id == chosen.id),
                   self._row_after_reload)
        select_row(self.table, row)
        if not packets:
            self.verify_list.clear()
            self.verify_list.addItem(self.tr("No packets have been made yet."))
            self._packet_chosen()

    def _show_key(self, key: StationKey | None) -> None:
        if key is None:
            self.key_label.setText(self.tr("No signing key yet: packets are not signed, so "
                                           "the mail room cannot prove they came from here."))
        else:
            self.key_label.setText(self.tr("Station key %1 — give the mail room %2")
                                   .replace("%1", key.fingerprint)
                                   .replace("%2", str(key.public_path)))
        self.make_key_button.setVisible(key is None)

    def _kind_text(self, kind: str) -> str:
        return self.tr("Keepsake") if kind == "keepsake" else self.tr("Mail")

    def selected_packet(self) -> PacketSummary | None:
        """The packet highlighted in the history."""
        key = row_key(self.table)
        return next((p for p in self.packets if p.id == key), None)

    def select_packet(self, packet_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if row_key(self.table, row) == packet_id:
                self.table.selectRow(row)
                return True
        return False

    def chosen_items(self) -> list[ItemRef]:
        """The items chosen in the packet's list."""
        rows = sorted({i.row() for i in self.items.selectionModel().selectedRows()})
        return [ref for ref in (row_key(self.items, r) for r in rows) if ref is not None]

    def _packet_chosen(self) -> None:
        packet = self.selected_packet()
        items = packet.items if packet is not None else ()
        rows = [[self.tr("Letter") if i.ref.kind == ItemKind.LETTER else self.tr("Recording"),
                 i.title or self.tr("(no title)"), i.child, staff_status_text(i.status),
                 i.status_note] for i in items]
        fill_table(self.items, rows, [i.ref for i in items])
        if packet is not None and self.verify_list.property("packet") != packet.id:
            self.verify_list.clear()
            self.verify_list.setProperty("packet", packet.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        packet = self.selected_packet()
        free = packet is not None and not self.busy
        self.reprint_button.setEnabled(free)
        self.verify_button.setEnabled(free)
        chosen = set(self.chosen_items())
        statuses = [i.status for i in (packet.items if packet else ()) if i.ref in chosen]
        movable = bool(statuses) and all(s == ItemStatus.EXPORTED for s in statuses)
        self.sent_button.setEnabled(free and movable)
        self.rejected_button.setEnabled(free and movable)
        self.all_sent_button.setEnabled(free and packet is not None and any(
            i.status == ItemStatus.EXPORTED for i in packet.items))
        self.make_key_button.setEnabled(not self.busy)

    # -- acting --------------------------------------------------------------
    def choose_folder(self, default: Path) -> Path | None:
        """Where the copy of the sheet goes (behind a method so tests can answer)."""
        chosen = self.dialogs().choose_folder(self.tr("Where should the copy of the review "
                                                      "sheet go?"), str(default))
        return Path(chosen) if chosen else None

    def reprint(self) -> None:
        """Copy the packet's review sheet to a folder the worker picks."""
        packet = self.selected_packet()
        if packet is None:
            return
        folder = self.choose_folder(packet.folder.parent)
        if folder is None:
            return
        packets, actor = self.session.services.packets, self.session.actor
        self.run(lambda: packets.copy_sheet(actor, packet.id, folder),
                 lambda copy: self.show_note(self.tr("A copy of the review sheet is in %1")
                                             .replace("%1", str(copy))), change=True)

    def verify(self) -> None:
        """Check the packet's files and signature again, off the GUI thread."""
        packet = self.selected_packet()
        if packet is None:
            return
        self.verify_list.clear()
        self.verify_list.setProperty("packet", packet.id)
        self.verify_list.addItem(self.tr("Checking…"))
        self.verify_button.setEnabled(False)
        packets, actor = self.session.services.packets, self.session.actor

        def work() -> list[str] | Exception:
            try:
                return packets.verify(actor, packet.id).lines()
            except Exception as error:  # shown as the result, in words, on the GUI thread
                return error

        def done(outcome: list[str] | Exception) -> None:
            lines = [error_text(outcome)] if isinstance(outcome, Exception) else outcome
            if self.verify_list.property("packet") == packet.id:
                self.verify_list.clear()
                self.verify_list.addItems(lines)
            self._update_buttons()
            self.verified.emit(lines)

        self.run(work, done)

    def make_key(self) -> None:
        """Make the station's signing key (staff, audited)."""
        keys, actor = self.session.services.keys, self.session.actor

        def done(key: StationKey) -> None:
            self.station_key = key
            self._show_key(key)
            self.show_note(self.tr("The station key is made: %1").replace("%1",
                                                                           key.fingerprint))

        self.run(lambda: keys.make(actor), done, change=True)

    def mark(self, *, sent: bool) -> None:
        """The mail room's answer for the chosen items."""
        packet, refs = self.selected_packet(), self.chosen_items()
        if packet is None or not refs:
            return
        reason = ""
        if not sent:
            picked = self.ask_reason(self.tr("Rejected by the mail room"),
                                     self.tr("What did the mail room say? The parent reads "
                                             "this."), reasons(MAIL_ROOM_REASONS))
            if picked is None:
                return
            reason = source_reason(picked, MAIL_ROOM_REASONS)
        self._outcome(packet.id, refs, sent, reason)

    def mark_all_sent(self) -> None:
        """Every item of the packet still with the mail room was sent on."""
        packet = self.selected_packet()
        if packet is None:
            return
        refs = [i.ref for i in packet.items if i.status == ItemStatus.EXPORTED]
        if refs:
            self._outcome(packet.id, refs, True, "")

    def _outcome(self, packet_id: int, refs: list[ItemRef], sent: bool, reason: str) -> None:
        packets, actor = self.session.services.packets, self.session.actor

        def done(result: OutcomeResult) -> None:
            count = str(len(result.changed))
            note = (self.tr("%1 marked as sent") if sent else
                    self.tr("%1 marked as rejected")).replace("%1", count)
            if result.failed:
                note += " · " + self.tr("%1 could not be changed: %2").replace(
                    "%1", str(len(result.failed))).replace("%2", error_text(result.failed[0][1]))
            self.show_note(note)
            self.changed.emit()
            self.reload()

        self._row_after_reload = max(0, self.table.currentRow())
        self.run(lambda: packets.mail_outcome(actor, packet_id, refs, sent=sent,
                                              reason=reason), done, change=True)
        self._update_buttons()
