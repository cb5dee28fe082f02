"""The one style module: text sizes, the two colour themes, and the style sheet made of them.

Widgets never set point sizes or colours of their own. They name a ``role`` (see
``set_role``) and this module sizes and colours it, so the three text sizes and the
high-contrast theme reach every screen. ``tests/ui/test_theme.py`` reads the colours
here and checks every pair a reader meets against WCAG contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from letterbox import resources

BASE_POINT_SIZE = 16
TEXT_SIZES: dict[str, float] = {"normal": 1.0, "large": 1.25, "xlarge": 1.5}
STAFF_POINT_SIZE = 12  # the worker station: dense tables, not the kiosk's big type
CHART_POINT_SIZES = {"heading": 11, "axis": 9}  # the staff report chart (QtCharts)

# Each role's size against the base, and whether it is bold.
ROLES: dict[str, tuple[float, bool]] = {
    "title": (1.6, True),        # a screen's title (objectName screenTitle)
    "question": (1.5, True),     # a guided step's question
    "heading": (1.35, True),     # a page's heading
    "section": (1.15, True),     # a heading inside a screen (home's lists)
    "big": (1.25, False),        # text a parent types or reads at length
    "huge": (1.75, True),        # the check-in's answer buttons
    "small": (0.7, False),       # the sign-in screen's quiet Staff button
}


@dataclass(frozen=True)
class Palette:
    """Every colour the kiosk draws with; ``tests/ui/test_theme.py`` checks the pairs."""

    text: str
    background: str
    hint: str
    error: str
    button: str
    button_text: str
    border: str           # edges of buttons and fields: 3:1 against the background
    primary: str          # the main button on a screen
    primary_text: str
    focus: str            # the focus ring: 3:1 against the background and buttons
    selected: str
    selected_text: str
    disabled_text: str
    field: str            # inside text boxes and lists
    warning: str          # the idle countdown's panel
    mark: str             # behind words the review screen asks a parent to look at
    mark_text: str
    meter_ok: str         # the level meter: fine, loud, too loud
    meter_loud: str
    meter_clip: str
    misspelt: str         # the wavy line under a word the spell checker does not know
    primary_focus: str = "#000000"  # the focus ring on a main button: 3:1 against its fill

    @property
    def icon(self) -> str:
        """Icons on ordinary buttons are drawn in the button's text colour."""
        return self.button_text

    @property
    def primary_icon(self) -> str:
        return self.primary_text


STANDARD = Palette(
    text="#111111", background="#fbfaf7", hint="#333333", error="#8a1c1c",
    button="#ffffff", button_text="#111111", border="#44546a", primary="#1f5fa8",
    primary_text="#ffffff", focus="#1f5fa8", selected="#1f5fa8", selected_text="#ffffff",
    disabled_text="#5f5f5f", field="#ffffff", warning="#fff8d6", mark="#ffe08a",
    mark_text="#111111", meter_ok="#2e7d32", meter_loud="#b26a00", meter_clip="#b71c1c",
    misspelt="#c00000")
HIGH_CONTRAST = Palette(
    text="#ffffff", background="#000000", hint="#ffffff", error="#ff9e9e",
    button="#000000", button_text="#ffffff", border="#ffff00", primary="#ffff00",
    primary_text="#000000", focus="#00ffff", selected="#ffff00", selected_text="#000000",
    disabled_text="#bdbdbd", field="#000000", warning="#000000", mark="#ffff00",
    mark_text="#000000", meter_ok="#00ff00", meter_loud="#ffff00", meter_clip="#ff5050",
    misspelt="#ff5050")

# The worker station's flag colours (light backgrounds that keep black text readable),
# and its report chart's bars: black and a mid grey, readable on a greyscale printout.
FLAG_COLOURS = {
    "promise_date": "#ffe08a", "money": "#b8e6b0", "pass_on_message": "#a9d8ff",
    "keep_secret": "#f6b8d1", "contact_someone": "#d3c0f5", "case_talk": "#ffc59e",
    "facility_term": "#e0e0e0",
}
DEFAULT_FLAG_COLOUR = "#ffe08a"
FLAG_TEXT = "#111111"
CHART_COLOURS = ("#222222", "#8a8a8a")


@dataclass(frozen=True)
class Look:
    """A text size and a colour theme: what a parent chooses and the kiosk remembers."""

    text_size: str = "normal"
    high_contrast: bool = False

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else STANDARD

    def point_size(self, scale: float = 1.0) -> float:
        return BASE_POINT_SIZE * TEXT_SIZES.get(self.text_size, 1.0) * max(0.75, min(scale, 2.0))


