"""A recorded message's whole journey through the real window, each role at its own
screens: the parent records and sends it; staff listen and return it with a reason; the
parent sees the reason, takes it back, records again and re-sends; staff approve and
export; the mail room's packet holds the audio at the recorded length. On both stores
(the take's file stays in this computer's data folder either way, for now)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.services import Services
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.recording_view import RecordingScreen
from letterbox.ui.signin import SignInScreen
from letterbox.ui.staff.home import StaffHomeScreen
from tests.audio.fakes import FakeSource, tone
from tests.store_engines import core, store_url  # noqa: F401  (both stores)
from tests.ui.staff.conftest import staff_signs_in
from tests.ui.window_helpers import sign_in_demo

CLICK = Qt.MouseButton.LeftButton
REASON = "Please say goodnight at the end, so Zoë knows it is finished."


@pytest.fixture
def window(qtbot, demo_core: Core, services: Services, tasks, monkeypatch):
    import letterbox.ui.recording_view as recording_view

    monkeypatch.setattr(recording_view, "_check_microphone", lambda: "fake microphone")
    seconds = iter([1.5, 2.5, 9.0, 9.0])  # first take, then the re-recorded one
    monkeypatch.setattr(recording_view, "SoundDeviceSource",
                        lambda: FakeSource(tone(next(seconds), 440.0, 0.3)))
    win = MainWindow(demo_core, tasks, services=services, speaker=Speaker("mock"))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    return win


def _record_take(qtbot, screen: RecordingScreen, frames: int) -> None:
    view = screen.view
    controller = screen.controller
    before = view.takes.count()
    qtbot.mouseClick(view.panel.record_button, CLICK)
    qtbot.waitUntil(lambda: controller.state == "recording"
                    and controller.recorder.frames_written >= frames, timeout=10000)
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        qtbot.mouseClick(view.panel.stop_button, CLICK)
    qtbot.waitUntil(lambda: view.takes.count() == before + 1, timeout=5000)


def _sign_out(qtbot, window: MainWindow) -> None:
    screen = window.current_screen
    button = next(b for b in screen.findChildren(QPushButton) if b.text() == "Sign out")
    qtbot.mouseClick(button, CLICK)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=5000)


def _open_in_review(qtbot, home: StaffHomeScreen, rid: int):  # type: ignore[no-untyped-def]
    review = home.review
    review.reload()
    qtbot.waitUntil(lambda: review.loaded and any(
        e.ref.kind == "recording" and e.ref.id == rid for e in review.entries), timeout=5000)
    entry = next(e for e in review.entries if e.ref.kind == "recording" and e.ref.id == rid)
    assert review.select(entry.ref)
    return review


def test_recorded_message_from_kiosk_to_packet(qtbot, window: MainWindow, demo_core: Core,
                                                tmp_path: Path) -> None:
    """Record → send → returned with a reason → taken back, re-recorded, re-sent →
    approved → exported: each step on its own role's screens, ending in the packet."""
    # 1. The parent records a message for Zoë and sends it for review.
    home = sign_in_demo(qtbot, window)
    assert "Zoë" in home.children_list.currentItem().text()
    qtbot.mouseClick(home.record_button, CLICK)
    screen = window.current_screen
    assert isinstance(screen, RecordingScreen)
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    qtbot.mouseClick(screen.kind_buttons["message"], CLICK)
    screen.inform = lambda title, text: None
    _record_take(qtbot, screen, 48_000)
    rid = screen.view.ctx.recording.id
    qtbot.mouseClick(screen.view.submit.send_button, CLICK)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    rows = [window.current_screen.items_list.row(i).text()
            for i in range(window.current_screen.items_list.count())]
    assert any("Recorded message for Zoë" in r and "Waiting for staff" in r for r in rows), rows
    _sign_out(qtbot, window)

    # 2. Staff listen to it and return it with a kind reason.
    staff_home = staff_signs_in(qtbot, window)
    review = _open_in_review(qtbot, staff_home, rid)
    qtbot.waitUntil(lambda: review.item_view.part_list.count() == 1, timeout=5000)
    review.ask_reason = lambda title, prompt, presets: REASON
    with qtbot.waitSignal(review.decided, timeout=5000):
        qtbot.mouseClick(review.return_button, CLICK)
    assert demo_core.recordings.get(rid).status == "returned"
    qtbot.mouseClick(staff_home.sign_out_button, CLICK)

    # 3. The parent sees why, takes it back, records a better take and sends it again.
    home = sign_in_demo(qtbot, window)
    assert REASON in home.returned_label.text()
    home.open_recording.emit(rid)
    screen = window.current_screen
    qtbot.waitUntil(lambda: getattr(screen, "view", None) is not None, timeout=5000)
    qtbot.waitUntil(lambda: screen.view.submit.reopen_button.isVisible(), timeout=5000)
    screen.confirm = lambda title, question: True
    screen.inform = lambda title, text: None
    qtbot.mouseClick(screen.view.submit.reopen_button, CLICK)
    qtbot.waitUntil(lambda: screen.view.submit.send_button.isVisible(), timeout=5000)
    _record_take(qtbot, screen, 120_000)
    view = screen.view
    view.takes.setCurrentRow(view.takes.count() - 1)
    qtbot.mouseClick(view.keep_button, CLICK)
    qtbot.waitUntil(lambda: any(p.chosen and p.duration_s > 2 for p in view.parts),
                    timeout=5000)
    qtbot.mouseClick(view.submit.send_button, CLICK)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert demo_core.recordings.get(rid).status == "ready"
    _sign_out(qtbot, window)

    # 4. Staff approve it and export the packet for the mail room.
    staff_home = staff_signs_in(qtbot, window)
    review = _open_in_review(qtbot, staff_home, rid)
    with qtbot.waitSignal(review.decided, timeout=5000):
        qtbot.mouseClick(review.approve_button, CLICK)
    staff_home.nav.setCurrentRow(staff_home.pages.index(staff_home.export))
    export = staff_home.current_page()
    export.choose_folder = lambda default: tmp_path / "packets"
    qtbot.waitUntil(lambda: export.export_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(export.export_finished, timeout=60_000) as finished:
        qtbot.mouseClick(export.export_button, CLICK)
    [result] = finished.args[0].results
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    [item] = [i for i in manifest["items"] if i["kind"] == "recording"]
    assert item["item_id"] == rid
    audio = result.folder / item["file"]
    duration = soundfile.info(str(audio)).duration
    # the kept take (the re-recorded one, about 2.5 s, silence trimmed), not the first
    assert 2.0 < duration < 2.8, duration
    assert demo_core.recordings.get(rid).status == "exported"
