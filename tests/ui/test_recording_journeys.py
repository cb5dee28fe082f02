"""Recordings all the way: recorded through the real screens, sent for review, refused when
something is missing or silent, limited while recording, and (end to end) approved by staff
and exported into the mail room's packet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile
from PySide6.QtCore import Qt

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.errors import NotAllowed, NotReady
from letterbox.services.actor import Actor
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind
from letterbox.ui.record_echo import EchoView
from letterbox.ui.record_message import MessageView
from letterbox.ui.record_story import StoryView
from letterbox.ui.screen import Session
from letterbox.ui.wording import error_text, status_text
from tests.audio.fakes import FakeSource, silence, tone
from tests.ui.record_helpers import (
    child_id,
    demo_session,
    labels,
    open_screen,
    record,
    use_facility,
)

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def session(demo_core: Core, tasks) -> Session:
    return demo_session(demo_core, tasks)


def _start(qtbot, screen, kind: str):
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    qtbot.mouseClick(screen.kind_buttons[kind], CLICK)
    return screen.view


def _send_refused(qtbot, screen, view) -> str:
    before = len(screen.informed)
    qtbot.mouseClick(view.submit.send_button, CLICK)
    qtbot.waitUntil(lambda: len(screen.informed) > before, timeout=5000)
    return screen.informed[-1]


def test_message_recorded_and_sent_for_review(qtbot, session: Session) -> None:
    """A message recorded through the screen and sent with “Send for review” waits for staff;
    the parent is told staff will listen, and goes home."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"))
    view: MessageView = _start(qtbot, screen, "message")
    assert "&" in view.submit.send_button.text()  # a keyboard mnemonic
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)
    view.transcript.edit.setPlainText("Goodnight Zoë.")
    with qtbot.waitSignal(screen.go_home, timeout=5000):
        qtbot.mouseClick(view.submit.send_button, CLICK)
    assert screen.informed[-1] == "Sent for review. Staff will listen before it goes out."
    stored = session.core.recordings.get(view.ctx.recording.id)
    assert (stored.status, stored.transcript) == ("ready", "Goodnight Zoë.")


def test_story_with_page_two_missing_is_refused(qtbot, session: Session) -> None:
    """Pages 1 and 3 without page 2: “Send for review” says page 2 is missing; still a draft."""
    screen = open_screen(qtbot, session)
    view: StoryView = _start(qtbot, screen, "story")
    for page in (1, 2, 3):
        record(qtbot, screen, view.panel)
        qtbot.waitUntil(lambda p=page: view.target == p + 1, timeout=5000)
    view.choose(2)
    view.delete_target()
    qtbot.waitUntil(lambda: sorted(view.current) == [1, 3], timeout=5000)
    assert _send_refused(qtbot, screen, view) == error_text(NotReady("page_missing", page=2))
    assert session.core.recordings.get(view.ctx.recording.id).status == "draft"


def test_silent_take_is_flagged_at_once_and_cannot_be_sent(qtbot, session: Session) -> None:
    """A take of silence is flagged right after Stop and marked in the list; sending it is
    refused because nobody can be heard."""
    screen = open_screen(qtbot, session,
                         source_factory=lambda: FakeSource(silence(120), paced=True))
    view: MessageView = _start(qtbot, screen, "message")
    record(qtbot, screen, view.panel)
    heard_nothing = error_text(NotReady("take_silent"))
    assert heard_nothing.startswith("We could not hear you in this take")
    assert screen.informed == [heard_nothing]
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)
    assert "we could not hear you" in view.takes.item(0).text()
    assert _send_refused(qtbot, screen, view) == heard_nothing
    assert view.parts[0].peak_dbfs == -120.0
    assert session.core.recordings.get(view.ctx.recording.id).status == "draft"


def test_echo_with_a_line_missing_is_refused(qtbot, session: Session, monkeypatch) -> None:
    """An echo reading with one of its two lines recorded is refused: lines are missing."""
    monkeypatch.setattr("letterbox.audio.echo.speech_seconds", lambda text: 0.2)
    screen = open_screen(qtbot, session, speaker=Speaker("mock"))
    view: EchoView = _start(qtbot, screen, "echo")
    view.text_edit.setPlainText("Goodnight moon. Goodnight cow jumping over the moon.")
    qtbot.mouseClick(view.lines_button, CLICK)
    qtbot.waitUntil(lambda: view.lines_list.count() == 2, timeout=5000)
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.lines_list.item(0).text().startswith("✓"), timeout=5000)
    assert _send_refused(qtbot, screen, view) == error_text(
        NotReady("lines_missing", missing=1, total=2))
    stored = session.core.recordings.get(view.ctx.recording.id)
    assert stored.status == "draft" and stored.story_text.startswith("Goodnight moon.")
    screen.leave()


