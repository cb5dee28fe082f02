"""A letter's whole journey through the real window: the parent writes it and sends it for
review, signs out; staff sign in by the Staff button, read its flag, approve it and export
it; the packet holds the letter's PDF and the manifest. On both stores: the SQLite file
and a shared PostgreSQL store."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.services import Services
from letterbox.ui.home import HomeScreen
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from letterbox.ui.staff.home import StaffHomeScreen
from letterbox.ui.staff.signin import StaffSignInScreen
from tests.export.pdftext import pdf_text
from tests.store_engines import core, store_url  # noqa: F401  (both stores)
from tests.ui.staff.conftest import STAFF_NAME, STAFF_PASSPHRASE
from tests.ui.window_helpers import sign_in_demo

WORDS = "I am reading a book about the sea. I will be home by Christmas."


def _parent_writes_and_signs_out(qtbot, window: MainWindow) -> None:
    home = sign_in_demo(qtbot, window)
    zoe = next(i for i in range(home.children_list.count())
               if "Zoë" in home.children_list.item(i).text())
    rect = home.children_list.visualItemRect(home.children_list.item(zoe))
    qtbot.mouseClick(home.children_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # the parent taps Zoë, then Write a letter
    qtbot.mouseClick(home.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LetterFlowScreen), timeout=15000)
    flow = window.current_screen
    qtbot.waitUntil(lambda: flow.services is not None, timeout=10000)
    flow.inform = lambda title, message: None
    flow.occasion_page.buttons[-1].click()  # write freely
    qtbot.keyClicks(flow.editor_page.edit, WORDS)
    qtbot.mouseClick(flow.editor_page.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.review_page, timeout=5000)
    qtbot.mouseClick(flow.review_page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    sign_out = next(b for b in home.findChildren(QPushButton) if b.text() == "Sign out")
    qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, SignInScreen) and window.session is None


def test_letter_from_kiosk_to_packet(qtbot, demo_core: Core, services: Services, tasks,
                                     tmp_path: Path) -> None:
    """Parent writes and sends; staff approve and export; the packet has the letter."""
    window = MainWindow(demo_core, tasks, services=services, speaker=Speaker("mock"))
    qtbot.addWidget(window)
    window.show()
    _parent_writes_and_signs_out(qtbot, window)

    qtbot.mouseClick(window.current_screen.staff_button, Qt.MouseButton.LeftButton)
    staff_signin = window.current_screen
    assert isinstance(staff_signin, StaffSignInScreen)
    qtbot.keyClicks(staff_signin.name_edit, STAFF_NAME)
    qtbot.keyClick(staff_signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(staff_signin.passphrase_edit, STAFF_PASSPHRASE)
    qtbot.keyClick(staff_signin.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, StaffHomeScreen), timeout=5000)
    home = window.current_screen

    review = home.review
    home.nav.setCurrentRow(home.pages.index(review))  # the dashboard comes first
    qtbot.waitUntil(lambda: review.loaded and len(review.entries) == 7, timeout=5000)
    written = next(e for e in review.entries if WORDS in getattr(e.item, "body", ""))
    assert review.select(written.ref)
    assert WORDS in review.item_view.letter_text.toPlainText()
    flags = review.item_view.flag_list.item(0).text()
    assert "promises a date" in flags and "home by Christmas" in flags
    with qtbot.waitSignal(review.decided, timeout=5000):
        qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    assert demo_core.letters.get(written.ref.id).status == "approved"

    home.nav.setCurrentRow(home.pages.index(home.export))
    export = home.current_page()
    assert export is home.export
    export.choose_folder = lambda default: tmp_path / "packets"
    qtbot.waitUntil(lambda: export.export_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(export.export_finished, timeout=60_000) as finished:
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    [result] = finished.args[0].results
    folder = result.folder
    assert folder is not None and folder.parent == tmp_path / "packets"
    [pdf] = list((folder / "letters").glob("letter-*.pdf"))
    text = " ".join(pdf_text(pdf).split())
    assert "I am reading a book about the sea." in text and "DEMO-0001" in text
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [i["item_id"] for i in manifest["items"] if i["kind"] == "letter"] \
        == [written.ref.id]
    assert demo_core.letters.get(written.ref.id).status == "exported"

    qtbot.mouseClick(home.sign_out_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, SignInScreen) and window.staff_session is None
