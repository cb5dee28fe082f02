"""Warnings while recording, and takes that end by themselves, through the controller."""

from __future__ import annotations

import numpy as np

from letterbox.audio.controller import LevelWatch, RecordingController, TakePlan, TakeRequest
from letterbox.audio.repair import TakeInfo
from letterbox.core import Core
from letterbox.errors import NotAllowed
from tests.audio.fakes import FakeSource, recording_controller, tone


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
    rec = demo_core.recordings.create(_parent_id(demo_core), None, "message")
    controller = recording_controller(demo_core, tasks, lambda: FakeSource(silence, paced=True),
                                      rec)
    with qtbot.waitSignal(controller.warning, timeout=6000,
                          check_params_cb=lambda code: code == "quiet"):
        controller.record(TakeRequest("take", 1))
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        controller.stop()


def test_unplugged_microphone_saves_the_take_marked_stalled(demo_core: Core, tasks,
                                                            qtbot) -> None:
    """When the device stops delivering, the take is saved and reported as stalled."""
    rec = demo_core.recordings.create(_parent_id(demo_core), None, "message")
    controller = recording_controller(
        demo_core, tasks, lambda: FakeSource(tone(10.0), paced=True, stall_after=30), rec)
    with qtbot.waitSignal(controller.take_saved, timeout=8000) as saved:
        controller.record(TakeRequest("take", 1))
    part, result = saved.args
    assert result.stalled and part.duration_s == 30 * 1024 / 48_000
    assert controller.state == "idle"


def test_the_planned_maximum_ends_the_take(demo_core: Core, tasks, qtbot) -> None:
    """The maximum that ``prepare`` gives a take stops it there, by itself."""
    rec = demo_core.recordings.create(_parent_id(demo_core), None, "message")
    plain = recording_controller(demo_core, tasks, lambda: FakeSource(tone(10.0)), rec)
    controller = RecordingController(
        demo_core.paths, tasks, lambda: FakeSource(tone(10.0)),
        prepare=lambda request: TakePlan(TakeInfo(rec.parent_id, rec.id, "take", 1), 1.5),
        add_part=plain._add_part, max_seconds=600)
    with qtbot.waitSignal(controller.take_saved, timeout=8000) as saved:
        controller.record(TakeRequest("take", 1))
    part, result = saved.args
    assert result.limit_reached and part.duration_s == 1.5 and controller.max_seconds == 1.5


def test_a_refused_take_never_opens_the_microphone(demo_core: Core, tasks, qtbot) -> None:
    """When ``prepare`` refuses (the recording is full), the controller says why, stays idle
    and leaves no file."""
    def full(_request: TakeRequest) -> TakePlan:
        raise NotAllowed("recording_full", seconds=600.0)

    source = FakeSource([])
    source.fail_with = AssertionError("the microphone was opened")
    controller = RecordingController(demo_core.paths, tasks, lambda: source, prepare=full,
                                     add_part=lambda *a, **k: None, max_seconds=600)
    with qtbot.waitSignal(controller.refused, timeout=5000) as refused:
        controller.record(TakeRequest("page", 2))
    assert refused.args[0].code == "recording_full" and controller.state == "idle"
    assert list(demo_core.paths.recording_dir(_parent_id(demo_core)).glob("rec*")) == []
