"""Spanish-speaking parents see the interface in Spanish; every string is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from letterbox import resources
from letterbox.core import Core
from letterbox.ui.child_form import ChildFormScreen
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.translation import Translator


@pytest.fixture
def translator(qapp):
    t = Translator(qapp)
    yield t
    t.set_language("en")


def test_spanish_parent_gets_spanish_screens(qtbot, core: Core, tasks, translator) -> None:
    """A parent whose profile says Spanish sees Spanish words on home and its sub-screens."""
    parent = core.profiles.create_parent("Lucía", "E-1", "1234", language="es")
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    window.start_session(parent)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    assert home.write_button.text() == "Escribir una carta"
    assert home.record_button.text() == "Grabar un mensaje"
    window.open_add_child()
    form = window.current_screen
    assert isinstance(form, ChildFormScreen)
    back_texts = [b.text() for b in form.findChildren(type(home.write_button))]
    assert "Volver" in back_texts  # a string from the shared Screen base class


def test_qt_own_buttons_follow_the_language(qtbot, translator) -> None:
    """Qt's own words (a message box's Yes/No/Cancel) come in Spanish with the interface,
    and go back to English with it."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    translator.set_language("es")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    words = {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel)}
    assert words == {"Sí", "No", "Cancelar"}
    translator.set_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") \
        == "Cancel"


def test_english_parent_after_spanish_one(qtbot, core: Core, tasks, translator) -> None:
    """The next parent, in English, does not inherit the last parent's Spanish."""
    es = core.profiles.create_parent("Lucía", "E-1", "1234", language="es")
    en = core.profiles.create_parent("Sam", "E-2", "1234", language="en")
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    window.start_session(es)
    window.sign_out()
    window.start_session(en)
    assert window.current_screen.write_button.text() == "Write a letter"


def test_sign_out_returns_the_kiosk_to_its_own_language(qtbot, core: Core, tasks,
                                                       translator) -> None:
    """After a Spanish parent signs out, the sign-in screen (and a staff member who
    signs in next) shows nothing of them, not even their language."""
    es = core.profiles.create_parent("Lucía", "E-1", "1234", language="es")
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    window.start_session(es)
    assert translator.language == "es"
    window.sign_out()
    assert translator.language == "en"
    texts = [b.text() for b in window.current_screen.findChildren(type(window.current_screen
                                                                      .staff_button))]
    assert "Staff" in texts


def test_catalogue_is_complete_and_compiled() -> None:
    """Every interface string has a Spanish translation, and the compiled .qm is newer."""
    ts = resources.translations_dir() / "letterbox_es.ts"
    qm = ts.with_suffix(".qm")
    tree = ET.parse(ts)
    def words(translation: ET.Element) -> str:  # plural messages hold numerusforms
        forms = [f.text or "" for f in translation.iter("numerusform")]
        return "".join(forms) if forms else (translation.text or "")

    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not words(m.find("translation")).strip()]
    assert not unfinished, f"untranslated (run scripts/i18n and translate): {unfinished}"
    assert qm.is_file() and qm.stat().st_size > 1000


def test_catalogue_holds_every_current_string(tmp_path) -> None:
    """Strings added to the code since the catalogue was refreshed are caught."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate is missing (it comes with PySide6)"
    package = Path(resources.assets_dir()).parent / "letterbox"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in package.rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True,
                   timeout=120)
    wanted = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    have = {m.find("source").text
            for m in ET.parse(resources.translations_dir() / "letterbox_es.ts").iter("message")}
    assert wanted - have == set(), "run scripts/i18n and translate the new strings"


def test_choosing_espanol_at_sign_in_retranslates_at_once(qtbot, core: Core, tasks,
                                                          translator) -> None:
    """Español in the sign-in box: the sign-in screen is Spanish at once and the box
    says Español; the new-profile form starts in Spanish; English brings it all back."""
    core.profiles.create_parent("Lucía", "E-1", "1234", language="es")
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    window.show()
    signin = window.current_screen
    signin.language_box.setCurrentIndex(signin.language_box.findData("es"))
    signin.language_box.activated.emit(signin.language_box.currentIndex())
    spanish = window.current_screen
    assert spanish is not signin and translator.language == "es"
    assert spanish.language_box.currentData() == "es"
    assert spanish.new_button.text() != "I am new here"
    window.show_create_profile()
    assert window.current_screen.language_box.currentData() == "es"
    window.show_signin()
    back = window.current_screen
    assert back.language_box.currentData() == "es"
    back.language_box.setCurrentIndex(back.language_box.findData("en"))
    back.language_box.activated.emit(back.language_box.currentIndex())
    assert translator.language == "en"
    assert window.current_screen.new_button.text() == "I am new here"


def test_the_no_children_hint_names_the_real_button(qtbot, core: Core, tasks,
                                                    translator) -> None:
    """"Who is this letter for?" with no children points to the home button by the words
    it really shows, in Spanish too."""
    from letterbox.ui.letter_steps import ChildPage

    translator.set_language("es")
    parent = core.profiles.create_parent("Lucía", "E-1", "1234", language="es")
    window = MainWindow(core, tasks, language_changer=translator.set_language)
    qtbot.addWidget(window)
    window.start_session(parent)
    button = window.current_screen.findChildren(type(window.current_screen.write_button))
    labels = [b.text() for b in button]
    from letterbox.audio.speech import Speaker

    speaker = Speaker("mock")
    page = ChildPage(speaker, "es")
    speaker.setParent(page)  # ends with the page, not at exit
    qtbot.addWidget(page)
    hint = page.empty.text()
    named = hint.split("\u201c")[1].split("\u201d")[0]
    assert named in labels and named == "Añadir un hijo o una hija"


def test_no_translate_wrapper_hides_words_from_the_catalogue() -> None:
    """pyside6-lupdate finds only tr(…), translate("Context", "…") and
    QCoreApplication.translate("Context", "…"); a wrapper such as ``_tr(text)`` hid
    Read aloud's and the journal's words from it, so Spanish parents heard English."""
    import re
    from pathlib import Path

    package = Path(resources.assets_dir()).parent / "letterbox"
    wrappers = [f"{path.relative_to(package)}:{number}"
                for path in sorted(package.rglob("*.py"))
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if re.search(r"def _tr\(|\b_tr\(|\b(?!translate\b)\w+\s*=\s*"
                             r"QCoreApplication\.translate\s*(#|$)|"
                             r"\btranslate\(\s*[A-Za-z_]\w*\s*,", line)]
    assert wrappers == []
