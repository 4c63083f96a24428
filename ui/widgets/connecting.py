"""The "connecting" line: a citizen's request waits for the kiosk's backend, which is still starting (issue 20).

A thin banner under the top bar with a turning arc (painted, no glyph) and one translated sentence.
It never says "error": when the backend is up the request goes on by itself and the line goes away.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.widgets.fit_label import FitLabel


class Spinner(QWidget):
    """A turning arc in the colour of the text beside it; it turns only while shown."""

    STEP_DEGREES = 30
    INTERVAL_MS = 80

    def __init__(self, beside: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._beside = beside  # its colour follows the theme's stylesheet
        self.setObjectName("connecting_spinner")
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._turn)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(40, 40)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        self._timer.start()

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()

    @property
    def turning(self) -> bool:
        return self._timer.isActive()

    def _turn(self) -> None:
        self._angle = (self._angle + self.STEP_DEGREES) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._beside.palette().windowText().color(), 5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        box = QRectF(self.rect()).adjusted(5, 5, -5, -5)
        painter.drawArc(box, -self._angle * 16, 270 * 16)


class ConnectingLine(QFrame):
    """'Connecting to the system…' with a spinner, shown while a request waits for the backend to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectingLine")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text: QLabel = FitLabel()
        self.text.setObjectName("connecting_text")
        self.text.setProperty("role", "body")
        self.spinner = Spinner(self.text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 8)
        layout.setSpacing(16)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Connecting to the system… This takes a few seconds, please wait."))

    def set_waiting(self, waiting: bool) -> None:
        self.setVisible(waiting)
