"""The reviewer's cover sheet: every item in the packet, with room for a decision.

For each item: child and carer, kind, pages or duration, word count, the parent's
transcript or summary (for recordings), content-check flags, a short SHA-256, and
empty columns for the reviewer: approve / return, reason, initials, date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from letterbox.export.facility import FacilityProfile
from letterbox.export.fonts import BODY_FONT, load_font, markup
from letterbox.export.letter_pdf import Sender, build_pdf, frame_size
from letterbox.export.sheet_cells import (
    CUT_NOTE,
    appendix_flowables,
    cell_markup,
    one_line,
    row_height,
)

SHEET_FONT_PT = 10.0  # a staff form, dense by nature; letters themselves keep ≥ 12 pt
TRANSCRIPT_CHARS = 700  # longer transcripts continue in the sheet's appendix


@dataclass
class SheetRow:
    """One line of the review sheet."""

    child: str
    carer: str
    kind: str
    size_text: str  # "3 pages" or "4:12"
    words: int | None
    summary: str
    flags: list[str] = field(default_factory=list)
    sha256: str = ""
    file: str = ""


def duration_text(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a duration."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def render_review_sheet(rows: list[SheetRow], sender: Sender, profile: FacilityProfile, *,
                        created_at: str, app_version: str,
                        notice: str = "") -> tuple[bytes, int]:
    """The review sheet as a landscape PDF: ``(bytes, pages)``. Never raises on odd text.

    A cell too long for its share of a page shows its start and "continued in appendix,
    item N"; the appendix after the table prints that item's names, transcript and flags
    in full.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    size = max(SHEET_FONT_PT, 8.0)
    load_font(f"{BODY_FONT}-Bold")
    cell = ParagraphStyle("cell", fontName=BODY_FONT, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", parent=cell, fontName=f"{BODY_FONT}-Bold")
    title = ParagraphStyle("title", parent=head, fontSize=size * 1.6, leading=size * 2)
    body = ParagraphStyle("appendix", parent=cell, spaceAfter=size * 0.3)

    def p(text: str, style: Any = cell) -> Any:
        return Paragraph(markup(text), style)

    intro = (f"Letterbox {app_version} · packet made {created_at} · facility profile: "
             f"{profile.name} · {len(rows)} item{'s' if len(rows) != 1 else ''}")
    headers = ["#", "Child / carer", "Kind", "Pages or length", "Words",
               "Transcript or summary", "Content flags", "SHA-256",
               "Approve / Return", "Reason", "Initials", "Date"]
    width, height = frame_size(profile, sender, landscape=True)
    widths = [width * f for f in _FRACTIONS]
    data: list[list[Any]] = [[p(h, head) for h in headers]]
    header_h = row_height(data[0], widths, _PADDING * 2)
    tallest = max(size * 6, (height - header_h - size * 4) * 0.45)
    appendix: list[Any] = []
    for number, row in enumerate(rows, start=1):
        cells, cut = _row_cells(number, row, widths, tallest, cell)
        data.append(cells)
        if cut:
            appendix += appendix_flowables(
                number, f"{row.kind} for {row.child}",
                [("Child", one_line(row.child)), ("Carer", one_line(row.carer)),
                 ("Transcript or summary", row.summary),
                 ("Content flags", "\n".join(row.flags))], (head, body))
            appendix.append(Spacer(1, size))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, "black"),
    ]))
    # A keepsake says in its title that it is not for the mail room.
    story = [p(notice or "Review sheet for the mail room", title), p(intro), Spacer(1, 8),
             table]
    if appendix:
        story += [PageBreak(), p("Appendix: items in full", title), *appendix]
    return build_pdf(story, sender, profile, footer_note="Review sheet",
                     title="Review sheet", landscape=True)


# Kind and Words wide enough for "recording" and "Words" in one piece at 10 pt.
_FRACTIONS = (0.03, 0.1, 0.085, 0.065, 0.06, 0.135, 0.1, 0.115, 0.085, 0.085, 0.07, 0.07)
_PADDING = 3.0
# How much of each user text a cell shows at first (printed characters); halved until
# the row fits its share of the page.
_LIMITS = {"child": 120, "carer": 120, "summary": TRANSCRIPT_CHARS, "flags": 500}
_MIN_LIMIT = 12


def _row_cells(number: int, row: SheetRow, widths: list[float], tallest: float,
               style: Any) -> tuple[list[Any], bool]:
    """One table row no taller than ``tallest``, and whether any text was cut."""
    from reportlab.platypus import Paragraph

    texts = {"child": row.child, "carer": row.carer, "summary": row.summary or "—",
             "flags": "; ".join(row.flags) or "none"}
    limits = dict(_LIMITS)
    note = escape(CUT_NOTE.format(number=number))

    def para(text: str) -> Any:
        return Paragraph(text, style)

    while True:
        shown, cut = {}, False
        for key, text in texts.items():
            marked, was_cut = cell_markup(text, limits[key])
            shown[key] = marked + (note if was_cut else "")
            cut = cut or was_cut
        who = shown["child"] + (f"<br/>carer: {shown['carer']}" if row.carer.strip() else "")
        cells = [para(str(number)), para(who), para(markup(row.kind)),
                 para(markup(row.size_text)),
                 para("" if row.words is None else str(row.words)), para(shown["summary"]),
                 para(shown["flags"]), para(markup(row.sha256[:12])),
                 para("☐ Approve<br/>☐ Return"), para(""), para(""), para("")]
        if row_height(cells, widths, _PADDING * 2) <= tallest:
            return cells, cut
        if all(limit <= _MIN_LIMIT for limit in limits.values()):
            # Nothing more to cut: the whole row points at the appendix.
            seen = para(escape(f"see appendix, item {number}"))
            return [para(str(number)), seen, para(markup(row.kind)),
                    para(markup(row.size_text)), para(""), seen, seen, para(""),
                    para("☐ Approve<br/>☐ Return"), para(""), para(""), para("")], True
        limits = {key: max(_MIN_LIMIT, limit // 2) for key, limit in limits.items()}
