"""The carer insert PDF: general advice for the carer, with spaces for local help.

One PDF per child in the packet when the ``carer_insert`` setting is on: the text in the
parent's language first, then the other language, each followed by boxes where staff or
the carer can write local organisations. The sender's identity and page numbers are on
every page, as on the letters (``build_pdf``).
"""

from __future__ import annotations

from typing import Any

from letterbox.export.extras import _lines
from letterbox.export.facility import FacilityProfile
from letterbox.export.fonts import markup
from letterbox.export.letter_pdf import Sender, body_style, build_pdf, frame_size
from letterbox.writing.carer_insert import LOCAL_FIELDS, LOCAL_HEADING, blocks

TITLE = "Advice for carers"
# (title, review-sheet summary) of the packet's extras and of the insert
EXTRAS_TEXTS = ("Reply page, carer note, label", "Reply page, note to the carer, address label")
INSERT_TEXTS = (TITLE, "Advice for carers on talking with a child about a parent in prison")


def _section(text: str, language: str, sender: Sender, profile: FacilityProfile) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    width, _ = frame_size(profile, sender)
    normal = body_style(profile)
    heading = body_style(profile, "insert-heading", 1.25)
    point = body_style(profile, "insert-point")
    point.leftIndent = normal.fontSize * 1.2
    point.bulletIndent = 0
    story: list[Any] = []
    for block in blocks(text):
        if block.kind == "heading":
            story.append(Paragraph(f"<b>{markup(block.text)}</b>", heading))
        elif block.kind == "point":
            story.append(Paragraph(markup(block.text), point, bulletText="•"))
        else:
            story.append(Paragraph(markup(block.text), normal))
    local: list[Any] = [Spacer(1, normal.leading),
                        Paragraph(f"<b>{markup(LOCAL_HEADING[language])}</b>", heading)]
    for _ in range(2):
        for label in LOCAL_FIELDS[language]:
            local += [Paragraph(markup(f"{label}:"), normal),
                      _lines(1, width, normal.leading), Spacer(1, normal.leading * 0.6)]
        local.append(Spacer(1, normal.leading * 0.6))
    story.append(KeepTogether(local))
    return story


def render_carer_insert(texts: dict[str, str], language: str, sender: Sender,
                        profile: FacilityProfile, child_name: str) -> tuple[bytes, int] | None:
    """The insert as one PDF: ``language``'s text first, then the others; None when
    every text is empty. Returns ``(pdf bytes, pages)``."""
    from reportlab.platypus import PageBreak

    order = [language, *(lang for lang in ("en", "es") if lang != language)]
    story: list[Any] = []
    for lang in order:
        text = texts.get(lang, "").strip()
        if not text:
            continue
        if story:
            story.append(PageBreak())
        story += _section(text, lang if lang in LOCAL_HEADING else "en", sender, profile)
    if not story:
        return None
    return build_pdf(story, sender, profile, footer_note=f"For the carer of {child_name}",
                     title=TITLE)


def carer_insert_pdf(settings: Any, language: str, sender: Sender, profile: FacilityProfile,
                     child_name: str) -> tuple[bytes, int] | None:
    """The insert for one child's packet when the ``carer_insert`` setting is on."""
    if not settings.get("carer_insert"):
        return None
    texts = {"en": settings.get("carer_insert_en"), "es": settings.get("carer_insert_es")}
    return render_carer_insert(texts, language, sender, profile, child_name)
