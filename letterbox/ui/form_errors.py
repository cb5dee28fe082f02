"""A form's error: said under the form, with the focus in the field to fix, and gone as
soon as that field changes.

Without this, a refused form left the focus wherever Qt put it when the Save button was
disabled (often Back), so the next Space left the form, and the old message stayed on
screen while the parent was already fixing it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from letterbox.errors import LetterboxError

# Error codes that are about one field, whatever their parameters say.
CODE_FIELDS = {
    "pin_format": "pin",
    "duplicate_id_number": "id_number",
    "language": "language",
    "birth_date_format": "birth_date",
    "birth_date_future": "birth_date",
    "age_range": "age",
    "age_birth_conflict": "age",
}


def error_field(error: BaseException) -> str:
    """The field an error is about ('' when it is about none): the ``field`` the store
    named (``field_required``, ``field_too_long``), or the one its code is about."""
    if not isinstance(error, LetterboxError):
        return ""
    return str(error.params.get("field") or CODE_FIELDS.get(error.code, ""))


class FormErrors:
    """One error line for a form and the fields it can point at, by field code.

    With ``form`` (the QFormLayout holding the fields) the line moves to just under the
    field it is about, so the words and the field are seen together even on a form that
    scrolls; errors about no field are said where the line was first placed.
    """

    def __init__(self, message: QLabel, fields: dict[str, QWidget],
                 form: QFormLayout | None = None) -> None:
        self.message = message
        self.fields = fields
        self.form = form
        self._culprit: QWidget | None = None
        self._home = self._home_of(message)
        message.setVisible(bool(message.text()))
        for widget in fields.values():
            self._watch(widget)

    @staticmethod
    def _home_of(message: QLabel) -> tuple[QBoxLayout, int] | None:
        parent = message.parentWidget()
        layout = parent.layout() if parent is not None else None
        for box in [layout, *(layout.findChildren(QBoxLayout) if layout else [])]:
            if isinstance(box, QBoxLayout) and box.indexOf(message) >= 0:
                return box, box.indexOf(message)
        return None

    def _watch(self, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            if widget is self._culprit:
                self.clear()

        from letterbox.ui.widgets.date_picker import DatePicker  # (not needed to start)
        from letterbox.ui.widgets.stepper import Stepper

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, Stepper):
            widget.value_changed.connect(changed)
        elif isinstance(widget, DatePicker):
            widget.changed.connect(changed)

    def show(self, text: str, field: str = "", *, focus: QWidget | None = None) -> None:
        """Say ``text`` and put the focus in ``field`` (or ``focus``), so the parent's
        next keys fix it."""
        widget = focus or self.fields.get(field)
        self._place(widget)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._culprit = widget
        if widget is not None:
            widget.setFocus()
            widget.setAccessibleDescription(text)  # a screen reader says why, in the field
            scroll_to(self.message)  # the words, then the field: both in view when they fit
            scroll_to(widget)

    def show_error(self, error: BaseException, text: str, *,
                   fallback: QWidget | None = None) -> None:
        """Say ``text`` for ``error``, the focus in the field it is about."""
        widget = self.fields.get(error_field(error)) or fallback
        self.show(text, focus=widget)

    def _place(self, widget: QWidget | None) -> None:
        """The line under ``widget``'s row in the form, or back where it started."""
        form, message = self.form, self.message
        if form is not None:
            row = form_row(form, message)
            if row >= 0:
                form.takeRow(row)  # the label stays, only its row goes
        if self._home is not None:
            self._home[0].removeWidget(message)
        row = form_row(form, widget) if form is not None and widget is not None else -1
        if form is not None and row >= 0:
            form.insertRow(row + 1, message)
        elif self._home is not None:
            self._home[0].insertWidget(self._home[1], message)

    def clear(self) -> None:
        """The field was changed: the message goes."""
        self.message.clear()
        self.message.hide()
        if self._culprit is not None:
            self._culprit.setAccessibleDescription("")
        self._culprit = None


def form_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of ``form`` holding ``widget`` (-1 when it holds none)."""
    position = form.getWidgetPosition(widget)
    return int(position[0]) if isinstance(position, tuple) else -1


def scroll_to(widget: QWidget) -> None:
    """Scroll the window's scroll area so ``widget`` is in view (screens scroll at large
    text sizes; a field focused below the fold would be typed into unseen)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 20, 40)
