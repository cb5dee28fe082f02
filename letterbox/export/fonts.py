"""The shipped fonts, which characters they can draw, and what prints instead.

Andika (SIL, made for beginning readers) draws the body; DejaVu Sans draws characters
Andika lacks (Greek, many symbols, some emoji in black and white). Characters neither
can draw properly are replaced by a visible marker, never dropped silently:

* right-to-left scripts and scripts that need shaping (Arabic, Hebrew, Devanagari, ...):
  reportlab can neither reorder nor shape them, so a run prints as ``[Arabic text]``;
* other characters without a glyph (most colour emoji): ``[unicorn face]`` (their name);
* invisible control characters are left out, and listed too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

BODY_FONT = "Andika"
FALLBACK_FONT = "DejaVuSans"
_FILES = {
    "Andika": ("Andika-Regular.ttf", "Andika-Bold.ttf", "Andika-Italic.ttf",
               "Andika-BoldItalic.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                   "DejaVuSans-BoldOblique.ttf"),
}
_KEEP = "\n\t"  # layout characters handled by the letter itself
# Unicode blocks of scripts that need shaping or reordering reportlab cannot do.
_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Arabic supplement, Thaana, NKo, ...
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x18AF),  # Khmer, Mongolian
    (0xA8E0, 0xA8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF),  # presentation forms
    (0x10800, 0x10FFF), (0x1E800, 0x1EFFF),  # historic RTL scripts, Arabic maths
)
# Chinese, Japanese and Korean (ideographs, kana, hangul, their punctuation and
# full-width forms): one marker for a whole run, as for Arabic, never one per character
# (a 36-character transcript would otherwise print a thousand characters of names).
_CJK_RANGES = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x31FF),
    (0x3200, 0x4DBF), (0x4E00, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)
CJK_MARKER = "[Chinese/Japanese/Korean text]"


@dataclass(frozen=True)
class Run:
    """A piece of text and how it is drawn: a font name, or ``None`` for a marker."""

    text: str
    font: str | None


_STYLES = ("", "-Bold", "-Italic", "-BoldItalic")


@lru_cache(maxsize=16)
def load_font(name: str) -> Any:
    """Register one shipped font with reportlab (once per process) and return it.

    Fonts load on first use: parsing a TrueType file costs ~15 ms, and most letters
    need only Andika and Andika-Bold.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from letterbox.resources import font_path

    family, _, style = name.partition("-")
    file = _FILES[family][_STYLES.index(f"-{style}" if style else "")]
    font = TTFont(name, str(font_path(file)))
    pdfmetrics.registerFont(font)
    return font


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Map the font families (bold/italic) and load the body fonts."""
    from reportlab.lib.fonts import addMapping

    for family in _FILES:
        for (bold, italic), style in zip(((0, 0), (1, 0), (0, 1), (1, 1)), _STYLES,
                                         strict=True):
            addMapping(family, bold, italic, family + style)
    load_font(BODY_FONT)


@lru_cache(maxsize=1)
def _body_cmap() -> frozenset[int]:
    return frozenset(load_font(BODY_FONT).face.charToGlyph)


@lru_cache(maxsize=1)
def _fallback_cmap() -> frozenset[int]:
    return frozenset(load_font(FALLBACK_FONT).face.charToGlyph)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0].title() if name else "Other"


_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def classify(ch: str) -> tuple[str | None, str]:
    """How one character prints: ``(font, "")`` or ``(None, replacement)``."""
    code = ord(ch)
    if ch in _KEEP:
        return BODY_FONT, ""
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Co", "Cn") and ch != "\r":
        return None, ""
    if ch == "\r":
        return BODY_FONT, ""
    if ch in _BIDI_CONTROLS:
        # Direction overrides can make printed text read differently from what a reviewer
        # sees in the draft; they are left out (and listed), even where a font draws them.
        return None, ""
    if any(low <= code <= high for low, high in _CJK_RANGES):
        return None, CJK_MARKER
    if any(low <= code <= high for low, high in _COMPLEX_RANGES) or (
            unicodedata.bidirectional(ch) in ("R", "AL") and category[0] == "L"):
        return None, f"[{_script(ch)} text]"
    # reportlab writes 16-bit ToUnicode entries: a glyph outside the BMP would print
    # but read back (pdftotext, screen readers) as a different character. Name it instead.
    if code in _body_cmap() and code <= 0xFFFF:
        return BODY_FONT, ""
    if code in _fallback_cmap() and code <= 0xFFFF:
        return FALLBACK_FONT, ""
    if category == "Cf" or category == "Mn":
        return None, ""  # invisible joiners and marks without a glyph
    name = unicodedata.name(ch, "").lower()
    return None, f"[{name}]" if name else f"[U+{code:04X}]"


def runs(text: str) -> list[Run]:
    """Split text into runs that share a font; unprintable runs become markers.

    A run of one complex script becomes a single ``[Arabic text]`` marker (spaces
    between its words included), so a sentence does not turn into a row of markers.
    """
    out: list[Run] = []
    pending_marker = ""
    for ch in text:
        font, replacement = _classify_cached(ch)
        if font is None and replacement.endswith(" text]"):
            if pending_marker != replacement:
                out.append(Run(replacement, None))
                pending_marker = replacement
            continue
        if pending_marker and ch == " ":
            continue  # spaces inside a marked run are part of it
        if pending_marker:
            pending_marker = ""
            if out and out[-1].font is None:
                out.append(Run(" ", BODY_FONT))
        if font is None:
            if replacement:
                out.append(Run(replacement, None))
            continue
        if out and out[-1].font == font:
            out[-1] = Run(out[-1].text + ch, font)
        else:
            out.append(Run(ch, font))
    return _merge(out)


def _merge(items: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in items:
        if merged and merged[-1].font == run.font and run.font is not None:
            merged[-1] = Run(merged[-1].text + run.text, run.font)
        else:
            merged.append(run)
    return merged


@lru_cache(maxsize=8192)
def _classify_cached(ch: str) -> tuple[str | None, str]:
    return classify(ch)


def markup(text: str, *, base_font: str = BODY_FONT) -> str:
    """reportlab Paragraph markup for plain user text: escaped, with font fallback."""
    parts: list[str] = []
    for run in runs(text):
        safe = escape(run.text)
        if run.font is None:
            load_font(f"{FALLBACK_FONT}-Italic")
            parts.append(f'<font name="{FALLBACK_FONT}-Italic">{safe}</font>')
        elif run.font != base_font:
            load_font(run.font)
            parts.append(f'<font name="{run.font}">{safe}</font>')
        else:
            parts.append(safe)
    return "".join(parts)


def printable_text(text: str) -> str:
    """The text as it will print (markers in place of what cannot be drawn)."""
    return "".join(run.text for run in runs(text))


def unsupported_characters(text: str) -> list[tuple[str, str]]:
    """Each distinct character the shipped fonts cannot print, and what prints instead.

    The writing flow calls this before "Ready for review" to tell the parent. An empty
    replacement means the character is invisible and is left out.
    """
    seen: dict[str, str] = {}
    for ch in text:
        if ch in seen:
            continue
        font, replacement = _classify_cached(ch)
        if font is None:
            seen[ch] = replacement
    return list(seen.items())
