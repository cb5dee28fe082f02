"""A letter as a PDF the mail room accepts: identity on every page, "Page x of y".

Black on white, Andika for the body (DejaVu Sans for characters Andika lacks), nothing
smaller than the facility's minimum font size, every user string escaped, and
``invariant=1`` so the same draft always gives the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from letterbox.export.facility import FacilityProfile
from letterbox.export.fonts import (
    BODY_FONT,
    markup,
    register_fonts,
    unsupported_characters,
)

__all__ = ["LetterPdf", "Sender", "identity_lines", "render_letter", "unsupported_characters"]

# A paragraph longer than this is laid out in pieces: reportlab's line breaking grows
# faster than linear with paragraph length, and a 1 MB paste must not take minutes.
_CHUNK_CHARS = 2_000
_LONG_WORD = 60  # longer "words" (no spaces) are given break points


@dataclass(frozen=True)
class Sender:
    """Who the letter is from, as the mail room must see it."""

    name: str
    id_number: str
    housing_unit: str = ""
    facility: str = ""


@dataclass(frozen=True)
class LetterPdf:
    """A rendered letter."""

    data: bytes
    pages: int
    replaced: list[tuple[str, str]]  # characters that could not print, and what did


def identity_lines(sender: Sender, profile: FacilityProfile,
                   fields: tuple[str, ...] | None = None) -> list[str]:
    """The identity the profile asks for, one item a line (labels in the facility's words)."""
    labels = {"name": "", "id_number": f"{profile.id_number_label}: ",
              "housing_unit": f"{profile.housing_unit_label}: ", "facility": ""}
    values = {"name": sender.name, "id_number": sender.id_number,
              "housing_unit": sender.housing_unit, "facility": sender.facility}
    lines = []
    for key in fields if fields is not None else profile.identity_fields:
        value = " ".join(values[key].split())  # addresses become one line in a header
        if value:
            lines.append(labels[key] + value)
    return lines


def page_size(profile: FacilityProfile) -> tuple[float, float]:
    """The profile's paper in points."""
    from reportlab.lib.pagesizes import A4, LETTER

    width, height = A4 if profile.paper == "a4" else LETTER
    return float(width), float(height)


def _split_long(line: str) -> list[str]:
    """Cut a very long paragraph into pieces at spaces, and give endless words break points."""
    words = []
    for word in line.split(" "):
        if len(word) > _LONG_WORD:
            word = " ".join(word[i:i + _LONG_WORD] for i in range(0, len(word), _LONG_WORD))
        words.append(word)
    line = " ".join(words)
    pieces, start = [], 0
    while len(line) - start > _CHUNK_CHARS:
        cut = line.rfind(" ", start, start + _CHUNK_CHARS)
        cut = cut if cut > start else start + _CHUNK_CHARS
        pieces.append(line[start:cut])
        start = cut + 1 if line[cut:cut + 1] == " " else cut
    pieces.append(line[start:])
    return pieces


def body_flowables(body: str, style: Any) -> list[Any]:
    """Paragraphs of the letter: one per line the parent wrote, blank lines kept."""
    from reportlab.platypus import Paragraph, Spacer

    flowables: list[Any] = []
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    for line in text.split("\n"):
        if not line.strip():
            flowables.append(Spacer(1, style.leading * 0.6))
            continue
        for piece in _split_long(line):
            flowables.append(Paragraph(markup(piece), style))
    return flowables


class _Stamp:
    """Draws the header (identity) and footer ("Page x of y") on every page."""

    def __init__(self, header: list[str], footer_note: str, profile: FacilityProfile) -> None:
        self.header = header
        self.footer_note = footer_note
        self.profile = profile
        self.size = max(profile.min_font_pt, 12.0)
        self.width = 10_000.0  # set by header_height before the header is drawn
        self._header_cache: tuple[float, list[Any]] = (-1.0, [])

    def header_height(self, width: float) -> float:
        self.width = width
        return float(sum(p.wrap(width, 10_000)[1] for p in self._header_paragraphs())) + 10

    def _style(self) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        return ParagraphStyle("stamp", fontName=BODY_FONT, fontSize=self.size,
                              leading=self.size * 1.25)

    def _header_paragraphs(self) -> list[Any]:

        # One regular weight: the bold face would cost another font load per process.
        # A name of any length keeps the header to two lines a field, so the body has room.
        if self._header_cache[0] != self.width:
            self._header_cache = (self.width, [
                _fitted(line, "", self._style(), self.width, 2) for line in self.header])
        return self._header_cache[1]

    def draw(self, canvas: Any, page: int, total: int) -> None:

        width, height = canvas._pagesize
        margin = self.profile.margins_mm * 72 / 25.4
        usable = width - 2 * margin
        top = height - margin * 0.6
        self.width = usable
        for paragraph in self._header_paragraphs():
            _, h = paragraph.wrap(usable, 10_000)
            paragraph.drawOn(canvas, margin, top - h)
            top -= h
        canvas.setLineWidth(0.8)
        canvas.setStrokeGray(0)
        canvas.line(margin, top - 4, width - margin, top - 4)
        # One line always: the body frame ends just above it ("To" an 80-character name).
        paragraph = _fitted(self.footer_note, f"Page {page} of {total}", self._style(),
                            usable, 1)
        paragraph.drawOn(canvas, margin, margin * 0.5)


def _fitted(note: str, tail: str, style: Any, width: float, max_lines: int) -> Any:
    """A paragraph of ``note · tail`` on at most ``max_lines`` lines, the note cut with "…"."""
    from reportlab.platypus import Paragraph

    from letterbox.export.sheet_cells import clip

    def para(text: str, cut: bool) -> Any:
        shown = " ".join(text.split()) + (" …" if cut else "")
        return Paragraph(markup(" · ".join(x for x in (shown, tail) if x)), style)

    def fits(paragraph: Any) -> bool:
        return bool(paragraph.wrap(width, 1e9)[1] <= style.leading * max_lines + 0.1)

    # No glyph is narrower than a fifth of the font size: cut what cannot fit at once,
    # so a 5,000-character name costs no more than a short one.
    note, cut = clip(note, int(width * max_lines / (style.fontSize * 0.2)) + 1)
    paragraph = para(note, cut)
    if fits(paragraph):
        return paragraph
    low, high = 0, len(note)  # the longest prefix that fits
    while low < high:
        middle = (low + high + 1) // 2
        if fits(para(note[:middle], True)):
            low = middle
        else:
            high = middle - 1
    paragraph = para(note[:low], True)
    paragraph.wrap(width, 1e9)
    return paragraph


def _numbered_canvas(stamp: _Stamp) -> Any:
    """A canvas that keeps every page until the end, so it knows the page count."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                stamp.draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def body_style(profile: FacilityProfile, name: str = "body", scale: float = 1.0) -> Any:
    """The letter's paragraph style: Andika, never below the facility's minimum size."""
    from reportlab.lib.colors import black
    from reportlab.lib.styles import ParagraphStyle

    size = max(profile.body_font_pt * scale, profile.min_font_pt)
    return ParagraphStyle(name, fontName=BODY_FONT, fontSize=size, leading=size * 1.45,
                          textColor=black, spaceAfter=size * 0.3)


def build_pdf(story: list[Any], sender: Sender, profile: FacilityProfile, *,
              footer_note: str = "", title: str = "",
              landscape: bool = False) -> tuple[bytes, int]:
    """Lay out flowables on the facility's paper with identity and page numbers on every page.

    Returns ``(pdf bytes, page count)``; identical input gives identical bytes.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    size = page_size(profile)
    size = (size[1], size[0]) if landscape else size
    margin = profile.margins_mm * 72 / 25.4
    stamp = _Stamp(identity_lines(sender, profile), footer_note, profile)
    header_h = stamp.header_height(size[0] - 2 * margin)
    footer_h = stamp.size * 1.25 + margin * 0.5
    frame = Frame(margin, footer_h + 6, size[0] - 2 * margin,
                  size[1] - margin * 0.6 - header_h - footer_h - 14, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=size, invariant=1, title=title or "Letter",
                          author=" ".join(sender.name.split()), creator="Letterbox",
                          producer="Letterbox", subject="", keywords="")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(stamp))
    return buffer.getvalue(), int(doc.page)


