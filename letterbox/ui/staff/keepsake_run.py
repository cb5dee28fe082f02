"""Making a keepsake packet from the Parents page: off the GUI thread, with a progress bar
fed by a timer (like the Export page) and a Cancel that keeps nothing half made."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from letterbox.services.actor import Actor
from letterbox.services.keepsake import KeepsakeService
from letterbox.tasks import TaskRunner


class KeepsakeRun(QObject):
    """One keepsake at a time, its progress shown in ``bar``.

    Signals:
        finished(object): the ExportResult, or the error that stopped it.
    """

    finished = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[float, str] | None = None
        self.running = False
        self.message = ""
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel keepsake"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.row = QHBoxLayout()
        self.row.addWidget(self.bar, 1)
        self.row.addWidget(self.cancel_button)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

    def start(self, service: KeepsakeService, actor: Actor, parent_id: int,
              folder: Path) -> None:
        """Make the keepsake in ``folder`` off the GUI thread."""
        if self.running:
            return
        self.running = True
        self._cancel.clear()
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        cancel = self._cancel

        def work() -> Any:
            return service.make(actor, parent_id, folder, progress=self._put,
                                should_cancel=cancel.is_set)

        self._poll.start()
        self._tasks.run(work, self._done, self._done, serial=True)

    def cancel(self) -> None:
        """Stop: the packet being made is not kept."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """The page is going: cancel and stop reporting."""
        self._cancel.set()
        self._poll.stop()

    def _put(self, fraction: float, message: str) -> None:  # the worker thread
        with self._lock:
            self._latest = (fraction, message)

    def _show_progress(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.bar.setValue(int(latest[0] * 1000))
            self.bar.setFormat(latest[1][:80] or "%p%")

    def _done(self, outcome: object) -> None:
        self._poll.stop()
        self.running = False
        self.bar.hide()
        self.cancel_button.hide()
        self.finished.emit(outcome)

