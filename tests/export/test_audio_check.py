"""Audio is checked before it is encoded: a broken recording is refused, the packet goes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile

from letterbox.demo_cases import LONG_STORY_TITLE
from letterbox.export.audio_check import audio_problem
from letterbox.export.packet import PacketExporter


def _wav(path: Path, samples: np.ndarray, rate: int = 48_000, subtype: str = "FLOAT") -> Path:
    soundfile.write(str(path), samples.astype(np.float32), rate, subtype=subtype)
    return path


def _tone(seconds: float = 1.0, rate: int = 48_000) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return 0.2 * np.sin(2 * np.pi * 220 * t)


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of broken part, and words its reason must contain."""
    nan, inf = _tone(3.0), _tone(3.0)
    nan[100_000] = np.nan  # late in the file: past the first block
    inf[5] = np.inf
    garbage = folder / "garbage.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt garbage" * 10)
    return {
        "nan": (_wav(folder / "nan.wav", nan), "NaN"),
        "inf": (_wav(folder / "inf.wav", inf), "infinite"),
        "empty": (_wav(folder / "empty.wav", np.zeros(0)), "empty"),
        "garbage": (garbage, "cannot be decoded"),
        "rate": (_wav(folder / "odd-rate.wav", _tone(1.0, 12_345), 12_345), "12345 Hz"),
    }


@pytest.mark.parametrize("kind", ["nan", "inf", "empty", "garbage", "rate"])
def test_broken_part_has_a_reason(tmp_path: Path, kind: str) -> None:
    """NaN, Inf, empty, undecodable and oddly sampled parts each get a reason for staff."""
    path, words = _bad_files(tmp_path)[kind]
    reason = audio_problem([path])
    assert reason is not None and words in reason


def test_good_audio_and_mixed_rates(tmp_path: Path) -> None:
    """A good part passes; parts at two rates are refused; no parts is refused."""
    good = _wav(tmp_path / "good.wav", _tone(), subtype="PCM_16")
    assert audio_problem([good]) is None
    other = _wav(tmp_path / "other.wav", _tone(1.0, 44_100), 44_100)
    assert "different sample rates" in (audio_problem([good, other]) or "")
    assert audio_problem([]) is not None


@pytest.mark.parametrize("workers", [1, 2])
def test_broken_recordings_are_refused_and_the_rest_exported(demo_core, tmp_path: Path,
                                                             monkeypatch, workers: int) -> None:  # type: ignore[no-untyped-def]
    """Every broken recording is a refusal with its reason; the good one and letters export,
    and no NaN ever reaches the encoder."""
    import letterbox.audio.processing as processing

    seen_bad: list[bool] = []
    real_encode = processing._encode

    def watching_encode(sink, samples, fmt):  # type: ignore[no-untyped-def]
        seen_bad.append(not np.isfinite(samples).all())
        return real_encode(sink, samples, fmt)

    monkeypatch.setattr(processing, "_encode", watching_encode)
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zo"))
    folder = demo_core.paths.recording_dir(parent.id)
    broken = {}
    for kind, (path, words) in _bad_files(folder).items():
        rec = demo_core.recordings.create(parent.id, zoe.id, "message", title=f"Broken {kind}")
        demo_core.recordings.add_part(rec.id, "take", 1, path, duration_s=1.0)
        demo_core.recordings.set_status(rec.id, "ready")
        broken[rec.id] = words
    result = PacketExporter(demo_core, statuses=("ready",), workers=workers).export(
        parent.id, tmp_path / "out")
    refused = {r.item_id: r.reason for r in result.refused if r.kind == "recording"}
    for rec_id, words in broken.items():
        assert words in refused[rec_id]
        assert demo_core.recordings.get(rec_id).status == "ready"
    exported = [i for i in result.items if i.kind == "recording"]
    assert [i.title for i in exported] == ["Goodnight song for Zoë", LONG_STORY_TITLE]
    assert sum(i.kind == "letter" for i in result.items) == 3
    assert result.folder is not None
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert [i["item_id"] for i in manifest["items"] if i["kind"] == "recording"] == [
        i.item_id for i in exported]
    assert len(list((result.folder / "audio").iterdir())) == 2
    if workers == 1:  # (worker processes do not see this process's patch)
        assert seen_bad and not any(seen_bad)
