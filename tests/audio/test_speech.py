"""The Speaker never freezes the window on a stuck speech service, and starts late."""

from __future__ import annotations

import threading
import time

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


def _hanging_speech_service(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Make the probe's child a program that never answers (as a wedged service does)."""
    program = tmp_path / "hang"
    program.write_text("#!/bin/sh\nsleep 30\n")
    program.chmod(0o755)
    monkeypatch.setattr(speech_probe.sys, "frozen", True, raising=False)
    monkeypatch.setattr(speech_probe.sys, "executable", str(program))


def test_probe_times_out_on_a_hung_child(tmp_path, monkeypatch) -> None:
    """A child that never answers is 'stuck' after the timeout, and is killed."""
    _hanging_speech_service(tmp_path, monkeypatch)
    started = time.monotonic()
    assert speech_probe.probe_in_child(0.5) == {"engine": "", "problem": "stuck"}
    assert time.monotonic() - started < 5
    assert not speech_probe._running


def test_closing_the_app_stops_a_waiting_probe(tmp_path, monkeypatch) -> None:
    """stop_probes() ends a probe still waiting, so the speech thread can stop at exit."""
    _hanging_speech_service(tmp_path, monkeypatch)
    results: list[dict[str, object]] = []
    worker = threading.Thread(target=lambda: results.append(speech_probe.probe_in_child(60)))
    worker.start()
    deadline = time.monotonic() + 5
    while not speech_probe._running and time.monotonic() < deadline:
        time.sleep(0.02)
    speech_probe.stop_probes()
    worker.join(5)
    assert not worker.is_alive() and results and results[0]["engine"] == ""
