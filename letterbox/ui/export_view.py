"""'Send to the mail room': the parent's ready items become a packet for review.

The view lists what will go, what cannot go (and why), and what is already with the
mail room. The export itself runs on the serial task pool with a progress bar and a
Cancel button; a cancelled export leaves nothing behind and changes no status.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.processing import Cancelled
from letterbox.export.packet import ExportPlan, ExportResult, PacketExporter
from letterbox.store.letters import Letter
from letterbox.store.recordings import Recording
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.big_button import BigButton


@dataclass
class ExportOverview:
    """What the screen shows, read off the GUI thread."""

    plan: ExportPlan | None
    profile_name: str
    sent: list[tuple[str, str, str]]  # (kind, child name, title) of items with the mail room
    problem: str = ""


class _ProgressBox:
    """The latest progress, written by the export thread and read by a GUI timer.

    Polling, not a signal per update: PySide6 6.12 on Python 3.11 loses a reference to
    True on every ``Signal.emit`` (reproduced here), so thousands of progress signals
    would crash the app; a 10 Hz timer is also all a progress bar needs.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[float, str] | None = None

    def put(self, fraction: float, message: str) -> None:
        with self._lock:
            self._value = (fraction, message)

    def take(self) -> tuple[float, str] | None:
        with self._lock:
            value, self._value = self._value, None
        return value


def load_overview(session: Session) -> ExportOverview:
    """Plan the export and list what is already sent (runs on a pool thread)."""
    core, parent_id = session.core, session.parent.id
    names = {c.id: c.name for c in core.profiles.children(parent_id)}
    sent: list[tuple[str, str, str]] = []
    items: list[Letter | Recording] = [*core.letters.for_parent(parent_id),
                                       *core.recordings.for_parent(parent_id)]
    for item in items:
        if item.status == "exported":
            kind = "letter" if isinstance(item, Letter) else "recording"
            sent.append((kind, names.get(item.child_id or -1, ""), item.title))
    try:
        exporter = PacketExporter(core)
    except (KeyError, ValueError) as error:
        return ExportOverview(None, "", sent, problem=str(error))
    return ExportOverview(exporter.plan(parent_id), exporter.profile.name, sent)


