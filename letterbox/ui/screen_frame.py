"""The window's body: the current screen, in a scroll area, above the kiosk bar.

At extra-large text on a small screen a screen scrolls rather than being cut. Keyboard
focus after a change of screen goes to the screen's first control, never Back or Sign out
(a stray Enter must not leave) and never nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from letterbox.ui.screen import Screen
from letterbox.ui.screen_bar import ScreenBar


class ScreenFrame(QWidget):
    """One screen at a time, and the bar along the bottom (hidden on staff screens)."""

    def __init__(self, bar: ScreenBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self._stack = QStackedWidget()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._stack, 1)
        column.addWidget(bar)

    @property
    def current(self) -> QWidget | None:
        """The screen shown now."""
        scroll = self._stack.currentWidget()
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def show_screen(self, screen: QWidget) -> None:
        """Save and remove the old screen (``Screen.leave``), then show ``screen``."""
        old = self._stack.currentWidget()
        leaving = old.widget() if isinstance(old, QScrollArea) else None
        if isinstance(leaving, Screen):
            leaving.leave()
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that shows nothing
        scroll.setWidget(screen)
        self._stack.addWidget(scroll)
        self._stack.setCurrentWidget(scroll)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self.bar.setVisible(getattr(screen, "shows_bar", True))
        self.focus_screen()

    def focus_screen(self) -> None:
        """Keyboard focus to the current screen's first control (see the module)."""
        screen = self.current
        if screen is not None:
            screen.setFocus()
        leaving = [getattr(screen, name, None) for name in ("back_button", "sign_out_button")]
        for _ in range(3):
            if screen is None or self.window().focusWidget() not in (screen, *leaving):
                return
            screen.focusNextChild()

    def spoken_text(self) -> str:
        """What the bar's Read aloud says: the current screen's words and choices."""
        screen = self.current
        return screen.spoken_text() if isinstance(screen, Screen) else ""
