"""Switching the application's language: Qt translators loaded from resources/i18n/*.qm."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk_app.paths import RESOURCES

log = logging.getLogger("kiosk.ui")
I18N_DIR = RESOURCES / "i18n"


class LanguageSwitcher:
    """Installs the translator of the chosen language (English is the source language)."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator(app)
            path = I18N_DIR / f"kiosk_{language}.qm"
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.error("translation %s missing (run the set-up: make run)", path)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        self.language = language