class ExportScreen(Screen):
    """Lists the parent's items and sends the ready ones to the mail room."""

    export_finished = Signal(object)  # ExportResult, or None when cancelled/failed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._cancel = threading.Event()
        self._running = False
        self._gone = False
        self.overview: ExportOverview | None = None
        self.result: ExportResult | None = None
        self._progress = _ProgressBox()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header(self.tr("Send to the mail room")))
        self.facility_label = QLabel()
        self.facility_label.setWordWrap(True)
        layout.addWidget(self.facility_label)
        self.items_list = QListWidget()
        self.items_list.setAccessibleName(self.tr("Your letters and recordings"))
        self.items_list.setWordWrap(True)
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.items_list, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.status_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        row = QHBoxLayout()
        self.send_button = BigButton(self.tr("Send to the mail room"), "export", primary=True,
                                     height=80)
        self.send_button.clicked.connect(self.start_export)
        self.send_button.setEnabled(False)
        self.cancel_button = BigButton(self.tr("Cancel"), "stop", height=80)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        row.addWidget(self.send_button, 2)
        row.addWidget(self.cancel_button, 1)
        layout.addLayout(row)
        self.reload()

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        """Read the plan off the GUI thread, then show it."""
        session = self._session
        self._session.tasks.run(lambda: load_overview(session), self.show_overview)

    def show_overview(self, overview: ExportOverview) -> None:
        """Fill the list: ready items, items that cannot go (with the reason), sent items."""
        if self._gone:
            return
        self.overview = overview
        self.items_list.clear()
        if overview.problem or overview.plan is None:
            self.facility_label.setText(self.tr("Exports cannot run: %1. Please ask staff.")
                                        .replace("%1", overview.problem))
            return
        self.facility_label.setText(self.tr("Facility rules: %1").replace(
            "%1", overview.profile_name))
        plan = overview.plan
        for letter, child in plan.letters:
            self._add_row(self.tr("Letter to %1").replace("%1", child.name), letter.title,
                          self.tr("Ready for review"))
        for rec, child in plan.recordings:
            self._add_row(self.tr("Recording for %1").replace("%1", child.name), rec.title,
                          self.tr("Ready for review"))
        for refusal in plan.refused:
            self._add_row(self._label(refusal.kind, refusal.child), refusal.title,
                          self.tr("Cannot be sent: %1").replace("%1", refusal.reason))
        for kind, child_name, title in overview.sent:
            self._add_row(self._label(kind, child_name), title, self.tr("With the mail room"))
        if self.items_list.count() == 0:
            self.items_list.addItem(self.tr("Nothing is ready yet. When a letter or "
                                            "recording is ready for review, it shows here."))
        self.send_button.setEnabled(not plan.empty and not self._running)

    def _label(self, kind: str, child: str) -> str:
        return (self.tr("Letter to %1") if kind == "letter"
                else self.tr("Recording for %1")).replace("%1", child or "?")

    def _add_row(self, who: str, title: str, status: str) -> None:
        text = f"{who} — {title} · {status}" if title else f"{who} · {status}"
        self.items_list.addItem(QListWidgetItem(text))

    # -- exporting -----------------------------------------------------------
    def choose_folder(self, default: Path) -> Path | None:
        """Ask where to save the packet (behind a method so tests can answer)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where should the packet go?"),
                                                  str(default))
        return Path(chosen) if chosen else None

    def start_export(self) -> None:
        """Ask for a folder, then export off the GUI thread."""
        if self._running or self.overview is None or self.overview.plan is None:
            return
        default = self._session.core.paths.exports
        folder = self.choose_folder(default)
        if folder is None:
            return
        self._running = True
        self._cancel.clear()
        self.send_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("Making the packet…"))
        core, parent_id, cancel = self._session.core, self._session.parent.id, self._cancel
        box = self._progress

        def work() -> ExportResult:
            return PacketExporter(core).export(parent_id, folder, should_cancel=cancel.is_set,
                                               progress=box.put)

        self._poll.start()

        self._session.tasks.run(work, self._export_done, self._export_failed, serial=True)

    def _show_progress(self) -> None:
        latest = self._progress.take()
        if latest is None or self._gone:
            return
        fraction, message = latest
        self.progress_bar.setValue(int(fraction * 1000))
        self.status_label.setText(message)

    def cancel_export(self) -> None:
        """Stop the export; nothing will be kept."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self._poll.stop()
        self._running = False
        self.cancel_button.hide()
        self.progress_bar.hide()

    def _export_done(self, result: ExportResult) -> None:
        if self._gone:
            return
        self._finish()
        self.result = result
        sent = sum(1 for item in result.items if item.kind != "extras")
        lines = [self.tr("Sent to the mail room: %1 items.").replace("%1", str(sent))]
        if result.folder is not None:
            lines.append(self.tr("Saved in %1").replace("%1", str(result.folder)))
        for refusal in result.refused:
            lines.append(self.tr("Not sent: %1 — %2").replace("%1", refusal.title or refusal.kind)
                         .replace("%2", refusal.reason))
        self.status_label.setText("\n".join(lines))
        self.export_finished.emit(result)
        self.reload()

    def _export_failed(self, error: BaseException) -> None:
        if self._gone:
            return
        self._finish()
        if isinstance(error, Cancelled):
            self.status_label.setText(self.tr("Cancelled. Nothing was sent; your items are "
                                              "still ready for review."))
        else:
            self.status_label.setText(self.tr("The packet could not be made. Nothing was sent "
                                              "and nothing was lost. Please ask staff.")
                                      + f"\n({error})")
        self.export_finished.emit(None)
        self.reload()

    def leave(self) -> None:
        """Leaving (or sign-out) mid-export cancels it: no half packet is kept."""
        self._cancel.set()
        self._gone = True
        self._poll.stop()
