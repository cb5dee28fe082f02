"""Idle that respects the parent: never in the middle of a recording, and once it signs a
parent out, nothing of theirs can be seen by the next person (name, children, items,
language, text size or colours)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from letterbox import APP_NAME
from letterbox.core import Core
from letterbox.ui import theme
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.recording_view import RecordingScreen
from letterbox.ui.signin import SignInScreen
from letterbox.ui.translation import Translator
from tests.audio.fakes import FakeSource, tone
from tests.ui.keyboard_helpers import kiosk_window, press, type_keys
from tests.ui.record_helpers import record

PARENT, CHILD, TITLE, PIN = "Marisol Vega", "Lucía Vega", "Cumpleaños feliz", "2468"


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


@pytest.fixture
def spanish_kiosk(qtbot, demo_core: Core, tasks, qapp):
    """The window with the real translator, and a Spanish parent at extra-large text and
    high contrast, with a child and a letter."""
    parent = demo_core.profiles.create_parent(PARENT, "ES-0042", PIN, language="es")
    demo_core.profiles.set_display(parent.id, "xlarge", True)
    child = demo_core.profiles.add_child(parent.id, CHILD, relationship="Mamá",
                                        contact_status="approved")
    demo_core.letters.create(parent.id, child.id, title=TITLE, body="Querida Lucía")
    translator = Translator(qapp)
    yield from kiosk_window(qtbot, demo_core, tasks, qapp,
                            language_changer=translator.set_language)
    translator.set_language("en")
    theme.apply_look(qapp, theme.Look())


def _idle_soon(window: MainWindow) -> None:
    window._idle.setInterval(100)
    window.idle_warning_s = 1
    window.note_activity()


def _everything_shown(window: MainWindow) -> list[str]:
    """Every text a person can see or a screen reader can say, in every shown window,
    but the sign-in list of names (it lists everyone, as before any sign-in)."""
    texts = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        signin = window.current_screen
        if isinstance(widget, QListWidget) and not (
                isinstance(signin, SignInScreen) and widget is signin.name_list):
            texts += [widget.item(row).text() for row in range(widget.count())]
    return texts


def test_idle_sign_out_leaves_nothing_of_the_parent(qtbot, spanish_kiosk: MainWindow) -> None:
    """A Spanish parent at extra-large, high-contrast text walks away from home: after the
    idle sign-out the kiosk is English at the normal look, and no text anywhere names the
    parent, their child or their letter; nobody is highlighted in the list of names."""
    window = spanish_kiosk
    type_keys(qtbot, "Marisol")
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    qtbot.waitUntil(lambda: all(theirs in "\n".join(_everything_shown(window))
                                for theirs in (CHILD, TITLE, "Hola")),  # Spanish, theirs
                    timeout=5000)  # (the cards are laid out just after the data comes)
    assert theme.state().look == theme.Look("xlarge", True)
    _idle_soon(window)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=5000)
    signin = window.current_screen
    qtbot.waitUntil(lambda: signin.name_list.count() > 0, timeout=5000)
    shown = "\n".join(_everything_shown(window))
    for theirs in (PARENT, "Marisol", CHILD, TITLE, "Querida"):
        assert theirs not in shown
    assert window.windowTitle() == APP_NAME
    assert window.language == "en" and "Welcome to Letterbox" in shown
    assert signin.language_box.currentData() == "en"
    assert theme.state().look == theme.Look()
    assert window.bar.look == theme.Look() and "Normal" in window.bar.size_button.text()
    assert not window.bar.contrast_button.isChecked()
    assert signin.name_list.selectedItems() == [] and signin.filter_edit.text() == ""


def test_idle_during_a_recording_does_not_sign_out(qtbot, kiosk: MainWindow, demo_core: Core,
                                                   monkeypatch) -> None:
    """Idle time passes while a take is recording: no warning, no sign-out, the take goes
    on. After Stop the take is kept and the idle clock runs again, then signs out."""
    import letterbox.ui.recording_view as recording_view

    monkeypatch.setattr(recording_view, "SoundDeviceSource",
                        lambda: FakeSource(tone(60, amplitude=0.3), paced=True))
    monkeypatch.setattr(recording_view, "_check_microphone", lambda: "test microphone")
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    kiosk.start_session(parent)
    kiosk.open_recording()
    screen = kiosk.current_screen
    assert isinstance(screen, RecordingScreen)
    qtbot.waitUntil(lambda: hasattr(screen, "kind_buttons"), timeout=5000)
    screen.start_new("message")
    view = screen.view
    QTimer.singleShot(50, lambda: _idle_soon(kiosk))
    record(qtbot, screen, view.panel, until=lambda: _waited(qtbot, kiosk, screen))
    assert kiosk.session is not None
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen, SignInScreen), timeout=5000)
    recording = view.ctx.recording
    assert recording is not None and len(demo_core.recordings.parts(recording.id)) == 1


def _waited(qtbot, window: MainWindow, screen: RecordingScreen) -> bool:  # type: ignore[no-untyped-def]
    """Recording for three idle countdowns' worth: never warned, never signed out."""
    for _ in range(30):
        qtbot.wait(100)
        assert not window.idle_warning.showing, "idle warned during a recording"
        assert window.current_screen is screen and window.session is not None
    return screen.controller.state == "recording"
