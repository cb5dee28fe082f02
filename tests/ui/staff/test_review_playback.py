"""The review page's player on the real audio path: a private PulseAudio null sink is the
speaker (see AUDIO-TESTING.md), QtMultimedia plays the page, and the slider moves."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.audio.sound_devices import DeviceMissing, Mic, start_pulse, stop_pulse
from tests.ui.staff.review_helpers import tone

DRIVER = Path(__file__).with_name("playback_driver.py")


@pytest.fixture
def speaker(tmp_path: Path) -> Iterator[Mic]:
    try:
        mic = start_pulse(tmp_path / "pulse")
    except DeviceMissing as error:
        pytest.fail(str(error), pytrace=False)
    yield mic
    stop_pulse(mic)


def test_slider_moves_while_playing(speaker: Mic, tmp_path: Path) -> None:
    """Playing a 3-second page moves the slider forward, in step with the clock, and the
    GUI thread keeps sampling it (nothing blocks) while the sound plays."""
    wav = tone(tmp_path / "page.wav", 3.0)
    env = dict(speaker.env)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[3])
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
    done = subprocess.run([sys.executable, str(DRIVER), str(wav)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["note"] == "" and result["maximum"] == 3000
    samples = result["samples"]
    assert len(samples) >= 40  # the GUI timer ran about every 100 ms throughout
    values = [value for _t, value, _label in samples]
    moving = [v for v in values if 0 < v < 3000]
    assert len(set(moving)) >= 5, values  # several distinct positions while playing
    assert moving == sorted(moving)
    assert max(values) >= 2000
    assert any(label.startswith("0:02 / 0:03") for _t, _v, label in samples)
