"""Processing on export: loudness, trimming, joining, and every output format."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import soundfile
from scipy.signal import resample_poly

from letterbox.audio.export_dsp import LoudnessMeter, StreamResampler, TruePeakMeter
from letterbox.audio.processing import (
    FORMATS,
    AudioProcessingError,
    Cancelled,
    ProcessedAudio,
    ProcessingOptions,
    process_parts,
)

RATE = 48_000


def voice_like(seconds: float, seed: int = 0, level: float = 0.1) -> np.ndarray:
    """A speech-like test signal: tones with a slow syllable envelope and a little noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 3.0 * t)
    tone = np.sin(2 * np.pi * 180 * t) + 0.5 * np.sin(2 * np.pi * 410 * t)
    return (level * envelope * tone + 0.002 * rng.standard_normal(len(t))).astype(np.float32)


def write_wav(path: Path, audio: np.ndarray, rate: int = RATE) -> Path:
    soundfile.write(str(path), audio, rate, subtype="PCM_16")
    return path


def test_streamed_loudness_matches_pyloudnorm() -> None:
    """The block-wise BS.1770 meter gives pyloudnorm's figure on the whole array."""
    audio = voice_like(20.0)
    audio[: RATE * 3] = 0  # silence is gated out in both
    meter = LoudnessMeter(RATE)
    for start in range(0, len(audio), 7_919):  # odd block size on purpose
        meter.feed(audio[start:start + 7_919])
    expected = pyloudnorm.Meter(RATE).integrated_loudness(audio.astype(np.float64))
    assert meter.integrated() == pytest.approx(expected, abs=0.01)


def test_stream_resampler_equals_whole_signal_resampling() -> None:
    """48 kHz → 44.1 kHz in odd-sized blocks equals resampling the whole signal at once."""
    audio = voice_like(3.0).astype(np.float64)
    resampler = StreamResampler(RATE, 44_100)
    pieces = [resampler.push(audio[i:i + 10_007]) for i in range(0, len(audio), 10_007)]
    streamed = np.concatenate([*pieces, resampler.flush()])
    whole = resample_poly(audio, 147, 160)
    assert len(streamed) == len(whole)
    assert np.max(np.abs(streamed - whole)) < 1e-9


def test_true_peak_sees_peaks_between_samples() -> None:
    """A sine at a quarter of the rate, sampled off its peaks, has a true peak above its samples."""
    t = np.arange(4800)
    audio = 0.5 * np.sin(np.pi / 2 * t + np.pi / 4)
    meter = TruePeakMeter()
    meter.feed(audio)
    assert np.max(np.abs(audio)) < 0.36 and meter.peak > 0.48


def test_ten_minute_recording_exports_to_every_format(tmp_path: Path) -> None:
    """10 minutes with silence at both ends: every format reads back with the trimmed length."""
    audio = np.concatenate([np.zeros(RATE * 2, np.float32), voice_like(596.0),
                            np.zeros(RATE * 2, np.float32)])
    source = write_wav(tmp_path / "long.wav", audio)
    expected = 596.0 + 2 * ProcessingOptions().trim_pad_s

    order = sorted(FORMATS, key=lambda k: k != "mp3")  # the slowest encoder first
    # Two processes, as the packet does: encoders hold the GIL, so threads do not help.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(process_parts, [source],
                               tmp_path / f"out-{key}.{FORMATS[key].extension}",
                               ProcessingOptions(format=key)) for key in order]
        results: dict[str, ProcessedAudio] = {
            key: f.result() for key, f in zip(order, futures, strict=True)}
    for key, fmt in FORMATS.items():
        result = results[key]
        info = soundfile.info(str(result.path))
        assert info.samplerate == (fmt.rate or RATE) and info.channels == fmt.channels, key
        assert info.duration == pytest.approx(expected, abs=0.06), key
        assert result.duration_s == pytest.approx(expected, abs=0.06), key
    cd = soundfile.info(str(tmp_path / "out-cd-wav.wav"))
    assert (cd.samplerate, cd.channels, cd.subtype) == (44_100, 2, "PCM_16")


