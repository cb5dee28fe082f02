"""A large button with an icon and words: the kiosk's main control."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from letterbox import resources
from letterbox.ui import theme

MIN_TARGET = 48  # px: the smallest thing a finger is asked to hit


def icon(name: str) -> QIcon:
    """A shipped icon by name (empty icon when the file is missing)."""
    path = resources.icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


class BigButton(QPushButton):
    """Icon above or beside words, at least 48 px tall, named for screen readers.

    The icon is drawn in the button's own text colour, so it keeps its contrast on the
    blue main buttons and in the high-contrast theme.
    """

    def __init__(self, text: str, icon_name: str = "", parent: QWidget | None = None, *,
                 primary: bool = False, height: int = 72) -> None:
        super().__init__(text, parent)
        self._icon_name = icon_name
        if primary:
            self.setProperty("primary", True)
        if icon_name:
            self.setIconSize(QSize(36, 36))
            self._tint()
            theme.state().changed.connect(self._tint)
        self.setMinimumHeight(max(MIN_TARGET, height))
        self.setMinimumWidth(MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text.replace("&", ""))

    def setText(self, text: str) -> None:
        """New words; the name a screen reader says follows them (unless it was set apart,
        as "Answer 4" for a button showing "4")."""
        follows = self.accessibleName() == self.text().replace("&", "")
        super().setText(text)
        if follows:
            self.setAccessibleName(text.replace("&", ""))

    def _tint(self) -> None:
        path = resources.icon_path(self._icon_name)
        if not path.exists():
            return
        palette = theme.state().look.palette
        color = palette.primary_icon if self.property("primary") else palette.icon
        self.setIcon(theme.tinted_icon(str(path), color))