def stylesheet(look: Look, scale: float = 1.0) -> str:
    """The application style sheet for ``look``."""
    p, base = look.palette, look.point_size(scale)
    roles = "\n".join(
        f'*[role="{name}"] {{ font-size: {base * factor:.1f}pt;'
        f' font-weight: {"bold" if bold else "normal"}; }}'
        for name, (factor, bold) in ROLES.items())
    title_pt = base * ROLES["title"][0]
    # The bar's own buttons keep one size: at every text size their words fit on a 1024-px
    # screen in both languages, so the way back to a smaller size never goes out of reach.
    bar_pt = BASE_POINT_SIZE * 1.15 * max(0.75, min(scale, 2.0))
    return f"""
QWidget {{ color: {p.text}; background: {p.background}; }}
QLabel#screenTitle {{ font-size: {title_pt:.1f}pt; font-weight: bold; }}
{roles}
#screenBar QPushButton {{ font-size: {bar_pt:.1f}pt; }}
QLabel#hint, *[role="hint"] {{ color: {p.hint}; }}
QLabel#error, *[role="error"] {{ color: {p.error}; font-weight: bold; }}
QPushButton, QToolButton {{
    background: {p.button}; color: {p.button_text}; border: 2px solid {p.border};
    border-radius: 10px; padding: 10px 18px; min-height: 44px;
}}
QPushButton:hover {{ background: {p.button}; border: 3px solid {p.border}; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {p.focus}; }}
QPushButton:pressed {{ background: {p.selected}; color: {p.selected_text}; }}
QPushButton:checked {{ background: {p.selected}; color: {p.selected_text}; }}
QPushButton:disabled {{ color: {p.disabled_text}; border-color: {p.disabled_text}; }}
QPushButton[primary="true"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
}}
QPushButton[primary="true"]:focus {{ border: 4px solid {p.primary_focus}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QComboBox, QDateEdit, QTextBrowser {{
    background: {p.field}; color: {p.text}; border: 2px solid {p.border}; border-radius: 6px;
    padding: 6px;
}}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
QTextBrowser:focus, QSpinBox:focus, QDateEdit:focus {{ border: 3px solid {p.focus}; }}
QCheckBox {{ border: 3px solid transparent; border-radius: 6px; padding: 4px; }}
QCheckBox:focus {{ border: 3px solid {p.focus}; }}
QComboBox QAbstractItemView {{
    background: {p.field}; color: {p.text}; selection-background-color: {p.selected};
    selection-color: {p.selected_text};
}}
QListWidget, QListView, QTableView, QTreeView {{
    background: {p.field}; color: {p.text}; border: 2px solid {p.border}; border-radius: 6px;
}}
QListWidget:focus, QListView:focus, QTableView:focus, QTreeView:focus {{
    border: 3px solid {p.focus};
}}
QListWidget::item {{ padding: 10px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: {p.selected}; color: {p.selected_text};
}}
QScrollBar:vertical {{ width: 24px; }}
QScrollBar:horizontal {{ height: 24px; }}
*[role="note"] {{
    background: {p.warning}; border: 2px solid {p.border}; border-radius: 8px; padding: 10px;
}}
*[role="overLimit"] {{ color: {p.error}; font-weight: bold; }}
QFrame[role="card"] {{ border: 2px solid {p.border}; border-radius: 10px; }}
#idleWarning {{ background: {p.warning}; border: 3px solid {p.border}; border-radius: 12px; }}
QDialog {{ background: {p.background}; }}
"""


def staff_stylesheet() -> str:
    """The worker station's denser type, set on its pages (colours come from the app's)."""
    return (f"QWidget {{ font-size: {STAFF_POINT_SIZE}pt; }}\n"
            f"QLabel#screenTitle {{ font-size: {STAFF_POINT_SIZE * 1.5:.0f}pt;"
            " font-weight: bold; }\n"
            f"QTableView, QHeaderView {{ font-size: {STAFF_POINT_SIZE - 1}pt; }}\n"
            "QListWidget::item { padding: 4px; }\n"
            "QPushButton { padding: 6px 14px; min-height: 32px; }\n"
            "QPushButton#count { padding: 2px 6px; min-height: 24px; }\n")


def chart_font(role: str) -> QFont:
    """A font for the staff report chart, which style sheets do not reach."""
    font = QFont()
    font.setPointSize(CHART_POINT_SIZES[role])
    font.setBold(role == "heading")
    return font


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give ``widget`` a role from ``ROLES`` (or hint/error): its size and colour."""
    widget.setProperty("role", role)
    return widget


class ThemeState(QObject):
    """The look in use now; ``changed`` tells icon-drawing widgets to redraw."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.look = Look()
        self.scale = 1.0
        self.family = ""


_state: ThemeState | None = None


def state() -> ThemeState:
    """The application's one ThemeState."""
    global _state
    if _state is None:
        _state = ThemeState()
    return _state


@lru_cache(maxsize=256)
def tinted_icon(path: str, color: str, size: int = 48) -> QIcon:
    """A shipped icon redrawn in ``color`` (icons follow their button's text colour);
    drawn once per icon and colour, since every card and key shares a few of them."""
    source = QIcon(path)
    pixmap = source.pixmap(size, size)
    if pixmap.isNull():
        return source
    tinted = QPixmap(pixmap.size())
    tinted.setDevicePixelRatio(pixmap.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor(color))
    painter.end()
    return QIcon(tinted)


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
    """Fonts and style sheet for the whole application, at the normal look."""
    current = state()
    current.family = load_fonts()
    current.scale = scale
    apply_look(app, Look())


def apply_look(app: QApplication, look: Look) -> None:
    """Switch the whole application to ``look`` (text size and colours) at once."""
    current = state()
    if current.look == look and app.styleSheet():
        return
    current.look = look
    font = QFont(current.family) if current.family else app.font()
    font.setPointSizeF(look.point_size(current.scale))
    app.setFont(font)
    colours = look.palette
    palette = app.palette()
    for role, colour in ((QPalette.ColorRole.PlaceholderText, colours.hint),
                         (QPalette.ColorRole.Text, colours.text),
                         (QPalette.ColorRole.WindowText, colours.text),
                         (QPalette.ColorRole.Base, colours.field),
                         (QPalette.ColorRole.Window, colours.background),
                         (QPalette.ColorRole.Highlight, colours.selected),
                         (QPalette.ColorRole.HighlightedText, colours.selected_text)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(look, current.scale))
    current.changed.emit()
