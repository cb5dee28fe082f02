"""A refused form keeps the keyboard in the field to fix (never on Back, where the next
Space would leave the form), says why, and the words go once that field is changed; Tab
goes down each form in the order it is drawn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import CreateProfileScreen, SignInScreen
from tests.ui.form_helpers import open_child_form, press, type_into
from tests.ui.window_helpers import type_pin


@pytest.fixture
def profile_form(qtbot, demo_core: Core, tasks) -> Iterator[CreateProfileScreen]:
    window = MainWindow(demo_core, tasks)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    signin = window.current_screen
    assert isinstance(signin, SignInScreen)
    qtbot.mouseClick(signin.new_button, Qt.MouseButton.LeftButton)
    form = window.current_screen
    assert isinstance(form, CreateProfileScreen)
    yield form  # the window lives while the test runs (qtbot holds it only weakly)


def _save(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _top(root: QWidget, widget: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


def _focused_after_error(qtbot, form, text: str) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in form.message.text(), timeout=5000)
    focused = QApplication.focusWidget()
    assert focused is not form.back_button
    return focused


def test_child_form_error_keeps_focus_and_clears(qtbot, demo_core: Core, tasks) -> None:
    """No name: the message names it and the name box has the keyboard; the first letter
    typed takes the message away. A carer's address too long: the address box."""
    _window, form = open_child_form(qtbot, demo_core, tasks)
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "Please fill in: child's name") is form.name_edit
    qtbot.keyClicks(QApplication.focusWidget(), "L")
    assert form.message.text() == "" and form.name_edit.text() == "L"
    form.address_edit.setPlainText("x" * 401)
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "at most 400 characters") is form.address_edit
    # the words sit just under the field they are about, where the eye already is
    qtbot.waitUntil(lambda: _top(form, form.message) > _top(form, form.address_edit),
                    timeout=2000)
    assert _top(form, form.message) - _top(form, form.address_edit) \
        <= form.address_edit.height() + 40
    assert _top(form, form.message) < _top(form, form.save_button)
    press(qtbot, form.address_edit, Qt.Key.Key_End, Qt.Key.Key_Backspace)
    assert form.message.text() == ""


def test_child_form_error_on_another_field_stays_until_that_one_changes(
        qtbot, demo_core: Core, tasks) -> None:
    """Changing some other field does not hide the words about the one still wrong."""
    _window, form = open_child_form(qtbot, demo_core, tasks)
    _save(qtbot, form.save_button)
    _focused_after_error(qtbot, form, "Please fill in")
    type_into(qtbot, form.age_stepper, "4")
    assert "Please fill in" in form.message.text()


def test_profile_form_errors_keep_focus_in_the_field(qtbot, profile_form: CreateProfileScreen,
                                                    demo_core: Core) -> None:
    """Each refusal puts the keyboard where the fix goes: the name, then the ID number,
    then the PIN (too short, then two different ones), clearing as the parent types."""
    form = profile_form
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "Please fill in: your name") is form.name_edit
    qtbot.keyClicks(form.name_edit, "Sam")
    assert form.message.text() == ""
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "Please fill in: ID number") is form.id_edit
    qtbot.keyClicks(form.id_edit, "S-77")
    assert form.message.text() == ""
    qtbot.keyClicks(form.pin_edit, "12")
    qtbot.keyClicks(form.pin_again_edit, "12")
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "A PIN is 4 to 8 numbers") is form.pin_edit
    assert form.pin_edit.text() == "" and form.pin_again_edit.text() == ""
    qtbot.keyClicks(form.pin_edit, "2468")
    assert form.message.text() == ""
    qtbot.keyClicks(form.pin_again_edit, "2469")
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "two PINs are different") is form.pin_edit
    qtbot.keyClicks(form.pin_edit, "2")
    assert form.message.text() == ""
    assert demo_core.profiles.find_by_id_number("S-77") is None


def test_duplicate_id_number_focuses_the_id(qtbot, profile_form: CreateProfileScreen) -> None:
    """An ID number already taken: the ID box has the keyboard, not Back or Save."""
    form = profile_form
    qtbot.keyClicks(form.name_edit, "Sam")
    qtbot.keyClicks(form.id_edit, DEMO_ID_NUMBER)
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.pin_again_edit, "2468")
    _save(qtbot, form.save_button)
    assert _focused_after_error(qtbot, form, "already exists") is form.id_edit


def _tab_walk(qtbot, start: QWidget, count: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab goes to from ``start``, ``count`` presses."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    walked = [start]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    return walked


def _drawn_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` top to bottom, then left to right, as drawn on ``root``."""
    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(root, QPoint(0, 0))
        return (point.y(), point.x())

    return sorted(widgets, key=place)


def test_child_form_tab_order_is_the_drawn_order(qtbot, demo_core: Core, tasks) -> None:
    """Tab goes Back, name, age, day, month, year, Not known, and on down to Save."""
    _window, form = open_child_form(qtbot, demo_core, tasks)
    picker = form.birth_picker
    stops = [form.back_button, form.name_edit, form.age_stepper.box, picker.day.box,
             picker.month.box, picker.year.box, picker.not_known_button,
             form.relationship_edit, form.carer_edit, form.address_edit, form.save_button]
    assert _tab_walk(qtbot, form.back_button, len(stops) - 1) == stops
    assert _drawn_order(form, stops) == stops


def test_profile_form_tab_order_is_the_drawn_order(qtbot,
                                                   profile_form: CreateProfileScreen) -> None:
    """Tab goes down the new-profile form as it is drawn, ending on its button."""
    form = profile_form
    stops = [form.back_button, form.name_edit, form.id_edit, form.unit_edit,
             form.facility_edit, form.language_box, form.pin_edit, form.pin_again_edit,
             form.save_button]
    assert _tab_walk(qtbot, form.back_button, len(stops) - 1) == stops
    assert _drawn_order(form, stops) == stops


def test_stepper_buttons_leave_the_keyboard_in_the_box(qtbot, demo_core: Core,
                                                      tasks) -> None:
    """Tapping + does not take the focus from the value box, so Up keeps working."""
    _window, form = open_child_form(qtbot, demo_core, tasks)
    age = form.age_stepper
    age.box.setFocus()
    qtbot.waitUntil(age.box.hasFocus, timeout=2000)
    qtbot.mouseClick(age.more_button, Qt.MouseButton.LeftButton)
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Up)
    assert age.value() == 6 and age.box.hasFocus()


def test_wrong_pin_keeps_the_keyboard_in_the_pin_box(qtbot, demo_core: Core, tasks) -> None:
    """After a wrong PIN the PIN box has the keyboard again, and the words about it go
    as soon as the parent starts typing the next try."""
    window = MainWindow(demo_core, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    type_pin(qtbot, window, "9999")
    screen = window.current_screen
    qtbot.waitUntil(lambda: "did not match" in screen.pin_message.text(), timeout=5000)
    qtbot.waitUntil(screen.pin_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "1")
    assert screen.pin_message.text() == "" and screen.pin_edit.text() == "1"
