"""The recording screens, driven like a user, with a fake microphone and a real store."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt

from letterbox.audio.devices import AudioUnavailable
from letterbox.audio.recorder import partial_path
from letterbox.audio.repair import TakeInfo
from letterbox.audio.speech import Speaker
from letterbox.audio.takes import prepare_take
from letterbox.core import Core
from letterbox.ui.record_echo import EchoView
from letterbox.ui.record_message import MessageView
from letterbox.ui.record_story import StoryView
from letterbox.ui.screen import Session
from tests.audio.fakes import FakeSource, tone
from tests.ui.record_helpers import child_id, demo_session, labels, open_screen, record


@pytest.fixture
def session(demo_core: Core, tasks) -> Session:
    return demo_session(demo_core, tasks)


def test_no_portaudio_device_shows_what_is_wrong_and_the_fix(qtbot, session: Session) -> None:
    """With no microphone (the real check on this machine) the screen explains and offers
    a way back to letters."""
    screen = open_screen(qtbot, session, check_microphone=None)
    qtbot.waitUntil(lambda: "not working" in labels(screen), timeout=10_000)
    text = labels(screen)
    assert "letterbox doctor" in text and "write a letter" in text


def test_missing_portaudio_message_is_shown(qtbot, session: Session) -> None:
    """An AudioUnavailable's problem and fix are both shown."""
    def broken() -> str:
        raise AudioUnavailable("PortAudio is not installed.", "apt-get install libportaudio2")
    screen = open_screen(qtbot, session, check_microphone=broken)
    qtbot.waitUntil(lambda: "PortAudio is not installed." in labels(screen), timeout=5000)
    assert "libportaudio2" in labels(screen)


def test_child_without_approved_contact_cannot_be_recorded_for(qtbot, session: Session) -> None:
    """Nothing can be recorded for a child whose contact is not approved."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Jordan Lee"))
    qtbot.waitUntil(lambda: "not been approved" in labels(screen), timeout=5000)
    assert screen.controller is None


def test_message_takes_keep_the_chosen_one(qtbot, session: Session) -> None:
    """Two takes are recorded; choosing the first makes it the one sent; the transcript is
    stored for the reviewer."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    qtbot.mouseClick(screen.kind_buttons["message"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    view: MessageView = screen.view
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)
    assert view.panel.record_button.text() == "&Record again"
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 2 and "✓" in view.takes.item(1).text(),
                    timeout=5000)
    view.takes.setCurrentRow(0)
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✓" in view.takes.item(0).text(), timeout=5000)
    view.transcript.edit.setPlainText("Happy birthday Zoë, I love you.")
    screen.leave()
    session.tasks.wait_for_done()
    rec = session.core.recordings.get(view.ctx.recording.id)
    assert rec.transcript == "Happy birthday Zoë, I love you."
    chosen = session.core.recordings.parts(rec.id, chosen_only=True)
    assert [p.position for p in chosen] == [1]
    data, rate = soundfile.read(str(session.core.recordings.path_of(chosen[0])), dtype="int16")
    assert rate == 48_000 and len(data) > 4800 and np.abs(data).max() > 9000


def test_deleting_a_take_asks_first(qtbot, session: Session) -> None:
    """Delete asks for confirmation; 'No' keeps the take, 'Yes' removes it and its file."""
    screen = open_screen(qtbot, session)
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    view: MessageView = screen.view
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)
    path = session.core.recordings.path_of(view.parts[0])
    screen.confirm = lambda *_: False  # type: ignore[method-assign]
    view.delete_selected()
    assert path.exists()
    screen.confirm = lambda *_: True  # type: ignore[method-assign]
    view.delete_selected()
    qtbot.waitUntil(lambda: view.takes.count() == 0, timeout=5000)
    assert not path.exists()


