"""The profile form on the Parents page: name, ID number, wing and cell, facility,
language, and a first PIN for a new profile. It holds no rules: the services check."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from letterbox.store.profiles import PIN_MAX_DIGITS, Parent


@dataclass(frozen=True)
class ProfileValues:
    """What the form holds; ``parent_id`` is None for a new profile."""

    parent_id: int | None
    name: str
    id_number: str
    housing_unit: str
    facility: str
    language: str
    pin: str


class ProfileForm(QGroupBox):
    """Create or edit one profile.

    Signals:
        save_asked(object): Save was pressed (a ProfileValues).
    """

    save_asked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_id: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = self._field(form, self.tr("Name"), 80)
        self.id_edit = self._field(form, self.tr("ID number"), 32)
        self.unit_edit = self._field(form, self.tr("Wing and cell"), 60)
        self.facility_edit = self._field(form, self.tr("Facility"), 120)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Spanish"), "es")
        self.language_box.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language_box)
        self.pin_edit = self._field(form, self.tr("First PIN"), PIN_MAX_DIGITS)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = form.labelForField(self.pin_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self._save)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.start_new()

    def _field(self, form: QFormLayout, label: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setAccessibleName(label)
        edit.returnPressed.connect(self._save)
        form.addRow(label, edit)
        return edit

    def start_new(self) -> None:
        """An empty form for a new profile (with a first PIN)."""
        self.parent_id = None
        self.setTitle(self.tr("New profile"))
        for edit in (self.name_edit, self.id_edit, self.unit_edit, self.facility_edit,
                     self.pin_edit):
            edit.clear()
        self.language_box.setCurrentIndex(0)
        self._pin_shown(True)

    def show_parent(self, parent: Parent) -> None:
        """Fill the form to edit ``parent`` (a PIN is changed by Reset PIN…)."""
        self.parent_id = parent.id
        self.setTitle(self.tr("Edit profile: %1").replace("%1", parent.name))
        self.name_edit.setText(parent.name)
        self.id_edit.setText(parent.id_number)
        self.unit_edit.setText(parent.housing_unit)
        self.facility_edit.setText(parent.facility)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(parent.language)))
        self.pin_edit.clear()
        self._pin_shown(False)

    def _pin_shown(self, shown: bool) -> None:
        self.pin_edit.setVisible(shown)
        if self.pin_label is not None:
            self.pin_label.setVisible(shown)

    def values(self) -> ProfileValues:
        """What is typed now."""
        return ProfileValues(self.parent_id, self.name_edit.text(), self.id_edit.text(),
                             self.unit_edit.text(), self.facility_edit.text(),
                             str(self.language_box.currentData()), self.pin_edit.text())

    def _save(self) -> None:
        self.save_asked.emit(self.values())
