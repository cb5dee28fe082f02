"""Playing a take back says kindly when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.audio.playback import Player


def test_missing_file_is_explained(qtbot, tmp_path: Path) -> None:
    """Playing a file that is gone says so instead of failing silently."""
    player = Player()
    with qtbot.waitSignal(player.unavailable, timeout=1000) as said:
        assert player.play(tmp_path / "gone.wav") is False
    assert "missing" in said.args[0]


@pytest.mark.qt_log_ignore("PulseAudioService")  # QtMultimedia's note: no sound server here
def test_no_speakers_is_explained(qtbot, tmp_path: Path) -> None:
    """With no audio output (this machine), Play explains that the take is safe."""
    import numpy as np
    import soundfile

    wav = tmp_path / "take.wav"
    soundfile.write(str(wav), np.zeros(4800, dtype=np.int16), 48_000)
    player = Player()
    with qtbot.waitSignal(player.unavailable, timeout=3000) as said:
        assert player.play(wav) is False
    assert "no speakers" in said.args[0]
