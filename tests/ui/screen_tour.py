"""A tour of every parent screen of the real window (and each inner page a parent meets),
for checks that must hold on all of them: tab order, names, Back, Read aloud."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from letterbox.audio.devices import AudioUnavailable
from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.services.actor import Actor
from letterbox.ui.checkin import CheckinScreen
from letterbox.ui.home import HomeScreen
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.recording_view import RecordingScreen
from tests.audio.fakes import FakeSource, tone

# The guided question's tab order (answer, moves, then the starters above them) is fixed on
# another branch (the forms and guided-step work); the test leaves it out until then.
TAB_ORDER_ELSEWHERE: set[str] = set()  # screens whose tab order another test checks


def _zoe(core: Core, parent_id: int) -> int:
    return next(c.id for c in core.profiles.children(parent_id) if c.name == "Zoë Martínez")


def _occasion_with_choices(flow: LetterFlowScreen) -> str:
    """An occasion with several prompts, so "Which of these fits best?" is asked."""
    services = flow.services
    assert services is not None and flow.child is not None
    from datetime import date

    age = flow.child.age_on(date.today())
    for occasion in services.library.occasions_for(flow.language, age):
        if len(services.library.for_child(flow.language, age, occasion)) > 1:
            return occasion
    raise AssertionError("no occasion offers several prompts")


def parent_tour(qtbot, window: MainWindow, core: Core,  # type: ignore[no-untyped-def]
                monkeypatch) -> Iterator[tuple[str, QWidget]]:
    """Drive ``window`` through every parent screen; yield (name, the screen) at each."""
    import letterbox.ui.recording_view as recording_view

    monkeypatch.setattr(recording_view, "SoundDeviceSource",
                        lambda: FakeSource(tone(60, amplitude=0.3), paced=True))
    monkeypatch.setattr(recording_view, "_check_microphone", lambda: "test microphone")
    signin = window.current_screen
    qtbot.waitUntil(lambda: signin.name_list.count() > 0, timeout=5000)
    yield "sign-in", signin
    signin.filter_edit.setText("demo")
    signin._pick_first_visible()
    yield "PIN", signin
    window.show_create_profile()
    yield "new profile", window.current_screen
    window.show_staff_signin()
    yield "staff sign-in", window.current_screen

    staff = core.staff.add("Tour Worker", "a long staff passphrase", actor=Actor.system())
    window.services.checkins.add_question(Actor.staff(staff.id, staff.name),
                                          "How are you today?", "¿Cómo está hoy?")
    parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    window.checkins_on = True
    window.start_session(parent)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, CheckinScreen), timeout=5000)
    yield "check-in", window.current_screen
    window.current_screen.skip_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    yield "home", window.current_screen
    window.open_add_child()
    yield "add a child", window.current_screen

    window.open_letter_flow()
    flow = window.current_screen
    assert isinstance(flow, LetterFlowScreen)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.child_page, timeout=5000)
    yield "who is it for", flow
    flow.choose_child(_zoe(core, parent.id))
    yield "what about", flow
    flow.choose_occasion(_occasion_with_choices(flow))
    assert flow.pages.currentWidget() is flow.prompt_page
    yield "which fits best", flow
    flow.prompt_page.buttons[0].click()
    assert flow.pages.currentWidget() is flow.step_page
    yield "guided question", flow
    flow.show_editor()
    yield "whole letter", flow
    flow.show_history()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.history_page, timeout=5000)
    yield "earlier versions", flow
    flow.show_editor()
    flow.show_review()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.review_page, timeout=5000)
    yield "check your letter", flow

    for kind in ("message", "story", "echo"):
        window.open_recording(child_id=_zoe(core, parent.id))
        screen = window.current_screen
        assert isinstance(screen, RecordingScreen)
        qtbot.waitUntil(lambda s=screen: hasattr(s, "kind_buttons"), timeout=5000)
        if kind == "message":
            yield "what to record", screen
        screen.start_new(kind)
        yield f"record a {kind}", screen

    def no_microphone() -> str:
        raise AudioUnavailable("No microphone was found.", "Plug one in.")

    monkeypatch.setattr(recording_view, "_check_microphone", no_microphone)
    window.open_recording()
    screen = window.current_screen
    qtbot.waitUntil(lambda: "not working" in "".join(
        w.text() for w in screen.findChildren(QWidget) if hasattr(w, "text")
        and isinstance(w.text(), str)), timeout=5000)
    yield "no microphone", screen
    window.show_home()
