"""A message box of one of four kinds (tip, warning, error, success): its own colours and a drawn icon.

The colours come from the theme (``QLabel[role="notice"][kind=...]`` rules of :mod:`ui.theme`, the
icon's colour through the ``iconColor``/``iconKnockout`` properties the rules set), so both themes
apply. The icons are painted shapes, not characters: they do not depend on a font having the glyph.
A message box can reserve its room (:meth:`MessageLabel.reserve`) so that the layout around it does
not jump when a message appears or goes away.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Property, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.fit_label import FitLabel

ICON_GAP = 14  # px between the coloured left border and the icon, and between the icon and the text


class MessageKind(str, Enum):
    """What a message tells: its colour and icon follow."""

    TIP = "tip"
    WARNING = "warning"
    ERROR = "error"
    SUCCESS = "success"


def kind_name(kind: MessageKind) -> str:
    """The kind in words, for assistive technology (the icon says it to the eye)."""
    names = {MessageKind.TIP: QCoreApplication.translate("Message", "Information"),
             MessageKind.WARNING: QCoreApplication.translate("Message", "Warning"),
             MessageKind.ERROR: QCoreApplication.translate("Message", "Error"),
             MessageKind.SUCCESS: QCoreApplication.translate("Message", "Done")}
    return names[kind]


def icon_px(font_px: int) -> int:
    """The icon's size next to text of ``font_px`` (the theme pads the box by this much)."""
    return round(font_px * 1.3)


def paint_kind_icon(painter: QPainter, kind: MessageKind, rect: QRectF, colour: QColor, knockout: QColor) -> None:
    """Draw ``kind``'s icon filling ``rect``: a shape in ``colour`` with its sign cut out in ``knockout``.

    Tip: a circle with "i"; warning: a triangle with "!"; error: an octagon with "×"; success: a
    circle with a check mark.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    x, y, s = rect.x(), rect.y(), min(rect.width(), rect.height())
    if kind is MessageKind.WARNING:
        painter.drawPolygon(QPolygonF([QPointF(x + s / 2, y), QPointF(x + s, y + s), QPointF(x, y + s)]))
    elif kind is MessageKind.ERROR:
        cut = s * 0.29
        painter.drawPolygon(QPolygonF([
            QPointF(x + cut, y), QPointF(x + s - cut, y), QPointF(x + s, y + cut), QPointF(x + s, y + s - cut),
            QPointF(x + s - cut, y + s), QPointF(x + cut, y + s), QPointF(x, y + s - cut), QPointF(x, y + cut)]))
    else:
        painter.drawEllipse(QRectF(x, y, s, s))
    stroke = max(2.0, s * 0.14)
    pen = QPen(knockout, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind is MessageKind.TIP:
        painter.drawLine(QPointF(x + s / 2, y + s * 0.45), QPointF(x + s / 2, y + s * 0.75))
        painter.drawPoint(QPointF(x + s / 2, y + s * 0.25))
    elif kind is MessageKind.WARNING:
        painter.drawLine(QPointF(x + s / 2, y + s * 0.38), QPointF(x + s / 2, y + s * 0.66))
        painter.drawPoint(QPointF(x + s / 2, y + s * 0.84))
    elif kind is MessageKind.ERROR:
        a, b = s * 0.33, s * 0.67
        painter.drawLine(QPointF(x + a, y + a), QPointF(x + b, y + b))
        painter.drawLine(QPointF(x + b, y + a), QPointF(x + a, y + b))
    else:
        path = QPainterPath(QPointF(x + s * 0.27, y + s * 0.52))
        path.lineTo(QPointF(x + s * 0.44, y + s * 0.69))
        path.lineTo(QPointF(x + s * 0.74, y + s * 0.34))
        painter.drawPath(path)
    painter.restore()


class MessageLabel(FitLabel):
    """A word-wrapped message of one :class:`MessageKind` (``role="notice"``), its icon left of the text."""

    def __init__(self, name: str = "", kind: MessageKind = MessageKind.TIP, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._icon_color = QColor("#0b4f8a")
        self._icon_knockout = QColor("#ffffff")
        self._reserved_lines = 0
        self.setProperty("role", "notice")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # the icon sits by the first line
        if name:
            self.setObjectName(name)
        self.kind = kind
        self.set_kind(kind)

    # The theme sets these (qproperty-iconColor / qproperty-iconKnockout) per kind.
    def _get_icon_color(self) -> QColor:
        return self._icon_color

    def _set_icon_color(self, colour: QColor) -> None:
        self._icon_color = QColor(colour)
        self.update()

    def _get_icon_knockout(self) -> QColor:
        return self._icon_knockout

    def _set_icon_knockout(self, colour: QColor) -> None:
        self._icon_knockout = QColor(colour)
        self.update()

    iconColor = Property(QColor, _get_icon_color, _set_icon_color)  # noqa: N815 (a Qt property named for QSS)
    iconKnockout = Property(QColor, _get_icon_knockout, _set_icon_knockout)  # noqa: N815

    def set_kind(self, kind: MessageKind) -> None:
        """Show the message as ``kind`` (colours and icon)."""
        self.kind = kind
        self.setProperty("kind", kind.value)
        self.setAccessibleDescription(kind_name(kind))
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def show_message(self, text: str, kind: MessageKind = MessageKind.TIP) -> None:
        """Say ``text`` as ``kind`` and show the box."""
        self.set_kind(kind)
        self.setText(text)
        self.show()

    def reserve(self, lines: int = 2) -> None:
        """Keep room for a message of ``lines`` lines whether one is shown or not: nothing below moves."""
        self._reserved_lines = lines
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)
        self._fit()

    def reserved_height(self) -> int:
        """The height kept for the message (0 when nothing is reserved)."""
        if not self._reserved_lines:
            return 0
        margins = self.contentsMargins()
        frame = self.height() - self.contentsRect().height() if self.height() > 0 else 0
        padding = max(frame, margins.top() + margins.bottom())
        return self._reserved_lines * self.fontMetrics().lineSpacing() + padding

    def _fit(self) -> None:
        super()._fit()
        if self._reserved_lines:
            self.setMinimumHeight(max(self.minimumHeight(), self.reserved_height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        contents = self.contentsRect()
        size = icon_px(self.fontInfo().pixelSize())
        line = self.fontMetrics().lineSpacing()
        rect = QRectF(contents.left() - ICON_GAP - size, contents.top() + max(0, (line - size) / 2), size, size)
        painter = QPainter(self)
        paint_kind_icon(painter, self.kind, rect, self._icon_color, self._icon_knockout)
        painter.end()
