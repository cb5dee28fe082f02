"""The letter flow for a keyboard: the editor opens with the cursor at the end of the
letter, and Tab on a guided step goes down the page as it is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.screen import Session


@pytest.fixture
def session(demo_core: Core, tasks, qapp) -> Session:
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    return Session(core=demo_core, tasks=tasks, parent=parent, speaker=Speaker("mock"))


def _open(qtbot, session: Session, **kwargs) -> LetterFlowScreen:  # type: ignore[no-untyped-def]
    screen = LetterFlowScreen(session, **kwargs)
    screen.inform = lambda title, message: None  # no modal dialogs in tests
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=5000)
    qtbot.waitUntil(lambda: screen.services is not None, timeout=10000)
    return screen


def _to_birthday_steps(qtbot, screen: LetterFlowScreen) -> None:  # type: ignore[no-untyped-def]
    """Zoë, then the birthday occasion: the first guided step."""
    zoe = next(b for b in screen.child_page.buttons if "Zoë" in b.text())
    qtbot.mouseClick(zoe, Qt.MouseButton.LeftButton)
    birthday = next(b for b in screen.occasion_page.buttons if b.text() == "Birthday")
    qtbot.mouseClick(birthday, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.step_page


def test_editor_opens_with_the_cursor_at_the_end(qtbot, session: Session) -> None:
    """After the last question the whole letter opens with the cursor after "Love, Dad",
    so the parent's next words go at the end, never before "Dear …"; reopening from home
    also opens at the end."""
    screen = _open(qtbot, session)
    _to_birthday_steps(qtbot, screen)
    page = screen.step_page
    while screen.pages.currentWidget() is page:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    edit = screen.editor_page.edit
    assert screen.pages.currentWidget() is screen.editor_page
    text = edit.toPlainText()
    assert text.startswith("Dear Zoë,") and text.rstrip().endswith("Love, Dad")
    assert edit.textCursor().position() == len(text)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "PS")
    assert edit.toPlainText().endswith("Love, Dad\nPS")
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=10000)
    letter_id = screen.saver.letter_id
    screen.leave()
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=10000)
    again = _open(qtbot, session, letter_id=letter_id)
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.editor_page, timeout=5000)
    reopened = again.editor_page.edit
    assert reopened.textCursor().position() == len(reopened.toPlainText())


def _focus_stops(page: QWidget) -> list[QWidget]:
    """The widgets on ``page`` a Tab can land on: shown, enabled, taking Tab focus."""
    return [w for w in page.findChildren(QWidget)
            if w.isVisibleTo(page) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.focusProxy()]


def test_guided_step_tab_order_is_the_drawn_order(qtbot, session: Session) -> None:
    """On a question with starters, Tab goes Read aloud, each starter left to right and
    row by row, the answer, then Back, Skip and Next: the order the eye reads them."""
    screen = _open(qtbot, session)
    _to_birthday_steps(qtbot, screen)
    page = screen.step_page
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # a question's starters
    assert len(page.starter_buttons) >= 2
    # new buttons are shown by the event loop, as they are to a person, before any Tab
    qtbot.waitUntil(lambda: all(b.isVisible() for b in page.starter_buttons), timeout=2000)

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(page, QPoint(0, 0))
        return (point.y(), point.x())

    drawn = sorted(_focus_stops(page), key=place)
    assert drawn[0] is page.read_aloud and drawn[-1] is page.next_button
    page.read_aloud.setFocus()
    qtbot.waitUntil(page.read_aloud.hasFocus, timeout=2000)
    walked = [QApplication.focusWidget()]
    for _ in drawn[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == drawn
    assert walked[1:-4] == page.starter_buttons
