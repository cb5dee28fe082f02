"""The recorder engine with a fake microphone (numpy blocks, no PortAudio)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from letterbox.audio.devices import AudioUnavailable
from letterbox.audio.recorder import Recorder, partial_path
from tests.audio.fakes import FakeSource, silence, tone


def _counter_blocks(total: int, block: int = 1000) -> list[np.ndarray]:
    data = (np.arange(total) % 65536 - 32768).astype(np.int16)
    return [data[i:i + block] for i in range(0, total, block)]


def _wait_until(predicate, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)


def test_every_block_reaches_the_file_in_order(tmp_path: Path) -> None:
    """Fire-hose fake: the WAV holds exactly the samples delivered, in order."""
    total = 480_000
    rec = Recorder(FakeSource(_counter_blocks(total)))
    rec.start(tmp_path / "a.wav")
    _wait_until(lambda: rec.frames_written >= total)
    result = rec.stop()
    assert result is not None and result.frames == total
    data, rate = soundfile.read(tmp_path / "a.wav", dtype="int16")
    assert rate == 48_000
    np.testing.assert_array_equal(data, np.concatenate(_counter_blocks(total)))
    assert not partial_path(tmp_path / "a.wav").exists()
    assert result.duration_s == pytest.approx(10.0)


def test_pause_keeps_nothing_until_resume(tmp_path: Path) -> None:
    """Blocks arriving while paused are not in the take; those after resume are."""
    rec = Recorder(FakeSource(tone(3.0), paced=True))
    rec.start(tmp_path / "p.wav")
    _wait_until(lambda: rec.frames_written > 4800)
    rec.pause()
    time.sleep(0.05)
    at_pause = rec.frames_written
    time.sleep(0.3)
    assert rec.frames_written == at_pause
    rec.resume()
    _wait_until(lambda: rec.frames_written > at_pause + 4800)
    result = rec.stop()
    assert result is not None
    assert result.frames < rec.frames_received - 0.25 * 48_000


def test_stall_ends_the_take_within_two_seconds_and_keeps_audio(tmp_path: Path) -> None:
    """A device that stops delivering (unplugged) ends the take cleanly, audio kept."""
    rec = Recorder(FakeSource(tone(10.0), paced=True, stall_after=20))
    rec.start(tmp_path / "s.wav")
    _wait_until(lambda: rec.frames_written >= 20 * 1024)
    stalled_at = time.monotonic()
    _wait_until(lambda: not rec.recording, timeout=4)
    assert time.monotonic() - stalled_at <= 2.0
    result = rec.stop()
    assert result is not None and result.stalled
    assert soundfile.info(str(tmp_path / "s.wav")).frames == 20 * 1024


def test_maximum_length_ends_the_take_exactly(tmp_path: Path) -> None:
    """A take stops itself at the facility's maximum length, to the frame."""
    rec = Recorder(FakeSource(_counter_blocks(200_000, 777)))
    rec.start(tmp_path / "m.wav", max_seconds=2.0)
    _wait_until(lambda: not rec.recording)
    result = rec.stop()
    assert result is not None and result.limit_reached and result.frames == 96_000
    assert soundfile.info(str(tmp_path / "m.wav")).frames == 96_000


def test_overflows_are_counted(tmp_path: Path) -> None:
    """Overflow flags from the device are counted in the result."""
    rec = Recorder(FakeSource(_counter_blocks(100_000), overflow_every=10))
    rec.start(tmp_path / "o.wav")
    _wait_until(lambda: rec.frames_received >= 100_000)
    result = rec.stop()
    assert result is not None and result.overflows == 10


def test_missing_frames_against_elapsed_time_are_estimated(tmp_path: Path) -> None:
    """A paced device that delivers half the frames for the time shows a dropped estimate."""
    half = [b[: len(b) // 2] for b in tone(2.0)]

    def paced_halves():
        for block in half:
            yield block
            time.sleep(len(block) * 2 / 48_000)

    rec = Recorder(FakeSource(paced_halves()))
    rec.start(tmp_path / "d.wav")
    _wait_until(lambda: rec.frames_received >= sum(len(b) for b in half))
    result = rec.stop()
    assert result is not None
    assert result.dropped_estimate > 0.5 * 48_000 * 0.5


def test_meter_peak_reads_and_resets(tmp_path: Path) -> None:
    """The meter's peak reflects the loudest sample and resets when read."""
    rec = Recorder(FakeSource(tone(0.5, amplitude=0.5)))
    rec.start(tmp_path / "l.wav")
    _wait_until(lambda: rec.frames_written >= 24_000)
    assert rec.take_peak() == pytest.approx(0.5, abs=0.01)
    assert rec.take_peak() == 0.0
    rec.stop()


def test_take_result_keeps_the_whole_takes_peak(tmp_path: Path) -> None:
    """The take's peak is the loudest sample of the whole take, however often the meter
    read (and reset) its own peak meanwhile."""
    loud_then_quiet = [*tone(0.2, amplitude=0.6), *tone(0.3, amplitude=0.1)]
    rec = Recorder(FakeSource(loud_then_quiet))
    rec.start(tmp_path / "p.wav")
    _wait_until(lambda: rec.frames_written >= 24_000)
    rec.take_peak()
    result = rec.stop()
    assert result is not None and result.peak == pytest.approx(0.6, abs=0.01)
    assert rec.take_peak() == 0.0


def test_silent_take_has_zero_peak(tmp_path: Path) -> None:
    """A take of digital silence reports a peak of 0."""
    rec = Recorder(FakeSource(silence(0.2)))
    rec.start(tmp_path / "s.wav")
    _wait_until(lambda: rec.frames_written >= 9_600)
    result = rec.stop()
    assert result is not None and result.frames == 9_600 and result.peak == 0.0


def test_device_that_cannot_open_leaves_no_file(tmp_path: Path) -> None:
    """When the microphone cannot be opened, the error says so and no file is left."""
    source = FakeSource([])
    source.fail_with = AudioUnavailable("No microphone", "Plug one in")
    rec = Recorder(source)
    with pytest.raises(AudioUnavailable):
        rec.start(tmp_path / "x.wav")
    assert list(tmp_path.iterdir()) == []
    assert rec.stop() is None


def test_disk_full_mid_take_keeps_what_was_written(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """When the disk fills up mid-take, the take ends, says why, and keeps the audio so far."""
    real_write = soundfile.SoundFile.write
    written = {"frames": 0}

    def write_until_full(self, data):  # type: ignore[no-untyped-def]
        if written["frames"] >= 96_000:
            raise RuntimeError("Error in WAV file: No space left on device")
        written["frames"] += len(data)
        return real_write(self, data)

    monkeypatch.setattr(soundfile.SoundFile, "write", write_until_full)
    rec = Recorder(FakeSource(_counter_blocks(480_000, 4800), paced=True))
    rec.start(tmp_path / "f.wav")
    _wait_until(lambda: not rec.recording, timeout=10)
    result = rec.stop()
    assert result is not None and "No space left" in result.write_error
    kept = soundfile.info(str(tmp_path / "f.wav")).frames
    assert kept == result.frames >= 96_000
    assert not partial_path(tmp_path / "f.wav").exists()
