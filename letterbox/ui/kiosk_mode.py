"""`letterbox --kiosk`: full screen, no decorations, and no way out but staff sign-in.

The window ignores close requests (Alt+F4, the window manager's close) and comes back
full screen if something minimises it. A staff member signed in at the worker station
gets a "Close Letterbox" button; only that closes it. The session script that starts the
kiosk (``scripts/kiosk-session``) starts it again if it ever ends any other way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class KioskLock(QObject):
    """Installed on the main window; ``release()`` lets the next close through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.released = False
        window.installEventFilter(self)

    def enter(self) -> None:
        """Full screen, frameless, on top."""
        window = self._window
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()

    def release(self) -> None:
        """Staff asked to close Letterbox: the next close goes through."""
        self.released = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        if event.type() == QEvent.Type.Close and not self.released:
            event.ignore()
            return True
        if event.type() == QEvent.Type.WindowStateChange and not self.released \
                and self._window.isMinimized():
            self._window.showFullScreen()
        return False
