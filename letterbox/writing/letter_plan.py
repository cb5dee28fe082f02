"""The shape of a guided letter: greeting, answers, sign-off, length, and where the parent is.

Pure functions and a small state model, no Qt: the letter-flow screens call these, and
the state is saved as the letter's ``flow_state`` so reopening resumes at the same step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# -- greeting and sign-off ------------------------------------------------------------

# What a child may call the parent, in English and in Spanish. Relationship words are
# stored as the child says them; a Spanish letter gets the Spanish word when we know it.
_TO_SPANISH = {
    "dad": "Papá", "daddy": "Papi", "father": "Papá", "papa": "Papá", "pop": "Papá",
    "mum": "Mamá", "mom": "Mamá", "mummy": "Mami", "mommy": "Mami", "mother": "Mamá",
    "mama": "Mamá", "grandad": "Abuelo", "granddad": "Abuelo", "grandpa": "Abuelo",
    "grandma": "Abuela", "nan": "Abuela", "nana": "Abuela", "granny": "Abuela",
    "uncle": "Tío", "aunt": "Tía", "auntie": "Tía", "brother": "tu hermano",
    "sister": "tu hermana",
}
# Spanish relationship words whose grammatical gender we know (for "tu papá que te quiere").
_FEMININE_ES = {"mamá", "mami", "abuela", "tía", "tu hermana", "madre"}


def first_name(full_name: str) -> str:
    """The first word of a name ("Zoë Martínez" → "Zoë"); the whole text if one word."""
    parts = full_name.split()
    return parts[0] if parts else full_name.strip()


def greetings(child_name: str, language: str, gender: str | None = None) -> list[str]:
    """Greetings to suggest, best first ("Dear Maya," / "Querida Maya,").

    Args:
        child_name: the child's name as stored.
        language: 'en' or 'es'.
        gender: 'f', 'm' or None. Spanish "Querido/Querida" needs it; when it is not
            known the neutral "Hola Maya," comes first and both forms are offered.
    """
    name = first_name(child_name)
    if language == "es":
        if gender == "f":
            return [f"Querida {name},", f"Hola, {name},", f"Mi querida {name},"]
        if gender == "m":
            return [f"Querido {name},", f"Hola, {name},", f"Mi querido {name},"]
        return [f"Hola, {name},", f"Querida {name},", f"Querido {name},"]
    return [f"Dear {name},", f"Hello {name},", f"Hi {name},"]


def relationship_word(relationship: str, language: str, parent_name: str = "") -> str:
    """How to sign: what the child calls the parent, in the letter's language."""
    word = relationship.strip()
    if not word:
        return first_name(parent_name)
    if language == "es":
        return _TO_SPANISH.get(word.casefold(), word)
    return word


def sign_offs(relationship: str, language: str, parent_name: str = "") -> list[str]:
    """Sign-offs to suggest, best first ("Love, Dad" / "Con cariño, Papá")."""
    who = relationship_word(relationship, language, parent_name)
    if not who:
        return ["Con cariño," if language == "es" else "Love,"]
    if language == "es":
        own = "tu" if not who.casefold().startswith("tu ") else ""
        loves = f"{own} {who}".strip()
        return [f"Con cariño, {who}", f"Te quiere mucho, {loves}", f"Un abrazo fuerte, {who}"]
    return [f"Love, {who}", f"All my love, {who}", f"Love always, {who}"]


def compose(greeting: str, answers: list[str], sign_off: str) -> str:
    """The whole letter from the guided answers: one paragraph per answer, skipped ones out."""
    parts = [greeting.strip()] if greeting.strip() else []
    parts += [a.strip() for a in answers if a and a.strip()]
    if sign_off.strip():
        parts.append(sign_off.strip())
    return "\n\n".join(parts) + ("\n" if parts else "")


# -- length -----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def word_count(text: str) -> int:
    """Words as a reader counts them ("don't" and "well-known" are one; numbers count)."""
    return sum(1 for _ in _WORD.finditer(text))


PAPER_MM = {"letter": (215.9, 279.4), "a4": (210.0, 297.0), "a5": (148.0, 210.0)}
# The letter PDF's layout (letterbox/export/letter_pdf.py): each line the parent wrote is
# a paragraph with this leading and space after; a blank line is a smaller gap.
LEADING = 1.45           # line height as a multiple of the font size
SPACE_AFTER = 0.3        # after each paragraph, as a multiple of the font size
BLANK_LINE = 0.6         # a blank line, as a multiple of the leading
HEADER_FOOTER_PT = 70.0  # identity header and page footer, when the real frame is unknown


@dataclass(frozen=True)
class PageEstimate:
    """About how many printed pages the letter fills, and whether that is too many."""

    pages: int
    lines: int
    lines_per_page: int
    max_pages: int | None

    @property
    def over_limit(self) -> bool:
        """True when the facility caps pages and the letter is longer."""
        return self.max_pages is not None and self.pages > self.max_pages


