"""Driving the recording screens like a parent: a session, the screen with a fake
microphone, and Record → Stop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from letterbox.core import Core
from letterbox.tasks import TaskRunner
from letterbox.ui.recording_view import RecordingScreen
from letterbox.ui.screen import Session
from tests.audio.fakes import FakeSource, tone

RESOURCES = Path(__file__).resolve().parents[2] / "assets" / "facilities"


def demo_session(core: Core, tasks: TaskRunner) -> Session:
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    return Session(core=core, tasks=tasks, parent=parent)


def child_id(session: Session, name: str) -> int:
    return next(c.id for c in session.core.profiles.children(session.parent.id)
                if c.name == name)


def open_screen(qtbot, session: Session, **kwargs) -> RecordingScreen:  # type: ignore[no-untyped-def]
    """The real screen, with a fake microphone; confirm says yes; informs are collected."""
    kwargs.setdefault("source_factory",
                      lambda: FakeSource(tone(120, amplitude=0.3), paced=True))
    kwargs.setdefault("check_microphone", lambda: "fake microphone")
    screen = RecordingScreen(session, **kwargs)
    if kwargs.get("speaker") is not None:
        kwargs["speaker"].setParent(screen)  # deleted with the screen, not at exit
    qtbot.addWidget(screen)
    screen.asked = []  # type: ignore[attr-defined]
    screen.confirm = lambda title, question: screen.asked.append(question) or True  # type: ignore
    screen.informed = []  # type: ignore[attr-defined]
    screen.inform = lambda title, text: screen.informed.append(text)  # type: ignore
    screen.show()
    return screen


def labels(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def record(qtbot, screen: RecordingScreen, panel, frames: int = 4800,  # type: ignore[no-untyped-def]
           until: Callable[[], bool] | None = None) -> None:
    """Press Record, wait for ``frames`` (or ``until``), press Stop, wait for the save."""
    controller = screen.controller
    assert controller is not None
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "recording"
                    and controller.recorder.frames_written > frames
                    and (until is None or until()), timeout=5000)
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)


def use_facility(core: Core, *, allowed: bool = True, max_minutes: float = 10) -> None:
    """A facility profile of the staff's own, with these audio rules, chosen in settings."""
    text = (RESOURCES / "generic-us-letter.toml").read_text(encoding="utf-8")
    text = text.replace('id = "generic-us-letter"', 'id = "test-jail"')
    text = text.replace('name = "Generic (US Letter)"', 'name = "Test Jail"')
    text = text.replace("allowed = true", f"allowed = {str(allowed).lower()}")
    text = text.replace("max_minutes = 10", f"max_minutes = {max_minutes}")
    core.paths.facilities.mkdir(parents=True, exist_ok=True)
    (core.paths.facilities / "test-jail.toml").write_text(text, encoding="utf-8")
    core.settings.set("facility_profile", "test-jail")
