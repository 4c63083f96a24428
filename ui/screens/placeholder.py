"""Screens whose service is not available at this kiosk yet: they say so and point to the counter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk_app.flow import KioskFlow, Screen
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.base import ScreenWidget

_TITLES = {
    Screen.LOOKUP: QT_TRANSLATE_NOOP("PlaceholderScreen", "Look up procedures"),
    Screen.PROCEDURE: QT_TRANSLATE_NOOP("PlaceholderScreen", "Procedure"),
    Screen.CHECKLIST: QT_TRANSLATE_NOOP("PlaceholderScreen", "Document checklist"),
    Screen.SUBMIT: QT_TRANSLATE_NOOP("PlaceholderScreen", "Submit a dossier"),
    Screen.RECEIPT: QT_TRANSLATE_NOOP("PlaceholderScreen", "Receipt"),
    Screen.TRACK: QT_TRANSLATE_NOOP("PlaceholderScreen", "Track a dossier"),
    Screen.DOSSIER: QT_TRANSLATE_NOOP("PlaceholderScreen", "Your dossier"),
    Screen.SUPPLEMENT: QT_TRANSLATE_NOOP("PlaceholderScreen", "Supplement"),
    Screen.ASSISTANCE: QT_TRANSLATE_NOOP("PlaceholderScreen", "Get assistance"),
    Screen.TICKET: QT_TRANSLATE_NOOP("PlaceholderScreen", "Your ticket"),
    Screen.MAINTENANCE: QT_TRANSLATE_NOOP("PlaceholderScreen", "Maintenance"),
}


class PlaceholderScreen(ScreenWidget):
    """A service that this kiosk does not offer yet."""

    def __init__(self, flow: KioskFlow, screen: Screen, parent: QWidget | None = None) -> None:
        self.screen = screen
        super().__init__(flow, parent)
        self.heading = self.label("title", "placeholder_heading")
        self.body = self.label("notice", "placeholder_body")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.body)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("PlaceholderScreen", _TITLES[self.screen])

    def help_text(self) -> str:
        return self.tr("This service is not available at this kiosk yet. Touch Home to go back to the start.")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.body.setText(
            self.tr(
                "This service is not yet available at this kiosk. "
                "Please go to the reception counter, where the staff will help you."
            )
        )
