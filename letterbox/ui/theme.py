"""The kiosk look: large text, high contrast, big targets, a visible focus ring."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from letterbox import resources

BASE_POINT_SIZE = 16

STYLESHEET = """
QWidget { color: #111111; background: #fbfaf7; }
QLabel#screenTitle { font-size: 26pt; font-weight: bold; }
QLabel#hint { color: #333333; }
QLabel#error { color: #8a1c1c; font-weight: bold; }
QPushButton {
    background: #ffffff; border: 2px solid #44546a; border-radius: 10px;
    padding: 10px 18px; min-height: 44px;
}
QPushButton:hover { background: #eef3f8; }
QPushButton:focus { border: 4px solid #1f5fa8; }
QPushButton:pressed { background: #d6e4f2; }
QPushButton:disabled { color: #777777; border-color: #aaaaaa; }
QPushButton[primary="true"] { background: #1f5fa8; color: #ffffff; border-color: #1f5fa8; }
QPushButton[primary="true"]:focus { border: 4px solid #0b2e57; }
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QComboBox, QDateEdit {
    background: #ffffff; border: 2px solid #44546a; border-radius: 6px; padding: 6px;
}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus {
    border: 3px solid #1f5fa8;
}
QListWidget { background: #ffffff; border: 2px solid #44546a; border-radius: 6px; }
QListWidget::item { padding: 10px; }
QListWidget::item:selected { background: #1f5fa8; color: #ffffff; }
"""


def load_fonts() -> str:
    """Register the shipped fonts; return the family for the interface."""
    family = ""
    for name in ("Andika-Regular.ttf", "Andika-Bold.ttf", "Andika-Italic.ttf",
                 "Andika-BoldItalic.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources.font_path(name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and name.startswith("Andika"):
            family = families[0]
    return family


def apply_theme(app: QApplication, scale: float = 1.0) -> None:
    """Fonts and style sheet for the whole application."""
    family = load_fonts()
    font = QFont(family) if family else app.font()
    font.setPointSizeF(BASE_POINT_SIZE * max(0.75, min(scale, 2.0)))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
