"""Full-window overlays drawn over the current screen (confirm, help, display), and the idle warning.

Overlays are child widgets of the main window rather than modal QDialogs, so nothing blocks the
event loop, the kiosk window keeps its flags, and tests can find their buttons by object name. The
idle warning is a banner in the window's layout instead: it covers nothing, so a citizen scanning
pages keeps the camera preview in view while it counts down (issue 21 finding 1).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.fit_label import FitLabel
from ui.widgets.form import OptionButton
from ui.widgets.message import MessageKind, MessageLabel
from ui.widgets.picture import Picture
from ui.widgets.scrolling import make_kinetic


class Overlay(QWidget):
    """A dimmed layer covering its parent with a centred card; subclasses fill ``self.card_layout``."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self)
        self.card.setObjectName("OverlayCard")
        self.card.setProperty("overlay", name)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(24)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    @staticmethod
    def label(role: str, wrap: bool = True, kind: str = "tip") -> QLabel:
        """A centred label of ``role``; a ``notice`` is a message box of ``kind`` (its icon by its first line)."""
        if role == "notice":
            return MessageLabel(kind=MessageKind(kind))
        label = FitLabel() if wrap else QLabel()
        label.setProperty("role", role)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def button(name: str, role: str = "") -> QPushButton:
        button = OptionButton(name) if role == "choice" else QPushButton()  # a choice shows its check mark
        button.setObjectName(name)
        if role:
            button.setProperty("role", role)
        return button


class IdleOverlay(QFrame):
    """The idle warning: a banner under the top bar with 'Are you still there?', the seconds left, a big
    'I need more time' and 'End now'. It pushes the screen down rather than covering it."""

    stay_clicked = Signal()
    finish_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleBanner")
        self.setProperty("overlay", "idle")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = Overlay.label("title")
        self.explanation = Overlay.label("body")
        for text in (self.question, self.explanation):
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.seconds = Overlay.label("countdown", wrap=False)
        self.seconds.setObjectName("idle_seconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stay = Overlay.button("btn_idle_stay", "primary")
        self.finish = Overlay.button("btn_idle_finish")
        self.stay.clicked.connect(self.stay_clicked)
        self.finish.clicked.connect(self.finish_clicked)
        heading = QHBoxLayout()
        heading.addWidget(self.question, 1)
        heading.addWidget(self.seconds)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stay, 3)
        buttons.addWidget(self.finish, 2)
        layout = QVBoxLayout(self)  # three short rows: the screen below keeps as much height as possible
        layout.setContentsMargins(32, 8, 32, 16)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.explanation.setText(
            self.tr("For your privacy, everything you entered and scanned will be deleted when the countdown ends.")
        )
        self.stay.setText(self.tr("I need more time"))
        self.finish.setText(self.tr("End now and delete my information"))

    def set_seconds(self, seconds: int) -> None:
        self.seconds.setText(str(seconds))

    def open(self) -> None:
        self.raise_()
        self.show()


class ConfirmOverlay(Overlay):
    """A yes/no question, e.g. before Home discards what the citizen entered."""

    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "confirm")
        self.question = self.label("title")
        self.explanation = self.label("body")
        self.yes = self.button("btn_confirm_yes", "primary")
        self.no = self.button("btn_confirm_no")
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.no)
        row.addWidget(self.yes)
        self.card_layout.addWidget(self.question)
        self.card_layout.addWidget(self.explanation)
        self.card_layout.addLayout(row)

    def ask(self, question: str, explanation: str, yes: str, no: str) -> None:
        self.question.setText(question)
        self.explanation.setText(explanation)
        self.yes.setText(yes)
        self.no.setText(no)
        self.open()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()


class HelpOverlay(Overlay):
    """The current screen's short guide, scrollable by dragging."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "help")
        self.heading = self.label("title")
        self.picture = Picture()
        self.picture.setObjectName("help_picture")
        self.text = self.label("body")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setObjectName("help_text")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setMinimumHeight(260)
        make_kinetic(scroll)
        self.close_button = self.button("btn_help_close", "primary")
        self.close_button.clicked.connect(self.hide)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.picture)
        self.card_layout.addWidget(scroll, 1)
        self.card_layout.addWidget(self.close_button)

    def show_help(self, heading: str, text: str, picture: Path | None = None) -> None:
        self.heading.setText(heading)
        if picture is not None:
            self.picture.set_picture(picture, QSize(400, 225))
            self.picture.show()
        else:
            self.picture.set_picture(None, QSize())
            self.picture.hide()
        self.text.setText(text)
        self.close_button.setText(self.tr("Close"))
        self.open()


class DisplayOverlay(Overlay):
    """Text size (100/150/200 %), colours (standard/high contrast) and speech mode, as big toggles."""

    text_scale_chosen = Signal(float)
    theme_chosen = Signal(str)
    speech_chosen = Signal(bool)

    SCALES = (1.0, 1.5, 2.0)
    THEMES = ("standard", "high-contrast")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "display")
        self.heading = self.label("title")
        self.size_label = self.label("body")
        self.theme_label = self.label("body")
        self.speech_label = self.label("body")
        self.scale_buttons = [self._choice(f"btn_text_scale_{round(s * 100)}", self.text_scale_chosen, s)
                              for s in self.SCALES]
        self.theme_buttons = [self._choice(f"btn_theme_{t.replace('-', '_')}", self.theme_chosen, t)
                              for t in self.THEMES]
        self.speech_buttons = [self._choice(f"btn_speech_{'on' if on else 'off'}", self.speech_chosen, on)
                               for on in (True, False)]
        self.close_button = self.button("btn_display_close", "primary")
        self.close_button.clicked.connect(self.hide)
        self.card_layout.addWidget(self.heading)
        for label, buttons in ((self.size_label, self.scale_buttons), (self.theme_label, self.theme_buttons),
                               (self.speech_label, self.speech_buttons)):
            self.card_layout.addWidget(label)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            self.card_layout.addLayout(row)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def _choice(self, name: str, signal: SignalInstance, value: object) -> QPushButton:
        button = self.button(name, "choice")
        button.setCheckable(True)
        button.setAutoExclusive(False)
        button.clicked.connect(lambda _checked=False, v=value: signal.emit(v))
        return button

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Display and speech"))
        self.size_label.setText(self.tr("Text size"))
        for button, scale in zip(self.scale_buttons, self.SCALES, strict=True):
            button.setText(f"{round(scale * 100)} %")
            button.setAccessibleName(self.tr("Text size %1 percent").replace("%1", str(round(scale * 100))))
        self.theme_label.setText(self.tr("Colours"))
        self.theme_buttons[0].setText(self.tr("Standard"))
        self.theme_buttons[1].setText(self.tr("High contrast"))
        self.speech_label.setText(self.tr("Speech"))
        self.speech_buttons[0].setText(self.tr("Speak screens"))
        self.speech_buttons[1].setText(self.tr("Silent"))
        self.close_button.setText(self.tr("Close"))

    def show_state(self, text_scale: float, theme: str, speech: bool) -> None:
        """Mark the current choices (checked buttons look pressed and say so to assistive tech)."""
        for button, scale in zip(self.scale_buttons, self.SCALES, strict=True):
            button.setChecked(abs(scale - text_scale) < 0.01)
        for button, name in zip(self.theme_buttons, self.THEMES, strict=True):
            button.setChecked(name == theme)
        self.speech_buttons[0].setChecked(speech)
        self.speech_buttons[1].setChecked(not speech)
