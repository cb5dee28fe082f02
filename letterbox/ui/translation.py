"""Switching the interface language: English is in the code, others come from .qm files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from letterbox import resources

log = logging.getLogger(__name__)


class Translator:
    """Installs the catalogue for a language; screens built afterwards use it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._current: QTranslator | None = None
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Use ``language`` ('en' or 'es'); False when no catalogue exists for it."""
        if language == self.language:
            return True
        if self._current is not None:
            self._app.removeTranslator(self._current)
            self._current = None
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        translator = QTranslator(self._app)
        if translator.load(f"letterbox_{language}", str(resources.translations_dir())):
            self._app.installTranslator(translator)
            self._current = translator
            return True
        log.warning("No interface catalogue for %s; showing English", language)
        return False
