"""The welcome screen: a greeting and the four things a visitor can do."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.paths import RESOURCES
from ui.screens.base import ScreenWidget
from ui.widgets.tile import Tile

ICONS: Path = RESOURCES / "icons"


class WelcomeScreen(ScreenWidget):
    screen = Screen.WELCOME

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.heading = self.label("title", "welcome_heading")
        self.intro = self.label("subtitle", "welcome_intro")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        grid = QGridLayout()
        grid.setSpacing(32)
        self.tiles: dict[Screen, Tile] = {}
        for index, target in enumerate((Screen.LOOKUP, Screen.SUBMIT, Screen.TRACK, Screen.ASSISTANCE)):
            tile = Tile(f"btn_{target.value}", ICONS / f"{target.value}.svg")
            tile.clicked.connect(lambda _=False, t=target: self.flow.go(t))
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles[target] = tile
        self.layout_.addLayout(grid, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ministry of Science and Technology – One-stop service")

    def help_text(self) -> str:
        return self.tr(
            "Touch one of the four large buttons to begin.\n\n"
            "• Look up procedures: find an administrative procedure and see which documents it needs.\n"
            "• Submit a dossier: scan your papers and send them to the ministry.\n"
            "• Track a dossier: see where your dossier is, using the code on your receipt.\n"
            "• Get assistance: take a numbered ticket for the counter.\n\n"
            "You can change the language and make the text larger with the buttons at the top."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to the one-stop reception of the Ministry of Science and Technology"))
        self.intro.setText(self.tr("What would you like to do today?"))
        texts = {
            Screen.LOOKUP: (self.tr("Look up procedures"), self.tr("Documents, fees and processing time")),
            Screen.SUBMIT: (self.tr("Submit a dossier"), self.tr("Scan your papers and send them online")),
            Screen.TRACK: (self.tr("Track a dossier"), self.tr("With the code on your receipt")),
            Screen.ASSISTANCE: (self.tr("Get assistance"), self.tr("A ticket for the counter staff")),
        }
        for target, (name, hint) in texts.items():
            self.tiles[target].set_texts(name, hint)
