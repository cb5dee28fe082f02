"""Export for the mail room (staff only): one parent's approved items, or everyone's,
become packets in a folder staff choose.

The page lists what will go and what cannot (with the reason). The export runs through
``ExportService`` with the staff actor on the serial task pool, with a progress bar and
Cancel; a cancelled packet leaves nothing behind and changes no status.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.export.plan import ExportPlan, ExportRun, Refusal
from letterbox.store.profiles import Parent
from letterbox.ui.staff.page import StaffPage
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import error_text, facility_text, refusal_text

EVERYONE = 0  # the parent box's value for "everyone with something to send"


def parent_label(parent: Parent) -> str:
    """"Name (ID number)", as the page names a parent everywhere."""
    return f"{parent.name} ({parent.id_number})"


@dataclass
class ExportOverview:
    """What the page shows, read off the GUI thread."""

    parents: list[Parent]
    plans: list[ExportPlan]
    profile_name: str = ""
    problem: str = ""


class _ProgressBox:
    """The latest progress, written by the export thread and read by a GUI timer (a
    progress bar needs ten updates a second, not one signal per audio block)."""

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


class ExportPage(StaffPage):
    """Choose a parent (or everyone), a folder, and export; Cancel stops cleanly.

    Signals:
        export_finished(object): an ExportRun, or None when the export failed.
    """

    export_finished = Signal(object)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._cancel = threading.Event()
        self._running = False
        self._gone = False
        self._wanted = EVERYONE
        self.overview: ExportOverview | None = None
        self.outcome: ExportRun | None = None
        self._progress = _ProgressBox()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Parent:")))
        self.parent_box = QComboBox()
        self.parent_box.setAccessibleName(self.tr("Parent"))
        self.parent_box.activated.connect(
            lambda _i: self.choose_parent(int(self.parent_box.currentData() or EVERYONE)))
        top.addWidget(self.parent_box, 1)
        layout.addLayout(top)
        self.facility_label = QLabel()
        self.facility_label.setWordWrap(True)
        layout.addWidget(self.facility_label)
        layout.addWidget(QLabel(self.tr("What will be exported")))
        self.plan_list = QListWidget()
        self.plan_list.setWordWrap(True)
        self.plan_list.setAccessibleName(self.tr("What will be exported"))
        layout.addWidget(self.plan_list, 2)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(self.tr("Last export")))
        self.result_list = QListWidget()
        self.result_list.setWordWrap(True)
        self.result_list.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.result_list, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.export_button.text())
        self.export_button.setProperty("primary", True)
        self.export_button.clicked.connect(self.start_export)
        self.export_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        row.addWidget(self.export_button, 2)
        row.addWidget(self.cancel_button, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    # -- reading -------------------------------------------------------------
    def chosen_parent(self) -> int:
        """The parent chosen, or EVERYONE."""
        return self._wanted

    def choose_parent(self, parent_id: int) -> None:
        """Choose one parent (or EVERYONE) and show their plan."""
        self._wanted = parent_id
        self.reload()

    def reload(self) -> None:
        """Plan the export off the GUI thread, then show it."""
        export, parents, actor = self.session.services.export, self.session.services.parents, \
            self.session.actor
        chosen = self.chosen_parent()

        def work() -> ExportOverview:
            everyone = parents.all(actor)
            try:
                exporter = export.exporter(actor)
            except (KeyError, ValueError) as error:  # an unreadable facility profile
                return ExportOverview(everyone, [], problem=str(error))
            ids = [chosen] if chosen else export.parents_with_items(actor)
            return ExportOverview(everyone, [exporter.plan(pid) for pid in ids],
                                  exporter.profile.name)

        self.run(work, self.show_overview)

    def show_overview(self, overview: ExportOverview) -> None:
        """The parent box, the facility, what will go and what cannot."""
        if self._gone:
            return
        self.overview = overview
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("Everyone with approved items"), EVERYONE)
        for parent in overview.parents:
            self.parent_box.addItem(parent_label(parent), parent.id)
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(self._wanted)))
        self.plan_list.clear()
        if overview.problem:
            self.facility_label.setText(self.tr("Exports cannot run: %1")
                                        .replace("%1", overview.problem))
            self.export_button.setEnabled(False)
            return
        self.facility_label.setText(self.tr("Facility rules: %1")
                                    .replace("%1", facility_text(overview.profile_name)))
        for plan in overview.plans:
            who = parent_label(plan.parent)
            for letter, child in plan.letters:
                self.plan_list.addItem(self.tr("%1: letter to %2 — %3").replace("%1", who)
                                       .replace("%2", child.name).replace("%3", letter.title))
            for rec, child in plan.recordings:
                self.plan_list.addItem(self.tr("%1: recording for %2 — %3").replace("%1", who)
                                       .replace("%2", child.name).replace("%3", rec.title))
            for refusal in plan.refused:
                self.plan_list.addItem(f"{who}: {self.refusal_text(refusal)}")
        if not any(not plan.empty for plan in overview.plans):
            refused = any(plan.refused for plan in overview.plans)
            self.plan_list.addItem(self.tr("Nothing else can be exported now.") if refused
                                   else self.tr("Nothing is approved for export yet."))
        self.export_button.setEnabled(not self._running and
                                      any(not plan.empty for plan in overview.plans))

    def refusal_text(self, refusal: Refusal) -> str:
        """An item that cannot go, and why."""
        return (self.tr("cannot be exported: %1 — %2").replace("%1", refusal.title or
                                                              refusal.kind)
                .replace("%2", refusal_text(refusal)))

    # -- exporting -----------------------------------------------------------
    def choose_folder(self, default: Path) -> Path | None:
        """Ask where the packets go (behind a method so tests can answer)."""
        chosen = self.dialogs().choose_folder(self.tr("Where should the packets go?"),
                                              str(default))
        return Path(chosen) if chosen else None

    def start_export(self) -> None:
        """Ask for a folder, then export off the GUI thread."""
        if self._running or self.overview is None or self.overview.problem:
            return
        folder = self.choose_folder(self.session.core.paths.exports)
        if folder is None:
            return
        self._running = True
        self._cancel.clear()
        self.export_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.result_list.clear()
        self.status_label.setText(self.tr("Making the packets…"))
        export, actor, cancel, box = self.session.services.export, self.session.actor, \
            self._cancel, self._progress
        chosen = self.chosen_parent()

        def work() -> ExportRun:
            return export.export_run(actor, [chosen] if chosen else None, folder,
                                     progress=box.put, should_cancel=cancel.is_set)

        self._poll.start()
        self.session.tasks.run(work, self._export_done, self._export_failed, serial=True)

    def _show_progress(self) -> None:
        latest = self._progress.take()
        if latest is None or self._gone:
            return
        fraction, message = latest
        self.progress_bar.setValue(int(fraction * 1000))
        self.status_label.setText(message)

    def cancel_export(self) -> None:
        """Stop the export; the packet being made is not kept."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self._poll.stop()
        self._running = False
        self.cancel_button.hide()
        self.progress_bar.hide()

    def _export_done(self, outcome: ExportRun) -> None:
        if self._gone:
            return
        self._finish()
        self.outcome = outcome
        self.result_list.clear()
        for result in outcome.results:
            who = parent_label(result.parent)
            sent = sum(1 for item in result.items if item.kind != "extras")
            if result.folder is not None:
                self.result_list.addItem(self.tr("%1: packet in %3 (items: %2)")
                                         .replace("%1", who)
                                         .replace("%2", str(sent))
                                         .replace("%3", str(result.folder)))
            for refusal in result.refused:
                self.result_list.addItem(f"{who}: {self.refusal_text(refusal)}")
        for parent, error in outcome.failures:
            who = (self.tr("Parent #%1").replace("%1", str(parent)) if isinstance(parent, int)
                   else parent_label(parent))
            self.result_list.addItem(self.tr("%1: no packet — %2. Their items are still "
                                             "approved.").replace("%1", who)
                                     .replace("%2", self.failure_text(error)))
        made = sum(1 for r in outcome.results if r.folder is not None)
        text = self.tr("Packets made: %1.").replace("%1", str(made))
        if outcome.failures:
            text += " " + self.tr("Packets that could not be made: %1 (listed below).") \
                .replace("%1", str(len(outcome.failures)))
        if outcome.stopped:
            text += " " + self.tr("The export stopped there; the other parents were not "
                                  "tried.")
        if outcome.cancelled:
            text += " " + self.tr("Cancelled: the packet being made was not kept, and its "
                                  "items are still approved.")
        self.status_label.setText(text)
        self.export_finished.emit(outcome)
        self.reload()

    def _export_failed(self, error: BaseException) -> None:
        if self._gone:
            return
        self._finish()
        if isinstance(error, LetterboxError):  # a running export, a full disk: in words
            self.status_label.setText(error_text(error))
        else:
            self.status_label.setText(self.tr("The packet could not be made. Nothing was "
                                              "lost; the items are still approved.")
                                      + f"\n({self.failure_text(error)})")
        self.export_finished.emit(None)
        self.reload()

    @staticmethod
    def failure_text(error: BaseException) -> str:
        """Why a packet failed, in words (the details of an unexpected error, on one
        line, for the log and the person who fixes it)."""
        if isinstance(error, LetterboxError):
            return error_text(error)
        return " ".join(str(error).split())[:300] or type(error).__name__

    def leave(self) -> None:
        """Signing out mid-export cancels it: no half packet is kept."""
        self._cancel.set()
        self._gone = True
        self._poll.stop()
