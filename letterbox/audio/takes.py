"""Takes, pages and lines: naming files, saving takes, and splitting echo-reading text.

A message keeps several takes and the parent chooses one; a bedtime story has an optional
spoken introduction (position 0) and pages (1, 2, …), any of which can be re-recorded
alone; echo reading has one recorded line per line of the story text.
"""

from __future__ import annotations

import math
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from letterbox.audio.recorder import TakeResult
from letterbox.audio.repair import Orphan, TakeInfo, remove_sidecar, write_sidecar
from letterbox.errors import NotFound
from letterbox.paths import DataPaths
from letterbox.store.items import ItemStatus
from letterbox.store.recordings import RecordingPart

if TYPE_CHECKING:  # the services use this module: no import cycle at run time
    from letterbox.services.actor import Actor
    from letterbox.services.recordings import RecordingService

MAX_WORDS_PER_LINE = 12
MAX_ECHO_LINES = 400          # a pasted book is cut here, and the parent is told
MAX_ECHO_TEXT_CHARS = 60_000  # the text is stored whole; lines come from this much
WORDS_PER_SECOND = 2.2        # a slow, clear reading voice
SPEECH_MARGIN_S = 2.0

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
_CLAUSE_END = re.compile(r"(?<=[,;:—–])\s+")


def split_echo_lines(text: str, max_words: int = MAX_WORDS_PER_LINE) -> list[str]:
    """Split story text into short lines a parent can repeat after the computer.

    Lines of the text stay lines; long ones are split at sentence ends, then at commas,
    then into even chunks of at most ``max_words`` words.
    """
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        raw = " ".join(raw.split())
        if not raw:
            continue
        for sentence in _SENTENCE_END.split(raw):
            lines.extend(_short_pieces(sentence.strip(), max_words))
    return [line for line in lines if line]


def echo_lines(text: str) -> list[str]:
    """The lines an echo reading records for this story text (capped, as the screen shows)."""
    return split_echo_lines(text[:MAX_ECHO_TEXT_CHARS])[:MAX_ECHO_LINES]


def _short_pieces(sentence: str, max_words: int) -> list[str]:
    if len(sentence.split()) <= max_words:
        return [sentence]
    pieces: list[str] = []
    current: list[str] = []
    for clause in _CLAUSE_END.split(sentence):
        words = clause.split()
        if current and len(current) + len(words) > max_words:
            pieces.append(" ".join(current))
            current = []
        current.extend(words)
        while len(current) > max_words:
            chunks = -(-len(current) // max_words)          # ceil: how many lines
            size = -(-len(current) // chunks)               # even lines, none tiny
            pieces.append(" ".join(current[:size]))
            current = current[size:]
    if current:
        pieces.append(" ".join(current))
    return pieces


def speech_seconds(text: str) -> float:
    """How long the computer's voice needs for ``text``, with a margin.

    Echo reading waits for the voice's ``finished`` signal, but a speech service with no
    audio sink never sends it: this is the fallback.
    """
    return len(text.split()) / WORDS_PER_SECOND + SPEECH_MARGIN_S


def new_take_path(paths: DataPaths, info: TakeInfo) -> Path:
    """A fresh file name for a take (never reuses one, so re-recording keeps the old file
    until the new one is saved)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = paths.recording_dir(info.parent_id)
    base = f"rec{info.recording_id}-{info.role}{info.position}-{stamp}"
    candidate = folder / f"{base}.wav"
    n = 1
    while candidate.exists() or candidate.with_name(f"{candidate.stem}.partial.wav").exists():
        n += 1
        candidate = folder / f"{base}-{n}.wav"
    return candidate


def prepare_take(paths: DataPaths, info: TakeInfo) -> Path:
    """Choose the take's file and write its sidecar; returns the path to record to."""
    path = new_take_path(paths, info)
    write_sidecar(path, info)
    return path


class AddPart(Protocol):
    """``RecordingService.add_part`` with the actor given: how a take becomes a part."""

    def __call__(self, recording_id: int, role: str, position: int, file: Path | str, *,
                 duration_s: float, text: str = "",
                 peak_dbfs: float | None = None) -> RecordingPart: ...


def peak_dbfs(peak: float) -> float:
    """A 0..1 peak in dBFS; digital silence reads as −120."""
    return round(20 * math.log10(max(peak, 1e-6)), 1)


def file_peak(path: Path) -> float:
    """The loudest sample (0..1) of a WAV file, read in blocks (pool thread)."""
    import soundfile

    loudest = 0
    for block in soundfile.blocks(str(path), blocksize=48_000, dtype="int16"):
        if len(block):
            loudest = max(loudest, int(block.max()), -int(block.min()))
    return loudest / 32768.0


def save_take(add_part: AddPart, info: TakeInfo, result: TakeResult) -> RecordingPart:
    """Register a finished take as a part (replacing the page or line it re-records), with
    its peak, so a take nobody can hear is flagged."""
    part = add_part(info.recording_id, info.role, info.position, result.path,
                    duration_s=result.duration_s, text=info.text,
                    peak_dbfs=peak_dbfs(result.peak))
    remove_sidecar(result.path)
    return part


def discard_take(result_path: Path) -> None:
    """Forget a take that was too short to keep (or cancelled)."""
    result_path.unlink(missing_ok=True)
    remove_sidecar(result_path)


def keep_orphan(recordings: RecordingService, actor: Actor, orphan: Orphan) -> RecordingPart:
    """The owner keeps an interrupted take: add it where it was being recorded.

    If that recording was deleted meanwhile, or is no longer a draft (sent for review),
    the take becomes a new message.
    """
    info = orphan.info
    peak = peak_dbfs(file_peak(orphan.path))
    try:
        draft = recordings.get(actor, info.recording_id).status == ItemStatus.DRAFT
    except NotFound:
        draft = False
    if draft:
        recording_id, role, position = info.recording_id, info.role, info.position
    else:
        recording_id = recordings.create(actor, info.parent_id, None, "message",
                                         title="Recovered recording").id
        role, position = "take", 1
    part = recordings.add_part(actor, recording_id, role, position, orphan.path,
                               duration_s=orphan.duration_s, text=info.text, peak_dbfs=peak)
    remove_sidecar(orphan.path)
    return part
