"""A live level meter: a thick bar in decibels, with a peak that falls back slowly."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from letterbox.ui.theme import state

FLOOR_DB = -60.0
PEAK_FALL_DB_PER_TICK = 0.8


def to_fraction(peak: float) -> float:
    """A linear peak (0..1) as a fraction of the meter (−60 dBFS..0 dBFS)."""
    if peak <= 0:
        return 0.0
    db = 20 * math.log10(min(peak, 1.0))
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    """Shows how loud the microphone is; green, then amber near the top, red at clipping.

    Patterned bands (not only colour) mark the loud end, so it reads in greyscale too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0     # fraction of the bar
        self.hold = 0.0
        self.setMinimumHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))

    def set_peak(self, peak: float) -> None:
        """Show a new reading (linear peak 0..1)."""
        self.level = to_fraction(peak)
        fall = PEAK_FALL_DB_PER_TICK / -FLOOR_DB
        self.hold = max(self.level, self.hold - fall)
        self.update()

    def reset(self) -> None:
        """Back to silence."""
        self.level = self.hold = 0.0
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        colours = state().look.palette
        painter.setPen(QPen(QColor(colours.border), 2))
        painter.setBrush(QColor(colours.field))
        painter.drawRoundedRect(rect, 6, 6)
        width = rect.width() * self.level
        if width > 0:
            colour = colours.meter_ok if self.level < 0.8 \
                else colours.meter_loud if self.level < 0.98 else colours.meter_clip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width, rect.height()), 6, 6)
        x = rect.left() + rect.width() * self.hold
        painter.setPen(QPen(QColor(colours.text), 3))
        painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))
        painter.setPen(QPen(QColor(colours.border), 1, Qt.PenStyle.DashLine))
        for mark in (0.8, 0.98):  # the "loud" and "too loud" marks
            mx = rect.left() + rect.width() * mark
            painter.drawLine(int(mx), int(rect.top()), int(mx), int(rect.bottom()))
        painter.end()
