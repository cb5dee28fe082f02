"""Reading text aloud with QtTextToSpeech, and saying plainly when it cannot.

Used by the read-aloud buttons (prompts, steps, letters) and by echo reading.

A real engine lives on its own thread: a stuck speech service blocks the
QTextToSpeech constructor forever (seen here with speech-dispatcher), and the GUI
thread must never wait on it. Until the engine answers, ``unavailable_reason`` says it
is starting. The ``mock`` engine (tests) is opened at once on the caller's thread.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}


PROBE_TIMEOUT_S = 10.0


class _Engine(QObject):
    """Owns the QTextToSpeech object, on whichever thread it was moved to."""

    opened = Signal(str, list, str)   # engine name, languages (QLocale.Language), reason
    state = Signal(str)               # "speaking", "ready", "error"

    def __init__(self) -> None:
        super().__init__()
        self._tts: Any = None  # QTextToSpeech, imported lazily

    @Slot(str)
    def open(self, wanted: str) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self.opened.emit("", [], "missing")
            return
        engines = list(QTextToSpeech.availableEngines())
        order = [wanted] if wanted and wanted in engines else [e for e in engines if e != "mock"]
        if order and order != ["mock"]:
            # A stuck speech service would block the constructor below while it holds
            # Python's lock, freezing every screen: ask a child process first.
            from letterbox.audio.speech_probe import probe_in_child

            found = probe_in_child(PROBE_TIMEOUT_S)
            if found.get("engine") not in order:
                # Stuck, failed, or killed because the app is closing: opening the engine
                # here could block this thread with Python's lock held, and the app with it.
                self.opened.emit("", [], "stuck" if found.get("problem") == "stuck" else "none")
                return
            order = [str(found["engine"])]
        for engine in order:
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                tts.deleteLater()
                continue
            tts.stateChanged.connect(self._state_changed)
            tts.errorOccurred.connect(lambda *_: self.state.emit("error"))
            self._tts = tts
            languages = sorted({loc.language() for loc in tts.availableLocales()},
                               key=lambda lang: lang.value)
            self.opened.emit(engine, languages, "")
            return
        self.opened.emit("", [], "none")

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        if self._tts is None:
            self.state.emit("error")
            return
        wanted = _LANGUAGES.get(language)
        matches = [loc for loc in self._tts.availableLocales() if loc.language() == wanted]
        if matches and self._tts.locale().language() != wanted:
            self._tts.setLocale(matches[0])
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self.state.emit("speaking")
        elif state == QTextToSpeech.State.Ready:
            self.state.emit("ready")
        elif state == QTextToSpeech.State.Error:
            self.state.emit("error")


class Speaker(QObject):
    """Speaks text in the parent's language.

    Signals:
        started: speech began.
        finished: speech ended (or was stopped, or failed); echo reading waits on this.
        unavailable(str): a message for the user when nothing can be spoken.
        ready: the engine answered (or was found missing); availability is now known.
    """

    started = Signal()
    finished = Signal()
    unavailable = Signal(str)
    ready = Signal()
    _open = Signal(str)
    _say = Signal(str, str)
    _stop = Signal()

    def __init__(self, engine: str = "", parent: QObject | None = None, *,
                 start: bool = True) -> None:
        super().__init__(parent)
        self._wanted = engine
        self._started = False
        self._engine_name = ""
        self._languages: list[object] = []
        self._problem = "starting"
        self._speaking = False
        self._thread: QThread | None = None
        self._engine = _Engine()
        self._engine.opened.connect(self._opened)
        self._engine.state.connect(self._state)
        self._open.connect(self._engine.open)
        self._say.connect(self._engine.say)
        self._stop.connect(self._engine.stop)
        if start:
            self.start()

    def start(self) -> None:
        """Open the engine on the speech thread (once). The composition root calls this
        just after the first screen is shown, so start-up does not wait for it."""
        if self._started:
            return
        self._started = True
        if self._wanted != "mock":
            self._thread = QThread()
            self._thread.setObjectName("letterbox-speech")
            self._engine.moveToThread(self._thread)
            self._thread.start()
        self._open.emit(self._wanted)  # direct call for mock; queued to the thread otherwise

    @Slot(str, list, str)
    def _opened(self, engine: str, languages: list[object], reason: str) -> None:
        self._engine_name = engine
        self._languages = languages
        self._problem = reason
        if engine:
            log.info("Speech engine: %s", engine)
        else:
            log.warning("No speech engine (%s)", reason)
        self.ready.emit()

    @property
    def engine(self) -> str:
        """The engine in use, or '' when none (yet)."""
        return self._engine_name

    def is_available(self, language: str = "en") -> bool:
        """True when text in ``language`` can be spoken now."""
        return not self.unavailable_reason(language)

    def unavailable_reason(self, language: str = "en") -> str:
        """Why nothing can be spoken in ``language`` now ('' when it can)."""
        if self._problem == "starting":
            return self.tr("The reading voice is still starting. Please try again in a "
                           "moment.")
        if self._problem == "missing":
            return self.tr("Reading aloud is not installed on this computer. Please ask staff.")
        if self._problem == "stuck":
            return self.tr("The reading voice is not answering. Please ask staff to run "
                           "\u201cletterbox doctor\u201d.")
        if self._problem in ("none", "error"):
            return self.tr("This computer has no voice to read aloud. Please ask staff to run "
                           "\u201cletterbox doctor\u201d.")
        wanted = _LANGUAGES.get(language)
        if wanted is not None and self._languages and wanted not in self._languages:
            return self.tr("There is no voice for this language on this computer.")
        return ""

    def say(self, text: str, language: str = "en") -> bool:
        """Start reading ``text`` aloud; False (and ``unavailable``) when it cannot."""
        self.start()
        reason = self.unavailable_reason(language)
        if reason:
            self.unavailable.emit(reason)
            return False
        self._speaking = True
        self._say.emit(text, language)
        return True

    def stop(self) -> None:
        """Stop reading at once."""
        self._stop.emit()

    @property
    def speaking(self) -> bool:
        """True while text is being read."""
        return self._speaking

    @Slot(str)
    def _state(self, state: str) -> None:
        if state == "speaking":
            self.started.emit()
        elif state == "error" and not self._speaking:
            self._problem = "error"
        elif self._speaking:
            self._speaking = False
            self.finished.emit()

    def shutdown(self) -> None:
        """Stop the speech thread (at exit). A stuck service is not waited on for long."""
        if self._thread is None:
            return
        from letterbox.audio.speech_probe import stop_probes

        stop_probes()  # a probe waiting on a stuck service must not hold the thread
        self._thread.quit()
        if not self._thread.wait(2000):
            log.warning("Speech service did not stop; leaving it")
            self._thread.terminate()
            self._thread.wait(1000)
        self._thread = None