def test_story_pages_can_be_rerecorded_alone(qtbot, session: Session) -> None:
    """Pages 1 and 2 are recorded; recording page 1 again keeps page 2; the title is kept."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("story")
    qtbot.waitUntil(lambda: isinstance(screen.view, StoryView), timeout=5000)
    view: StoryView = screen.view
    view.title_edit.setText("Owl Babies")
    assert view.target == 1
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.target == 2, timeout=5000)
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.target == 3 and view.pages.count() == 4, timeout=5000)
    view.choose(0)
    assert "This is" in view.hint.text() and "Owl Babies" in view.hint.text()
    view.choose(1)
    old_page2 = view.current[2].id
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.current.get(1) is not None
                    and view.current[1].id > old_page2, timeout=5000)
    assert view.current[2].id == old_page2
    screen.leave()
    session.tasks.wait_for_done()
    assert session.core.recordings.get(view.ctx.recording.id).title == "Owl Babies"


def test_echo_reading_from_pasted_text(qtbot, session: Session, monkeypatch) -> None:
    """Pasted text becomes lines; a line is read, then recorded, then the next line is up."""
    monkeypatch.setattr("letterbox.audio.echo.speech_seconds", lambda text: 0.2)
    screen = open_screen(qtbot, session, speaker=Speaker("mock"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("echo")
    qtbot.waitUntil(lambda: isinstance(screen.view, EchoView), timeout=5000)
    view: EchoView = screen.view
    view.text_edit.setPlainText("Goodnight moon. Goodnight cow jumping over the moon.")
    qtbot.mouseClick(view.lines_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.lines_list.count() == 2, timeout=5000)
    assert view.line_label.text() == "Goodnight moon."
    qtbot.mouseClick(view.panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.controller.state == "recording"
                    and screen.controller.recorder.frames_written > 4800, timeout=5000)
    with qtbot.waitSignal(screen.controller.take_saved, timeout=5000):
        qtbot.mouseClick(view.panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.line_label.text().startswith("Goodnight cow"), timeout=5000)
    assert view.lines_list.item(0).text().startswith("✓")
    qtbot.waitUntil(lambda: view.phase_label.text().startswith("Line 2 of 2"), timeout=5000)
    view.lines_list.setCurrentRow(0)  # back to line 1: the words follow the choice
    assert view.phase_label.text().startswith("Line 1 of 2")
    screen.leave()


def test_leaving_while_recording_keeps_the_take(qtbot, session: Session) -> None:
    """Signing out or going back mid-take saves what was recorded."""
    screen = open_screen(qtbot, session)
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    qtbot.mouseClick(screen.view.panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.controller.recorder.frames_written > 4800, timeout=5000)
    rid = screen.view.ctx.recording.id
    screen.leave()
    qtbot.waitUntil(lambda: len(session.core.recordings.parts(rid)) == 1, timeout=5000)


def test_interrupted_take_is_offered_when_its_owner_signs_in(qtbot, session: Session,
                                                             sync_tasks) -> None:
    """A repaired take is offered to its parent; Keep adds it to its recording."""
    from letterbox.ui.recovery import InterruptedTakes

    core = session.core
    rec = core.recordings.create(session.parent.id, None, "message")
    final = prepare_take(core.paths, TakeInfo(session.parent.id, rec.id, "take", 1))
    soundfile.write(str(partial_path(final)), np.zeros(9600, dtype=np.int16), 48_000)
    asked: list[str] = []
    offers = InterruptedTakes(core, sync_tasks, lambda t, q: asked.append(q) or True)
    offers.offer(session.parent.id + 99)
    assert asked == []
    offers.offer(session.parent.id)
    assert asked and "Keep it?" in asked[0]
    assert [p.duration_s for p in core.recordings.parts(rec.id)] == [0.2]


def test_recording_works_from_the_keyboard(qtbot, session: Session) -> None:
    """Space on the focused Record button records; focus moves to Stop; Space stops."""
    screen = open_screen(qtbot, session)
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    assert screen.kind_buttons["message"].hasFocus()
    qtbot.keyClick(screen.kind_buttons["message"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    view: MessageView = screen.view
    view.panel.record_button.setFocus()
    qtbot.keyClick(view.panel.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.controller.state == "recording"
                    and screen.controller.recorder.frames_written > 4800, timeout=5000)
    assert view.panel.stop_button.hasFocus()
    with qtbot.waitSignal(screen.controller.take_saved, timeout=5000):
        qtbot.keyClick(view.panel.stop_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)


def test_unplugged_microphone_is_explained_and_the_take_kept(qtbot, session: Session) -> None:
    """A device that stops delivering ends the take; the parent is told it is kept."""
    screen = open_screen(qtbot, session, source_factory=lambda: FakeSource(
        tone(10.0), paced=True, stall_after=20))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    with qtbot.waitSignal(screen.controller.take_saved, timeout=8000):
        qtbot.mouseClick(screen.view.panel.record_button, Qt.MouseButton.LeftButton)
    assert any("unplugged" in text for text in screen.informed)
    qtbot.waitUntil(lambda: screen.view.takes.count() == 1, timeout=5000)


def test_main_window_offers_an_interrupted_take_at_sign_in(qtbot, session: Session) -> None:
    """The real window repairs at start-up and asks the owner when they sign in."""
    from letterbox.ui.main_window import MainWindow

    core = session.core
    rec = core.recordings.create(session.parent.id, None, "message")
    final = prepare_take(core.paths, TakeInfo(session.parent.id, rec.id, "take", 1))
    soundfile.write(str(partial_path(final)), np.zeros(4800, dtype=np.int16), 48_000)
    window = MainWindow(core, session.tasks)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    asked: list[str] = []
    window.ask_keep = lambda title, question: asked.append(question) or False
    window.start_session(session.parent)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    session.tasks.wait_for_done()
    assert not final.exists() and core.recordings.parts(rec.id) == []


def test_echo_reading_from_the_story_library(qtbot, session: Session) -> None:
    """A parent who cannot type picks a story; its text becomes the lines to repeat."""
    screen = open_screen(qtbot, session, speaker=Speaker("mock"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("echo")
    qtbot.waitUntil(lambda: isinstance(screen.view, EchoView), timeout=5000)
    view: EchoView = screen.view
    offered: list[list[str]] = []
    view.pick_story = lambda titles: offered.append(titles) or titles.index(
        "Little Bear Finds a Blanket")
    qtbot.mouseClick(view.story_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Little Bear was cold" in view.text_edit.toPlainText(),
                    timeout=5000)
    assert "The Moon Keeps Watch" in offered[0]
    qtbot.mouseClick(view.lines_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.lines_list.count() >= 10, timeout=5000)
    assert view.line_label.text().startswith("Little Bear was cold")


def test_echo_offers_the_staff_story_folder(qtbot, session: Session, tmp_path) -> None:
    """Stories staff put in the story folder are offered beside the library (title from the
    file name); unreadable or oversized files are left out, and there is no file dialog."""
    folder = tmp_path / "stories"
    (folder / "es").mkdir(parents=True)
    (folder / "The Small Fox.txt").write_text("Once upon a time, a small fox found a star.",
                                               encoding="utf-8")
    (folder / "es" / "El zorro.txt").write_text("Había una vez un zorro.", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    (folder / "huge.txt").write_text("word " * 50_000, encoding="utf-8")
    session.core.settings.set("story_folder", str(folder))
    screen = open_screen(qtbot, session, speaker=Speaker("mock"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("echo")
    qtbot.waitUntil(lambda: isinstance(screen.view, EchoView), timeout=5000)
    view: EchoView = screen.view
    assert not hasattr(view, "load_file") and not hasattr(view, "choose_file")
    offered: list[list[str]] = []
    view.pick_story = lambda titles: offered.append(titles) or titles.index("The Small Fox")
    qtbot.mouseClick(view.story_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "small fox" in view.text_edit.toPlainText(), timeout=5000)
    assert "Little Bear Finds a Blanket" in offered[0]
    assert not {"broken", "huge", "El zorro"} & set(offered[0])
    assert view.ctx.draft.pending.title == "The Small Fox"


def test_a_take_that_cannot_start_leaves_no_empty_draft(qtbot, session: Session) -> None:
    """The microphone fails as the first take starts: the parent is told, and the
    recording made for that take is gone again, so home shows no empty draft."""
    class DeadMicrophone(FakeSource):
        def start(self, sink) -> None:  # type: ignore[no-untyped-def]
            raise AudioUnavailable("The microphone stopped answering.", "Ask staff.")

    parent_id = session.actor.id
    before = session.core.recordings.for_parent(parent_id)
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"),
                         source_factory=lambda: DeadMicrophone(tone(1.0)))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    qtbot.mouseClick(screen.view.panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stopped answering" in labels(screen)
                    or any("stopped answering" in t for t in screen.informed), timeout=5000)
    session.tasks.wait_for_done()
    assert session.core.recordings.for_parent(parent_id) == before
    assert screen.view.ctx.recording is None


def test_a_recording_screen_keeps_the_kiosk_awake_while_recording(qtbot,
                                                                  session: Session) -> None:
    """Recording holds off the idle sign-out; after Stop it no longer does."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"))
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    qtbot.waitUntil(lambda: isinstance(screen.view, MessageView), timeout=5000)
    assert not screen.keeps_awake()
    controller = screen.controller
    qtbot.mouseClick(screen.view.panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "recording", timeout=5000)
    assert screen.keeps_awake()
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        qtbot.mouseClick(screen.view.panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "idle", timeout=5000)
    assert not screen.keeps_awake()
