"""The bar along the bottom of every kiosk screen: Read aloud, text size, contrast.

It belongs to the window, not to a screen, so it is in the same place on every screen
and cannot be missed by a screen someone forgets to give it to. What it reads comes from
the current screen (``Screen.spoken_text``); the look it chooses goes to the window,
which applies it and keeps it for the signed-in parent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from letterbox.audio.speech import Speaker
from letterbox.ui.theme import TEXT_SIZES, Look
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.read_aloud import ReadAloudButton

_SIZES = tuple(TEXT_SIZES)


class ScreenBar(QWidget):
    """Read aloud, Text size and High contrast.

    Signals:
        look_chosen(Look): the reader chose another text size or contrast.
    """

    look_chosen = Signal(object)

    def __init__(self, speaker: Speaker, text_source: Callable[[], str],
                 language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenBar")
        self.look = Look()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.read_aloud = ReadAloudButton(speaker, text_source, language, height=56)
        self.size_button = BigButton("", "", height=56)
        self.size_button.clicked.connect(self._next_size)
        self.contrast_button = BigButton("", "", height=56)
        self.contrast_button.setCheckable(True)
        self.contrast_button.clicked.connect(self._toggle_contrast)
        for button in (self.read_aloud, self.size_button, self.contrast_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        self.retranslate()

    def show_look(self, look: Look) -> None:
        """Show ``look`` on the buttons (the window applies it)."""
        self.look = look
        self.retranslate()

    def retranslate(self) -> None:
        """Words in the interface language now."""
        names = {"normal": self.tr("Normal"), "large": self.tr("Large"),
                 "xlarge": self.tr("Extra large")}
        self.size_button.setText(self.tr("Text size: %1").replace(
            "%1", names[self.look.text_size]))
        self.size_button.setAccessibleName(self.size_button.text())
        self.contrast_button.setText(self.tr("High contrast: on") if self.look.high_contrast
                                     else self.tr("High contrast: off"))
        self.contrast_button.setAccessibleName(self.contrast_button.text())
        self.contrast_button.setChecked(self.look.high_contrast)
        self.read_aloud.reset_words()

    def _next_size(self) -> None:
        index = (_SIZES.index(self.look.text_size) + 1) % len(_SIZES)
        self._choose(Look(_SIZES[index], self.look.high_contrast))

    def _toggle_contrast(self) -> None:
        self._choose(Look(self.look.text_size, not self.look.high_contrast))

    def _choose(self, look: Look) -> None:
        self.show_look(look)
        self.look_chosen.emit(look)