def frame_size(profile: FacilityProfile, sender: Sender,
               landscape: bool = False) -> tuple[float, float]:
    """Width and height available for content on one page (for drawing boxes)."""
    register_fonts()
    size = page_size(profile)
    size = (size[1], size[0]) if landscape else size
    margin = profile.margins_mm * 72 / 25.4
    stamp = _Stamp(identity_lines(sender, profile), "", profile)
    header_h = stamp.header_height(size[0] - 2 * margin)
    footer_h = stamp.size * 1.25 + margin * 0.5
    return size[0] - 2 * margin, size[1] - margin * 0.6 - header_h - footer_h - 14


def render_letter(body: str, sender: Sender, profile: FacilityProfile, *,
                  to_name: str = "", title: str = "") -> LetterPdf:
    """Lay out one letter for this facility. Never raises on odd text.

    Args:
        body: the parent's words, as written.
        to_name: the child's name, printed in the footer ("To Zoë").
        title: the PDF's title (metadata only).
    """
    register_fonts()
    style = body_style(profile)
    story = body_flowables(body, style) or body_flowables(" ", style)
    data, pages = build_pdf(story, sender, profile,
                            footer_note=f"To {to_name}" if to_name else "", title=title)
    return LetterPdf(data=data, pages=pages, replaced=_replaced(body, to_name))


def _replaced(body: str, to_name: str) -> list[tuple[str, str]]:
    """What the body and the name print differently: unprintable characters, and the
    name's tabs, newlines and line/paragraph separators, which print as a space."""
    from letterbox.export.sheet_cells import changed_characters, one_line

    found = dict(unsupported_characters(body))
    for ch, replacement in (*changed_characters(to_name),
                            *unsupported_characters(one_line(to_name))):
        found.setdefault(ch, replacement)
    return list(found.items())
