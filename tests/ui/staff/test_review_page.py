"""The review page, more of it: flags highlighted in the letter, a story's pages and an
echo reading's lines with their words, the position slider, approving several at once,
the keys, and a returned item's reason read by the parent in their own language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLineEdit

from letterbox.core import Core
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.letter_view import FLAG_COLOURS
from letterbox.ui.staff.review import RETURN_REASONS, ReviewPage
from letterbox.ui.staff.session import StaffSession
from tests.ui.staff.conftest import child_id, flagged_letter, letter_id, reload_page, shown_page
from tests.ui.staff.review_helpers import STORY_PAGES, echo_recording, story_recording


@pytest.fixture
def page(qtbot, staff: StaffSession) -> ReviewPage:
    return shown_page(qtbot, ReviewPage(staff), 1200)


def _format_at(page: ReviewPage, position: int) -> QTextCharFormat:
    cursor = QTextCursor(page.item_view.letter_text.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def _background_at(page: ReviewPage, position: int) -> QColor:
    return _format_at(page, position).background().color()


def test_flags_are_highlighted_in_the_text(qtbot, page: ReviewPage, demo_core: Core,
                                           services, demo_parent: Parent) -> None:
    """Each flagged passage has its flag's background in the document; plain words have
    none; clicking a flag row selects its words."""
    zoe = child_id(demo_core, demo_parent, "Zoë")
    body = "Dear Zoë,\n\nI will be home by Christmas. Please send me some money.\n\nLove, Dad"
    made = flagged_letter(services, demo_parent, zoe, body)
    reload_page(qtbot, page)
    assert page.select(ItemRef(ItemKind.LETTER, made))
    flags = demo_core.letters.get(made).flags
    assert {f["category"] for f in flags} >= {"promise_date", "money"}
    for flag in flags:
        for position in range(flag["start"], flag["end"]):
            assert _background_at(page, position) == QColor(FLAG_COLOURS[flag["category"]])
    for plain in (body.index("Dear"), body.index("Love")):  # not highlighted
        assert not _format_at(page, plain).hasProperty(QTextFormat.Property.BackgroundBrush)
    view = page.item_view.letter
    money = next(i for i in range(view.flag_list.count())
                 if view.flag_list.item(i).data(Qt.ItemDataRole.UserRole)["category"] == "money")
    item = view.flag_list.item(money)
    assert item.background().color() == QColor(FLAG_COLOURS["money"])
    rect = view.flag_list.visualItemRect(item)
    qtbot.mouseClick(view.flag_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    flag = item.data(Qt.ItemDataRole.UserRole)
    assert view.text.textCursor().selectedText() == flag["passage"]


def test_story_pages_show_their_words_and_slider_follows(qtbot, page: ReviewPage,
                                                         demo_core: Core, services,
                                                         demo_parent: Parent) -> None:
    """A story lists its introduction and pages in order; choosing a page shows its story
    text beside the list; the slider follows the player and dragging it seeks."""
    zoe = child_id(demo_core, demo_parent, "Zoë")
    rid = story_recording(services, demo_parent, zoe, demo_core.paths.root)
    reload_page(qtbot, page)
    assert page.select(ItemRef(ItemKind.RECORDING, rid))
    rec = page.item_view.recording
    qtbot.waitUntil(lambda: len(rec.parts) == 3, timeout=5000)
    rows = [rec.part_list.item(i).text() for i in range(rec.part_list.count())]
    assert rows[0].startswith("Introduction (0:01)")
    assert rows[1] == f"Page 1 (0:03): {STORY_PAGES[0]}"
    assert rows[2] == f"Page 2 (0:03): {STORY_PAGES[1]}"
    rec.part_list.setCurrentRow(2)
    assert rec.words_label.text() == "Story text of this page"
    assert rec.part_words.toPlainText() == STORY_PAGES[1]
    assert "two pages" in rec.transcript.toPlainText()
    played, sought = [], []
    rec.player.play = lambda path: played.append(path) or True  # type: ignore[method-assign]
    rec.player.seek = sought.append  # type: ignore[method-assign]
    rec.play_button.click()
    assert played == [rec.parts[2].path] and rec.slider.maximum() == 3000
    for ms in (500, 1200, 2400):  # what the player reports while it plays
        rec.player.position.emit(ms / 1000, 3.0)
        assert rec.slider.value() == ms
    assert rec.position_label.text() == "0:02 / 0:03"
    rec.slider.setFocus()
    qtbot.keyClick(rec.slider, Qt.Key.Key_PageDown)  # back 5 s, clamped to the start
    qtbot.keyClick(rec.slider, Qt.Key.Key_Right)
    assert sought[-2:] == [0.0, 1.0]


def test_echo_reading_shows_each_line(qtbot, page: ReviewPage, demo_core: Core, services,
                                      demo_parent: Parent) -> None:
    """Echo reading lists each recorded line with the line's words."""
    zoe = child_id(demo_core, demo_parent, "Zoë")
    rid = echo_recording(services, demo_parent, zoe, demo_core.paths.root)
    reload_page(qtbot, page)
    assert page.select(ItemRef(ItemKind.RECORDING, rid))
    rec = page.item_view.recording
    qtbot.waitUntil(lambda: len(rec.parts) == 2, timeout=5000)
    assert rec.part_list.item(0).text() == "Line 1 (0:02): The cat sat on the mat."
    rec.part_list.setCurrentRow(1)
    assert rec.words_label.text() == "Text of this line"
    assert rec.part_words.toPlainText() == "The dog ran to the park."


