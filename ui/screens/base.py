"""What every screen has: the flow it renders, a title for the top bar, a help text, retranslation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.paths import RESOURCES
from ui.widgets.fit_label import FitLabel
from ui.widgets.message import MessageKind, MessageLabel
from ui.widgets.scrolling import scrolling_page

HELP_IMAGES = RESOURCES / "help"
# The picture that goes with each screen's guide (resources/help/<name>.svg).
HELP_PICTURES: dict[Screen, str] = {
    Screen.WELCOME: "welcome", Screen.LOOKUP: "lookup", Screen.PROCEDURE: "checklist",
    Screen.CHECKLIST: "checklist", Screen.SUBMIT: "submit", Screen.RECEIPT: "receipt",
    Screen.TRACK: "track", Screen.DOSSIER: "dossier", Screen.SUPPLEMENT: "scan",
    Screen.ASSISTANCE: "assistance", Screen.TICKET: "assistance",
}


class ScreenWidget(QWidget):
    """Base of the screens: renders flow state, emits intents, holds no business state."""

    screen: Screen  # type: ignore[assignment]  # the flow state shown; shadows QWidget.screen(), which no kiosk code calls (renaming touches every screen)

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setObjectName(f"screen_{self.screen.value}")
        # The screen's content scrolls as a whole when it is taller than the room it has (200 % text,
        # the on-screen keyboard open); lists inside keep scrolling by themselves.
        self.content = QWidget()
        self.content.setObjectName(f"content_{self.screen.value}")
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(64, 28, 64, 28)
        self.layout_.setSpacing(22)
        self.scroll_area = scrolling_page(self.content, f"scroll_{self.screen.value}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def title(self) -> str:
        raise NotImplementedError  # every concrete screen names itself

    def help_text(self) -> str:
        raise NotImplementedError  # every concrete screen explains itself

    def help_image(self) -> Path | None:
        """The illustration shown above the help text (None: text only)."""
        name = HELP_PICTURES.get(self.screen)
        path = HELP_IMAGES / f"{name}.svg" if name else None
        return path if path is not None and path.exists() else None

    def retranslate(self) -> None:
        """Re-read every visible string after a language change."""

    def home_warning(self) -> str:
        """What Home's "Start again?" says will be deleted ("" for the general sentence)."""
        return ""

    def entered(self) -> None:
        """The flow has just shown this screen."""

    def prepare_preview(self) -> None:
        """Put sample data in the session so that ``kiosk screenshots`` shows this screen filled in."""

    @staticmethod
    def message_box(name: str, kind: MessageKind = MessageKind.TIP) -> MessageLabel:
        """A message box (``role="notice"``) whose kind the screen changes as it goes (printing, printed, failed)."""
        return MessageLabel(name, kind)

    @staticmethod
    def label(role: str, name: str = "", kind: str = "tip") -> QLabel:
        """A word-wrapped label of ``role``; a ``notice`` is a message box of ``kind`` (tip, warning, error, success)."""
        label = MessageLabel(kind=MessageKind(kind)) if role == "notice" else FitLabel()
        label.setProperty("role", role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if name:
            label.setObjectName(name)
        return label
