"""Settings (staff only): the facility profile, kiosk timings, review, the story folder,
and the carer insert that packets may carry.

Every change goes through ``SettingsService.set`` with the staff actor, which checks it
against the declaration and writes an audit event. Nothing is saved until "Save".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.ui.staff.page import StaffPage
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.widgets.names import name_buttons, name_fields
from letterbox.ui.wording import facility_text

KEYS = ("facility_profile", "idle_sign_out_minutes", "max_recording_minutes",
        "review_required", "story_folder", "carer_insert", "carer_insert_en",
        "carer_insert_es")


@dataclass
class SettingsData:
    """The current values and the facility profiles to choose from (read off the GUI
    thread)."""

    values: dict[str, Any]
    facilities: list[tuple[str, str]]  # (id, name)


def load_settings(session: StaffSession) -> SettingsData:
    from letterbox.export.facility import available_facilities

    services = session.services
    facilities = [(f.id, f.name) for f in available_facilities(session.core.paths.facilities)]
    return SettingsData({key: services.settings.get(key) for key in KEYS}, facilities)


class SettingsPage(StaffPage):
    """A form of the settings staff change most, saved together."""

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: SettingsData | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("screenTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.facility_box = QComboBox()
        self.facility_box.setAccessibleName(self.tr("Facility profile"))
        form.addRow(self.tr("Facility profile:"), self.facility_box)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 120)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        form.addRow(self.tr("Sign a parent out after no input for:"), self.idle_spin)
        self.recording_spin = QSpinBox()
        self.recording_spin.setRange(1, 60)
        self.recording_spin.setSuffix(self.tr(" minutes"))
        form.addRow(self.tr("Longest recording (if the profile says nothing):"),
                    self.recording_spin)
        self.review_check = QCheckBox(self.tr("A worker approves every item before export"))
        form.addRow(self.tr("Review:"), self.review_check)
        folder_row = QHBoxLayout()
        self.story_edit = QLineEdit()
        self.story_edit.setReadOnly(True)
        self.story_edit.setPlaceholderText(self.tr("Only the shipped stories"))
        self.story_edit.setAccessibleName(self.tr("Story folder"))
        folder_row.addWidget(self.story_edit, 1)
        self.story_button = self._button(self.tr("Choose…"), self.pick_story_folder,
                                         folder_row)
        self.story_clear = self._button(self.tr("Clear"), self.story_edit.clear, folder_row)
        form.addRow(self.tr("Staff story folder:"), folder_row)
        self.insert_check = QCheckBox(self.tr("Put the carer insert in each child's packet"))
        form.addRow(self.tr("Carer insert:"), self.insert_check)
        name_fields(form)
        name_buttons(self.review_check, self.insert_check)
        for box in (self.facility_box, self.idle_spin, self.recording_spin):
            box.setMaximumWidth(520 if box is self.facility_box else 160)
        layout.addLayout(form)

        self.insert_tabs = QTabWidget()
        self.insert_en = QPlainTextEdit()
        self.insert_es = QPlainTextEdit()
        for edit, name in ((self.insert_en, self.tr("Carer insert in English")),
                           (self.insert_es, self.tr("Carer insert in Spanish"))):
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
        self.insert_tabs.addTab(self.insert_en, self.tr("Insert: English"))
        self.insert_tabs.addTab(self.insert_es, self.tr("Insert: Spanish"))
        hint = QLabel(self.tr("A line starting with '# ' is a heading, '- ' a point. Spaces "
                              "for local organisations are added at the end."))
        hint.setWordWrap(True)
        layout.addWidget(self.insert_tabs, 1)
        layout.addWidget(hint)

        actions = QHBoxLayout()
        self.save_button = self._button(self.tr("Save"), self.save, actions)
        self.save_button.setProperty("primary", True)
        self.default_button = self._button(self.tr("Restore the default insert text"),
                                           self.restore_default_text, actions)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        self.run(lambda: load_settings(session), self._show)

    def _show(self, data: SettingsData) -> None:
        self.data = data
        values = data.values
        self.facility_box.clear()
        for profile_id, name in data.facilities:
            self.facility_box.addItem(f"{facility_text(name)} ({profile_id})", profile_id)
        index = self.facility_box.findData(values["facility_profile"])
        if index < 0:  # a profile that is gone: show it, so saving does not change it
            self.facility_box.addItem(str(values["facility_profile"]),
                                      values["facility_profile"])
            index = self.facility_box.count() - 1
        self.facility_box.setCurrentIndex(index)
        self.idle_spin.setValue(int(values["idle_sign_out_minutes"]))
        self.recording_spin.setValue(int(values["max_recording_minutes"]))
        self.review_check.setChecked(bool(values["review_required"]))
        self.story_edit.setText(str(values["story_folder"]))
        self.insert_check.setChecked(bool(values["carer_insert"]))
        self.insert_en.setPlainText(str(values["carer_insert_en"]))
        self.insert_es.setPlainText(str(values["carer_insert_es"]))

    def form_values(self) -> dict[str, Any]:
        """What the form says now, by setting key."""
        return {"facility_profile": self.facility_box.currentData(),
                "idle_sign_out_minutes": self.idle_spin.value(),
                "max_recording_minutes": self.recording_spin.value(),
                "review_required": self.review_check.isChecked(),
                "story_folder": self.story_edit.text(),
                "carer_insert": self.insert_check.isChecked(),
                "carer_insert_en": self.insert_en.toPlainText(),
                "carer_insert_es": self.insert_es.toPlainText()}

    def changes(self) -> dict[str, Any]:
        """The settings the form changed."""
        if self.data is None:
            return {}
        return {k: v for k, v in self.form_values().items() if self.data.values.get(k) != v}

    # -- changing ------------------------------------------------------------
    def choose_folder(self, start: str) -> str:
        """A folder of story files (behind a method so tests can answer); '' if none."""
        return self.dialogs().choose_folder(self.tr("Folder of story files"), start)

    def pick_story_folder(self) -> None:
        chosen = self.choose_folder(self.story_edit.text()
                                    or str(self.session.core.paths.root))
        if chosen:
            self.story_edit.setText(chosen)

    def restore_default_text(self) -> None:
        from letterbox.writing.carer_insert import DEFAULT_EN, DEFAULT_ES

        self.insert_en.setPlainText(DEFAULT_EN)
        self.insert_es.setPlainText(DEFAULT_ES)

    def save(self) -> None:
        """Save what changed, one audited setting at a time; the form keeps its values
        when a value is refused."""
        if self.busy:
            return
        changes = self.changes()
        if not changes:
            self.show_note(self.tr("Nothing to save."))
            return
        settings, actor = self.session.services.settings, self.session.actor

        def work() -> int:
            for key, value in changes.items():
                settings.set(actor, key, value)
            return len(changes)

        def done(count: int) -> None:
            if self.data is not None:
                self.data.values.update(changes)
            self.show_note(self.tr("Saved %n setting(s).", "", count))

        self.run(work, done, change=True)
