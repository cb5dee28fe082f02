"""Sign-in → home, profile creation and sign-out, on the real window with a real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_NAME, DEMO_PIN
from letterbox.ui.home import HomeScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import CreateProfileScreen, SignInScreen
from tests.ui.window_helpers import type_pin


@pytest.fixture
def window(qtbot, demo_core: Core, tasks):
    win = MainWindow(demo_core, tasks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_screen.name_list.count() > 0, timeout=5000)
    return win


def _sign_in(qtbot, win: MainWindow, pin: str) -> None:
    type_pin(qtbot, win, pin)


def test_right_pin_opens_home_with_children(qtbot, window: MainWindow) -> None:
    """Picking your name and typing the right PIN shows your children and drafts."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    names = [home.children_list.item(i).text() for i in range(home.children_list.count())]
    assert any("Zoë Martínez" in n for n in names)
    assert any("contact not permitted" in n for n in names)
    items = [home.items_list.row(i).text() for i in range(home.items_list.count())]
    assert any("Waiting for staff" in text for text in items)
    from datetime import date
    today = f"{date.today().day} {date.today():%b}"  # each row says when ("30 Nov")
    assert all(f" · {today} · " in text for text in items), items
    assert window.session is not None and window.session.parent.name == DEMO_NAME


def test_wrong_pin_is_refused_kindly(qtbot, window: MainWindow) -> None:
    """A wrong PIN keeps you on the PIN page with a message, and nobody is signed in."""
    _sign_in(qtbot, window, "9999")
    screen = window.current_screen
    qtbot.waitUntil(lambda: "did not match" in screen.pin_message.text(), timeout=5000)
    assert window.session is None


def test_five_wrong_pins_lock_for_a_while(qtbot, window: MainWindow) -> None:
    """After five wrong PINs even the right one waits, so guessing is slow."""
    screen = _lock_demo(qtbot, window)
    qtbot.waitUntil(lambda: "Too many tries" in screen.pin_message.text(), timeout=5000)
    qtbot.keyClicks(screen.pin_edit, DEMO_PIN)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert window.session is None


def test_sign_out_shows_nobodys_data(qtbot, window: MainWindow) -> None:
    """After signing out the kiosk shows the sign-in screen, not the last parent's home."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    window.sign_out()
    assert isinstance(window.current_screen, SignInScreen)
    assert window.session is None


def test_create_profile_then_home(qtbot, window: MainWindow, demo_core: Core) -> None:
    """A new parent fills the form with the keyboard and lands on an empty home."""
    window.current_screen.create_requested.emit()
    form = window.current_screen
    assert isinstance(form, CreateProfileScreen)
    qtbot.keyClicks(form.name_edit, "Ali <b>../../x")
    qtbot.keyClicks(form.id_edit, "A1234BC")
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.pin_again_edit, "2468")
    form.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    made = demo_core.profiles.find_by_id_number("A1234BC")
    assert made is not None and made.name == "Ali <b>../../x"
    assert demo_core.profiles.verify_pin(made.id, "2468")


def test_mismatched_pins_are_explained(qtbot, window: MainWindow, demo_core: Core) -> None:
    """Two different PINs give a message and create nothing."""
    window.current_screen.create_requested.emit()
    form = window.current_screen
    qtbot.keyClicks(form.name_edit, "Sam")
    qtbot.keyClicks(form.id_edit, "B1")
    qtbot.keyClicks(form.pin_edit, "1111")
    qtbot.keyClicks(form.pin_again_edit, "2222")
    form.save_button.click()
    assert "different" in form.message.text()
    assert demo_core.profiles.find_by_id_number("B1") is None


def test_idle_kiosk_signs_out(qtbot, window: MainWindow) -> None:
    """Left alone, a signed-in kiosk returns to sign-in so the next person sees nothing."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    window._idle.setInterval(100)
    window.idle_warning_s = 1
    window.note_activity()
    qtbot.waitUntil(lambda: window.idle_warning.showing, timeout=3000)
    assert "Are you still there?" in window.idle_warning.text.text()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=3000)
    assert window.session is None and not window.idle_warning.showing


