"""Hard cases in the demo, so training (and every demo export) exercises them.

A recording with a 3,000-character transcript, a letter that trips the content check at
least eight times, and a child with a Chinese name (王小明) whose contact is approved.
Each is added only if missing, and marked ready for review.
"""

from __future__ import annotations

from typing import Any

HARD_CHILD: dict[str, Any] = dict(
    name="王小明", age=8, month=5, day=21, relationship="Baba", carer_name="李美丽",
    carer_address="3 Willow Court\nManchester M1 4BT", contact_status="approved",
    carer_consent="given")

FLAGGED_TITLE = "A letter with a lot to check"
LONG_STORY_TITLE = "A long bedtime story for 王小明"

# Each sentence trips one of the content check's categories (assets/content-check/en.toml).
FLAGGED_LETTER = """Dear 小明,

I will be home by Christmas, I promise. I'll be home for your birthday too.
Can you ask your mum to send me some money? Fifty dollars would help, by Western Union.
Please pass this on to your uncle, and tell your mum that I said sorry.
Don't tell anyone about this letter. It is our secret.
Call him for me and give him my number.
My lawyer says the judge will decide at my appeal, and the parole board meets soon.

Love, Baba
"""

_STORY = (
    "Once upon a time, a small fox lived at the edge of a quiet wood. Every evening the fox "
    "climbed the hill to look at the moon, because the moon was the one thing the fox and "
    "his far-away friend could both see. ",
    "One night the wind blew the clouds away, and the stars came out one by one. The fox "
    "counted them: one for every day until he would see his friend again, and then he "
    "stopped counting, because it was more fun to name them. ",
    "He named the brightest star Xiaoming, and the little one beside it Baba. They "
    "twinkled together all night long, and the fox fell asleep smiling in the soft grass. ",
)


def long_transcript(length: int = 3_000) -> str:
    """A story told aloud, at least ``length`` characters long, ending on a full stop."""
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append(_STORY[len(parts) % len(_STORY)])
    return "".join(parts).rstrip() + " The end. Goodnight, 小明."


def add_hard_cases(core: Any, parent: Any, child: Any) -> None:
    """The flagged letter and the long-transcript recording for ``child``, if missing."""
    from letterbox.writing.content_check import ContentChecker

    if not any(letter.title == FLAGGED_TITLE for letter in core.letters.for_parent(parent.id)):
        letter = core.letters.create(parent.id, child.id, title=FLAGGED_TITLE,
                                     occasion="everyday", body=FLAGGED_LETTER)
        flags = [f.to_dict() for f in ContentChecker("en", {}).check(FLAGGED_LETTER)]
        core.letters.set_flags(letter.id, flags)
        core.letters.set_status(letter.id, "ready")
    from letterbox.demo import add_ready_message

    add_ready_message(core, parent, child, LONG_STORY_TITLE, "demo-long-story.wav",
                      long_transcript())
