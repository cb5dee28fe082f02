"""The PIN pad speaks the language of the parent who tapped their name; the names go
back to the kiosk's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from letterbox.ui.translation import Translator


@pytest.fixture
def translator(qapp):
    t = Translator(qapp)
    yield t
    t.set_language("en")


@pytest.fixture
def window(qtbot, core: Core, tasks, translator) -> MainWindow:
    core.profiles.create_parent("Lucía Gómez", "E-1", "2468", language="es")
    core.profiles.create_parent("Sam Brown", "E-2", "1357", language="en")
    win = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_screen.name_list.count() == 2, timeout=5000)
    return win


def _tap(qtbot, screen: SignInScreen, name: str) -> None:  # type: ignore[no-untyped-def]
    """One tap on a name in the list."""
    item = screen.name_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    rect = screen.name_list.visualItemRect(item)
    qtbot.mouseClick(screen.name_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def _pin_pad_words(screen: SignInScreen) -> set[str]:
    from letterbox.ui.widgets.big_button import BigButton

    page = screen.pin_edit.parentWidget()
    return {b.text() for b in page.findChildren(BigButton) if not b.text().isdigit()}


def test_spanish_parent_gets_a_spanish_pin_pad(qtbot, window: MainWindow,
                                               translator: Translator) -> None:
    """On an English kiosk, a Spanish parent's PIN pad, its messages and the bar are
    Spanish; "That is not me" brings the names back in English."""
    names = window.current_screen
    _tap(qtbot, names, "Lucía Gómez")
    assert window.current_screen is names and names.pin_edit.isVisible()
    assert _pin_pad_words(names) == {"Borrar", "Entrar", "No soy yo"}
    assert names.pin_title.text() == "Hola, Lucía Gómez"
    assert window.bar.read_aloud.text() == "Leer en voz alta"
    qtbot.keyClicks(names.pin_edit, "1111")
    qtbot.keyClick(names.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ese PIN no es correcto" in names.pin_message.text(),
                    timeout=5000)
    back = next(b for b in names.pin_edit.parentWidget().findChildren(type(names.ok_button))
                if b.text() == "No soy yo")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert names.filter_edit.isVisible()
    assert translator.language == "en" and window.language == "en"
    assert names.new_button.text() == "I am new here"
    assert window.bar.read_aloud.text() == "Read aloud"
    assert names.language_box.currentData() == "en"


def test_english_parent_on_a_spanish_kiosk(qtbot, window: MainWindow,
                                           translator: Translator) -> None:
    """With the names in Español, an English parent's PIN pad is English, and back at
    the names the kiosk is Spanish again."""
    names = window.current_screen
    names.language_box.setCurrentIndex(names.language_box.findData("es"))
    names.language_box.activated.emit(names.language_box.currentIndex())
    names = window.current_screen
    qtbot.waitUntil(lambda: names.name_list.count() == 2, timeout=5000)
    assert names.new_button.text() != "I am new here"
    _tap(qtbot, names, "Sam Brown")
    assert _pin_pad_words(names) == {"Clear", "Sign in", "That is not me"}
    assert translator.language == "en"
    names.show_names()
    assert translator.language == "es" and window.language == "es"
    assert names.language_box.currentData() == "es"
    _tap(qtbot, names, "Lucía Gómez")  # a Spanish parent next: still Spanish
    assert "Entrar" in _pin_pad_words(names)


def test_spanish_pin_pad_signs_in_to_a_spanish_home(qtbot, window: MainWindow,
                                                    translator: Translator) -> None:
    """The right PIN on the Spanish pad opens the parent's home in Spanish; signing
    out returns the kiosk to English."""
    names = window.current_screen
    _tap(qtbot, names, "Lucía Gómez")
    qtbot.keyClicks(names.pin_edit, "2468")
    qtbot.keyClick(names.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    assert window.current_screen.write_button.text() == "Escribir una carta"
    window.sign_out()
    assert translator.language == "en"
    assert window.current_screen.new_button.text() == "I am new here"


def test_the_name_list_knows_only_name_and_language(core: Core) -> None:
    """The sign-in list carries a parent's name and PIN-pad language, nothing more."""
    from dataclasses import fields

    from letterbox.services import build_services

    core.profiles.create_parent("Lucía Gómez", "E-1", "2468", language="es",
                                housing_unit="B-12")
    names = build_services(core).signin.names()
    assert [(n.name, n.language) for n in names] == [("Lucía Gómez", "es")]
    assert {f.name for f in fields(names[0])} == {"parent_id", "name", "language"}
