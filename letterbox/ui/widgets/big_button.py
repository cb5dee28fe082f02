"""A large button with an icon and words: the kiosk's main control."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from letterbox import resources


def icon(name: str) -> QIcon:
    """A shipped icon by name (empty icon when the file is missing)."""
    path = resources.icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


class BigButton(QPushButton):
    """Icon above or beside words, at least 64 px tall, named for screen readers."""

    def __init__(self, text: str, icon_name: str = "", parent: QWidget | None = None, *,
                 primary: bool = False, height: int = 72) -> None:
        super().__init__(text, parent)
        if icon_name:
            self.setIcon(icon(icon_name))
            self.setIconSize(QSize(36, 36))
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text.replace("&", ""))
        if primary:
            self.setProperty("primary", True)