def test_silent_echo_line_is_marked(qtbot, session: Session, monkeypatch) -> None:
    """An echo line recorded in silence is flagged at once and marked ⚠ in the lines."""
    monkeypatch.setattr("letterbox.audio.echo.speech_seconds", lambda text: 0.2)
    screen = open_screen(qtbot, session, speaker=Speaker("mock"),
                         source_factory=lambda: FakeSource(silence(60), paced=True))
    view: EchoView = _start(qtbot, screen, "echo")
    view.text_edit.setPlainText("Goodnight moon. Goodnight stars.")
    qtbot.mouseClick(view.lines_button, CLICK)
    qtbot.waitUntil(lambda: view.lines_list.count() == 2, timeout=5000)
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.lines_list.item(0).text().startswith("⚠"), timeout=5000)
    assert screen.informed == [error_text(NotReady("take_silent"))]
    screen.leave()


def test_audio_limit_is_applied_while_recording(qtbot, session: Session) -> None:
    """With a one-minute facility limit, page 1 stops by itself at 60 s and is kept; another
    page is refused before the microphone opens, because the minute is used up."""
    use_facility(session.core, max_minutes=1)
    screen = open_screen(qtbot, session, source_factory=lambda: FakeSource(tone(120)))
    view: StoryView = _start(qtbot, screen, "story")
    with qtbot.waitSignal(screen.controller.take_saved, timeout=10_000) as saved:
        qtbot.mouseClick(view.panel.record_button, CLICK)
    part, result = saved.args
    assert result.limit_reached and part.duration_s == 60.0
    assert any("maximum length" in text for text in screen.informed)
    qtbot.waitUntil(lambda: view.target == 2, timeout=5000)
    with qtbot.waitSignal(screen.controller.refused, timeout=5000):
        qtbot.mouseClick(view.panel.record_button, CLICK)
    assert screen.informed[-1] == error_text(NotAllowed("recording_full", seconds=60.0))
    assert screen.controller.state == "idle"
    assert len(session.core.recordings.parts(view.ctx.recording.id)) == 1


def test_facility_without_audio_offers_no_recording(qtbot, session: Session) -> None:
    """Where the facility accepts no recordings, the screen says so instead of the chooser."""
    use_facility(session.core, allowed=False)
    screen = open_screen(qtbot, session)
    qtbot.waitUntil(lambda: "does not accept recordings" in labels(screen), timeout=5000)
    assert not hasattr(screen, "kind_buttons") and screen.controller is None


def test_opening_and_leaving_stores_nothing(qtbot, session: Session) -> None:
    """Choosing a kind and typing, then leaving without recording, leaves no recording."""
    before = len(session.core.recordings.for_parent(session.parent.id))
    for kind in ("message", "story", "echo"):
        screen = open_screen(qtbot, session, speaker=Speaker("mock"))
        view = _start(qtbot, screen, kind)
        view.transcript.edit.setPlainText("Words for the reviewer")
        if kind == "story":
            view.title_edit.setText("Owl Babies")
        if kind == "echo":
            view.text_edit.setPlainText("One line. Another line.")
            qtbot.mouseClick(view.lines_button, CLICK)
        screen.leave()
        session.tasks.wait_for_done()
        qtbot.wait(50)
    assert len(session.core.recordings.for_parent(session.parent.id)) == before


def test_first_take_stores_the_draft_with_what_was_typed(qtbot, session: Session) -> None:
    """The first take creates the recording, for the child, with the title and transcript
    typed before it."""
    zoe = child_id(session, "Zoë Martínez")
    screen = open_screen(qtbot, session, child_id=zoe)
    view: StoryView = _start(qtbot, screen, "story")
    view.title_edit.setText("Owl Babies")
    view.transcript.edit.setPlainText("The owl book")
    view.transcript.save()
    assert view.ctx.recording is None
    record(qtbot, screen, view.panel)
    stored = session.core.recordings.get(view.ctx.recording.id)
    assert (stored.kind, stored.child_id, stored.title, stored.transcript) == (
        "story", zoe, "Owl Babies", "The owl book")


