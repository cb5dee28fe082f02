"""Running one UI test again apart, with PortAudio recording a private PulseAudio null sink
while a tone plays into it (AUDIO-TESTING.md): PortAudio fixes its devices when it starts,
so the real-microphone run needs its own process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.audio.fakes import tone
from tests.audio.sound_devices import DeviceMissing, start_pulse, stop_pulse
from tests.helpers import ROOT

REAL_MIC = "LETTERBOX_REAL_MIC"  # set in the inner run: the test records through PortAudio


def rerun_on_real_microphone(tmp_path: Path, test_file: str, test_name: str,
                             **env: str) -> None:
    """Run ``test_file::test_name`` in a child pytest with the real microphone; fail
    with its output unless exactly that test passed."""
    try:
        mic = start_pulse(tmp_path / "pulse")
    except DeviceMissing as error:
        pytest.fail(str(error), pytrace=False)
    wav = tmp_path / "tone.wav"
    soundfile.write(str(wav), np.concatenate(list(tone(30, amplitude=0.3))), 48_000,
                    subtype="PCM_16")
    player = mic.play(wav)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             f"{Path(test_file).relative_to(ROOT)}::{test_name}"],
            cwd=ROOT, env=dict(mic.env, PYTHONPATH=str(ROOT), **{REAL_MIC: "1"}, **env),
            capture_output=True, text=True, timeout=120, check=False)
    finally:
        player.kill()
        player.wait()
        stop_pulse(mic)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
