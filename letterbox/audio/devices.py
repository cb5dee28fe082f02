"""Finding PortAudio and the microphone, with messages staff can act on.

sounddevice loads PortAudio when imported, and fails on machines without it, so it is
imported here lazily and every failure becomes an ``AudioUnavailable`` with a fix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

SAMPLE_RATE = 48_000
CHANNELS = 1
DTYPE = "int16"


class AudioUnavailable(RuntimeError):
    """Recording cannot work here. ``fix`` tells staff what to do.

    ``problem`` and ``fix`` are plain English (the command line, ``letterbox doctor``,
    logs); ``code`` names the problem so the interface can say it in the parent's
    language (ui/wording.py), and ``detail`` is the sound library's own message.
    """

    def __init__(self, problem: str, fix: str, *, code: str = "", detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix
        self.code = code
        self.detail = detail


def load_sounddevice() -> ModuleType:
    """Import sounddevice, or explain why it cannot load."""
    try:
        import sounddevice
    except OSError as error:  # the wheel has no PortAudio on Linux
        raise AudioUnavailable(
            "The sound library PortAudio is not installed.",
            "Ask staff to install it (Debian/Ubuntu: sudo apt-get install libportaudio2), "
            "then run `letterbox doctor`.", code="portaudio_missing") from error
    return sounddevice  # type: ignore[no-any-return]


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_samplerate: float
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device that can record (empty when none)."""
    sd = load_sounddevice()
    try:
        devices: Any = sd.query_devices()
        default_in = sd.default.device[0]
    except sd.PortAudioError:
        return []
    found = []
    for index, info in enumerate(devices):
        if info["max_input_channels"] > 0:
            found.append(InputDevice(index=index, name=str(info["name"]),
                                     channels=int(info["max_input_channels"]),
                                     default_samplerate=float(info["default_samplerate"]),
                                     is_default=index == default_in))
    return found


def check_input(device: int | str | None = None) -> str:
    """Check that ``device`` (default: the system's) records 48 kHz mono 16-bit.

    Returns:
        the device's name.

    Raises:
        AudioUnavailable: with a fix for staff.
    """
    sd = load_sounddevice()
    try:
        info = sd.query_devices(device, kind="input")
        sd.check_input_settings(device=device, channels=CHANNELS, dtype=DTYPE,
                                samplerate=SAMPLE_RATE)
    except (sd.PortAudioError, ValueError) as error:
        raise AudioUnavailable(
            "No microphone was found, or it cannot record at 48 kHz.",
            "Plug in a microphone or headset, check it is switched on and not muted, "
            f"then run `letterbox doctor`. (Detail: {error})", code="no_microphone",
            detail=str(error)) from error
    return str(info["name"])


def level_dbfs(samples: np.ndarray) -> tuple[float, float]:
    """Peak and RMS level of int16 (or float) samples, in dBFS (−inf for silence)."""
    if samples.size == 0:
        return -math.inf, -math.inf
    data = samples.astype(np.float64)
    if samples.dtype == np.int16:
        data /= 32768.0
    peak = float(np.max(np.abs(data)))
    rms = float(np.sqrt(np.mean(np.square(data))))
    return _to_db(peak), _to_db(rms)


def _to_db(ratio: float) -> float:
    return 20 * math.log10(ratio) if ratio > 0 else -math.inf
