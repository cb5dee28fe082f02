"""Processing on export: trim silence, normalise loudness, join parts, encode in blocks.

Two passes over the recorded WAV parts, each read in blocks of about a second, so an
hour-long recording never sits in memory:

1. measure: where each part's sound starts and ends, its BS.1770 loudness and its
   true peak;
2. write: the trimmed parts in order with short pauses between them, with one gain
   (the loudness target, lowered if needed so the true peak stays under the ceiling),
   encoded block by block to WAV, FLAC, OGG Vorbis, MP3 or CD-ready WAV.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from letterbox.audio.export_dsp import LoudnessMeter, StreamResampler, TruePeakMeter

BLOCK_S = 1.0
FRAME_S = 0.01  # trimming looks at 10 ms frames
MAX_GAIN_DB = 30.0  # never lift a near-silent recording into loud noise


class AudioProcessingError(Exception):
    """The audio cannot be processed; the message is for staff."""


class Cancelled(Exception):
    """The export was cancelled; nothing half-written is kept."""


@dataclass(frozen=True)
class OutputFormat:
    """One way to encode for the child."""

    key: str
    extension: str
    container: str
    subtype: str
    rate: int | None  # None keeps the recording's rate
    channels: int


FORMATS: dict[str, OutputFormat] = {
    "wav": OutputFormat("wav", "wav", "WAV", "PCM_16", None, 1),
    "flac": OutputFormat("flac", "flac", "FLAC", "PCM_16", None, 1),
    "ogg": OutputFormat("ogg", "ogg", "OGG", "VORBIS", None, 1),
    "mp3": OutputFormat("mp3", "mp3", "MP3", "MPEG_LAYER_III", None, 1),
    # Plays on any CD player once burned as an audio CD: 44.1 kHz, 16-bit, stereo.
    "cd-wav": OutputFormat("cd-wav", "wav", "WAV", "PCM_16", 44_100, 2),
}


@dataclass(frozen=True)
class ProcessingOptions:
    """What the facility asks for."""

    format: str = "mp3"
    loudness_lufs: float = -16.0
    true_peak_dbfs: float = -1.0
    trim_threshold_dbfs: float = -45.0
    trim_pad_s: float = 0.2
    pause_s: float = 0.8


@dataclass(frozen=True)
class PartPlan:
    """What pass 1 learnt about one part."""

    path: Path
    start: int
    stop: int
    silent: bool


@dataclass
class ProcessedAudio:
    """The encoded file and what the reviewer needs to know about it."""

    path: Path
    format: str
    rate: int
    channels: int
    frames: int
    duration_s: float
    input_lufs: float
    gain_db: float
    true_peak_dbfs: float
    silent: bool
    notes: list[str] = field(default_factory=list)


Progress = Callable[[float], None]
ShouldCancel = Callable[[], bool]


def _blocks(path: Path, start: int, stop: int, size: int) -> Iterator[NDArray[np.float32]]:
    """Mono float blocks of frames [start, stop) of a file."""
    import soundfile

    with soundfile.SoundFile(str(path)) as f:
        f.seek(start)
        left = stop - start
        while left > 0:
            data = f.read(min(size, left), dtype="float32", always_2d=True)
            if not len(data):
                break
            left -= len(data)
            yield data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]


def _info(path: Path) -> tuple[int, int]:
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (RuntimeError, OSError, soundfile.LibsndfileError) as error:
        raise AudioProcessingError(f"Cannot read the recording {path.name}: {error}") from error
    return int(info.samplerate), int(info.frames)


def measure(paths: Sequence[Path], options: ProcessingOptions, *,
            should_cancel: ShouldCancel | None = None,
            progress: Progress | None = None) -> tuple[list[PartPlan], float, float, int]:
    """Pass 1: trim points per part, loudness and true peak of what will be kept.

    Returns ``(plans, lufs, true_peak_dbfs, rate)``.
    """
    if not paths:
        raise AudioProcessingError("This recording has no audio parts.")
    rates = {_info(Path(p))[0] for p in paths}
    if len(rates) != 1:
        raise AudioProcessingError("The parts of this recording have different sample rates.")
    rate = rates.pop()
    meter, peak = LoudnessMeter(rate), TruePeakMeter()
    frame = max(1, int(rate * FRAME_S))
    threshold = 10 ** (options.trim_threshold_dbfs / 20)
    total = sum(_info(Path(p))[1] for p in paths) or 1
    done, plans = 0, []
    for path in map(Path, paths):
        frames = _info(path)[1]
        first = last = -1
        offset = 0
        meter.reset_filter()
        for block in _blocks(path, 0, frames, int(rate * BLOCK_S)):
            if should_cancel is not None and should_cancel():
                raise Cancelled
            meter.feed(block)
            peak.feed(block)
            usable = len(block) // frame * frame
            if usable:
                rms = np.sqrt(np.mean(block[:usable].reshape(-1, frame) ** 2, axis=1))
                loud = np.flatnonzero(rms > threshold)
                if len(loud):
                    first = first if first >= 0 else offset + int(loud[0]) * frame
                    last = offset + (int(loud[-1]) + 1) * frame
            offset += len(block)
            done += len(block)
            if progress is not None:
                progress(done / total)
        pad = int(rate * options.trim_pad_s)
        if first < 0:
            plans.append(PartPlan(path, 0, frames, silent=True))
        else:
            plans.append(PartPlan(path, max(0, first - pad), min(frames, last + pad), False))
    return plans, meter.integrated(), peak.dbfs, rate


def choose_gain_db(lufs: float, peak_dbfs: float, options: ProcessingOptions) -> float:
    """The one gain that reaches the loudness target without passing the peak ceiling."""
    if not np.isfinite(lufs) or not np.isfinite(peak_dbfs):
        return 0.0
    gain = options.loudness_lufs - lufs
    gain = min(gain, options.true_peak_dbfs - peak_dbfs, MAX_GAIN_DB)
    return float(gain)


def process_parts(paths: Sequence[Path], out_path: Path, options: ProcessingOptions, *,
                  should_cancel: ShouldCancel | None = None,
                  progress: Progress | None = None) -> ProcessedAudio:
    """Trim, normalise, join and encode; write ``out_path`` atomically.

    Raises:
        Cancelled: ``should_cancel`` said so (no file is left behind).
        AudioProcessingError: a part cannot be read or the format is unknown.
    """
    import soundfile

    fmt = FORMATS.get(options.format)
    if fmt is None:
        raise AudioProcessingError(f"Unknown audio format {options.format!r}.")
    half: Progress | None = (lambda f: progress(f * 0.4)) if progress else None
    plans, lufs, peak_db, rate = measure(paths, options, should_cancel=should_cancel,
                                         progress=half)
    all_silent = all(p.silent for p in plans)
    gain_db = 0.0 if all_silent else choose_gain_db(lufs, peak_db, options)
    if fmt.channels == 2 and not all_silent:
        # The same voice on both channels measures 3 LU louder (BS.1770 sums channels).
        gain_db -= 10 * float(np.log10(fmt.channels))
    gain = float(10 ** (gain_db / 20))
    out_rate = fmt.rate or rate
    resampler = StreamResampler(rate, out_rate) if out_rate != rate else None
    out_path = Path(out_path)
    tmp = out_path.with_name(f".{out_path.name}.part")
    total = sum(p.stop - p.start for p in plans) or 1
    done, written = 0, 0
    block = int(rate * BLOCK_S)
    try:
        with soundfile.SoundFile(str(tmp), "w", samplerate=out_rate, channels=fmt.channels,
                                 format=fmt.container, subtype=fmt.subtype) as sink:

            def write(samples: NDArray[np.floating]) -> None:
                nonlocal written
                if resampler is not None:
                    samples = resampler.push(samples)
                written += _encode(sink, samples, fmt)

            for index, plan in enumerate(plans):
                if index:
                    write(np.zeros(int(rate * options.pause_s), dtype=np.float32))
                for chunk in _blocks(plan.path, plan.start, plan.stop, block):
                    if should_cancel is not None and should_cancel():
                        raise Cancelled
                    write(chunk * gain)
                    done += len(chunk)
                    if progress is not None:
                        progress(0.4 + 0.6 * done / total)
            if resampler is not None:
                written += _encode(sink, resampler.flush(), fmt)
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    notes = []
    if all_silent:
        notes.append("The recording seems to be silent.")
    elif fmt.channels == 1 and gain_db < options.loudness_lufs - lufs - 0.05:
        notes.append("Kept a little quieter than the target so that peaks do not distort.")
    return ProcessedAudio(path=out_path, format=fmt.key, rate=out_rate, channels=fmt.channels,
                          frames=written, duration_s=written / out_rate, input_lufs=lufs,
                          gain_db=gain_db, true_peak_dbfs=peak_db + gain_db, silent=all_silent,
                          notes=notes)


def _encode(sink: object, samples: NDArray[np.floating], fmt: OutputFormat) -> int:
    """Write one block (never a huge one: OGG/Vorbis crashes on large writes)."""
    if not len(samples):
        return 0
    if not np.isfinite(samples).all():  # the export checks first; never feed an encoder NaN
        raise AudioProcessingError("The recording has samples that are not numbers.")
    clipped = np.clip(samples, -1.0, 1.0)
    if fmt.subtype == "PCM_16":
        data: NDArray[np.generic] = np.round(clipped * 32767.0).astype(np.int16)
    else:
        data = clipped.astype(np.float32)
    if fmt.channels == 2:
        data = np.column_stack((data, data))
    sink.write(data)  # type: ignore[attr-defined]
    return len(samples)


def output_extension(format_key: str) -> str:
    """The file extension for a format key ('cd-wav' → 'wav')."""
    return FORMATS[format_key].extension


def recording_files(recordings: object, recording_id: int) -> list[Path]:
    """The chosen parts of a recording, in playing order (intro, pages or lines, take)."""
    parts = recordings.parts(recording_id, chosen_only=True)  # type: ignore[attr-defined]
    return [recordings.path_of(part) for part in parts]  # type: ignore[attr-defined]
