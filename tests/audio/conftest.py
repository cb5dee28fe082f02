"""The two test microphones of AUDIO-TESTING.md, started by the tests themselves.

A missing PulseAudio makes these tests fail with the package to install: they must not
pass by being skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.audio.sound_devices import DeviceMissing, Mic, start_firehose, start_pulse, stop_pulse


@pytest.fixture(scope="session")
def pulse_mic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mic]:
    """A paced microphone: PulseAudio's null sink 'kiosk', heard as ALSA device 'pulse'."""
    try:
        mic = start_pulse(tmp_path_factory.mktemp("pulse"))
    except DeviceMissing as error:
        pytest.fail(str(error), pytrace=False)
    yield mic
    stop_pulse(mic)


@pytest.fixture(scope="session")
def firehose_mic(tmp_path_factory: pytest.TempPathFactory) -> Mic:
    """An unpaced microphone: ALSA's file plugin reading an hour of seeded noise."""
    return start_firehose(tmp_path_factory.mktemp("firehose"))
