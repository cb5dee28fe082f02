"""Before an idle kiosk signs a parent out: a countdown with "I'm still here".

Shown over the screen (not as a modal box, which would wait on the parent), read aloud
when the reading voice works, and gone at the first key or tap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from letterbox.ui.widgets.big_button import BigButton

WARNING_SECONDS = 30


class IdleWarning(QFrame):
    """A panel over the window; ``expired`` when nobody answered in time.

    Signals:
        expired: the countdown reached zero (sign the parent out).
    """

    expired = Signal()

    def __init__(self, parent: QWidget, say: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self._say = say
        self.setObjectName("idleWarning")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("screenTitle")
        layout.addWidget(self.text)
        self.still_here = BigButton("", "ok", primary=True)
        self.still_here.clicked.connect(self.dismiss)
        layout.addWidget(self.still_here)
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self.hide()

    @property
    def showing(self) -> bool:
        return self.isVisible()

    def start(self, seconds: int = WARNING_SECONDS) -> None:
        """Show the countdown (a zero countdown expires at once)."""
        self._left = max(0, seconds)
        if self._left == 0:
            self.expired.emit()
            return
        self._update()
        self._place()
        self.show()
        self.raise_()
        self.still_here.setFocus()
        self._tick.start()
        if self._say is not None:
            self._say(self.text.text())

    def dismiss(self) -> None:
        """The parent is here: hide, and stop counting."""
        self._tick.stop()
        self.hide()

    def _count(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.dismiss()
            self.expired.emit()
            return
        self._update()

    def _update(self) -> None:
        # Made with the window, shown later: its words are set in the language of now.
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.still_here.text())
        self.text.setText(self.tr("Are you still there? To keep your letters private, "
                                  "Letterbox will close in %1 seconds. Everything is saved.")
                          .replace("%1", str(self._left)))

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = min(host.width() - 40, 720)
        self.setFixedWidth(max(320, width))
        self.ensurePolished()
        # The words wrap: as tall as they need at this width (adjustSize() would use the
        # height for the text's own preferred width, and cut lines at large text sizes).
        layout = self.layout()
        fits = layout.totalHeightForWidth(self.width()) if layout is not None else 0
        height = max(fits, self.sizeHint().height())
        self.resize(self.width(), min(height, host.height() - 20))
        self.move((host.width() - self.width()) // 2, (host.height() - self.height()) // 3)
