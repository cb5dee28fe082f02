"""The parent's screens, walked as a parent would: name, PIN, home, a letter, recordings.

Keys and buttons are pressed in-process (QTest and ``click``), so every run is the same.
The microphone check is answered "present" (a screenshot needs no microphone) and no
take is recorded: choosing a kind stores nothing.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from letterbox.demo import DEMO_ID_NUMBER, DEMO_PIN
from letterbox.ui import recording_view
from letterbox.ui.home import HomeScreen
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.recording_view import RecordingScreen
from letterbox.ui.signin import SignInScreen
from tests.screenshots.camera import Camera, World, wait_until


def kiosk_look(world: World, language: str, text_size: str) -> None:
    """Choose the language in the sign-in screen's box and the text size on the bar."""
    screen = world.window.current_screen
    assert isinstance(screen, SignInScreen)
    box = screen.language_box
    index = box.findData(language)
    if box.currentIndex() != index:
        box.setCurrentIndex(index)
        box.activated.emit(index)
    bar = world.window.bar
    while bar.look.text_size != text_size:
        bar.size_button.click()


def shoot_parent(camera: Camera, world: World, language: str, text_size: str) -> None:
    """Every main parent screen, named ``parent-<screen>-<language>-<size>``."""
    def shoot(screen: str) -> None:
        camera.shoot(world, f"parent-{screen}-{language}-{text_size}")

    window, core = world.window, world.core
    parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    core.profiles.set_language(parent.id, language)  # the profile's own choices
    core.profiles.set_display(parent.id, text_size, False)
    kiosk_look(world, language, text_size)
    signin = window.current_screen
    assert isinstance(signin, SignInScreen)
    wait_until(lambda: signin.name_list.count() > 0)
    shoot("signin")
    QTest.keyClicks(signin.filter_edit, "demo")
    QTest.keyClick(signin.filter_edit, Qt.Key.Key_Return)
    shoot("pin")
    QTest.keyClicks(signin.pin_edit, DEMO_PIN)
    QTest.keyClick(signin.pin_edit, Qt.Key.Key_Return)
    wait_until(lambda: isinstance(window.current_screen, HomeScreen)
               and window.current_screen.data is not None)
    shoot("home")
    window.idle_warning.start(window.idle_warning_s)
    shoot("idle-warning")
    window.idle_warning.dismiss()
    window.open_add_child()
    shoot("add-child")
    _letter(world, shoot)
    _message_box(camera, world, f"parent-message-box-{language}-{text_size}")
    with _microphone_present():
        _recordings(world, shoot)
    window.show_home()
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    home.sign_out_button.click()


def _letter(world: World, shoot) -> None:  # type: ignore[no-untyped-def]
    """Who for, what about, which prompt, a question, the whole letter, the check."""
    world.window.show_home()
    world.window.open_letter_flow()
    flow = world.window.current_screen
    assert isinstance(flow, LetterFlowScreen)
    wait_until(lambda: flow.services is not None
               and flow.pages.currentWidget() is flow.child_page)
    shoot("letter-child")
    next(b for b in flow.child_page.buttons if b.text().startswith("Zoë")).click()
    shoot("letter-occasion")
    assert flow.services is not None and flow.child is not None
    age = flow.child.age_on(date.today())
    library = flow.services.library
    several = next(o for o in library.occasions_for(flow.language, age)
                   if len(library.for_child(flow.language, age, o)) > 1)
    index = library.occasions_for(flow.language, age).index(several)
    flow.occasion_page.buttons[index].click()
    shoot("letter-prompt")
    flow.prompt_page.buttons[0].click()
    flow.step_page.next_button.click()  # past the greeting, to the first question
    shoot("letter-step")
    flow.show_editor()
    shoot("letter-editor")
    flow.editor_page.review_button.click()
    wait_until(lambda: flow.pages.currentWidget() is flow.review_page)
    shoot("letter-review")


def _message_box(camera: Camera, world: World, name: str) -> None:
    """A letter already sent for review: "Change this letter" asks first."""
    parent = world.window.session.parent  # type: ignore[union-attr]
    ready = next(x for x in world.core.letters.for_parent(parent.id) if x.status == "ready")
    world.window.open_letter_flow(letter_id=ready.id)
    flow = world.window.current_screen
    assert isinstance(flow, LetterFlowScreen)
    wait_until(lambda: flow.services is not None and flow.change_button.isVisible())
    camera.shoot_box(world, name, flow.change_button.click)


def _recordings(world: World, shoot) -> None:  # type: ignore[no-untyped-def]
    """The choice of kind (with echo reading explained), then each kind's first view."""
    parent = world.window.session.parent  # type: ignore[union-attr]
    zoe = next(c.id for c in world.core.profiles.children(parent.id)
               if c.name.startswith("Zoë"))
    for kind in ("message", "story", "echo"):
        world.window.open_recording(child_id=zoe)
        screen = world.window.current_screen
        assert isinstance(screen, RecordingScreen)
        wait_until(lambda s=screen: getattr(s, "kind_buttons", None))
        if kind == "message":
            shoot("record-choice")
        screen.kind_buttons[kind].click()
        shoot(f"record-{kind}")


@contextmanager
def _microphone_present():  # type: ignore[no-untyped-def]
    check = recording_view._check_microphone
    recording_view._check_microphone = lambda: "screenshot microphone"
    try:
        yield
    finally:
        recording_view._check_microphone = check
