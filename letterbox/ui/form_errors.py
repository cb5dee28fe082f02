"""A form's error: said under the form, with the focus in the field to fix, and gone as
soon as that field changes.

Without this, a refused form left the focus wherever Qt put it when the Save button was
disabled (often Back), so the next Space left the form, and the old message stayed on
screen while the parent was already fixing it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.ui.widgets.date_picker import DatePicker
from letterbox.ui.widgets.stepper import Stepper

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
    """One error line for a form and the fields it can point at, by field code."""

    def __init__(self, message: QLabel, fields: dict[str, QWidget]) -> None:
        self.message = message
        self.fields = fields
        self._culprit: QWidget | None = None
        for widget in fields.values():
            self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            if widget is self._culprit:
                self.clear()

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
        self.message.setText(text)
        self._culprit = widget
        if widget is not None:
            widget.setFocus()
            widget.setAccessibleDescription(text)  # a screen reader says why, in the field
            scroll_to(widget)

    def show_error(self, error: BaseException, text: str, *,
                   fallback: QWidget | None = None) -> None:
        """Say ``text`` for ``error``, the focus in the field it is about."""
        widget = self.fields.get(error_field(error)) or fallback
        self.show(text, focus=widget)

    def clear(self) -> None:
        """The field was changed: the message goes."""
        self.message.clear()
        if self._culprit is not None:
            self._culprit.setAccessibleDescription("")
        self._culprit = None


def scroll_to(widget: QWidget) -> None:
    """Scroll the window's scroll area so ``widget`` is in view (screens scroll at large
    text sizes; a field focused below the fold would be typed into unseen)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 20, 40)
