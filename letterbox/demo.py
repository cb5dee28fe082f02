"""`letterbox demo`: the training profile workers use to show how Letterbox works.

"Demo Parent" (ID DEMO-0001, PIN 1234) with four children: Zoë, aged 6 (accented
name); Дмитрий, aged 11 (a non-Latin name); Jordan, aged 15, whose contact is not
permitted; and 王小明, aged 8 (a name the fonts print as markers). Letters (one long
enough for three printed pages), recordings, some items ready for review, and the hard
cases of ``demo_cases`` (a 3,000-character transcript, a letter with many content flags).
Running it again adds only what is missing.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np

from letterbox.core import Core
from letterbox.demo_cases import HARD_CHILD, add_hard_cases
from letterbox.store.letters import Letter
from letterbox.store.profiles import Child, Parent

DEMO_ID_NUMBER = "DEMO-0001"
DEMO_PIN = "1234"
DEMO_NAME = "Demo Parent"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (f"Create the training profile '{DEMO_NAME}' (ID {DEMO_ID_NUMBER}, "
                          f"PIN {DEMO_PIN}). Safe to run twice.")


def run(args: argparse.Namespace) -> int:
    from letterbox.command import opened_core

    with opened_core(args) as core:
        parent, created = create_demo(core)
    verb = "Created" if created else "Already there:"
    print(f"{verb} '{parent.name}' (ID {parent.id_number}, PIN {DEMO_PIN}).")
    return 0


def _birth_date(age: int, month: int, day: int) -> str:
    today = date.today()
    not_yet = (month, day) > (today.month, today.day)  # birthday still to come this year
    return date(today.year - age - int(not_yet), month, day).isoformat()


CHILDREN = (
    dict(name="Zoë Martínez", age=6, month=3, day=14, relationship="Dad",
         carer_name="Ana Martínez", carer_address="12 Elm Street\nSpringfield, IL 62704",
         contact_status="approved", carer_consent="given"),
    dict(name="Дмитрий Петров", age=11, month=9, day=2, relationship="Dad",
         carer_name="Olga Petrova", carer_address="48 Harbour Road\nPortsmouth PO1 3AB",
         contact_status="approved", carer_consent="given"),
    dict(name="Jordan Lee", age=15, month=1, day=20, relationship="Dad",
         carer_name="Sam Lee", carer_address="7 Oak Avenue\nLeeds LS6 2AA",
         contact_status="not_permitted", contact_reason="No-contact order (court, 2025)",
         carer_consent="refused"),
    HARD_CHILD,
)


def create_demo(core: Core) -> tuple[Parent, bool]:
    """Create whatever part of the demo is missing; return the parent and whether it was new."""
    parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    created = parent is None
    if parent is None:
        parent = core.profiles.create_parent(
            DEMO_NAME, DEMO_ID_NUMBER, DEMO_PIN, housing_unit="B-wing, cell 14",
            facility="HMP Example, 1 Prison Lane, Exampletown EX1 1AA", is_demo=True)
    children = {c.name: c for c in core.profiles.children(parent.id)}
    for spec in CHILDREN:
        if spec["name"] in children:
            continue
        age, month, day = (int(str(spec[key])) for key in ("age", "month", "day"))
        child = core.profiles.add_child(
            parent.id, str(spec["name"]), birth_date=_birth_date(age, month, day),
            relationship=str(spec["relationship"]), carer_name=str(spec["carer_name"]),
            carer_address=str(spec["carer_address"]), contact_status=str(spec["contact_status"]),
            contact_reason=str(spec.get("contact_reason", "")),
            carer_consent=str(spec["carer_consent"]))
        children[child.name] = child
    _add_letters(core, parent, children)
    _add_recording(core, parent, children["Zoë Martínez"])
    add_hard_cases(core, parent, children[HARD_CHILD["name"]])
    return parent, created


def _add_letters(core: Core, parent: Parent, children: dict[str, Child]) -> None:
    existing = {letter.title for letter in core.letters.for_parent(parent.id)}
    zoe, dima, jordan = (children[spec["name"]] for spec in CHILDREN[:3])  # type: ignore[index]
    letters = (
        (zoe, "Happy birthday, Zoë", "birthday", BIRTHDAY_LETTER, "ready"),
        (dima, "My week, day by day", "everyday", long_letter(), "ready"),
        (dima, "About your football match", "encouragement", SHORT_LETTER, "draft"),
        (jordan, "Thinking of you", "everyday", JORDAN_LETTER, "ready"),
    )
    for child, title, occasion, body, status in letters:
        if title in existing:
            continue
        letter: Letter = core.letters.create(parent.id, child.id, title=title,
                                             occasion=occasion, body=body)
        if status == "ready":
            core.letters.set_status(letter.id, "ready")


def _add_recording(core: Core, parent: Parent, child: Child) -> None:
    add_ready_message(core, parent, child, "Goodnight song for Zoë", "demo-goodnight.wav", (
        "A short hummed tune, then: 'Goodnight Zoë, sleep tight, I love you. Love, Dad.'"))


def add_ready_message(core: Core, parent: Parent, child: Child, title: str, file_name: str,
                      transcript: str) -> None:
    """A recorded message (the demo tune) with its transcript, sent for review; nothing
    when the parent already has one with this title (the demo is safe to run twice)."""
    if any(r.title == title for r in core.recordings.for_parent(parent.id)):
        return
    import soundfile

    folder = core.paths.recording_dir(parent.id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    seconds = write_demo_tune(path)
    recording = core.recordings.create(parent.id, child.id, "message", title=title)
    core.recordings.add_part(recording.id, "take", 1, path, duration_s=seconds)
    core.recordings.update(recording.id, transcript=transcript)
    core.recordings.set_status(recording.id, "ready")
    assert soundfile.info(str(path)).frames > 0


def write_demo_tune(path: Path, rate: int = 48_000) -> float:
    """A gentle 8-second tune (stands in for a voice in training). Returns its length."""
    import soundfile

    notes = [392.0, 440.0, 392.0, 329.6, 392.0, 440.0, 493.9, 392.0]
    pieces = []
    for freq in notes:
        t = np.arange(int(rate * 1.0)) / rate
        envelope = np.minimum(1.0, t * 20) * np.exp(-t * 2.5)
        pieces.append(0.3 * envelope * np.sin(2 * np.pi * freq * t))
    audio = np.concatenate(pieces).astype(np.float32)
    tmp = path.with_suffix(".tmp.wav")
    soundfile.write(str(tmp), audio, rate, subtype="PCM_16")
    tmp.replace(path)
    return len(audio) / rate


BIRTHDAY_LETTER = """Dear Zoë,