def test_im_still_here_keeps_the_parent_signed_in(qtbot, window: MainWindow) -> None:
    """The idle countdown shows with its button; pressing it keeps the session."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    window._idle.setInterval(100)
    window.idle_warning_s = 2
    window.note_activity()
    qtbot.waitUntil(lambda: window.idle_warning.showing, timeout=3000)
    qtbot.mouseClick(window.idle_warning.still_here, Qt.MouseButton.LeftButton)
    assert not window.idle_warning.showing
    window._idle.stop()
    qtbot.wait(2500)  # longer than the countdown was
    assert window.current_screen is home and window.session is not None


def test_idle_waits_while_the_screen_keeps_awake(qtbot, window: MainWindow,
                                                 monkeypatch) -> None:
    """While a screen is recording or playing, idle neither warns nor signs out; it
    counts again from then on."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    busy = [True]
    monkeypatch.setattr(home, "keeps_awake", lambda: busy[0])
    window._idle.setInterval(100)
    window.idle_warning_s = 1
    window.note_activity()
    qtbot.wait(600)
    assert not window.idle_warning.showing and window.current_screen is home
    busy[0] = False  # Stop was pressed: the idle clock runs again
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=4000)


def test_home_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    """Ctrl+L opens the letter flow for the highlighted child; Ctrl+Q signs out."""
    from letterbox.ui.letter_flow import LetterFlowScreen

    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    assert "Ctrl+L" in home.write_button.toolTip()
    qtbot.keyClick(home, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LetterFlowScreen), timeout=15000)
    window.show_home()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    qtbot.keyClick(window.current_screen, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen, SignInScreen)


def _lock_demo(qtbot, window: MainWindow) -> SignInScreen:
    screen = window.current_screen
    _sign_in(qtbot, window, "0000")
    for _ in range(4):
        qtbot.waitUntil(lambda: screen.pin_edit.isEnabled(), timeout=5000)
        qtbot.keyClicks(screen.pin_edit, "0000")
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.locked_seconds > 0, timeout=5000)
    return screen


def test_lockout_is_not_undone_by_leaving_the_screen(qtbot, window: MainWindow) -> None:
    """'I am new here' then Back builds a new sign-in screen: the lock still holds, the
    right PIN is refused, and digits typed meanwhile do not pile up."""
    _lock_demo(qtbot, window)
    window.current_screen.create_requested.emit()
    assert isinstance(window.current_screen, CreateProfileScreen)
    window.show_signin()
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    _sign_in(qtbot, window, DEMO_PIN)
    screen = window.current_screen
    qtbot.waitUntil(lambda: screen.locked_seconds > 0, timeout=5000)
    assert "Too many tries" in screen.pin_message.text()
    qtbot.keyClicks(screen.pin_edit, "12341234")
    assert screen.pin_edit.text() == "" and not screen.ok_button.isEnabled()
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert window.session is None


def test_lockout_counts_down_live(qtbot, window: MainWindow) -> None:
    """The wait shown goes down by itself, second by second."""
    screen = _lock_demo(qtbot, window)
    first = screen.locked_seconds
    qtbot.waitUntil(lambda: screen.locked_seconds <= first - 2, timeout=4000)
    assert f"{screen.locked_seconds} seconds" in screen.pin_message.text()


def test_staff_reset_lets_a_locked_parent_in(qtbot, window: MainWindow, demo_core: Core) -> None:
    """After staff reset the PIN, the parent signs in with the new one at once."""
    from letterbox.services.actor import Actor

    _lock_demo(qtbot, window)
    sam = demo_core.staff.add("Sam", "correct horse")
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    window.services.parents.reset_pin(Actor.staff(sam.id, sam.name), parent.id, "5678")
    window.show_signin()
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    _sign_in(qtbot, window, "5678")
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)


