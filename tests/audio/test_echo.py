"""Echo reading: the computer's voice is never in a take, and a silent speech service
does not block the parent."""

from __future__ import annotations

import pytest

from letterbox.audio.controller import RecordingController
from letterbox.audio.echo import EchoSession
from letterbox.audio.speech import Speaker
from letterbox.core import Core
from tests.audio.fakes import FakeSource, recording_controller, tone


@pytest.fixture
def owner(qapp):
    """Parent for the test's QObjects, deleted before Python's exit-time collection (which
    otherwise destroys them in any order after the QApplication and can crash)."""
    import shiboken6
    from PySide6.QtCore import QObject

    obj = QObject()
    yield obj
    shiboken6.delete(obj)


class SilentSpeaker(Speaker):
    """Like speechd here: says it is speaking, then never says it finished."""

    def __init__(self, parent=None) -> None:
        super().__init__("mock", parent)
        self.stopped = 0

    def say(self, text: str, language: str = "en") -> bool:
        self._speaking = True
        return True

    def stop(self) -> None:
        self.stopped += 1


def _echo(core: Core, tasks, speaker: Speaker, lines: list[str]) -> tuple[EchoSession,
                                                                            RecordingController]:
    owner = speaker.parent()
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    rec = core.recordings.create(parent.id, None, "echo", story_text="\n".join(lines))
    controller = recording_controller(
        core, tasks, lambda: FakeSource(tone(60, amplitude=0.3), paced=True), rec, parent=owner)
    return EchoSession(speaker, controller, lines=lines, parent=owner), controller


def test_recording_starts_only_after_the_voice_finished(demo_core: Core, tasks, qtbot,
                                                       owner) -> None:
    """With the mock voice, the take starts after 'finished', never while it speaks."""
    speaker = Speaker("mock", owner)
    states_while_speaking: list[str] = []
    session, controller = _echo(demo_core, tasks, speaker, ["The cat sat.", "The dog ran."])
    speaker.started.connect(lambda: states_while_speaking.append(controller.state))
    session.listen_then_record()
    assert session.phase == "listening" and controller.state == "idle"
    qtbot.waitUntil(lambda: controller.state == "recording", timeout=10_000)
    assert states_while_speaking in ([], ["idle"])
    assert not speaker.speaking
    qtbot.waitUntil(lambda: controller.recorder.frames_written > 4800, timeout=5000)
    with qtbot.waitSignal(controller.take_saved, timeout=5000) as saved:
        session.finish_line()
    part = saved.args[0]
    assert (part.role, part.position, part.text) == ("line", 1, "The cat sat.")
    assert session.index == 1 and session.done == {0}


def test_a_voice_that_never_finishes_falls_back_and_is_stopped(
        demo_core: Core, tasks, qtbot, monkeypatch: pytest.MonkeyPatch, owner) -> None:
    """When the speech service never reports the end, the take starts after the estimated
    time, and the voice is stopped first."""
    monkeypatch.setattr("letterbox.audio.echo.speech_seconds", lambda text: 0.3)
    speaker = SilentSpeaker(owner)
    session, controller = _echo(demo_core, tasks, speaker, ["Goodnight moon."])
    session.listen_then_record()
    qtbot.wait(150)
    assert controller.state == "idle"
    qtbot.waitUntil(lambda: controller.state == "recording", timeout=5000)
    assert speaker.stopped == 1
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        session.finish_line()


def test_any_line_can_be_redone(demo_core: Core, tasks, qtbot, monkeypatch, owner) -> None:
    """Choosing a recorded line and recording it again replaces only that line."""
    monkeypatch.setattr("letterbox.audio.echo.speech_seconds", lambda text: 0.1)
    session, controller = _echo(demo_core, tasks, SilentSpeaker(owner),
                                  ["One.", "Two.", "Three."])
    for _ in range(3):
        session.listen_then_record()
        qtbot.waitUntil(lambda: controller.state == "recording"
                        and controller.recorder.frames_written > 2400, timeout=5000)
        with qtbot.waitSignal(controller.take_saved, timeout=5000):
            session.finish_line()
    assert session.done == {0, 1, 2}
    session.go_to(1)
    session.listen_then_record()
    qtbot.waitUntil(lambda: controller.state == "recording"
                    and controller.recorder.frames_written > 2400, timeout=5000)
    with qtbot.waitSignal(controller.take_saved, timeout=5000) as saved:
        session.finish_line()
    assert saved.args[0].position == 2
    chosen = demo_core.recordings.parts(saved.args[0].recording_id, chosen_only=True)
    assert [(p.position, p.text) for p in chosen] == [(1, "One."), (2, "Two."), (3, "Three.")]
    assert len(demo_core.recordings.parts(saved.args[0].recording_id)) == 4

