"""The bar on top of every screen: Home, Back, the screen's title, Read aloud, language, display and Help."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class TopBar(QWidget):
    """Emits intents only; the main window connects them to the flow."""

    home_clicked = Signal()
    back_clicked = Signal()
    language_clicked = Signal()
    read_aloud_clicked = Signal()
    display_clicked = Signal()  # text size, colours, speech mode
    help_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(14)
        self.home = self._button("btn_home", self.home_clicked)
        self.back = self._button("btn_back", self.back_clicked)
        self.title = QLabel()
        self.title.setObjectName("screen_title")
        # The buttons set the bar's height; a long title wraps inside it instead of growing it.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_aloud = self._button("btn_read_aloud", self.read_aloud_clicked)
        self.language = self._button("btn_language", self.language_clicked)
        self.display = self._button("btn_display", self.display_clicked)
        self.help = self._button("btn_help", self.help_clicked)
        for widget in (self.home, self.back, self.title, self.read_aloud, self.language, self.display, self.help):
            layout.addWidget(widget, 1 if widget is self.title else 0)
        self.retranslate("vi")

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(signal)
        return button

    def retranslate(self, language: str) -> None:
        """Re-read every label (after a language change); ``language`` picks the switch's label."""
        self.home.setText("⌂ " + self.tr("Home"))
        self.back.setText("← " + self.tr("Back"))
        # The switch names the *other* language in that language, so a reader of it can find it.
        self.language.setText("English" if language == "vi" else "Tiếng Việt")
        self.language.setAccessibleName(self.tr("Change language"))
        self.read_aloud.setText("🔊 " + self.tr("Read aloud"))
        self.read_aloud.setAccessibleName(self.tr("Read aloud"))
        self.display.setText("Aa " + self.tr("Display"))
        self.display.setAccessibleName(self.tr("Text size, colours and speech"))
        self.help.setText("? " + self.tr("Help"))
        self.home.setAccessibleName(self.tr("Home"))
        self.back.setAccessibleName(self.tr("Back"))
        self.help.setAccessibleName(self.tr("Help"))

    def set_title(self, text: str) -> None:
        self.title.setText(text)