def test_idle_sign_out_with_a_dialog_open_keeps_the_kiosk_alive(qtbot, window: MainWindow
                                                                ) -> None:
    """A parent leaves a message box open and walks away: idle sign-out closes the box
    first, no screen is deleted under it, and the kiosk is on the sign-in screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from letterbox.ui.message_box import MessageBox

    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    answers: list[bool] = []

    def walk_away() -> None:
        assert isinstance(QApplication.activeModalWidget(), MessageBox)
        window._idle_timeout()  # what the idle timer does

    QTimer.singleShot(200, walk_away)
    answers.append(home.confirm("Delete?", "Delete this draft?"))  # modal, as in real use
    assert answers == [False], "a question closed by sign-out is answered no"
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SignInScreen), timeout=5000)
    assert window.session is None and window.dialogs.open_count == 0
    assert QApplication.activeModalWidget() is None
    # the kiosk still works: the next parent signs in
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)


def test_focus_returns_to_the_window_after_a_dialog(qtbot, window: MainWindow) -> None:
    """When a message box closes, a widget of the current screen has the keyboard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    home.write_button.setFocus()
    QTimer.singleShot(100, lambda: QApplication.activeModalWidget().accept())
    home.inform("Hello", "Just so you know")
    focused = window.focusWidget()  # the window's keyboard focus (offscreen has no active window)
    assert focused is home.write_button


def test_returned_item_shows_its_reason_on_home(qtbot, window: MainWindow,
                                               demo_core: Core) -> None:
    """A returned letter's reason is at the top of home and on its row."""
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    letter = next(x for x in demo_core.letters.for_parent(parent.id) if x.status == "ready")
    demo_core.letters.set_status(letter.id, "returned", "Please take out the phone number")
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    assert "Please take out the phone number" in home.returned_label.text()
    rows = [home.items_list.row(i).text() for i in range(home.items_list.count())]
    assert any("Returned: Please take out the phone number" in r for r in rows)


def _tap_row(qtbot, widget, row: int) -> None:  # type: ignore[no-untyped-def]
    """A finger's tap on a list row, as the mouse sends it."""
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_one_tap_on_your_name_opens_the_pin_pad(qtbot, window: MainWindow) -> None:
    """Tapping a name once shows the PIN pad for that parent (no double tap needed)."""
    screen = window.current_screen
    assert isinstance(screen, SignInScreen)
    row = next(i for i in range(screen.name_list.count())
               if screen.name_list.item(i).text() == DEMO_NAME)
    _tap_row(qtbot, screen.name_list, row)
    qtbot.waitUntil(lambda: screen.pin_edit.isVisible(), timeout=3000)
    assert DEMO_NAME in screen.pin_title.text()


def test_one_tap_opens_an_item_on_home_and_a_double_tap_opens_it_once(
        qtbot, window: MainWindow) -> None:
    """One tap on a letter's row opens it; a double tap does not open it twice."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    opened: list[int] = []
    home.open_letter.disconnect()
    home.open_recording.disconnect()
    home.open_letter.connect(opened.append)
    home.open_recording.connect(opened.append)
    row = home.items_list.row(0)
    qtbot.mouseClick(row.name_label, Qt.MouseButton.LeftButton)  # a tap on the row's words
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)  # the second tap of a double tap
    assert opened == [row.entry.id]
    qtbot.wait(900)  # after a moment the list answers taps again (nothing opened here)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert opened == [row.entry.id, row.entry.id]


def test_write_a_letter_asks_which_child_when_there_are_several(qtbot,
                                                                window: MainWindow) -> None:
    """With several children and none tapped, "Write a letter" opens on "Who is this
    letter for?" instead of using whichever child happened to be highlighted."""
    from letterbox.ui.letter_flow import LetterFlowScreen

    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen)
                    and window.current_screen.data is not None, timeout=5000)
    home = window.current_screen
    assert home.children_list.count() > 1 and home.selected_child() is not None
    qtbot.mouseClick(home.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LetterFlowScreen), timeout=15000)
    flow = window.current_screen
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.child_page, timeout=10000)
    assert flow.child is None


def test_sign_out_is_not_where_back_is(qtbot, window: MainWindow) -> None:
    """Home's Sign out sits at the left; every other screen's Back sits at the right,
    so a second tap in the same place never signs the parent out."""
    _sign_in(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, HomeScreen), timeout=5000)
    home = window.current_screen
    window.resize(1024, 768)
    qtbot.wait(50)
    assert home.sign_out_button.geometry().right() < home.width() // 2
