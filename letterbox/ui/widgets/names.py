"""Names a screen reader says for controls that show no words of their own."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel


def name_fields(form: QFormLayout) -> None:
    """Name each field of ``form`` after its row's label, unless it has a name already."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_widget = label.widget() if label is not None else None
        text = label_widget.text() if isinstance(label_widget, QLabel) else ""
        widget = field.widget() if field is not None else None
        words = text.replace("&", "").strip().rstrip(":").strip()
        if widget is not None and words and not widget.accessibleName():
            widget.setAccessibleName(words)


def name_buttons(*buttons: QAbstractButton) -> None:
    """Name buttons (and check boxes) by their words, without the shortcut's ``&``."""
    for button in buttons:
        button.setAccessibleName(button.text().replace("&", ""))
