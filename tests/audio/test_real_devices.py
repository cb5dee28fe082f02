"""The recorder through real PortAudio, with the test microphones of AUDIO-TESTING.md."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from letterbox.audio.repair import find_orphans
from letterbox.paths import DataPaths
from tests.audio.sound_devices import CHUNK, Mic

pytestmark = pytest.mark.realaudio
RATE = 48_000


def _tone_file(path: Path, seconds: float, frequency: float, amplitude: float) -> Path:
    t = np.arange(int(seconds * RATE)) / RATE
    soundfile.write(str(path), (np.sin(2 * np.pi * frequency * t) * amplitude * 32767)
                    .astype(np.int16), RATE, subtype="PCM_16")
    return path


def _read_progress(proc: subprocess.Popen[str], until: object) -> dict[str, object]:
    """Read the driver's JSON lines until ``until(line)`` is true; return that line."""
    assert proc.stdout is not None
    while True:
        raw = proc.stdout.readline()
        assert raw, f"driver ended early: {proc.stderr.read() if proc.stderr else ''}"
        line = json.loads(raw)
        if until(line):
            return dict(line)


def _finish(proc: subprocess.Popen[str], timeout: float = 30) -> dict[str, object]:
    """Wait for the driver; its result line (read through the same buffered pipe)."""
    assert proc.stdout is not None and proc.stderr is not None
    proc.wait(timeout=timeout)  # progress lines are few: the pipe cannot fill up
    stdout, stderr = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == 0, stderr
    last = [json.loads(x) for x in stdout.splitlines() if x.startswith("{")][-1]
    return dict(last["result"])


def test_paced_device_records_a_tone_with_its_duration_frequency_and_level(
        pulse_mic: Mic, tmp_path: Path) -> None:
    """A 3 s, 1 kHz, −6 dBFS tone played into the sink is recorded at 3 s ±2%, 1 kHz, −6 dB."""
    tone = _tone_file(tmp_path / "tone.wav", 3.0, 1000.0, 0.5)
    out = tmp_path / "take.wav"
    proc = pulse_mic.spawn(out, "--seconds", "7.5")
    _read_progress(proc, lambda line: int(line.get("frames", 0)) > 0)  # device is live
    player = pulse_mic.play(tone)
    assert player.wait(timeout=15) == 0
    result = _finish(proc)
    data, rate = soundfile.read(str(out), dtype="int16")
    assert rate == RATE and result["frames"] == len(data)
    assert result["overflows"] == 0 and not result["stalled"]
    windows = np.abs(data[: len(data) // 480 * 480].astype(np.int32)).reshape(-1, 480).max(1)
    loud = np.flatnonzero(windows > 0.25 * 32767)
    heard_s = (loud[-1] - loud[0] + 1) * 480 / RATE
    assert heard_s == pytest.approx(3.0, rel=0.02)
    segment = data[loud[0] * 480 + 4800: (loud[-1] + 1) * 480 - 4800].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(segment * np.hanning(len(segment))))
    assert np.fft.rfftfreq(len(segment), 1 / RATE)[spectrum.argmax()] == pytest.approx(
        1000.0, abs=2.0)
    peak_db = 20 * np.log10(np.abs(segment).max() / 32768)
    assert peak_db == pytest.approx(-6.02, abs=0.5)


def test_firehose_hour_is_recorded_sample_for_sample(firehose_mic: Mic, tmp_path: Path) -> None:
    """An hour of seeded noise from the fire-hose lands in the WAV with no sample lost,
    duplicated or reordered."""
    frames = int(firehose_mic.extra["frames"])  # type: ignore[call-overload]
    out = tmp_path / "hour.wav"
    result = firehose_mic.record(out, "--until-frames", str(frames), timeout=120)
    assert result["frames"] == frames and result["limit_reached"]
    assert result["overflows"] == 0 and result["dropped_estimate"] == 0
    source = np.memmap(firehose_mic.extra["raw"], dtype=np.int16, mode="r")
    with soundfile.SoundFile(str(out)) as recorded:
        assert (recorded.samplerate, recorded.channels, recorded.frames) == (RATE, 1, frames)
        for start in range(0, frames, CHUNK):
            block = recorded.read(CHUNK, dtype="int16")
            expected = source[start: start + len(block)]
            if not np.array_equal(block, expected):
                bad = int(np.flatnonzero(block != expected)[0]) + start
                pytest.fail(f"sample {bad} differs from the input")
    out.unlink()


def test_take_killed_mid_recording_is_repaired_with_all_but_the_last_second(
        pulse_mic: Mic, tmp_path: Path) -> None:
    """SIGKILL while recording leaves a WAV that start-up repair restores, holding all
    audio up to at most 1 s before the kill."""
    paths = DataPaths(tmp_path / "data").ensure()
    out = paths.recording_dir(1) / "rec7-take1-killed.wav"
    tone = _tone_file(tmp_path / "long.wav", 12.0, 440.0, 0.3)
    proc = pulse_mic.spawn(out, "--seconds", "30", "--sidecar", "1:7", "--progress", "0.05")
    _read_progress(proc, lambda line: int(line.get("frames", 0)) > 0)
    player = pulse_mic.play(tone)
    last = _read_progress(proc, lambda line: int(line.get("frames", 0)) > 3 * RATE)
    seen_at = time.monotonic()
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    proc.communicate(timeout=10)
    player.kill()
    player.wait()
    frames_at_kill = int(last["frames"]) + int((killed_at - seen_at + 0.05) * RATE)
    (orphan,) = find_orphans(paths, set())
    assert orphan.path == out and orphan.info.recording_id == 7
    data, rate = soundfile.read(str(out), dtype="int16")
    assert rate == RATE
    assert frames_at_kill - RATE <= len(data) <= frames_at_kill + RATE // 10
    heard = np.abs(data[-len(data) // 2:].astype(np.int32)).max()
    assert heard > 0.2 * 32767  # the tone is there, not silence or garbage


def test_stalled_device_ends_the_take_within_two_seconds(pulse_mic: Mic, tmp_path: Path) -> None:
    """A device that stops delivering (PulseAudio frozen) is noticed within 2 s and the
    take ends cleanly with what was recorded."""
    pid = int(pulse_mic.extra["pid"])  # type: ignore[call-overload]
    assert pid, "PulseAudio's pid file was not found"
    out = tmp_path / "stall.wav"
    proc = pulse_mic.spawn(out, "--seconds", "30", "--progress", "0.05")
    _read_progress(proc, lambda line: int(line.get("frames", 0)) > RATE // 2)
    os.kill(pid, signal.SIGSTOP)
    try:
        stopped_at = time.monotonic()
        frozen = _read_progress(proc, lambda line: "ended" in line or "result" in line)
        noticed_after = time.monotonic() - stopped_at
    finally:
        os.kill(pid, signal.SIGCONT)
    result = _finish(proc)
    assert frozen.get("ended") == "stalled" and result["stalled"]
    assert noticed_after <= 2.2  # 2 s, plus the driver's 50 ms report and process latency
    assert soundfile.info(str(out)).frames == result["frames"] >= RATE // 2