Happy birthday! You are six now. Six is a big number. I am so proud of you.

Your mum told me you can ride your bike with no help now. I wish I could see you do it. Can you draw me a picture of you on your bike? I will put it on my wall, next to the one of the big orange cat.

Today I will sing happy birthday to you at lunch time. If you look at the clock at twelve o'clock, you will know I am singing for you.

Thank you to your mum for reading this letter to you, and for the cake.

Love, Dad
"""

SHORT_LETTER = """Dear Дмитрий,

I heard you have a big football match on Saturday. Whatever happens, I am proud of how hard you practise. Try your best and have fun with your team.

Tell me all about it in your next letter.

Love, Dad
"""

JORDAN_LETTER = """Dear Jordan,

I think about you every day. I hope school is going well.

Love, Dad
"""

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MORNINGS = (
    "In the morning I got up early and made my bed before breakfast. The porridge was warm "
    "and I ate it slowly, thinking about the way you used to blow on yours to cool it down.",
    "This morning it rained so hard that the windows looked like a waterfall. I thought about "
    "the time we jumped in every puddle on the way to the shop and came home soaked.",
    "I woke up before the bell and watched the sky turn from grey to pink. It reminded me of "
    "the early mornings when we went fishing and you fell asleep in the car.",
)
_DAYTIMES = (
    "In the education room I am reading a book about space. Did you know that a day on Venus "
    "is longer than a year on Venus? I had to read that twice. I think you would like it.",
    "I worked in the garden today. We planted rows of onions and a few sunflowers. The "
    "sunflowers will be taller than me by the summer, and I will tell you how tall they grow.",
    "In maths class we learned about fractions. I used to find them hard, but the teacher "
    "explained them with pizza, and now half and a quarter make sense to me at last.",
    "I played chess with a man from my wing. He beat me twice, but I won the third game. "
    "When I come home, you can teach me the moves you learned at your chess club.",
)
_EVENINGS = (
    "In the evening I wrote in my notebook and listened to the radio. They played a song we "
    "used to sing in the car, and I sang along quietly so I would not wake anybody.",
    "Before bed I read two chapters of my book. I always look out of the window at the moon "
    "at bedtime. If you look at it too, we are looking at the same moon.",
    "At night I thought about you and your football team. I hope your coach lets you play "
    "in goal again, because you told me that is your favourite place on the pitch.",
)


def long_letter() -> str:
    """A letter long enough for three or more printed pages (about 1,800 words)."""
    parts = ["Dear Дмитрий,", "",
             "I want to tell you about my week, one day at a time, so you can picture what "
             "my days are like. Some days are the same as each other, and some days have "
             "something new in them. Here it is, day by day.", ""]
    for week in range(2):
        for index, day in enumerate(_DAYS):
            n = week * 7 + index
            parts.append(f"{day}{' (the next week)' if week else ''}")
            parts.append(" ".join((_MORNINGS[n % 3], _DAYTIMES[n % 4], _EVENINGS[n % 3])))
            parts.append("")
    parts += ["That was my week. Now I want to hear about yours. What are you reading? "
              "What made you laugh this week? You can write back, or draw, or both.", "",
              "Please say thank you to your mum for everything she does, and for reading "
              "these letters with you.", "", "Love, Dad", ""]
    return "\n".join(parts)
