"""A deleted draft's journey through the real window: the parent deletes it from home
(answering the window's own message box), it is gone; staff sign in, find it on the
Parents page with its days left and restore it; the parent signs in and has it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.services import Services
from letterbox.store.audit import events
from letterbox.store.profiles import Parent
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.message_box import MessageBox
from letterbox.ui.signin import SignInScreen
from letterbox.ui.staff.parents import ParentsPage
from tests.ui.staff.conftest import staff_signs_in
from tests.ui.window_helpers import sign_in_demo

CLICK = Qt.MouseButton.LeftButton
DRAFT_TITLE = "About your football match"


def _titles(home: HomeScreen) -> list[str]:
    return [row.entry.title for row in home.items_list.rows]


def _answer_yes(asked: list[str]) -> None:
    """Press the message box's first button (Yes), noting its question."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, MessageBox)
    asked.append(box.text())
    box.buttons[0].click()


def test_parent_deletes_a_draft_and_staff_restore_it(qtbot, demo_core: Core,
                                                     services: Services, tasks,
                                                     demo_parent: Parent) -> None:
    """Delete on home asks, then the card is gone; staff see it on the Parents page with
    30 days left and restore it; at the next sign-in the parent has it again."""
    window = MainWindow(demo_core, tasks, services=services, speaker=Speaker("mock"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()

    # 1. The parent deletes the draft from home, answering the window's question.
    home = sign_in_demo(qtbot, window)
    row = next(r for r in home.items_list.rows if r.entry.title == DRAFT_TITLE)
    letter_id, count = row.entry.id, home.items_list.count()
    asked: list[str] = []
    QTimer.singleShot(100, lambda: _answer_yes(asked))
    qtbot.mouseClick(row.delete_button, CLICK)
    assert asked and "Staff can bring it back for 30 days." in asked[0]
    qtbot.waitUntil(lambda: home.items_list.count() == count - 1, timeout=5000)
    assert DRAFT_TITLE not in _titles(home)
    qtbot.mouseClick(home.sign_out_button, CLICK)
    assert isinstance(window.current_screen, SignInScreen)

    # 2. Staff find it on the Parents page and restore it.
    staff_home = staff_signs_in(qtbot, window)
    staff_home.nav.setCurrentRow(staff_home.pages.index(staff_home.parents))
    page = staff_home.current_page()
    assert isinstance(page, ParentsPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    assert page.select_parent(demo_parent.id)
    panel = page.deleted
    qtbot.waitUntil(lambda: panel.parent_id == demo_parent.id and panel.table.rowCount() == 1,
                    timeout=5000)
    cells = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert cells[0] == "Letter" and cells[2] == DRAFT_TITLE and cells[3] == "Draft"
    assert cells[1].startswith("Дмитрий") and cells[5] == "30"
    assert panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.restored, timeout=5000):
        qtbot.mouseClick(panel.restore_button, CLICK)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    assert "back on the parent's home" in page.message.text()
    assert panel.empty_label.text() == "No deleted drafts."
    assert demo_core.letters.get(letter_id).deleted_at is None
    actions = [e.action for e in events(demo_core.db, parent_id=demo_parent.id)]
    assert "letter_deleted" in actions and "letter_restored" in actions
    qtbot.mouseClick(staff_home.sign_out_button, CLICK)
    assert isinstance(window.current_screen, SignInScreen)

    # 3. The parent has the draft back, as it was.
    home = sign_in_demo(qtbot, window)
    assert DRAFT_TITLE in _titles(home) and home.items_list.count() == count
    back = next(r for r in home.items_list.rows if r.entry.title == DRAFT_TITLE)
    assert back.entry.id == letter_id and back.entry.status == "Draft"