@lru_cache(maxsize=4)
def _font(font_path: str) -> str:
    """Register a TrueType font with reportlab once; return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "LetterboxEstimate-" + font_path.rsplit("/", 1)[-1].split(".")[0]
    pdfmetrics.registerFont(TTFont(name, font_path))
    return name


def estimate_pages(text: str, *, max_pages: int | None = None, paper: str = "letter",
                   margins_mm: float = 20.0, font_pt: float = 14.0,
                   frame: tuple[float, float] | None = None,
                   font_path: str | None = None) -> PageEstimate:
    """Wrap the text as the letter PDF does and count pages, fast enough to run as you type.

    Widths are measured with reportlab's ``stringWidth`` in the real Andika font at the
    facility's body size; lines are packed into pages with the PDF's leading and
    paragraph spacing. Words are measured once each (200,000 characters: about 0.2 s).

    Args:
        frame: the PDF's text area in points (``letter_pdf.frame_size``); without it
            the area is the paper less margins and room for the header and footer.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from letterbox.resources import font_path as shipped_font

    font = _font(font_path or str(shipped_font("Andika-Regular.ttf")))
    if frame is None:
        width_mm, height_mm = PAPER_MM.get(paper, PAPER_MM["letter"])
        points_per_mm = 72 / 25.4
        frame = ((width_mm - 2 * margins_mm) * points_per_mm,
                 (height_mm - 2 * margins_mm) * points_per_mm - HEADER_FOOTER_PT)
    usable_w, usable_h = frame
    line_h = font_pt * LEADING
    space = stringWidth(" ", font, font_pt)
    widths: dict[str, float] = {}
    pages, used_h, rows_total = 1, 0.0, 0

    def add(height: float) -> None:
        nonlocal pages, used_h
        if used_h + height > usable_h + 0.01 and used_h > 0:
            pages, used_h = pages + 1, 0.0
        used_h += height

    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            add(line_h * BLANK_LINE)
            continue
        used, rows = -space, 1
        for word in words:
            w = widths.get(word)
            if w is None:
                w = widths[word] = stringWidth(word, font, font_pt)
            if used + space + w > usable_w and used > 0:
                rows += 1 + int(w // usable_w)  # a very long "word" wraps onto extra lines
                used = w % usable_w
            else:
                used += space + w
        for _ in range(rows):
            add(line_h)
        used_h = min(usable_h, used_h + font_pt * SPACE_AFTER)  # space after is dropped at
        rows_total += rows                                       # the foot of a page
    return PageEstimate(pages=pages, lines=rows_total,
                        lines_per_page=max(1, int(usable_h // line_h)), max_pages=max_pages)


# -- where the parent is in the flow ----------------------------------------------------

STAGES = ("child", "occasion", "prompt", "steps", "editor", "review")


@dataclass
class FlowState:
    """The parent's place in the guided flow, saved with the letter as ``flow_state``.

    ``step`` counts the guided screens: 0 is the greeting, 1..n the prompt's questions,
    n+1 the sign-off. ``answers`` holds the text of every one of those screens.
    ``edited`` is True once the parent has changed the whole letter by hand: then new
    answers no longer rebuild it, so their own edits are never overwritten.
    """

    stage: str = "child"
    occasion: str = ""
    prompt_id: str = ""
    step: int = 0
    answers: list[str] = field(default_factory=list)
    edited: bool = False
    cursor: int = 0
    version: int = 1

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy."""
        return {"version": self.version, "stage": self.stage, "occasion": self.occasion,
                "prompt_id": self.prompt_id, "step": self.step, "answers": list(self.answers),
                "edited": self.edited, "cursor": self.cursor}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FlowState:
        """Read a saved state; anything damaged falls back to a safe value."""
        data = data if isinstance(data, dict) else {}
        stage = data.get("stage") if data.get("stage") in STAGES else "child"
        answers = data.get("answers")
        answers = [a if isinstance(a, str) else "" for a in answers] if isinstance(
            answers, list) else []

        def whole(key: str) -> int:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) and \
                value >= 0 else 0

        return cls(stage=str(stage), occasion=str(data.get("occasion") or ""),
                   prompt_id=str(data.get("prompt_id") or ""), step=whole("step"),
                   answers=answers, edited=bool(data.get("edited", False)),
                   cursor=whole("cursor"))

    def answer(self, index: int) -> str:
        """The text of guided screen ``index`` ('' when never written)."""
        return self.answers[index] if 0 <= index < len(self.answers) else ""

    def set_answer(self, index: int, text: str) -> None:
        """Keep the text of guided screen ``index``."""
        while len(self.answers) <= index:
            self.answers.append("")
        self.answers[index] = text
