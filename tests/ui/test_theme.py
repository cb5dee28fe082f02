"""The look: every colour pair a reader meets has WCAG contrast, sizes come from one
module, and a parent's text size and contrast are theirs alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from letterbox import resources
from letterbox.core import Core
from letterbox.ui import theme
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from letterbox.ui.theme import HIGH_CONTRAST, STANDARD, Look, Palette
from tests.ui.window_helpers import sign_in_demo

PALETTES = {"standard": STANDARD, "high contrast": HIGH_CONTRAST}


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
def test_text_has_at_least_4_5_to_1(name: str) -> None:
    p: Palette = PALETTES[name]
    pairs = {
        "text on background": (p.text, p.background),
        "hint on background": (p.hint, p.background),
        "error on background": (p.error, p.background),
        "text in a field": (p.text, p.field),
        "hint in a field (placeholder)": (p.hint, p.field),
        "button words": (p.button_text, p.button),
        "main button words": (p.primary_text, p.primary),
        "chosen item": (p.selected_text, p.selected),
        "a button that cannot be pressed yet": (p.disabled_text, p.button),
        "the idle countdown": (p.text, p.warning),
        "a yellow note": (p.text, p.warning),
        "words the review screen marks": (p.mark_text, p.mark),
    }
    low = {what: round(contrast(*pair), 2) for what, pair in pairs.items()
           if contrast(*pair) < 4.5}
    assert low == {}, f"{name}: text below 4.5:1"


@pytest.mark.parametrize("name", PALETTES)
def test_icons_and_edges_have_at_least_3_to_1(name: str) -> None:
    p: Palette = PALETTES[name]
    pairs = {
        "icon on a button": (p.icon, p.button),
        "icon on a main button": (p.primary_icon, p.primary),
        "button edge": (p.border, p.background),
        "field edge": (p.border, p.field),
        "focus ring on the background": (p.focus, p.background),
        "focus ring against a button": (p.focus, p.button),
        "focus ring on a main button": (p.primary_focus, p.primary),
        "level meter, fine": (p.meter_ok, p.field),
        "level meter, loud": (p.meter_loud, p.field),
        "level meter, too loud": (p.meter_clip, p.field),
        "misspelt word's line": (p.misspelt, p.field),
    }
    low = {what: round(contrast(*pair), 2) for what, pair in pairs.items()
           if contrast(*pair) < 3.0}
    assert low == {}, f"{name}: icons or edges below 3:1"


def test_the_worker_stations_flag_colours_keep_black_text_readable() -> None:
    low = {kind: round(contrast(theme.FLAG_TEXT, colour), 2)
           for kind, colour in {**theme.FLAG_COLOURS, "other": theme.DEFAULT_FLAG_COLOUR}.items()
           if contrast(theme.FLAG_TEXT, colour) < 4.5}
    assert low == {}
    assert all(contrast(colour, STANDARD.field) >= 3.0 for colour in theme.CHART_COLOURS)


@pytest.mark.parametrize("look", [Look(size, hc) for size in theme.TEXT_SIZES
                                  for hc in (False, True)])
def test_the_style_sheet_uses_only_the_palettes_colours(look: Look) -> None:
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", theme.stylesheet(look))}
    allowed = {str(v).lower() for v in vars(look.palette).values()}
    assert used <= allowed, used - allowed


def test_icons_are_drawn_in_the_colour_the_theme_names(qapp) -> None:
    """An icon's opaque pixels are exactly the colour checked above."""
    for palette in PALETTES.values():
        for colour in (palette.icon, palette.primary_icon):
            image = theme.tinted_icon(str(resources.icon_path("mic")), colour).pixmap(48, 48) \
                .toImage()
            opaque = {image.pixelColor(x, y).name() for x in range(image.width())
                      for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}
            assert opaque == {QColor(colour).name()}


def test_no_widget_sets_its_own_sizes_or_colours() -> None:
    """Sizes and colours come from ui/theme.py only, so the text sizes reach every screen."""
    ui = Path(theme.__file__).parent
    offenders = []
    for path in sorted(ui.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"font-size|setPointSize|setStyleSheet\(|#[0-9a-fA-F]{6}\b", line):
                offenders.append(f"{path.relative_to(ui)}:{number}: {line.strip()}")
    offenders = [o for o in offenders if "setStyleSheet(staff_stylesheet())" not in o]
    assert offenders == []


@pytest.fixture
def window(qtbot, demo_core: Core, tasks):  # type: ignore[no-untyped-def]
    win = MainWindow(demo_core, tasks, idle_minutes=10)
    qtbot.addWidget(win)
    win.show()
    yield win
    theme.apply_look(QApplication.instance(), Look())


def test_a_parents_text_size_and_contrast_are_kept_for_them_alone(
        qtbot, window: MainWindow, demo_core: Core, tasks) -> None:
    app = QApplication.instance()
    sign_in_demo(qtbot, window)
    window.bar.size_button.click()          # normal → large
    window.bar.size_button.click()          # large → extra large
    window.bar.contrast_button.click()      # high contrast on
    assert theme.state().look == Look("xlarge", True)
    assert app.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.5)
    assert HIGH_CONTRAST.background in app.styleSheet()
    tasks.wait_for_done()
    parent = demo_core.profiles.parent(window.session.parent.id)
    assert (parent.text_size, parent.high_contrast) == ("xlarge", True)
    # Signing out shows nothing of theirs: the next person gets the kiosk's normal look.
    window.sign_out()
    assert isinstance(window.current_screen, SignInScreen)
    assert theme.state().look == Look()
    assert window.bar.size_button.text() == "Text size: Normal"
    assert app.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE)
    # Signing in again brings their look back.
    sign_in_demo(qtbot, window)
    assert theme.state().look == Look("xlarge", True)
    assert window.bar.contrast_button.isChecked()


def test_a_look_chosen_before_sign_in_is_not_kept(qtbot, window: MainWindow,
                                                 demo_core: Core, tasks) -> None:
    window.bar.size_button.click()
    assert theme.state().look.text_size == "large"
    sign_in_demo(qtbot, window)  # the parent's own look (normal) replaces the stranger's
    tasks.wait_for_done()
    assert theme.state().look == Look()
    assert demo_core.profiles.parent(window.session.parent.id).text_size == "normal"


def test_read_aloud_on_the_bar_reads_the_screen_words_then_choices(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[tuple[str, str]] = []
    speaker = window.speaker()
    monkeypatch.setattr(speaker, "unavailable_reason", lambda language="en": "")
    monkeypatch.setattr(speaker, "say", lambda text, language="en": said.append(
        (text, language)) or True)
    home = sign_in_demo(qtbot, window)
    window.bar.read_aloud.click()
    text, language = said[-1]
    assert language == window.session.parent.language
    lines = text.splitlines()
    assert any(home.write_button.text() in line and line.startswith("Press")
               for line in lines)
    assert lines.index(next(line for line in lines if line.startswith("Press"))) > 0, \
        "the screen's words come before its choices"
