"""A date chosen as day, month (by name) and year, each with big − and + buttons.

Nobody types "YYYY-MM-DD". The day only goes as far as the chosen month has days, so
31 February cannot be chosen; a day that stops fitting when the month changes is
cleared and the parent told why. A day still to come is refused kindly. An optional
date has "Not known", which clears all three.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from letterbox.ui.tab_order import set_tab_chain
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.stepper import Stepper

BLANK = "–"  # a part not chosen yet



def month_name(month: int, locale: QLocale | None = None) -> str:
    """The month's name in the interface language ("March", "Marzo")."""
    name = (locale or QLocale()).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def date_words(day: date, locale: QLocale | None = None) -> str:
    """A date as people say it: "14 March 2019", "14 de marzo de 2019"."""
    locale = locale or QLocale()
    spanish = locale.language() == QLocale.Language.Spanish
    return locale.toString(QDate(day.year, day.month, day.day),
                           "d 'de' MMMM 'de' yyyy" if spanish else "d MMMM yyyy")


class DatePicker(QWidget):
    """Day, month and year steppers; ``value()`` is the chosen day or None.

    Args:
        field: the date's name for screen readers ("Birthday").
        optional: "Not known" is allowed (all three blank).
        years_back: how many years before this one can be chosen.
        today: where "the future" starts (tests give a fixed day).

    Signals:
        changed: any part changed (a form clears its error).
    """

    changed = Signal()

    def __init__(self, field: str, *, optional: bool = True, years_back: int = 30,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.optional = optional
        this_year = today().year
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.day = Stepper(self.tr("Day"), 1, 31, optional=True, blank_text=BLANK)
        self.month = Stepper(self.tr("Month"), 1, 12, optional=True, blank_text=BLANK,
                             text_for=month_name)
        self.year = Stepper(self.tr("Year"), this_year - years_back, this_year, optional=True,
                            start=this_year, blank_text=BLANK)
        for row, (words, stepper) in enumerate(((self.tr("Day"), self.day),
                                                (self.tr("Month"), self.month),
                                                (self.tr("Year"), self.year))):
            label = QLabel(words)
            label.setBuddy(stepper.box)
            grid.addWidget(label, row, 0)
            grid.addWidget(stepper, row, 1)
            stepper.value_changed.connect(self._part_changed)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.not_known_button: BigButton | None = None
        if optional:
            self.not_known_button = BigButton(self.tr("Not known"), height=56)
            self.not_known_button.setAccessibleName(
                self.tr("%1 not known").replace("%1", field))
            self.not_known_button.clicked.connect(self.clear)
            layout.addWidget(self.not_known_button)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.day.refused.connect(self._day_refused)
        self.year.refused.connect(self._year_refused)
        self.setFocusProxy(self.day)
        set_tab_chain(self.tab_chain())

    def tab_chain(self) -> list[QWidget]:
        """The picker's stops for Tab, in the order they are drawn."""
        return [w for w in (self.day.box, self.month.box, self.year.box,
                            self.not_known_button) if w is not None]

    # -- what was chosen -----------------------------------------------------------------
    def value(self) -> date | None:
        """The chosen day; None when not known, not finished, or still to come."""
        parts = (self.year.value(), self.month.value(), self.day.value())
        if None in parts:
            return None
        chosen = date(*parts)  # the day never passes the month
        return None if chosen > self._today() else chosen

    def problem(self) -> str:
        """Why the date cannot be used as it is, in words ('' when it can)."""
        parts = (self.year.value(), self.month.value(), self.day.value())
        if all(part is None for part in parts):
            return "" if self.optional else self.tr("Please choose the day, the month and "
                                                "the year.")
        if None in parts:
            return (self.tr("Please choose the day, the month and the year, or press "
                        "“Not known”.") if self.optional else
                    self.tr("Please choose the day, the month and the year."))
        if self.value() is None:
            return self.tr("That day has not come yet. Please choose a day in the past.")
        return ""

    def set_date(self, day: date | None) -> None:
        """Show ``day`` (None: not known)."""
        self.year.set_value(day.year if day else None)
        self.month.set_value(day.month if day else None)
        self._fit_days()
        self.day.set_value(day.day if day else None)

    def clear(self) -> None:
        """Not known: all three blank."""
        self.set_date(None)
        self.show_message("")

    def show_message(self, text: str) -> None:
        """A kind word under the choosers ('' hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- keeping the parts together ----------------------------------------------------
    def _part_changed(self, _value: object = None) -> None:
        dropped = self._fit_days()
        self.show_message(dropped)
        if not dropped and self.value() is None and None not in (
                self.year.value(), self.month.value(), self.day.value()):
            self.show_message(self.problem())  # the future: said at once
        self.changed.emit()

    def _fit_days(self) -> str:
        """The day stepper goes only as far as the month has days; a day that no
        longer fits is cleared, and the words saying so are returned."""
        month, year = self.month.value(), self.year.value()
        last = calendar.monthrange(year or 2000, month)[1] if month else 31  # 2000: leap
        day = self.day.value()
        if day is not None and day > last:
            self.day.set_value(None)
            self.day.set_range(1, last)
            return self._days_in(month, year, last)
        self.day.set_range(1, last)
        return ""

    def _days_in(self, month: int | None, year: int | None, last: int) -> str:
        name = month_name(month) if month else ""
        when = f"{name} {year}" if year else name
        return self.tr("%1 has only %2 days, so please choose the day again.").replace(
            "%1", when).replace("%2", str(last))

    def _day_refused(self, number: int) -> None:
        month, year = self.month.value(), self.year.value()
        if month and number <= 31:
            self.show_message(self._days_in(month, year, self.day.maximum))
        else:
            self.show_message(self.tr("A day is a number from 1 to %1.").replace(
                "%1", str(self.day.maximum)))

    def _year_refused(self, number: int) -> None:
        if number > self.year.maximum:
            self.show_message(self.tr("That year has not come yet. Please choose a year in "
                                  "the past."))
        else:
            self.show_message(self.tr("Please choose a year from %1 to %2.").replace(
                "%1", str(self.year.minimum)).replace("%2", str(self.year.maximum)))
