"""The Qt application: fonts, theme, translator, and the main window built around a flow."""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk_app.chime import Chime
from kiosk_app.flow import KioskFlow
from kiosk_app.paths import RESOURCES
from kiosk_app.speech import Speaker
from ui.main_window import MainWindow
from ui.theme import FONT_FAMILIES, stylesheet

_FONTS_LOADED = "kioskFontsLoaded"  # an application property: the bundled fonts are added once per process


def create_qapp(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with the bundled Vietnamese-capable fonts as the default.

    Called again (tests build a window each), it changes only what differs: setting the font or the stylesheet
    re-polishes every live widget, which cost the UI tests about a fifth of their time."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    if not app.property(_FONTS_LOADED):
        for font_file in sorted((RESOURCES / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font_file))
        app.setProperty(_FONTS_LOADED, True)
    font = QFont(list(FONT_FAMILIES), 20)
    if app.font() != font:
        app.setFont(font)
    app.setApplicationName("mst-kiosk")
    sheet = stylesheet(1.0)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return app


def build_window(flow: KioskFlow, *, kiosk_mode: bool, speaker: Speaker | None = None,
                 speech_on_keypad: bool = False, chime: Chime | None = None) -> MainWindow:
    """The main window, rendering ``flow``; ``speaker`` (default: silent) says what the speech guide says,
    ``chime`` (default: silent) sounds the idle warning."""
    return MainWindow(flow, kiosk_mode=kiosk_mode, speaker=speaker, speech_on_keypad=speech_on_keypad, chime=chime)
