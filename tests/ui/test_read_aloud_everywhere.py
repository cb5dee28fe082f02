"""Every parent screen and every box can be read aloud, and what is read is what the screen
shows: its title, every word on it, and every button it offers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.message_box import MessageBox
from letterbox.ui.spoken import plain
from tests.ui.keyboard_helpers import kiosk_window
from tests.ui.screen_tour import parent_tour


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What the speaker is asked to say (the voice itself is not needed)."""
    spoken: list[str] = []

    def say(_self, text: str, language: str = "en") -> bool:
        spoken.append(text)
        return True

    monkeypatch.setattr(Speaker, "say", say)
    monkeypatch.setattr(Speaker, "unavailable_reason", lambda _self, language="en": "")
    return spoken


def _flat(text: str) -> str:
    return " ".join(text.split())


def shown_words(root: QWidget) -> list[str]:
    """Each label's words and each usable button's words that a sighted reader sees."""
    found = []
    for widget in root.findChildren(QWidget):
        label = isinstance(widget, QLabel)
        button = isinstance(widget, QAbstractButton) and widget.isEnabled()
        if widget.isVisible() and (label or button) and plain(widget.text()):
            found.append(plain(widget.text()))
    return found


def _missing(spoken: str, root: QWidget) -> list[str]:
    heard = _flat(spoken)
    return [words for words in shown_words(root) if _flat(words) not in heard]


def _read_screen(window: MainWindow, said: list[str]) -> str:
    before = len(said)
    window.bar.read_aloud.click()
    if window.bar.read_aloud.text() != "Read aloud":
        window.bar.read_aloud.reset_words()
    assert len(said) == before + 1, "Read aloud said nothing"
    return said[-1]


def test_every_screen_is_read_aloud_whole(qtbot, kiosk: MainWindow, demo_core: Core,
                                          monkeypatch, said: list[str]) -> None:
    """On each parent screen the bar's Read aloud says the title, every label and every
    button; on a letter page also the question and its choices, or the letter itself."""
    problems, seen = [], 0
    for name, screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        seen += 1
        assert kiosk.bar.read_aloud.isVisible(), name
        text = _read_screen(kiosk, said)
        problems += [f"{name}: not read: {words!r}" for words in _missing(text, screen)]
        if isinstance(screen, LetterFlowScreen):
            page = screen.pages.currentWidget()
            if page is screen.step_page:
                typed = screen.step_page.answer_edit.toPlainText()
            elif page is screen.editor_page:
                typed = screen.editor_page.edit.toPlainText()
            else:
                typed = ""
            if typed.strip() and _flat(typed) not in _flat(text):
                problems.append(f"{name}: the words written are not read")
    assert seen >= 15
    assert not problems, "\n".join(problems)


def test_echo_reading_is_explained_aloud(qtbot, kiosk: MainWindow, demo_core: Core,
                                         monkeypatch, said: list[str]) -> None:
    """The first screen of recording, which explains echo reading, is read in full: a
    parent who cannot read learns what each kind is and which button does it."""
    for name, _screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        if name == "what to record":
            break
    text = _flat(_read_screen(kiosk, said))
    for words in ("The computer reads a story one line at a time and you say each line "
                  "after it. Only your voice is recorded.", "Press “Echo reading”.",
                  "Press “A message”.", "Press “A bedtime story”."):
        assert words in text


def test_every_box_is_read_aloud_whole(qtbot, kiosk: MainWindow, said: list[str]) -> None:
    """A message box's Read aloud says its title, its message and each of its buttons."""
    texts: list[str] = []
    missing: list[str] = []

    def read_then_close() -> None:  # (checked after: the box must close whatever happens)
        box = QApplication.activeModalWidget()
        if not isinstance(box, MessageBox):
            QTimer.singleShot(20, read_then_close)
            return
        if box.read_aloud is not None and box.read_aloud.isVisible():
            shown = [w for w in shown_words(box) if w != box.read_aloud.text()]
            box.read_aloud.click()
            texts.append(_flat(said[-1]) if said else "")
            missing.extend(w for w in shown if _flat(w) not in texts[-1])
        box.buttons[-1].click()

    QTimer.singleShot(20, read_then_close)
    kiosk.dialogs.confirm("Delete this take?", "Take 2 will be deleted for good.")
    QTimer.singleShot(20, read_then_close)
    kiosk.dialogs.choose("Which child?", "Who is this letter for?", ["Zoë", "Dmitri"])
    QTimer.singleShot(20, read_then_close)
    kiosk.dialogs.inform("Sent for review", "Staff will read it before it goes out.")
    assert len(texts) == 3 and missing == []
    assert "Press “Yes”." in texts[0] and "Take 2 will be deleted" in texts[0]
    assert "Press “Dmitri”." in texts[1] and "Press “Cancel”." in texts[1]
