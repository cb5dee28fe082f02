"""Warnings while recording, and takes that end by themselves, through the controller."""

from __future__ import annotations

import numpy as np

from letterbox.audio.controller import LevelWatch, RecordingController
from letterbox.audio.repair import TakeInfo
from letterbox.core import Core
from tests.audio.fakes import FakeSource, tone


def test_quiet_for_three_seconds_warns_then_clears() -> None:
    """Three seconds below −40 dBFS says 'quiet'; speaking again clears it."""
    watch = LevelWatch()
    codes = [watch.update(0.001, 0.05, None) for _ in range(61)]
    assert codes[50] == "" and codes[-1] == "quiet"
    assert watch.update(0.3, 0.05, None) == ""


def test_clipping_warns_and_is_held_two_seconds() -> None:
    """A full-scale peak says 'clipping', and keeps saying it for two seconds."""
    watch = LevelWatch()
    assert watch.update(1.0, 0.05, None) == "clipping"
    held = [watch.update(0.3, 0.05, None) for _ in range(45)]
    assert held[30] == "clipping" and held[-1] == ""


def test_last_thirty_seconds_are_announced() -> None:
    """With 30 s or less left, the parent is told."""
    assert LevelWatch().update(0.3, 0.05, 29.0) == "ending_soon"
    assert LevelWatch().update(0.3, 0.05, 31.0) == ""


def _parent_id(core: Core) -> int:
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    return parent.id


def test_silent_microphone_gives_the_quiet_warning(demo_core: Core, tasks, qtbot) -> None:
    """A microphone sending only near-silence warns 'quiet' while recording."""
    silence = (np.zeros(1024, dtype=np.int16) for _ in range(1000))
    controller = RecordingController(demo_core, tasks, lambda: FakeSource(silence, paced=True),
                                     max_seconds=600)
    rec = demo_core.recordings.create(_parent_id(demo_core), None, "message")
    with qtbot.waitSignal(controller.warning, timeout=6000,
                          check_params_cb=lambda code: code == "quiet"):
        controller.record(TakeInfo(_parent_id(demo_core), rec.id, "take", 1))
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        controller.stop()


def test_unplugged_microphone_saves_the_take_marked_stalled(demo_core: Core, tasks,
                                                            qtbot) -> None:
    """When the device stops delivering, the take is saved and reported as stalled."""
    controller = RecordingController(
        demo_core, tasks, lambda: FakeSource(tone(10.0), paced=True, stall_after=30),
        max_seconds=600)
    rec = demo_core.recordings.create(_parent_id(demo_core), None, "message")
    with qtbot.waitSignal(controller.take_saved, timeout=8000) as saved:
        controller.record(TakeInfo(_parent_id(demo_core), rec.id, "take", 1))
    part, result = saved.args
    assert result.stalled and part.duration_s == 30 * 1024 / 48_000
    assert controller.state == "idle"
