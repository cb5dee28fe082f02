"""A Spanish parent walks every parent screen on the real window, and no English shows.

Every visible text is collected on each screen and in each dialog the walk opens
(tests/ui/english_leaks.py), then checked against the English side of the Spanish
catalogue and a list of English words. Only names may stay as they are.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

import letterbox.ui.recording_view as recording_view
from letterbox.core import Core
from letterbox.services.actor import Actor
from letterbox.ui.dialogs import DialogHost
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.message_box import MessageBox
from letterbox.ui.translation import Translator
from tests.audio.fakes import FakeSource, tone
from tests.ui.english_leaks import english_in, plain, visible_texts
from tests.ui.record_helpers import record

PARENT, PIN = "Lucía Gómez", "2468"
# Names, and the language box's bilingual label (kept in both languages on purpose, so
# someone who cannot read the current one still finds it).
ALLOWED = (PARENT, "Lucía", "Mateo", "Sofía", "Ana Ruiz", "Letterbox", "English", "Español",
           "Language / Idioma", "Gómez")


class Walk:
    """Collects what every screen and dialog shows; answers dialogs without blocking."""

    def __init__(self, qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.window = qtbot, window
        self.seen: list[tuple[str, str, str]] = []  # (step, where, text)
        self.answers: list[int] = []  # button indexes for the next dialogs (else: escape)
        self.dialog_titles: list[str] = []

    def look(self, step: str) -> None:
        """Collect the window's visible texts now."""
        QApplication.processEvents()
        self.seen += [(step, where, text) for where, text in visible_texts(self.window)]

    def run_dialog(self, box: QDialog) -> None:
        """Stands in for DialogHost._run: show the box, collect it, answer it."""
        box.show()
        QApplication.processEvents()
        self.dialog_titles.append(box.windowTitle())
        self.seen += [(f"dialog “{box.windowTitle()}”", where, text)
                      for where, text in visible_texts(box)]
        if isinstance(box, MessageBox):
            box.clicked = self.answers.pop(0) if self.answers else box.escape
        box.hide()
        box.deleteLater()

    def wait_for(self, test, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
        self.qtbot.waitUntil(lambda: bool(test()), timeout=timeout)

    def leaks(self) -> list[str]:
        found = []
        for step, where, text in self.seen:
            why = english_in(text, ALLOWED)
            if why:
                found.append(f"[{step}] {where}: {text!r} — {'; '.join(why)}")
        return sorted(set(found))


@pytest.fixture
def translator(qapp):
    t = Translator(qapp)
    yield t
    t.set_language("en")


@pytest.fixture
def walk(qtbot, core: Core, tasks, translator, monkeypatch) -> Walk:  # type: ignore[no-untyped-def]
    parent = core.profiles.create_parent(PARENT, "E-77", PIN, language="es",
                                         facility="Centro Femenil")
    child = core.profiles.add_child(parent.id, "Mateo", age_years=6, relationship="Mamá",
                                    carer_name="Ana Ruiz", carer_address="Calle 5, Monterrey")
    core.profiles.set_contact(child.id, "approved")
    from letterbox.services import build_services

    build_services(core).checkins.add_question(
        Actor.staff(1, "Staff"), "How hopeful do you feel?", "¿Qué tan optimista se siente?")
    monkeypatch.setattr(recording_view, "_check_microphone", lambda: "micrófono de prueba")
    monkeypatch.setattr(recording_view, "SoundDeviceSource",
                        lambda: FakeSource(tone(120, amplitude=0.3), paced=True))
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    walker = Walk(qtbot, window)
    walker.monkeypatch = monkeypatch
    monkeypatch.setattr(DialogHost, "_run", lambda host, box: walker.run_dialog(box))
    window.show()
    return walker


def _press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sign_in_in_spanish(walk: Walk) -> None:
    window, qtbot = walk.window, walk.qtbot
    names = window.current_screen
    walk.wait_for(lambda: names.name_list.count() == 1)
    names.language_box.setCurrentIndex(names.language_box.findData("es"))
    names.language_box.activated.emit(names.language_box.currentIndex())
    names = window.current_screen
    walk.wait_for(lambda: names.name_list.count() == 1)
    walk.look("sign-in")
    _press(qtbot, names.new_button)
    form = window.current_screen
    qtbot.keyClicks(form.pin_edit, "1234")
    qtbot.keyClicks(form.pin_again_edit, "9999")
    _press(qtbot, form.save_button)
    walk.look("new profile, PINs differ")
    form.message.clear()
    form.pin_edit.setText("12")
    form.pin_again_edit.setText("12")
    _press(qtbot, form.save_button)
    walk.wait_for(lambda: form.save_button.isEnabled() and form.message.text())
    walk.look("new profile, refused")
    form.go_home.emit()
    names = window.current_screen
    walk.wait_for(lambda: names.name_list.count() == 1)
    qtbot.keyClicks(names.filter_edit, "Luc")
    qtbot.keyClick(names.filter_edit, Qt.Key.Key_Return)
    walk.look("PIN pad")
    qtbot.keyClicks(names.pin_edit, "1111")
    qtbot.keyClick(names.pin_edit, Qt.Key.Key_Return)
    walk.wait_for(lambda: names.pin_message.text() != "")
    walk.look("PIN pad, wrong PIN")
    qtbot.keyClicks(names.pin_edit, PIN)
    qtbot.keyClick(names.pin_edit, Qt.Key.Key_Return)


def _check_in_and_home(walk: Walk) -> HomeScreen:
    from letterbox.ui.checkin import CheckinScreen

    window, qtbot = walk.window, walk.qtbot
    walk.wait_for(lambda: isinstance(window.current_screen, CheckinScreen | HomeScreen))
    if isinstance(window.current_screen, CheckinScreen):
        walk.look("check-in")
        _press(qtbot, window.current_screen.skip_button)
    walk.wait_for(lambda: isinstance(window.current_screen, HomeScreen)
                  and window.current_screen.data is not None)
    walk.look("home")
    walk.window.idle_warning.start(30)
    walk.look("idle warning")
    walk.window.idle_warning.dismiss()
    return window.current_screen


def _add_child(walk: Walk, home: HomeScreen) -> None:
    from letterbox.ui.child_form import ChildFormScreen

    window, qtbot = walk.window, walk.qtbot
    home.add_child.emit()
    form = window.current_screen
    assert isinstance(form, ChildFormScreen)
    walk.look("add a child")
    _press(qtbot, form.save_button)
    walk.wait_for(lambda: form.message.text() != "")
    walk.look("add a child, refused")
    form.name_edit.insert("Sofía")  # (QTest types ASCII only)
    _press(qtbot, form.save_button)
    walk.wait_for(lambda: isinstance(window.current_screen, HomeScreen)
                  and window.current_screen.data is not None
                  and len(window.current_screen.data.children) == 2)
    walk.look("home, two children")


def _write_letter(walk: Walk) -> None:
    from letterbox.ui.letter_flow import LetterFlowScreen

    window, qtbot = walk.window, walk.qtbot
    _press(qtbot, window.current_screen.write_button)
    flow = window.current_screen
    assert isinstance(flow, LetterFlowScreen)
    walk.wait_for(lambda: flow.pages.currentWidget() is flow.child_page)
    walk.look("letter: which child")
    _press(qtbot, next(b for b in flow.child_page.buttons if "Mateo" in b.text()))
    walk.look("letter: occasion")
    holidays = [b for b in flow.occasion_page.buttons if b.text().startswith("Fiestas")]
    _press(qtbot, holidays[0])
    if flow.pages.currentWidget() is flow.prompt_page:
        walk.look("letter: which prompt")
        _press(qtbot, flow.prompt_page.buttons[0])
    for step in range(len(flow.screens())):
        walk.wait_for(lambda: flow.pages.currentWidget() is flow.step_page)
        walk.look(f"letter: step {step + 1}")
        if step == 1:
            _press(qtbot, flow.step_page.starter_buttons[0])
            flow.step_page.answer_edit.insertPlainText("te extraño mucho. Te mando dinero.")
        _press(qtbot, flow.step_page.next_button)
    walk.wait_for(lambda: flow.pages.currentWidget() is flow.editor_page)
    walk.look("letter: editor")
    _spelling_menu(walk, flow.editor_page.edit)
    _press(qtbot, flow.editor_page.history_button)
    walk.wait_for(lambda: flow.pages.currentWidget() is flow.history_page)
    walk.look("letter: earlier versions")
    flow.show_editor()
    _press(qtbot, flow.editor_page.review_button)
    walk.wait_for(lambda: flow.pages.currentWidget() is flow.review_page
                  and flow.review_page.send_button.isEnabled())
    walk.look("letter: review")
    walk.answers = [0, 0]
    _press(qtbot, flow.review_page.send_button)
    walk.wait_for(lambda: isinstance(window.current_screen, HomeScreen)
                  and window.current_screen.data is not None)
    walk.look("home, letter sent")
    home = window.current_screen
    _press(qtbot, home.items_list.row(0).open_button)
    walk.wait_for(lambda: isinstance(window.current_screen, LetterFlowScreen)
                  and window.current_screen.services is not None)
    walk.look("letter: with staff")
    walk.answers = [1]  # "take it back to change it?" — no
    _press(qtbot, window.current_screen.change_button)
    window.current_screen.go_home.emit()


def _spelling_menu(walk: Walk, edit) -> None:  # type: ignore[no-untyped-def]
    """A misspelt word's menu: its suggestions, "add to my words" and Qt's own actions."""
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.insertPlainText(" kerido")
    position = len(edit.toPlainText()) - 2
    walk.wait_for(lambda: edit.highlighter.at(position) is not None)
    menu = edit.suggestion_menu(position)
    walk.seen += [("letter: spelling menu", "QAction.text", plain(a.text()))
                  for a in menu.actions() if a.text()]
    menu.deleteLater()


def _record(walk: Walk) -> None:
    from letterbox.ui.recording_view import RecordingScreen

    window, qtbot = walk.window, walk.qtbot
    walk.wait_for(lambda: isinstance(window.current_screen, HomeScreen)
                  and window.current_screen.data is not None)
    mateo = next(c.id for c in window.current_screen.data.children if c.name == "Mateo")
    for kind in ("message", "story", "echo"):
        window.open_recording(child_id=mateo)
        screen = window.current_screen
        assert isinstance(screen, RecordingScreen)
        walk.wait_for(lambda s=screen: hasattr(s, "kind_buttons"))
        walk.look("record: choose")
        _press(qtbot, screen.kind_buttons[kind])
        walk.wait_for(lambda s=screen: s.view is not None)
        walk.look(f"record: {kind}")
        if kind == "message":
            record(qtbot, screen, screen.view.panel)
            walk.look("record: message, one take")
            walk.answers = [1]  # "delete this take?" — no
            _press(qtbot, screen.view.delete_button)
        if kind == "echo":
            walk.answers = [0]
            _press(qtbot, screen.view.story_button)
            walk.wait_for(lambda s=screen: s.view.text_edit.toPlainText() != "")
            _press(qtbot, screen.view.lines_button)
            walk.look("record: echo lines")
        screen.go_home.emit()
    walk.wait_for(lambda: isinstance(window.current_screen, HomeScreen))
    walk.look("home, after recording")
    _no_microphone(walk, mateo)


class _NoDevices:
    """A sound library that finds no microphone."""

    class PortAudioError(Exception):
        pass

    def query_devices(self, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise self.PortAudioError("Error querying device -1")


def _no_microphone(walk: Walk, child_id: int) -> None:
    """The real microphone check, finding none: the page explains it in Spanish."""
    import letterbox.audio.devices as devices

    walk.monkeypatch.setattr(devices, "load_sounddevice", _NoDevices)
    walk.monkeypatch.setattr(recording_view, "_check_microphone",
                             lambda: devices.check_input(None))
    walk.window.open_recording(child_id=child_id)
    screen = walk.window.current_screen
    walk.wait_for(lambda: "Detalle" in "".join(t for _, t in visible_texts(screen)))
    walk.look("record: no microphone")
    screen.go_home.emit()


def test_a_spanish_parent_sees_no_english(walk: Walk, translator: Translator) -> None:
    """Sign-in, PIN pad, check-in, home, add a child, the whole letter flow, the three
    kinds of recording, the idle warning, every dialog and staff sign-in: all in Spanish."""
    _sign_in_in_spanish(walk)
    home = _check_in_and_home(walk)
    assert translator.language == "es"
    _add_child(walk, home)
    _write_letter(walk)
    _record(walk)
    walk.answers = [0]
    walk.window.current_screen.sign_out_button.click()
    names = walk.window.current_screen
    names.language_box.setCurrentIndex(names.language_box.findData("es"))
    names.language_box.activated.emit(names.language_box.currentIndex())
    walk.window.current_screen.staff_requested.emit()
    walk.look("staff sign-in")
    steps = {step for step, _, _ in walk.seen}
    assert len(steps) >= 25 and len(walk.seen) > 300, steps  # the walk really went round
    assert len(walk.dialog_titles) >= 4, walk.dialog_titles  # sent, change?, delete?, story
    leaks = walk.leaks()
    assert not leaks, f"{len(leaks)} English texts on Spanish screens:\n" + "\n".join(leaks)