def test_loudness_target_and_peak_ceiling(tmp_path: Path) -> None:
    """A quiet recording comes out at −16 LUFS; a peaky one stops at −1 dBFS true peak."""
    quiet = write_wav(tmp_path / "quiet.wav", voice_like(15.0, level=0.02))
    out = tmp_path / "quiet.flac"
    process_parts([quiet], out, ProcessingOptions(format="flac"))
    data, rate = soundfile.read(str(out))
    assert pyloudnorm.Meter(rate).integrated_loudness(data) == pytest.approx(-16.0, abs=0.3)

    peaky = voice_like(15.0, level=0.02)
    peaky[RATE * 5: RATE * 5 + 200] = 0.9  # a clap
    source = write_wav(tmp_path / "peaky.wav", peaky)
    result = process_parts([source], tmp_path / "peaky.wav.out.wav",
                           ProcessingOptions(format="wav"))
    meter = TruePeakMeter()
    meter.feed(soundfile.read(str(result.path))[0])
    assert meter.dbfs <= -0.9
    assert result.notes  # the reviewer is told it was kept quieter


def test_parts_join_in_order_with_pauses(tmp_path: Path) -> None:
    """Story pages are joined in the given order, each trimmed, with a short pause between."""
    one = write_wav(tmp_path / "1.wav", np.concatenate([np.zeros(RATE), voice_like(2.0)]))
    two = write_wav(tmp_path / "2.wav", voice_like(3.0, seed=2, level=0.05))
    result = process_parts([one, two], tmp_path / "story.wav", ProcessingOptions(format="wav"))
    pad = ProcessingOptions().trim_pad_s
    assert result.duration_s == pytest.approx(2.0 + pad + 0.8 + 3.0, abs=0.05)
    data, _ = soundfile.read(str(result.path))
    gap_start = int((2.0 + pad + 0.05) * RATE)
    assert np.max(np.abs(data[gap_start:gap_start + int(0.6 * RATE)])) == 0.0


def test_silent_recording_is_kept_and_flagged(tmp_path: Path) -> None:
    """A silent recording is not lifted into noise; the reviewer is told."""
    source = write_wav(tmp_path / "silent.wav", np.zeros(RATE * 3, np.float32))
    result = process_parts([source], tmp_path / "s.mp3", ProcessingOptions(format="mp3"))
    assert result.silent and result.gain_db == 0.0 and "silent" in result.notes[0]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    """Cancelling between blocks removes the half-written output."""
    source = write_wav(tmp_path / "in.wav", voice_like(10.0))
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        process_parts([source], tmp_path / "out.ogg", ProcessingOptions(format="ogg"),
                      should_cancel=lambda: next(calls) > 14)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav"]


def test_unreadable_part_is_a_clear_error(tmp_path: Path) -> None:
    """A damaged file raises AudioProcessingError naming it."""
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF not really")
    with pytest.raises(AudioProcessingError, match=r"bad\.wav"):
        process_parts([bad], tmp_path / "x.wav", ProcessingOptions(format="wav"))


def test_true_peak_streamed_equals_the_whole_filter() -> None:
    """The meter computes only the oversampled values that could pass the peak so far,
    yet equals the 4× filter run over the whole signal at once, whatever the block sizes."""
    from scipy.signal import upfirdn

    from letterbox.audio.export_dsp import _oversampling_filter

    rng = np.random.default_rng(7)
    for trial in range(40):
        n = int(rng.integers(20, 30_000))
        x = rng.standard_normal(n) * 0.2 * np.sin(np.arange(n) / rng.uniform(5, 900)) ** 2
        if trial % 4 == 0:  # the inter-sample peak case
            x = 0.5 * np.sin(np.pi / 2 * np.arange(n) + np.pi / 4)
        whole = max(np.max(np.abs(x)), np.max(np.abs(upfirdn(_oversampling_filter(), x, up=4))))
        meter, start = TruePeakMeter(), 0
        while start < n:
            step = int(rng.integers(1, 6000))
            meter.feed(x[start:start + step])
            start += step
        assert 10 ** (meter.dbfs / 20) == pytest.approx(whole, rel=1e-6)  # float32 inside
