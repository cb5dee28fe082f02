"""Focus can always be seen: every kind of control the kiosk and the staff station use
looks different when it has keyboard focus, in both colour themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from letterbox.ui import theme
from letterbox.ui.widgets.big_button import BigButton


@pytest.fixture
def themed(qapp):
    """The application's style sheet (restored after)."""
    sheet, palette, look = qapp.styleSheet(), qapp.palette(), theme.state().look
    yield qapp
    theme.state().look = look
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _controls() -> list[QWidget]:
    names = QListWidget()
    names.addItems(["Ana", "Ben", "Cy"])
    names.setCurrentRow(0)
    box = QComboBox()
    box.addItems(["English", "Español"])
    table = QTableWidget(2, 2)
    table.setItem(0, 0, QTableWidgetItem("Ana"))
    table.setCurrentCell(0, 0)
    return [QPushButton("Save"), BigButton("Write a letter", primary=True), names, box,
            QSpinBox(), QDateEdit(), QCheckBox("Show archived"), table]


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_focus_changes_how_each_control_looks(qtbot, themed, high_contrast: bool) -> None:
    """Each kind of control is drawn differently with focus than without it."""
    theme.apply_look(themed, theme.Look("normal", high_contrast))
    holder = QWidget()
    layout = QVBoxLayout(holder)
    controls = _controls()
    for control in controls:
        layout.addWidget(control)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=2000)
    unseen = []
    for control in controls:
        holder.setFocus()
        before = _image(control)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus, timeout=1000)
        if _image(control) == before:
            unseen.append(type(control).__name__)
    assert unseen == []
