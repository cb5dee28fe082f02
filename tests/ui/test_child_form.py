"""Add a child on the real form: the age stepper, the birthday picker, and an age and a
birthday that disagree, saved to a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.store.profiles import Child, age_from_birth
from letterbox.ui.child_form import ChildFormScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.widgets.big_button import MIN_TARGET
from tests.ui.form_helpers import answer_next_box, open_child_form, press, type_into

K = Qt.Key


@pytest.fixture
def form(qtbot, demo_core: Core, tasks) -> Iterator[ChildFormScreen]:
    _window, form = open_child_form(qtbot, demo_core, tasks)
    yield form  # _window lives while the test runs (qtbot holds it only weakly)


def _saved(qtbot, core: Core, window: MainWindow, name: str) -> Child:
    """Wait for the form to save and go home; the child as the store has it."""
    qtbot.waitUntil(lambda: not isinstance(window.current_screen, ChildFormScreen),
                    timeout=5000)
    return next(c for c in core.profiles.children(window.session.parent.id) if c.name == name)


def _click(qtbot, button, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_age_stepper_by_touch(qtbot, form: ChildFormScreen) -> None:
    """The age starts "not known"; big − and + (named for screen readers) step it, never
    past 0 or 25, and − below 0 goes back to "not known"."""
    age = form.age_stepper
    assert age.value() is None and age.box.text() == "not known"
    for button, name in ((age.less_button, "Less: Age"), (age.more_button, "More: Age")):
        assert button.accessibleName() == name
        assert button.height() >= MIN_TARGET and button.width() >= MIN_TARGET
    _click(qtbot, age.more_button)
    assert age.value() == 5 and age.box.text() == "5"
    _click(qtbot, age.less_button, 2)
    assert age.value() == 3
    _click(qtbot, age.more_button, 30)
    assert age.value() == 25 and not age.more_button.isEnabled()
    age.set_value(1)
    _click(qtbot, age.less_button)
    assert age.value() == 0 and age.box.text() == "under 1"
    _click(qtbot, age.less_button)
    assert age.value() is None and age.box.text() == "not known"


def test_age_stepper_by_keys(qtbot, form: ChildFormScreen) -> None:
    """Up and Down step, digits type an age, a number over 25 is refused, Backspace
    clears: all in the value box, where Tab brings the keyboard."""
    age, box = form.age_stepper, form.age_stepper.box
    press(qtbot, box, K.Key_Up)
    assert age.value() == 5
    press(qtbot, box, K.Key_Up, K.Key_Up, K.Key_Down)
    assert age.value() == 6
    type_into(qtbot, age, "12")
    assert age.value() == 12 and box.text() == "12"
    refused: list[int] = []
    age.refused.connect(refused.append)
    qtbot.keyClicks(box, "30")  # 3, then 30: more than 25
    assert refused == [30] and age.value() == 3 and box.text() == "3"
    press(qtbot, box, K.Key_End)
    assert age.value() == 25
    press(qtbot, box, K.Key_Backspace)
    assert age.value() is None


def test_age_alone_is_stored(qtbot, demo_core: Core, tasks) -> None:
    """An age chosen with + and no birthday is what the store keeps."""
    window, form = open_child_form(qtbot, demo_core, tasks)
    qtbot.keyClicks(form.name_edit, "Pip")
    _click(qtbot, form.age_stepper.more_button, 3)
    _click(qtbot, form.save_button)
    child = _saved(qtbot, demo_core, window, "Pip")
    assert (child.age_years, child.birth_date) == (7, None)


def test_birthday_months_by_name_and_no_31_february(qtbot, demo_core: Core, tasks) -> None:
    """Months show by name; choosing February after the 31st clears the day and says
    why; 31 cannot be typed into February; the form will not save half a date; a real
    day is stored as the birth date."""
    window, form = open_child_form(qtbot, demo_core, tasks)
    picker = form.birth_picker
    qtbot.keyClicks(form.name_edit, "Mia")
    type_into(qtbot, picker.day, "31")
    type_into(qtbot, picker.year, "2019")
    _click(qtbot, picker.month.more_button)
    assert picker.month.box.text() == "January" and picker.day.value() == 31
    _click(qtbot, picker.month.more_button)
    assert picker.month.box.text() == "February"
    assert picker.day.value() is None and picker.day.maximum == 28
    assert "February 2019 has only 28 days" in picker.message.text()
    assert picker.value() is None
    qtbot.keyClicks(picker.day.box, "31")  # 3, then 31: refused
    assert picker.day.value() == 3
    assert "only 28 days" in picker.message.text()
    press(qtbot, picker.day.box, K.Key_Backspace)
    _click(qtbot, form.save_button)
    assert "Please choose the day, the month and the year" in form.message.text()
    assert picker.day.box.hasFocus()
    type_into(qtbot, picker.day, "28")
    assert form.message.text() == ""  # fixing the date clears the message
    assert picker.value() == date(2019, 2, 28)
    _click(qtbot, form.save_button)
    child = _saved(qtbot, demo_core, window, "Mia")
    assert (child.birth_date, child.age_years) == ("2019-02-28", None)


def test_leap_day_is_offered_in_a_leap_year(qtbot, form: ChildFormScreen) -> None:
    """29 February exists in 2020, and goes when the year becomes 2021."""
    picker = form.birth_picker
    type_into(qtbot, picker.year, "2020")
    type_into(qtbot, picker.month, "2")
    type_into(qtbot, picker.day, "29")
    assert picker.value() == date(2020, 2, 29)
    press(qtbot, picker.year.box, K.Key_Up)
    assert picker.day.value() is None and "February 2021 has only 28 days" in \
        picker.message.text()


def test_future_birthday_is_refused_kindly(qtbot, demo_core: Core, tasks) -> None:
    """A year still to come cannot be typed; a day later this year is refused with a
    kind word, the form keeps the focus in the date, and nothing is stored."""
    window, form = open_child_form(qtbot, demo_core, tasks)
    picker, today = form.birth_picker, date.today()
    qtbot.keyClicks(form.name_edit, "Noa")
    qtbot.keyClicks(picker.year.box, f"{today.year + 1}")
    assert picker.year.value() != today.year + 1
    assert "That year has not come yet" in picker.message.text()
    if (today.month, today.day) == (12, 31):
        pytest.skip("no later day this year to choose")
    picker.year.set_value(today.year)
    type_into(qtbot, picker.month, "12")
    type_into(qtbot, picker.day, "31")
    assert picker.value() is None
    assert "That day has not come yet" in picker.message.text()
    _click(qtbot, form.save_button)
    assert "has not come yet" in form.message.text()
    assert picker.day.box.hasFocus()
    assert not any(c.name == "Noa" for c in demo_core.profiles.children(
        window.session.parent.id))


def test_not_known_clears_the_birthday(qtbot, form: ChildFormScreen) -> None:
    """"Not known" empties day, month and year: the birthday is optional."""
    picker = form.birth_picker
    picker.set_date(date(2018, 6, 30))
    assert picker.month.box.text() == "June"
    _click(qtbot, picker.not_known_button)
    assert picker.value() is None and picker.problem() == ""
    assert {picker.day.value(), picker.month.value(), picker.year.value()} == {None}


@pytest.mark.parametrize("answer", [0, 1, 2], ids=["age", "birthday", "cancel"])
def test_age_and_birthday_that_disagree_are_asked(qtbot, demo_core: Core, tasks,
                                                  answer: int) -> None:
    """An age and a birthday that disagree are never silently settled: the parent is
    asked which is right, and the store keeps what they chose (or nothing if they
    cancel, with the focus back on the age)."""
    window, form = open_child_form(qtbot, demo_core, tasks)
    born = date(date.today().year - 6, 1, 1)
    birth_age = age_from_birth(born, date.today())
    qtbot.keyClicks(form.name_edit, "Teo")
    type_into(qtbot, form.age_stepper, "9")
    form.birth_picker.set_date(born)
    seen: list[str] = []
    timer = answer_next_box(qtbot, answer, seen)
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    timer.stop()
    assert f"You chose the age 9, but a child born on 1 January {born.year} is " \
           f"{birth_age} today" in seen[0]
    assert seen[1:] == ["The age is right: 9", f"The birthday is right: 1 January {born.year}",
                        "Cancel"]
    if answer == 2:
        qtbot.waitUntil(lambda: "do not agree" in form.message.text(), timeout=5000)
        # the window is active again once the box has gone: the keyboard is on the age
        qtbot.waitUntil(form.age_stepper.box.hasFocus, timeout=2000)
        assert not any(c.name == "Teo" for c in demo_core.profiles.children(
            window.session.parent.id))
        return
    child = _saved(qtbot, demo_core, window, "Teo")
    if answer == 0:
        assert (child.age_years, child.birth_date) == (9, None)
    else:
        assert (child.age_years, child.birth_date) == (birth_age, born.isoformat())
    assert child.age_on(date.today()) == (9 if answer == 0 else birth_age)


def test_every_month_fits_at_extra_large_text(qtbot, demo_core: Core, tasks) -> None:
    """With the bar's Text size at extra large, the month box is shown at least as wide
    as the longest month name, and the age box as "not known": no value is cut."""
    window, form = open_child_form(qtbot, demo_core, tasks)
    while window.bar.look.text_size != "xlarge":
        qtbot.mouseClick(window.bar.size_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Extra large" in window.bar.size_button.text(), timeout=2000)
    for stepper in (form.age_stepper, form.birth_picker.month, form.birth_picker.year):
        box = stepper.box
        qtbot.waitUntil(lambda b=box, s=stepper: b.width() >= max(  # type: ignore[misc]
            b.fontMetrics().horizontalAdvance(t) for t in s.texts()), timeout=2000)
    assert "September" in form.birth_picker.month.texts()  # names measured, not numbers
