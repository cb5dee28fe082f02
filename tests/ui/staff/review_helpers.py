"""Recordings for the review tests: a bedtime story with pages and an echo reading with
lines, recorded as real WAV files in the data folder and sent for review."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from letterbox.audio.takes import echo_lines
from letterbox.services import Services
from letterbox.services.actor import Actor
from letterbox.store.profiles import Parent

RATE = 48_000
STORY_PAGES = ("Once upon a time a small bear could not sleep.",
               "The moon came down and sang the bear a song.")
ECHO_TEXT = "The cat sat on the mat. The dog ran to the park."


def tone(path: Path, seconds: float, hz: float = 440.0) -> Path:
    """A quiet sine tone, so the take is heard but never clips."""
    t = np.arange(int(RATE * seconds)) / RATE
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(path), (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32), RATE,
                    subtype="PCM_16")
    return path


def story_recording(services: Services, parent: Parent, child: int, root: Path) -> int:
    """A bedtime story: an introduction and two pages, each with its page's text."""
    actor = Actor.parent(parent.id, parent.name)
    rec = services.recordings.create(actor, parent.id, child, "story", title="Sleepy bear",
                                     story_text="\n\n".join(STORY_PAGES),
                                     transcript="Dad reads Sleepy bear, two pages.")
    services.recordings.add_part(actor, rec.id, "intro", 0,
                                 tone(root / "audio" / f"story{rec.id}-intro.wav", 1.0),
                                 duration_s=1.0, text="Hello Zoë, this is our story.",
                                 peak_dbfs=-10.5)
    for page, text in enumerate(STORY_PAGES, start=1):
        services.recordings.add_part(
            actor, rec.id, "page", page,
            tone(root / "audio" / f"story{rec.id}-p{page}.wav", 3.0, 330.0 + 110 * page),
            duration_s=3.0, text=text, peak_dbfs=-10.5)
    services.recordings.submit(actor, rec.id)
    return rec.id


def echo_recording(services: Services, parent: Parent, child: int, root: Path) -> int:
    """An echo reading: one recorded line for each line of its text."""
    actor = Actor.parent(parent.id, parent.name)
    rec = services.recordings.create(actor, parent.id, child, "echo", title="Cat and dog",
                                     story_text=ECHO_TEXT)
    for number, line in enumerate(echo_lines(ECHO_TEXT), start=1):
        services.recordings.add_part(actor, rec.id, "line", number,
                                     tone(root / "audio" / f"echo{rec.id}-{number}.wav", 1.5),
                                     duration_s=1.5, text=line, peak_dbfs=-10.5)
    services.recordings.submit(actor, rec.id)
    return rec.id
