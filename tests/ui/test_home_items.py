"""Home's item cards on the real window: each says what it is, for whom, its title, date
and status; Open and Delete are big, named, reached by Tab and pressed by Enter; Delete
asks kindly and keeps the draft for staff; Read aloud reads each card with its buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.ui.home import HomeScreen
from letterbox.ui.home_items import ItemRow
from letterbox.ui.keys import ButtonKeys
from letterbox.ui.main_window import MainWindow
from letterbox.ui.widgets.big_button import MIN_TARGET
from tests.ui.window_helpers import sign_in_demo

DRAFT_TITLE = "About your football match"


@pytest.fixture
def window(qtbot, demo_core: Core, tasks):
    win = MainWindow(demo_core, tasks)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    return win


@pytest.fixture
def keys(qapp):
    filter_ = ButtonKeys(qapp)
    qapp.installEventFilter(filter_)
    yield filter_
    qapp.removeEventFilter(filter_)


def _home(qtbot, window: MainWindow) -> HomeScreen:  # type: ignore[no-untyped-def]
    """The demo parent's home, its cards on the screen."""
    home = sign_in_demo(qtbot, window)
    qtbot.waitUntil(lambda: all(r.isVisible() for r in home.items_list.rows), timeout=5000)
    return home


def _row(home: HomeScreen, words: str) -> ItemRow:
    return next(r for r in home.items_list.rows if words in r.text())


def test_rows_show_kind_child_title_date_and_status(qtbot, window: MainWindow,
                                                    demo_core: Core) -> None:
    """A bedtime story, a letter and a recorded message each say what they are and for
    whom, with title, day and status; only what is back with the parent offers Delete,
    and every button is at least 48 px and named after its item."""
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zoë"))
    demo_core.recordings.create(parent.id, zoe.id, "story", title="The Moon and Me")
    home = _home(qtbot, window)
    today = f"{date.today().day} {date.today():%b}"

    story = _row(home, "The Moon and Me")
    assert story.name_label.text() == "Bedtime story for Zoë Martínez"
    assert story.title_label.text() == "The Moon and Me"
    assert story.status_label.text() == f"{today} · Draft"
    letter = _row(home, "Happy birthday, Zoë")
    assert letter.name_label.text() == "Letter to Zoë Martínez"
    assert letter.status_label.text() == f"{today} · Waiting for staff"
    message = _row(home, "Goodnight song for Zoë")
    assert message.name_label.text() == "Recorded message for Zoë Martínez"

    assert story.delete_button.isVisible() and _row(home, DRAFT_TITLE).delete_button.isVisible()
    assert not letter.delete_button.isVisible() and letter.open_button.isVisible()
    assert letter.open_button.accessibleName() == \
        "Open: Letter to Zoë Martínez — Happy birthday, Zoë"
    assert story.delete_button.accessibleName() == \
        "Delete: Bedtime story for Zoë Martínez — The Moon and Me"
    for row in home.items_list.rows:
        for button in row.buttons():
            assert button.height() >= MIN_TARGET and button.width() >= MIN_TARGET


def test_one_tap_on_a_cards_words_opens_it(qtbot, window: MainWindow) -> None:
    """Tapping the card's words, not only its Open button, opens that letter."""
    home = _home(qtbot, window)
    opened: list[int] = []
    home.open_letter.disconnect()
    home.open_letter.connect(opened.append)
    row = _row(home, DRAFT_TITLE)
    qtbot.mouseClick(row.status_label, Qt.MouseButton.LeftButton)
    assert opened == [row.entry.id]


def test_tab_reaches_open_and_delete_and_enter_presses_them(qtbot, window: MainWindow,
                                                           keys) -> None:
    """From "Add a child", Tab goes to the first card's Open, then on card by card
    through each Open and Delete; Enter on a focused Open opens that item."""
    home = _home(qtbot, window)
    expected = home.items_list.buttons()
    assert len(expected) == home.items_list.count() + 1  # one draft offers Delete too
    home.add_child_button.setFocus()
    reached = []
    for _ in expected:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == expected
    row = _row(home, DRAFT_TITLE)
    assert row.delete_button in reached
    opened: list[int] = []
    home.open_letter.disconnect()
    home.open_letter.connect(opened.append)
    row.open_button.setFocus()
    qtbot.keyClick(row.open_button, Qt.Key.Key_Return)
    assert opened == [row.entry.id]


def test_delete_asks_first_and_no_keeps_the_draft(qtbot, window: MainWindow,
                                                  demo_core: Core) -> None:
    """Delete asks in kind words; No keeps the draft; Yes takes it off home (the focus
    goes to the next card), and the store keeps it (marked deleted) for staff."""
    home = _home(qtbot, window)
    before = home.items_list.count()
    row = _row(home, DRAFT_TITLE)
    letter_id = row.entry.id
    asked: list[tuple[str, str]] = []
    home.confirm = lambda title, question: (asked.append((title, question)), False)[1]
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [(f"Delete: Letter to Дмитрий Петров — {DRAFT_TITLE}",
                      "Delete this draft? Staff can bring it back for 30 days.")]
    assert demo_core.letters.get(letter_id).deleted_at is None
    assert home.items_list.count() == before

    home.confirm = lambda title, question: True
    index = home.items_list.rows.index(row)
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.items_list.count() == before - 1, timeout=5000)
    assert not any(DRAFT_TITLE in r.text() for r in home.items_list.rows)
    # The keyboard lands on the card that took its place, not outside the list.
    qtbot.waitUntil(lambda: window.focusWidget() is home.items_list.row(index).open_button,
                    timeout=5000)
    kept = demo_core.letters.get(letter_id)
    assert kept.deleted_at is not None and kept.body  # nothing removed yet


def test_read_aloud_reads_each_card_then_its_buttons(qtbot, window: MainWindow) -> None:
    """Read aloud says each card's words, and "Press “Open: …”" for each of its buttons."""
    home = _home(qtbot, window)
    said = home.spoken_text()
    row = _row(home, DRAFT_TITLE)
    assert row.text() in said
    assert f"Press “Open: {row.entry.label}”." in said
    assert f"Press “Delete: {row.entry.label}”." in said
    assert "Press “Open”." not in said  # never a bare "Open" nobody can place
