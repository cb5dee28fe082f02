"""Extras that go with a child's letters: a reply page, a note to the carer, a label.

All pages carry the sender's identity and "Page x of y" like the letters; the reply
page asks questions matched to the child's age and leaves a box for a drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from letterbox.export.facility import FacilityProfile
from letterbox.export.fonts import markup
from letterbox.export.letter_pdf import Sender, body_style, build_pdf, frame_size, identity_lines
from letterbox.export.sheet_cells import clip, one_line

# Questions per age band: short and concrete for little ones, open for teenagers.
REPLY_QUESTIONS: dict[str, tuple[str, ...]] = {
    "0-4": (),
    "5-8": ("What did you do today?", "What is your favourite game right now?"),
    "9-12": ("What are you reading, playing or watching?",
             "What was the best part of your week?", "Is there something you want to ask me?"),
    "13-17": ("What is on your mind at the moment?",
              "Anything you would like me to know, or to read or listen to with you?"),
}


@dataclass(frozen=True)
class ChildInfo:
    """What the extras need to know about the child and their carer."""

    name: str
    age: int | None
    relationship: str  # what the child calls the parent ("Dad")
    carer_name: str
    carer_address: str


def age_band(age: int | None) -> str:
    """The reply-page band for an age (unknown ages get the 5–8 page)."""
    if age is None:
        return "5-8"
    if age <= 4:
        return "0-4"
    if age <= 8:
        return "5-8"
    if age <= 12:
        return "9-12"
    return "13-17"


def _box(width: float, height: float) -> Any:
    """A plain black rectangle to draw in (survives a greyscale copy)."""
    from reportlab.platypus import Flowable

    class Box(Flowable):  # type: ignore[misc]
        def wrap(self, *_: Any) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            self.canv.setLineWidth(1.2)
            self.canv.setStrokeGray(0)
            self.canv.rect(0, 0, width, height)

    return Box()


def _lines(count: int, width: float, gap: float) -> Any:
    from reportlab.platypus import Flowable

    class Lines(Flowable):  # type: ignore[misc]
        def wrap(self, *_: Any) -> tuple[float, float]:
            return width, count * gap

        def draw(self) -> None:
            self.canv.setLineWidth(0.6)
            self.canv.setStrokeGray(0)
            for i in range(count):
                self.canv.line(0, i * gap, width, i * gap)

    return Lines()


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), style)


def reply_page(child: ChildInfo, sender: Sender, profile: FacilityProfile) -> list[Any]:
    """Flowables for one reply page: greeting, age-matched questions, a drawing box."""
    from reportlab.platypus import PageBreak, Spacer

    width, height = frame_size(profile, sender)
    title, normal = body_style(profile, "reply-title", 1.4), body_style(profile)
    who = child.relationship or sender.name
    story: list[Any] = [_p(f"A reply for {who}, from {child.name}", title)]
    questions = REPLY_QUESTIONS[age_band(child.age)]
    used = title.leading * 2
    if not questions:
        story.append(_p(f"Draw a picture for {who}. A grown-up can help you write your name.",
                        normal))
        used += normal.leading * 3
    for question in questions:
        story += [_p(question, normal), Spacer(1, 4), _lines(3, width, normal.leading * 1.3),
                  Spacer(1, normal.leading)]
        used += normal.leading * 5.5 + 4
    if questions:
        story.append(_p(f"Draw something for {who}:", normal))
        used += normal.leading * 1.6
    box_h = max(120.0, height - used - normal.leading * 3)
    story += [_box(width, box_h), PageBreak()]
    return story


def carer_note(child: ChildInfo, sender: Sender, profile: FacilityProfile,
               items: int, has_audio: bool) -> list[Any]:
    """Flowables for a short, plain note to the carer."""
    from reportlab.platypus import PageBreak

    style = body_style(profile)
    carer = child.carer_name or "carer"
    lines = [f"Dear {carer},",
             f"Thank you for looking after {child.name} and for passing on what "
             f"{sender.name} has sent: {items} item{'s' if items != 1 else ''} in this post."]
    if age_band(child.age) in ("0-4", "5-8"):
        lines.append(f"{child.name} may like you to read the letter aloud.")
    if has_audio:
        lines.append("The recording plays on a phone, a computer or, if it came on a CD, "
                     "a CD player.")
    lines += ["There is a reply page: the questions are only ideas, and a drawing is "
              "a lovely answer.",
              "If a reply is sent, please use the return address exactly as printed.",
              f"With thanks, {sender.name}"]
    return [_p(line, style) for line in lines] + [PageBreak()]


def address_label(child: ChildInfo, sender: Sender, profile: FacilityProfile) -> list[Any]:
    """Flowables for an envelope label: return block and the carer's address."""
    from reportlab.platypus import Spacer

    small, big = body_style(profile), body_style(profile, "label-to", 1.3)
    story: list[Any] = [_p("From (return address):", small)]
    story += [_p(line, small) for line in return_block_lines(sender, profile)]
    story += [Spacer(1, big.leading * 3), _p("To:", big)]
    to_lines = [child.carer_name or child.name] + [
        line.strip() for line in child.carer_address.splitlines() if line.strip()]
    story += [_p(line, big) for line in to_lines]
    return story


def return_block_lines(sender: Sender, profile: FacilityProfile) -> list[str]:
    """The return address the facility requires, one line each (address lines kept)."""
    lines: list[str] = []
    for key in profile.return_block:
        if key == "facility":
            lines += [part.strip() for part in sender.facility.replace("\n", ",").split(",")
                      if part.strip()]
        else:
            lines += identity_lines(sender, profile, (key,))
    return lines


def _short(name: str, limit: int = 200) -> str:
    shown, cut = clip(one_line(name), limit)
    return shown + " …" * cut


def render_extras(child: ChildInfo, sender: Sender, profile: FacilityProfile, *,
                  items: int, has_audio: bool) -> tuple[bytes, int] | None:
    """One PDF with the extras the profile asks for; None if it asks for none."""
    # Names print on one line (a tab, newline or line separator becomes a space), and a
    # name longer than a few lines is cut with "…": it repeats in every sentence here.
    child = replace(child, name=_short(child.name), carer_name=_short(child.carer_name),
                    relationship=_short(child.relationship))
    story: list[Any] = []
    if profile.reply_page:
        story += reply_page(child, sender, profile)
    if profile.carer_note:
        story += carer_note(child, sender, profile, items, has_audio)
    if profile.address_label:
        story += address_label(child, sender, profile)
    if not story:
        return None
    from reportlab.platypus import PageBreak

    while story and isinstance(story[-1], PageBreak):
        story.pop()
    return build_pdf(story, sender, profile, footer_note=f"For {child.name}",
                     title=f"Extras for {child.name}")
