"""Small staff prompts: a reason (ready-worded or typed) and a new PIN typed twice.

Each is shown through a method of the page that needs it, so tests replace the method
and never see a modal dialog. They check only that something was typed; the services
decide whether it is acceptable.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from letterbox.ui.dialogs import DialogHost


class ReasonDialog(QDialog):
    """Pick a kind, ready-worded reason, or write one; OK needs some words."""

    def __init__(self, title: str, prompt: str, presets: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.presets = QListWidget()
        self.presets.setWordWrap(True)
        self.presets.setAccessibleName(self.tr("Ready-worded reasons"))
        self.presets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.presets.addItems(presets)
        self.presets.setCurrentRow(-1)  # nothing is chosen until staff choose it
        self.presets.itemClicked.connect(self._use_preset)
        self.presets.itemActivated.connect(self._use_preset)
        layout.addWidget(self.presets, 1)
        layout.addWidget(QLabel(self.tr("Reason (the parent reads this; change it as "
                                        "needed):")))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Reason"))
        self.text.textChanged.connect(self._update_ok)
        layout.addWidget(self.text, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _use_preset(self, item: QListWidgetItem) -> None:
        self.text.setPlainText(item.text())
        self.text.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason().strip()))

    def reason(self) -> str:
        """The reason as typed or picked."""
        return self.text.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str, presets: list[str]) -> str | None:
        """The reason, or None when cancelled."""
        dialog = cls(title, prompt, presets, parent)
        accepted = _show(parent, dialog)
        # A sign-out while the dialog is open deletes the page, and the dialog with it.
        return dialog.reason() if accepted and shiboken6.isValid(dialog) else None


class PinDialog(QDialog):
    """A new PIN, typed twice; OK only when both match."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset PIN"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("A new PIN for %1 (4 to 8 numbers). Tell it to them in "
                               "private.").replace("%1", who))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.pin_edit = self._pin_field(form, self.tr("New PIN"))
        self.again_edit = self._pin_field(form, self.tr("New PIN again"))
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("error")
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _pin_field(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        edit.setAccessibleName(label)
        edit.textChanged.connect(self._update_ok)
        form.addRow(label, edit)
        return edit

    def _update_ok(self) -> None:
        pin, again = self.pin_edit.text(), self.again_edit.text()
        same = pin == again
        self.note.setText("" if same or not again else self.tr("The two PINs are different."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(pin) and same)

    @classmethod
    def ask(cls, parent: QWidget, who: str) -> str | None:
        """The new PIN, or None when cancelled."""
        dialog = cls(who, parent)
        accepted = _show(parent, dialog)
        return dialog.pin_edit.text() if accepted and shiboken6.isValid(dialog) else None


def _show(parent: QWidget, dialog: QDialog) -> bool:
    """Run the dialog through the window's DialogHost (tracked, closed by a sign-out)."""
    host = getattr(parent.window(), "dialogs", None)
    if isinstance(host, DialogHost):
        return host.run(dialog) == QDialog.DialogCode.Accepted
    return dialog.exec() == QDialog.DialogCode.Accepted
