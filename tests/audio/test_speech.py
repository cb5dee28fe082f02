"""The Speaker never freezes the window on a stuck speech service, and starts late."""

from __future__ import annotations

import subprocess
import sys

import pytest

import letterbox.audio.speech_probe as speech_probe
from letterbox.audio.speech import Speaker


def test_a_stuck_speech_service_is_reported_not_waited_on(qtbot, monkeypatch) -> None:
    """When the child probe hangs, no engine is built in the app (its constructor would
    hold Python's lock for ever), and the parent is told the voice is not answering."""
    monkeypatch.setattr(speech_probe, "probe_in_child",
                        lambda timeout_s: {"engine": "", "problem": "stuck"})
    built: list[str] = []
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        pytest.skip("QtTextToSpeech is not installed")
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["speechd"]))
    original = QTextToSpeech.__init__

    def spy(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        built.append(str(args[:1]))
        original(self, *args, **kwargs)

    monkeypatch.setattr(QTextToSpeech, "__init__", spy)
    speaker = Speaker("")
    with qtbot.waitSignal(speaker.ready, timeout=10_000):
        pass
    try:
        assert built == []
        assert "not answering" in speaker.unavailable_reason("en")
        assert speaker.say("Hello") is False
    finally:
        speaker.shutdown()


def test_the_speaker_opens_nothing_until_started(qtbot) -> None:
    """Built with start=False (the composition root), no thread runs until start()."""
    speaker = Speaker("mock", start=False)
    assert speaker.engine == "" and "still starting" in speaker.unavailable_reason("en")
    with qtbot.waitSignal(speaker.ready, timeout=5000):
        speaker.start()
    assert speaker.engine == "mock"


def test_probe_times_out_on_a_hung_child(monkeypatch) -> None:
    """A child that never answers is 'stuck' after the timeout, not waited on for ever."""
    real_run = subprocess.run

    def hang(*_args, **kwargs):  # type: ignore[no-untyped-def]
        return real_run([sys.executable, "-c", "import time; time.sleep(30)"],
                        timeout=kwargs["timeout"], check=False)

    monkeypatch.setattr(speech_probe.subprocess, "run", hang)
    assert speech_probe.probe_in_child(0.5) == {"engine": "", "problem": "stuck"}
