"""With no mouse at all: from sign-in to "Ready for review", for a letter and for a recorded
message, with keys sent only to the focused widget, Enter on buttons, and focus checked
after every screen change and every box."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_PIN
from letterbox.ui.home import HomeScreen
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from tests.audio.fakes import FakeSource, tone
from tests.ui.keyboard_helpers import (
    answer_dialog,
    assert_focus_in,
    focus,
    kiosk_window,
    press,
    tab_to_text,
    type_keys,
)
from tests.ui.real_microphone import REAL_MIC, rerun_on_real_microphone

ENTER = Qt.Key.Key_Return
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


@pytest.fixture
def no_mouse(qapp):
    """Fails the test if any mouse button is pressed anywhere."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.pressed: list[str] = []

        def eventFilter(self, watched, event) -> bool:
            if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self.pressed.append(type(watched).__name__)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    yield
    qapp.removeEventFilter(watch)
    assert watch.pressed == [], f"the mouse was used on {watch.pressed}"


def _sign_in(qtbot, window: MainWindow) -> HomeScreen:
    signin = window.current_screen
    assert isinstance(signin, SignInScreen)
    assert assert_focus_in(window) is signin.filter_edit
    type_keys(qtbot, "demo")
    press(qtbot, ENTER)
    assert assert_focus_in(window) is signin.pin_edit
    type_keys(qtbot, DEMO_PIN)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    assert assert_focus_in(window) is home.write_button  # the first key on home counts
    return home


def test_letter_from_sign_in_to_ready_for_review(qtbot, kiosk: MainWindow, no_mouse,
                                                 demo_core: Core) -> None:
    """Sign in, choose the child, answer every question, check the letter and send it,
    all by keyboard; the letter waits for staff and focus never leaves the window."""
    _sign_in(qtbot, kiosk)
    press(qtbot, ENTER)  # Write a letter: with several children it asks who for
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, LetterFlowScreen)
                    and kiosk.current_screen.pages.currentWidget()
                    is kiosk.current_screen.child_page, timeout=5000)
    flow = kiosk.current_screen
    assert_focus_in(kiosk)
    tab_to_text(qtbot, "Zoë Martínez")
    press(qtbot, ENTER)
    for _ in range(3):  # the occasion (and a prompt, when there are several): the first one
        if flow.pages.currentWidget() not in (flow.occasion_page, flow.prompt_page):
            break
        assert focus() is flow.pages.currentWidget().buttons[0]
        press(qtbot, ENTER)
    assert flow.pages.currentWidget() is flow.step_page
    assert focus() is flow.step_page.answer_edit
    type_keys(qtbot, " I miss you.")  # (QTest types ASCII only)
    while flow.pages.currentWidget() is flow.step_page:
        assert_focus_in(kiosk)
        tab_to_text(qtbot, "Next")
        press(qtbot, ENTER)
    assert flow.pages.currentWidget() is flow.editor_page
    assert focus() is flow.editor_page.edit
    type_keys(qtbot, " See you soon.")
    tab_to_text(qtbot, "Check my letter")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.review_page, timeout=5000)
    send = flow.review_page.send_button
    assert send.accessibleName() == send.text()  # renamed with its words ("Ready for review")
    assert_focus_in(kiosk)
    tab_to_text(qtbot, send.text().replace("&", ""))
    seen: list[str] = []
    answer_dialog(qtbot, [ENTER], seen)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, HomeScreen), timeout=5000)
    assert seen == ["Sent for review"]
    home = kiosk.current_screen
    assert assert_focus_in(kiosk) is home.write_button
    letter = flow.saver.letter_id
    assert letter is not None
    stored = demo_core.letters.get(letter)
    assert stored.status == "ready" and "See you soon." in stored.body