def test_approve_several_at_once(qtbot, page: ReviewPage, demo_core: Core,
                                 demo_parent: Parent) -> None:
    """Three chosen items are approved with one audited change each, and one line says so."""
    titles = ("Happy birthday, Zoë", "My week, day by day", "Thinking of you")
    ids = [letter_id(demo_core, demo_parent, t) for t in titles]
    page.table.clearSelection()
    for row in range(page.table.rowCount()):
        if page.entries[row].ref.kind == ItemKind.LETTER and page.entries[row].ref.id in ids:
            rect = page.table.visualItemRect(page.table.item(row, 0))
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.ControlModifier, rect.center())
    assert len(page.selected_entries()) == 3
    assert page.approve_button.text() == "Approve 3 items (A)"
    assert not page.return_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.approve_button.click()
    assert page.message.text() == "3 approved"
    assert {demo_core.letters.get(i).status for i in ids} == {"approved"}
    rows = [e for e in events(demo_core.db) if e.action == "letter_approve"]
    assert sorted(e.item_id for e in rows) == sorted(ids)
    assert all(e.actor_name == "Sam Worker" for e in rows)


def test_keys_move_approve_and_return_but_not_while_typing(qtbot, page: ReviewPage,
                                                           demo_core: Core) -> None:
    """J/K and Ctrl+Down/Up move through the queue, A approves, R asks for a reason;
    the same keys typed into a text box do nothing to the queue."""
    page.table.setFocus()
    page.step(-10)
    assert page.table.currentRow() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    assert page.table.currentRow() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentRow() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentRow() == 0
    asked: list[str] = []
    page.ask_reason = lambda title, *_a: asked.append(title)  # type: ignore[method-assign]
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    assert asked == ["Return to the parent"]
    box = QLineEdit(page)  # a text box on the page (a search field, say)
    page.layout().addWidget(box)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    first = page.selected_entry()
    for key in (Qt.Key.Key_J, Qt.Key.Key_A, Qt.Key.Key_R):
        qtbot.keyClick(box, key)
    assert box.text() == "jar" and page.selected_entry() == first and len(asked) == 1
    assert "A or Ctrl+Enter" in page.approve_button.toolTip()
    assert "(R)" in page.return_button.toolTip()
    page.table.setFocus()
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert demo_core.letters.get(first.ref.id).status == "approved" \
        if first.ref.kind == ItemKind.LETTER else \
        demo_core.recordings.get(first.ref.id).status == "approved"


def test_returned_reason_reads_in_the_parents_language(qtbot, page: ReviewPage,
                                                       demo_core: Core, services, staff,
                                                       demo_parent: Parent, tasks,
                                                       qapp) -> None:
    """A ready-worded reason is stored in English and the Spanish parent's home shows it
    in Spanish; a reason the worker wrote is shown as written."""
    from letterbox.ui.home import HomeScreen
    from letterbox.ui.main_window import MainWindow
    from letterbox.ui.translation import Translator

    case = RETURN_REASONS[3]
    letter = letter_id(demo_core, demo_parent, "My week, day by day")
    assert page.select(ItemRef(ItemKind.LETTER, letter))
    page.ask_reason = lambda *_a: case  # type: ignore[method-assign]
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.return_button.click()
    other = letter_id(demo_core, demo_parent, "Happy birthday, Zoë")
    assert page.select(ItemRef(ItemKind.LETTER, other))
    page.ask_reason = lambda *_a: "Escribe otra vez la primera línea."  # type: ignore[method-assign]
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.return_button.click()
    assert demo_core.letters.get(letter).status_note == case  # English source kept
    services.parents.set_language(staff.actor, demo_parent.id, "es")
    translator = Translator(qapp)
    try:
        window = MainWindow(demo_core, tasks, language_changer=translator.set_language)
        qtbot.addWidget(window)
        window.start_session(demo_core.profiles.parent(demo_parent.id))
        home = window.current_screen
        assert isinstance(home, HomeScreen)
        qtbot.waitUntil(lambda: home.returned_label.isVisible() or
                        bool(home.returned_label.text()), timeout=5000)
        text = home.returned_label.text()
        assert "Por favor, no hable de su caso ni del tribunal." in text
        assert case not in text
        assert "Escribe otra vez la primera línea." in text
    finally:
        translator.set_language("en")
