"""The staff prompts: a reason is only what staff picked or typed, and a PIN must match."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from letterbox.ui.staff.dialogs import PinDialog, ReasonDialog


def test_reason_starts_empty_and_a_preset_fills_it(qtbot) -> None:
    """No reason is chosen for staff: OK waits until one is picked or typed."""
    dialog = ReasonDialog("Return", "Why?", ["Money", "Secrets"])
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.reason() == "" and not ok.isEnabled()
    dialog.presets.itemClicked.emit(dialog.presets.item(1))
    assert dialog.reason() == "Secrets" and ok.isEnabled()


def test_pin_must_be_typed_the_same_twice(qtbot) -> None:
    """Two different PINs keep OK disabled and say so."""
    dialog = PinDialog("Demo Parent")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClicks(dialog.again_edit, "2469")
    assert not ok.isEnabled() and "different" in dialog.note.text()
    dialog.again_edit.setText("2468")
    assert ok.isEnabled() and dialog.note.text() == ""
