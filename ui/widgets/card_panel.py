"""The applicant step's chip ID card panel: a picture of the card on the reader, what to do, progress, the CAN.

It renders a :class:`~kiosk_app.session_models.ChipCardState` (waiting, reading, verified, unverified signer,
failed) and emits ``read_requested`` when the citizen asks to read (after typing the CAN when it cannot be
derived). It holds no state of its own; the screen owns the wiring to the reader and the wizard.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk_app.session_models import CardReadStatus, ChipCardState
from ui.messages import citizen_text
from ui.widgets.message import MessageKind, MessageLabel


def _round_pen(color: str, width: int) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def card_on_reader_pixmap(width: int = 260, height: int = 180, accent: str = "#1f5fa8") -> QPixmap:
    """A pictogram: the reader, and the ID card lying on it with its chip (drawn, no asset needed)."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    reader = QRectF(width * 0.08, height * 0.55, width * 0.84, height * 0.38)
    painter.setPen(QPen(QColor("#3c4450"), 3))
    painter.setBrush(QColor("#d9dee5"))
    painter.drawRoundedRect(reader, 14, 14)
    painter.setBrush(QColor("#58b368"))
    painter.drawEllipse(QRectF(reader.right() - 34, reader.bottom() - 30, 16, 16))
    card = QRectF(width * 0.18, height * 0.12, width * 0.64, height * 0.52)
    path = QPainterPath()
    path.addRoundedRect(card, 12, 12)
    painter.setPen(QPen(QColor(accent), 3))
    painter.fillPath(path, QColor("#f4f7fb"))
    painter.drawPath(path)
    painter.setBrush(QColor("#d4a640"))
    painter.setPen(QPen(QColor("#8a6a1c"), 2))
    painter.drawRoundedRect(QRectF(card.left() + 18, card.top() + card.height() * 0.36, 44, 34), 6, 6)
    painter.setPen(_round_pen("#9aa6b5", 6))
    for row in range(3):
        y = card.top() + 26 + row * 22
        painter.drawLine(int(card.left() + 80), int(y), int(card.right() - 20 - row * 30), int(y))
    painter.setPen(_round_pen(accent, 4))
    for radius in (14, 24, 34):  # contactless waves
        painter.drawArc(QRectF(card.right() - 6 - radius, card.top() - 4 - radius, 2 * radius, 2 * radius),
                        20 * 16, 50 * 16)
    painter.end()
    return pixmap


class CardPanel(QFrame):
    """What the citizen sees of the chip ID card reading."""

    read_requested = Signal(str)  # the CAN typed (empty when the screen derives it)
    can_edited = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card_panel")
        self.picture = QLabel()
        self.picture.setObjectName("card_picture")
        self.picture.setPixmap(card_on_reader_pixmap())
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("card_title")
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("card_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(28)
        self.status = MessageLabel("card_status")
        self.can_caption = QLabel()
        self.can_caption.setProperty("role", "body")
        self.can_caption.setWordWrap(True)
        self.can = QLineEdit()
        self.can.setObjectName("field_card_can")
        self.can.setProperty("keyboard", "numeric")
        self.can.setMaxLength(6)
        self.can.setEchoMode(QLineEdit.EchoMode.Password)  # the CAN is not shown (nor spoken)
        self.can_caption.setBuddy(self.can)
        self.can.textChanged.connect(self.can_edited.emit)
        self.read_button = QPushButton()
        self.read_button.setObjectName("btn_card_read")
        self.read_button.setMinimumHeight(72)
        self.read_button.clicked.connect(lambda _=False: self.read_requested.emit(self.can.text()))
        can_row = QHBoxLayout()
        can_row.addWidget(self.can, 1)
        can_row.addWidget(self.read_button, 1)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.progress)
        text.addWidget(self.status)
        text.addWidget(self.can_caption)
        text.addLayout(can_row)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture)
        text_box = QWidget()
        text_box.setLayout(text)
        layout.addWidget(text_box, 1)

    def show_state(self, state: ChipCardState, needs_can: bool, language: str) -> None:
        """Show ``state``; the CAN row appears when it must be typed, the button when a reading can start."""
        status = state.status
        self.progress.setVisible(status is CardReadStatus.READING)
        self.progress.setValue(int(state.progress * 100))
        if status is CardReadStatus.WAITING:
            self.title.setText(self.tr("Place your chip ID card flat on the reader, photo side up."))
            self.status.hide()
        elif status is CardReadStatus.READING:
            self.title.setText(self.tr("Reading your card… Please keep it still on the reader."))
            self.status.hide()
        elif status is CardReadStatus.VERIFIED:
            self.title.setText(self.tr("Your card was read."))
            self.status.show_message(self.tr(
                "Your details were read from the chip of your ID card and confirmed. Please check them below."),
                MessageKind.SUCCESS)
        elif status is CardReadStatus.UNVERIFIED:
            self.title.setText(self.tr("Your card was read."))
            self.status.show_message(self.tr(
                "Your details were read from the chip of your ID card, but this kiosk could not confirm the card's "
                "issuer. Please check them below; the staff will check your card when you hand in the documents."),
                MessageKind.WARNING)
        else:
            self.title.setText(self.tr("Your card could not be read."))
            self.status.show_message(citizen_text(state.error, language) if state.error is not None else "",
                                     MessageKind.ERROR)
        asking = needs_can and status in (CardReadStatus.WAITING, CardReadStatus.FAILED)
        self.can_caption.setVisible(asking)
        self.can.setVisible(asking)
        self.can_caption.setText(self.tr(
            "Type the last 6 digits of your ID number (on the front of the card), then touch “Read my card”."))
        self.read_button.setVisible(status in (CardReadStatus.WAITING, CardReadStatus.FAILED))
        self.read_button.setText(self.tr("Try again") if status is CardReadStatus.FAILED else self.tr("Read my card"))
        if not asking and self.can.text():
            self.can.clear()
