"""Audio checked before it is encoded: a broken part refuses its recording, not the packet.

A NaN or infinite sample poisons the loudness measurement and reaches the MP3 encoder
(which may crash or write noise); an empty, unreadable or oddly sampled part cannot make
a file a child can play. Each part is read in blocks, so an hour-long recording is never
held in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

# Rates the recorder makes (48 kHz) and every encoder we ship can carry (MP3's list).
ACCEPTED_RATES = frozenset({8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100,
                            48_000})
BLOCK_FRAMES = 65_536
# Only floating-point samples can be NaN or infinite; whole-number ones (the recorder's
# PCM_16) need no scan, which saves a full read of every recording.
_FLOAT_SUBTYPES = frozenset({"FLOAT", "DOUBLE"})


def audio_problem(paths: Sequence[Path]) -> str | None:
    """Why this recording's parts cannot be encoded, in words for staff; None if they can."""
    import soundfile

    if not paths:
        return "it has no audio parts"
    rates: set[int] = set()
    for number, path in enumerate(map(Path, paths), start=1):
        label = f"part {number} ({path.name})" if len(paths) > 1 else path.name
        try:
            with soundfile.SoundFile(str(path)) as sound:
                rate = int(sound.samplerate)
                if rate not in ACCEPTED_RATES:
                    return f"{label} has an unusable sample rate ({rate} Hz)"
                rates.add(rate)
                problem = _samples_problem(sound) if sound.subtype in _FLOAT_SUBTYPES \
                    else (None if sound.frames > 0 else "is empty (no audio in it)")
        except (RuntimeError, OSError, soundfile.LibsndfileError) as error:
            return f"{label} cannot be decoded ({error})"
        if problem:
            return f"{label} {problem}"
    if len(rates) > 1:
        shown = ", ".join(f"{r} Hz" for r in sorted(rates))
        return f"its parts have different sample rates ({shown})"
    return None


def _samples_problem(sound: object) -> str | None:
    """Read every block: empty, NaN and infinite samples are problems."""
    frames = 0
    while True:
        block = sound.read(BLOCK_FRAMES, dtype="float32", always_2d=True)  # type: ignore[attr-defined]
        if not len(block):
            break
        frames += len(block)
        finite = np.isfinite(block)
        if not finite.all():
            bad = block[~finite]
            return ("contains NaN samples (not a number)" if np.isnan(bad).any()
                    else "contains infinite samples")
    return None if frames else "is empty (no audio in it)"
