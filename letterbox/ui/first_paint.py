"""Work that can wait until the window has painted its first frame.

Start-up jobs that the first screen does not need (finishing an interrupted export, the
application-wide key and idle filters) run just after that frame, so a parent sees the
kiosk sooner. The application-wide filters also matter for speed in themselves: every
object they meet is handed to Python, and the first object of a class PySide does not
know (Qt's gesture manager, made with any list) makes it set up every Qt type at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs ``work`` once, as soon as ``window`` has painted its first frame.

    The window is painted before its children, so the work is queued behind the rest of
    that frame rather than run inside it.
    """

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            work, self._work = self._work, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, work)
        return False
