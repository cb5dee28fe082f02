"""Switching the interface language: English is in the code, others come from .qm files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from letterbox import resources

log = logging.getLogger(__name__)


class Translator:
    """Installs the catalogue for a language; screens built afterwards use it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._current: QTranslator | None = None
        self._qt: QTranslator | None = None  # Qt's own words: Yes, No, Cancel…
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Use ``language`` ('en' or 'es'); False when no catalogue exists for it."""
        if language == self.language:
            return True
        for installed in (self._current, self._qt):
            if installed is not None:
                self._app.removeTranslator(installed)
        self._current = self._qt = None
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        qt_words = QTranslator(self._app)
        if qt_words.load(f"qtbase_{language}",
                         QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_words)
            self._qt = qt_words
        translator = QTranslator(self._app)
        if translator.load(f"letterbox_{language}", str(resources.translations_dir())):
            self._app.installTranslator(translator)
            self._current = translator
            return True
        log.warning("No interface catalogue for %s; showing English", language)
        return False
