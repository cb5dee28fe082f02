"""A 'Read aloud' button that says so when the computer cannot read aloud."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolTip, QWidget

from letterbox.audio.speech import Speaker
from letterbox.ui.widgets.big_button import BigButton


class ReadAloudButton(BigButton):
    """Reads ``text_source()`` aloud; pressed again, it stops.

    Where no engine or voice exists the button stays visible, and pressing it shows
    why (``message_shown``) instead of silently doing nothing.
    """

    def __init__(self, speaker: Speaker, text_source: Callable[[], str],
                 language: str | Callable[[], str] = "en",
                 parent: QWidget | None = None, *, height: int = 56, words: str = "") -> None:
        super().__init__(words or self.tr("Read aloud"), "speaker", parent, height=height)
        self._words = words  # a page's own reading ("Read my letter"), apart from the bar's
        self._speaker = speaker
        self._text_source = text_source
        self._language = language if callable(language) else (lambda: language)
        self.last_message = ""
        self.clicked.connect(self._toggle)
        speaker.finished.connect(self._reset)
        self.reset_words()

    def _toggle(self) -> None:
        if self._speaker.speaking:
            self._speaker.stop()
            self._reset()
            return
        language = self._language()
        self._speaker.start()  # the engine opens on first use (cheap when already open)
        reason = self._speaker.unavailable_reason(language)
        if reason:
            self.last_message = reason
            self.setText(self.tr("Cannot read aloud"))
            self.setToolTip(reason)
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), reason, self)
            return
        text = self._text_source().strip()
        if text and self._speaker.say(text, language):
            self.setText(self.tr("Stop reading"))

    def _reset(self) -> None:
        self.reset_words()

    def reset_words(self) -> None:
        """'Read aloud' again (after reading, or in a new interface language), with why
        it cannot read, if it cannot, in that language too."""
        self.setText(self._words or self.tr("Read aloud"))
        self.setAccessibleName(self.text())
        self.setToolTip(self._speaker.unavailable_reason(self._language()))