def test_a_new_take_never_steals_the_kept_tick(qtbot, session: Session) -> None:
    """Once the parent keeps take 1, a third take is added without the ✓, which stays on
    take 1 in the list and in the store."""
    screen = open_screen(qtbot, session)
    view: MessageView = _start(qtbot, screen, "message")
    record(qtbot, screen, view.panel)
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 2 and "✓" in view.takes.item(1).text(),
                    timeout=5000)
    view.takes.setCurrentRow(0)
    qtbot.mouseClick(view.keep_button, CLICK)
    qtbot.waitUntil(lambda: "✓" in view.takes.item(0).text(), timeout=5000)
    record(qtbot, screen, view.panel)
    qtbot.waitUntil(lambda: view.takes.count() == 3, timeout=5000)
    assert ["✓" in view.takes.item(i).text() for i in range(3)] == [True, False, False]
    chosen = session.core.recordings.parts(view.ctx.recording.id, chosen_only=True)
    assert [p.position for p in chosen] == [1]


def test_another_parents_recording_cannot_be_opened(qtbot, session: Session) -> None:
    """A recording id of another parent reads as not found; nothing can be recorded."""
    other = session.core.profiles.create_parent("Other Parent", "OTHER-0002", "5678")
    theirs = session.core.recordings.create(other.id, None, "message")
    screen = open_screen(qtbot, session, recording_id=theirs.id)
    qtbot.waitUntil(lambda: "could not be found" in labels(screen), timeout=5000)
    assert screen.controller is None and screen.view is None
    assert session.core.recordings.parts(theirs.id) == []


def test_returned_recording_shows_why_and_is_taken_back_after_asking(qtbot,
                                                                     session: Session) -> None:
    """A recording staff returned shows the reason, cannot be recorded into, and comes back
    as a draft only after the parent says yes."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"))
    view: MessageView = _start(qtbot, screen, "message")
    record(qtbot, screen, view.panel)
    with qtbot.waitSignal(screen.go_home, timeout=5000):
        qtbot.mouseClick(view.submit.send_button, CLICK)
    rid = view.ctx.recording.id
    staff = session.core.staff.add("Sam Worker", "a long staff passphrase")
    reason = "Please say who the message is from."
    session.services.review.return_item(Actor.staff(staff.id, staff.name),
                                        ItemRef(ItemKind.RECORDING, rid), reason)
    again = open_screen(qtbot, session, recording_id=rid)
    qtbot.waitUntil(lambda: isinstance(again.view, MessageView), timeout=5000)
    back: MessageView = again.view
    qtbot.waitUntil(lambda: back.takes.count() == 1, timeout=5000)
    assert back.submit.status_label.text() == status_text("returned", reason)
    assert not back.submit.send_button.isVisible() and back.submit.reopen_button.isVisible()
    assert not back.panel.record_button.isEnabled() and not back.delete_button.isEnabled()
    qtbot.mouseClick(back.submit.reopen_button, CLICK)
    qtbot.waitUntil(lambda: back.panel.record_button.isEnabled(), timeout=5000)
    assert again.asked and session.core.recordings.get(rid).status == "draft"
    assert back.submit.send_button.isVisible()


def test_end_to_end_message_reaches_the_mail_rooms_packet(qtbot, session: Session,
                                                          tmp_path: Path) -> None:
    """The parent records a 2 s tone on the real screen and sends it; staff approve and
    export; the packet's audio/ holds it at 2 s, and the manifest names it."""
    screen = open_screen(qtbot, session, child_id=child_id(session, "Zoë Martínez"),
                         source_factory=lambda: FakeSource(tone(2.0, 440.0, 0.3)))
    view: MessageView = _start(qtbot, screen, "message")
    record(qtbot, screen, view.panel,
           until=lambda: screen.controller.recorder.frames_written >= 96_000)
    qtbot.waitUntil(lambda: view.takes.count() == 1, timeout=5000)
    assert view.parts[0].duration_s == 2.0
    with qtbot.waitSignal(screen.go_home, timeout=5000):
        qtbot.mouseClick(view.submit.send_button, CLICK)
    rid = view.ctx.recording.id
    services = session.services
    member = session.core.staff.add("Sam Worker", "a long staff passphrase")
    staff = Actor.staff(member.id, member.name)
    services.review.approve(staff, ItemRef(ItemKind.RECORDING, rid))
    result = services.export.export(staff, session.parent.id, tmp_path / "out")
    assert result.folder is not None
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    named = [item for item in manifest["items"] if item["kind"] == "recording"]
    assert [item["item_id"] for item in named] == [rid]
    files = sorted((result.folder / "audio").iterdir())
    assert [f"audio/{path.name}" for path in files] == [named[0]["file"]]
    assert abs(soundfile.info(str(files[0])).duration - 2.0) < 0.1
    assert session.core.recordings.get(rid).status == "exported"
