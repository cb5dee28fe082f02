"""A number chosen with big − and + buttons, its value shown large: the kiosk's spin box.

A spin box's arrows are slivers a finger cannot hit. Here − and + are full-size buttons
either side of the value; the value box takes the keyboard: Up and Down (or + and −)
step, digits type a number, Backspace takes one off. An optional field has a blank
"not known" state, which sits below the smallest value: − from the smallest goes blank.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import MIN_TARGET, BigButton

TYPING_PAUSE_MS = 1500  # digits typed further apart than this start a new number



class ValueBox(QLineEdit):
    """The value, large; it reads keys itself so the text is always a proper value."""

    def __init__(self, stepper: Stepper) -> None:
        super().__init__()
        self._stepper = stepper
        self.setReadOnly(True)  # no caret, no selection: keys below decide what changes
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(MIN_TARGET + 8)
        set_role(self, "heading")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Plus, Qt.Key.Key_PageUp):
            self._stepper.step(1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Minus, Qt.Key.Key_PageDown):
            self._stepper.step(-1)
        elif text.isascii() and text.isdigit() and text:
            self._stepper.type_digit(text)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._stepper.erase()
        elif key == Qt.Key.Key_Home:
            self._stepper.set_value(self._stepper.minimum)
        elif key == Qt.Key.Key_End:
            self._stepper.set_value(self._stepper.maximum)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the longest value in the current font ("not known",
        "Septiembre" at extra-large text), so no value is ever cut."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in self._stepper.texts())
        return QSize(max(hint.width(), widest + 32), hint.height())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint().expandedTo(super().sizeHint())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._stepper.finish_typing()
        super().focusOutEvent(event)


class Stepper(QWidget):
    """A whole number from ``minimum`` to ``maximum`` (or blank when ``optional``).

    Args:
        field: the field's name, for screen readers ("Age"): the buttons are called
            "Less: Age" and "More: Age".
        start: the value + or − gives from blank (default: ``minimum``).
        text_for: words for a value ("under 1", "March"); default: the number.

    Signals:
        value_changed(object): the new value, an int or None (blank).
        refused(int): a typed number outside the range (the value stayed as it was).
    """

    value_changed = Signal(object)
    refused = Signal(int)

    def __init__(self, field: str, minimum: int, maximum: int, *, optional: bool = False,
                 start: int | None = None, text_for: Callable[[int], str] | None = None,
                 blank_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        self.optional = optional
        self._start = start
        self._text_for = text_for or str
        self._blank_text = blank_text or self.tr("not known")
        self._value: int | None = None if optional else minimum
        self._typed = ""
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self.finish_typing)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.less_button = self._button("minus", self.tr("Less: %1").replace("%1", field), -1)
        self.box = ValueBox(self)
        self.box.setAccessibleName(field)
        self.more_button = self._button("add", self.tr("More: %1").replace("%1", field), 1)
        row.addWidget(self.less_button)
        row.addWidget(self.box, 1)
        row.addWidget(self.more_button)
        self.setFocusProxy(self.box)
        self._show()

    def _button(self, icon_name: str, name: str, direction: int) -> BigButton:
        button = BigButton("", icon_name, height=MIN_TARGET + 8)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(MIN_TARGET + 24)
        # Like the PIN pad's digits: a tap leaves the keyboard in the value box, and Tab
        # goes field to field (the box's Up and Down do what the buttons do).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(True)  # holding + walks on, as a spin box's arrow did
        button.clicked.connect(lambda: self.step(direction))
        return button

    def texts(self) -> list[str]:
        """Every text the box can show (a long range: its widest number)."""
        if self.maximum - self.minimum > 40:
            return [self._blank_text, str(self.maximum), str(self.minimum)]
        return [self._blank_text, *(self._text_for(v) for v in
                                    range(self.minimum, self.maximum + 1))]

    # -- the value -----------------------------------------------------------------
    def value(self) -> int | None:
        """The number chosen, or None when blank."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value``, kept within the range (None blanks an optional field)."""
        self._typed = ""
        self._typing_timer.stop()
        if value is None and not self.optional:
            value = self.minimum
        if value is not None:
            value = max(self.minimum, min(self.maximum, value))
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.value_changed.emit(value)

    def set_range(self, minimum: int, maximum: int) -> None:
        """New limits; a value outside them is brought inside."""
        self.minimum, self.maximum = minimum, maximum
        if self._value is not None and not minimum <= self._value <= maximum:
            self.set_value(self._value)
        self._enable_buttons()

    def step(self, direction: int) -> None:
        """One up (+1) or down (−1). From blank both give the start value; below the
        smallest an optional field goes blank, and a required one stays put."""
        self.finish_typing()
        value = self._value
        if value is None:
            start = self._start if self._start is not None else self.minimum
            self.set_value(start)
        elif value + direction < self.minimum and self.optional:
            self.set_value(None)
        else:
            self.set_value(value + direction)

    # -- typing ----------------------------------------------------------------------
    def type_digit(self, digit: str) -> None:
        """A typed digit joins the number being typed. Past the largest value it starts a
        new number when the last one was complete, or else is refused (``refused``)."""
        typed = self._typed + digit
        if int(typed) > self.maximum:
            if self._typed and len(self._typed) < len(str(self.maximum)):
                self.finish_typing()
                self.refused.emit(int(typed))
                return
            typed = digit
        self._typed = typed
        self._typing_timer.start()
        number = int(typed)
        if self.minimum <= number <= self.maximum:
            changed = number != self._value
            self._value = number
            self._show()
            if changed:
                self.value_changed.emit(number)
        else:  # on its way to a longer number ("20" of "2019"): shown as typed
            self.box.setText(typed)

    def erase(self) -> None:
        """Backspace: one digit off what is being typed; otherwise the value goes blank
        (optional) or back to the smallest."""
        if self._typed:
            self._typed = self._typed[:-1]
            if self._typed:
                self.box.setText(self._typed)
                self._typing_timer.start()
                return
        self.set_value(None if self.optional else self.minimum)

    def finish_typing(self) -> None:
        """Typing is over: show the value. A number out of range is not taken."""
        typed = self._typed
        if typed:
            self._typed = ""
            self._typing_timer.stop()
            self._show()
            if not self.minimum <= int(typed) <= self.maximum:
                self.refused.emit(int(typed))

    def _show(self) -> None:
        value = self._value
        self.box.setText(self._blank_text if value is None else self._text_for(value))
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        value = self._value
        self.less_button.setEnabled(value is None or value > self.minimum or self.optional)
        self.more_button.setEnabled(value is None or value < self.maximum)
