"""Switching the application's language: one Qt translator, loaded from resources/i18n/*.qm."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk_app.paths import RESOURCES

log = logging.getLogger("kiosk.ui")
I18N_DIR = RESOURCES / "i18n"
_installed: QTranslator | None = None  # the application has one language at a time


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate extracts
    """Mark ``source`` for translation in ``context`` and return it untranslated (translate it when shown).

    PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; lupdate recognises the call by
    its name, so this typed twin keeps the strings in the catalogue.
    """
    return source


def install_language(language: str) -> None:
    """Replace the installed translator by ``language``'s (English is the source language)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the QApplication to exist")
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language != "en":
        translator = QTranslator(app)
        path = I18N_DIR / f"kiosk_{language}.qm"
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed = translator
        else:
            log.error("translation %s missing (run the set-up: make run)", path)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
