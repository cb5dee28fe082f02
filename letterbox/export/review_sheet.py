"""The reviewer's cover sheet: every item in the packet, with room for a decision.

For each item: child and carer, kind, pages or duration, word count, the parent's
transcript or summary (for recordings), content-check flags, a short SHA-256, and
empty columns for the reviewer: approve / return, reason, initials, date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from letterbox.export.facility import FacilityProfile
from letterbox.export.fonts import BODY_FONT, load_font, markup
from letterbox.export.letter_pdf import Sender, build_pdf, frame_size

SHEET_FONT_PT = 10.0  # a staff form, dense by nature; letters themselves keep ≥ 12 pt
TRANSCRIPT_CHARS = 700  # longer transcripts are cut on the sheet (the full text is in the app)


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
                        created_at: str, app_version: str) -> tuple[bytes, int]:
    """The review sheet as a landscape PDF: ``(bytes, pages)``."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    size = max(SHEET_FONT_PT, 8.0)
    load_font(f"{BODY_FONT}-Bold")
    cell = ParagraphStyle("cell", fontName=BODY_FONT, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", parent=cell, fontName=f"{BODY_FONT}-Bold")
    title = ParagraphStyle("title", parent=head, fontSize=size * 1.6, leading=size * 2)

    def p(text: str, style: Any = cell) -> Any:
        return Paragraph(markup(text), style)

    def lines(*texts: str) -> Any:
        return Paragraph("<br/>".join(markup(t) for t in texts if t), cell)

    intro = (f"Letterbox {app_version} · packet made {created_at} · facility profile: "
             f"{profile.name} · {len(rows)} item{'s' if len(rows) != 1 else ''}")
    headers = ["#", "Child / carer", "Kind", "Pages or length", "Words",
               "Transcript or summary", "Content flags", "SHA-256",
               "Approve / Return", "Reason", "Initials", "Date"]
    data: list[list[Any]] = [[p(h, head) for h in headers]]
    for number, row in enumerate(rows, start=1):
        summary = row.summary if len(row.summary) <= TRANSCRIPT_CHARS else (
            row.summary[:TRANSCRIPT_CHARS].rstrip() + " … (shortened)")
        data.append([
            p(str(number)), lines(row.child, f"carer: {row.carer}" if row.carer else ""),
            p(row.kind), p(row.size_text), p("" if row.words is None else str(row.words)),
            p(summary or "—"), p("; ".join(row.flags) or "none"),
            p(row.sha256[:12]), lines("☐ Approve", "☐ Return"), p(""), p(""), p("")])
    width, _ = frame_size(profile, sender, landscape=True)
    # Kind and Words wide enough for "recording" and "Words" in one piece at 10 pt.
    fractions = (0.03, 0.1, 0.085, 0.065, 0.06, 0.135, 0.1, 0.115, 0.085, 0.085, 0.07, 0.07)
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, "black"),
    ]))
    story = [p("Review sheet for the mail room", title), p(intro), Spacer(1, 8), table]
    return build_pdf(story, sender, profile, footer_note="Review sheet",
                     title="Review sheet", landscape=True)
