"""Reading text aloud with QtTextToSpeech, and saying plainly when it cannot.

Used by the read-aloud buttons (prompts, steps, letters) and by echo reading. The
engine is picked once: the setting ``speech_engine`` if it works, else the first
working engine that is not ``mock`` (tests ask for ``mock`` explicitly).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal

log = logging.getLogger(__name__)

os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}


class Speaker(QObject):
    """Speaks text in the parent's language.

    Signals:
        started: speech began.
        finished: speech ended (or was stopped, or failed); echo reading waits on this.
        unavailable(str): a message for the user when nothing can be spoken.
    """

    started = Signal()
    finished = Signal()
    unavailable = Signal(str)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts = None
        self._reason = ""
        self._speaking = False
        self._language = ""
        self._open(engine)

    def _open(self, wanted: str) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._reason = self.tr("Reading aloud is not installed on this computer. "
                                   "Please ask staff.")
            return
        engines = list(QTextToSpeech.availableEngines())
        if wanted and wanted in engines:
            order = [wanted]
        else:
            order = [e for e in engines if e != "mock"]
        for engine in order:
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                tts.deleteLater()
                continue
            tts.stateChanged.connect(self._state_changed)
            tts.errorOccurred.connect(self._error)
            self._tts = tts
            log.info("Speech engine: %s", engine)
            return
        self._reason = self.tr("This computer has no voice to read aloud. Please ask staff "
                               "to run \u201cletterbox doctor\u201d.")

    @property
    def engine(self) -> str:
        """The engine in use, or '' when none."""
        return self._tts.engine() if self._tts is not None else ""

    def is_available(self, language: str = "en") -> bool:
        """True when text in ``language`` can be spoken."""
        return not self.unavailable_reason(language)

    def unavailable_reason(self, language: str = "en") -> str:
        """Why nothing can be spoken in ``language`` ('' when it can)."""
        if self._tts is None:
            return self._reason
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() == QTextToSpeech.State.Error:
            return self.tr("The reading voice stopped working. Please ask staff.")
        wanted = _LANGUAGES.get(language)
        locales = self._tts.availableLocales()
        if wanted is not None and locales and all(loc.language() != wanted for loc in locales):
            return self.tr("There is no voice for this language on this computer.")
        return ""

    def say(self, text: str, language: str = "en") -> bool:
        """Start reading ``text`` aloud; False (and ``unavailable``) when it cannot."""
        reason = self.unavailable_reason(language)
        if reason:
            self.unavailable.emit(reason)
            return False
        assert self._tts is not None
        if language != self._language:
            self._choose_locale(language)
        self._speaking = True
        self._tts.say(text)
        return True

    def _choose_locale(self, language: str) -> None:
        assert self._tts is not None
        wanted = _LANGUAGES.get(language)
        matches = [loc for loc in self._tts.availableLocales() if loc.language() == wanted]
        if matches:
            # Prefer the common regional form if present (en_GB / en_US, es_ES / es_MX).
            self._tts.setLocale(matches[0])
        self._language = language

    def stop(self) -> None:
        """Stop reading at once."""
        if self._tts is not None:
            self._tts.stop()

    @property
    def speaking(self) -> bool:
        """True while text is being read."""
        return self._speaking

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self.started.emit()
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._speaking:
            self._speaking = False
            self.finished.emit()

    def _error(self, _reason: object, message: str) -> None:
        log.warning("Speech error: %s", message)
        if self._speaking:
            self._speaking = False
            self.finished.emit()
