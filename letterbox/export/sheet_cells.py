"""Cells of the review sheet that always fit, and the appendix that holds the rest.

reportlab cannot split a table row across pages: a row taller than a page raises
LayoutError (a 143-word transcript, seven flags, a CJK name printed as markers). So a
cell shows as much of its text as fits a fixed share of the page, cut by what will
*print* (a CJK character prints as a marker twenty-odd characters long), and the whole
text goes to a per-item appendix that flows across pages like a letter.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from letterbox.export.fonts import classify, markup

# Whitespace controls that would break a line or a name apart: printed as one space.
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c\x85\u2028\u2029")
_CONTROL_NAMES = {"\t": "TAB", "\n": "LINE BREAK", "\r": "CARRIAGE RETURN",
                  "\x0b": "LINE TABULATION", "\x0c": "FORM FEED", "\x85": "NEXT LINE"}
CUT_NOTE = " … (continued in appendix, item {number})"


def one_line(text: str) -> str:
    """A name or label on one line: tabs, newlines and line/paragraph separators → a space."""
    return "".join(" " if ch in _WHITESPACE_CONTROLS else ch for ch in text)


def changed_characters(text: str) -> list[tuple[str, str]]:
    """Each distinct whitespace control in ``text`` and what prints instead (a space)."""
    seen: dict[str, str] = {}
    for ch in text:
        if ch in _WHITESPACE_CONTROLS and ch not in seen:
            seen[ch] = "space"
    return list(seen.items())


def describe_changes(changes: list[tuple[str, str]]) -> str:
    """``'U+2028 LINE SEPARATOR→space, ...'`` for a list of (character, replacement)."""
    out = []
    for ch, replacement in changes:
        name = _CONTROL_NAMES.get(ch) or unicodedata.name(ch, "") or "CONTROL"
        out.append(f"U+{ord(ch):04X} {name}→{replacement or 'left out'}")
    return ", ".join(out)


def printed_length(ch: str) -> int:
    """Roughly how many characters one source character takes once printed."""
    font, replacement = classify(ch)
    if font is not None:
        return 1
    return len(replacement) if replacement and not replacement.endswith(" text]") else 1


def clip(text: str, limit: int) -> tuple[str, bool]:
    """The start of ``text`` that prints in about ``limit`` characters; and whether it was cut."""
    used = 0
    for index, ch in enumerate(text):
        used += printed_length(ch)
        if used > limit and index:
            cut = text.rfind(" ", max(0, index - 20), index)
            return text[:cut if cut > 0 else index].rstrip(), True
    return text, False


def breakable(text: str, width: int = 24) -> str:
    """Give words longer than ``width`` characters break points (narrow table columns)."""
    words = []
    for word in text.split(" "):
        if len(word) > width:
            word = " ".join(word[i:i + width] for i in range(0, len(word), width))
        words.append(word)
    return " ".join(words)


def cell_markup(text: str, limit: int) -> tuple[str, bool]:
    """Markup for a table cell holding at most about ``limit`` printed characters."""
    shown, cut = clip(one_line(text), limit)
    return markup(breakable(shown)), cut


def row_height(cells: list[Any], widths: list[float], padding: float) -> float:
    """How tall reportlab will make a row of paragraphs in columns of these widths."""
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        _, height = cell.wrap(max(1.0, width - padding), 1e9)
        tallest = max(tallest, float(height))
    return tallest + padding


def appendix_flowables(number: int, heading: str, fields: list[tuple[str, str]],
                       styles: tuple[Any, Any]) -> list[Any]:
    """The whole text of one item: a heading, then each field as paragraphs that may split.

    Args:
        fields: (label, text) pairs; a text may be any length, in any script.
        styles: (heading style, body style).
    """
    from reportlab.platypus import Paragraph

    from letterbox.export.letter_pdf import body_flowables

    head, body = styles
    shown, cut = clip(one_line(heading), 80)
    story: list[Any] = [Paragraph(markup(f"Item {number}: {shown}{' …' * cut}"), head)]
    for label, text in fields:
        if not text.strip():
            continue
        story.append(Paragraph(markup(f"{label}:"), head))
        story += body_flowables(text, body)
    return story