def test_recorded_message_from_sign_in_to_ready_for_review(qtbot, kiosk: MainWindow, no_mouse,
                                                           demo_core: Core,
                                                           monkeypatch) -> None:
    """Sign in, record a message, answer a box by keyboard (focus comes back to where it
    was), and send the message for review, all by keyboard. (With LETTERBOX_REAL_MIC set,
    as ``test_..._on_the_real_microphone`` runs it, PortAudio records a test device.)"""
    import letterbox.ui.recording_view as recording_view
    from letterbox.ui.recording_view import RecordingScreen

    if not os.environ.get(REAL_MIC):
        monkeypatch.setattr(recording_view, "SoundDeviceSource",
                            lambda: FakeSource(tone(60, amplitude=0.3), paced=True))
        monkeypatch.setattr(recording_view, "_check_microphone", lambda: "test microphone")
    home = _sign_in(qtbot, kiosk)
    tab_to_text(qtbot, "Record a message")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, RecordingScreen)
                    and hasattr(kiosk.current_screen, "kind_buttons"), timeout=5000)
    screen = kiosk.current_screen
    if os.environ.get(REAL_MIC):  # PortAudio itself, not a fake
        from letterbox.audio.recorder import SoundDeviceSource

        assert screen._source_factory is SoundDeviceSource
    assert focus() is screen.kind_buttons["message"]
    press(qtbot, ENTER)
    view = screen.view
    assert_focus_in(kiosk)
    tab_to_text(qtbot, "Record")
    press(qtbot, ENTER)
    controller = screen.controller
    qtbot.waitUntil(lambda: controller.state == "recording"
                    and controller.recorder.frames_written > 9600, timeout=5000)
    assert focus() is view.panel.stop_button
    with qtbot.waitSignal(controller.take_saved, timeout=5000):
        press(qtbot, ENTER)
    qtbot.waitUntil(lambda: view.takes.count() == 1 and view.delete_button.isEnabled(),
                    timeout=5000)
    assert_focus_in(kiosk)
    delete = tab_to_text(qtbot, "Delete")
    seen: list[str] = []
    answer_dialog(qtbot, [ENTER], seen)  # the box starts on "No": the take stays
    press(qtbot, ENTER)
    assert seen == ["Delete this take?"]
    assert assert_focus_in(kiosk) is delete
    assert view.takes.count() == 1
    tab_to_text(qtbot, "Send for review")
    answer_dialog(qtbot, [ENTER], seen)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, HomeScreen), timeout=5000)
    assert seen[-1] == "Sent for review"
    assert assert_focus_in(kiosk) is kiosk.current_screen.write_button
    assert kiosk.current_screen is not home
    recording = view.ctx.recording
    assert demo_core.recordings.get(recording.id).status == "ready"
    assert view.parts[0].peak_dbfs is not None and view.parts[0].peak_dbfs > -30  # heard


def test_recorded_message_walk_on_the_real_microphone(tmp_path: Path) -> None:
    """The same keyboard walk with PortAudio recording a private PulseAudio's null sink
    (AUDIO-TESTING.md) while a tone plays into it; run apart, since PortAudio fixes its
    devices when it starts."""
    rerun_on_real_microphone(tmp_path, __file__,
                             "test_recorded_message_from_sign_in_to_ready_for_review")


def test_focus_after_a_box_whose_button_went_away(qtbot, kiosk: MainWindow, no_mouse) -> None:
    """A box asked from a button that is gone when it closes (the list changed meanwhile):
    focus goes to the screen's first control, not to Back, not to nothing."""
    from PySide6.QtCore import QTimer

    home = _sign_in(qtbot, kiosk)
    seen: list[str] = []
    QTimer.singleShot(0, home.write_button.hide)  # while the box is open
    answer_dialog(qtbot, [ENTER], seen)
    assert home.confirm("Delete this draft?", "It is kept for 30 days.") is False
    assert seen == ["Delete this draft?"]
    assert assert_focus_in(kiosk) is home.record_button  # not Sign out, first in the chain
    press(qtbot, Qt.Key.Key_Tab)  # and the keys work at once
    assert_focus_in(kiosk)
