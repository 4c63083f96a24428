"""A message box of one of four kinds (tip, warning, error, success): its own colours and a drawn icon.

The colours come from the theme (``QLabel[role="notice"][kind=...]`` rules of :mod:`ui.theme`, the
icon's colour through the ``iconColor``/``iconKnockout`` properties the rules set), so both themes
apply. The icons are painted shapes, not characters: they do not depend on a font having the glyph.
A :class:`MessageSlot` keeps the room of a message so that the layout around it does not jump when a
message appears or goes away.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Property, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

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
    names = {MessageKind.TIP: QCoreApplication.translate("MessageKind", "Information"),
             MessageKind.WARNING: QCoreApplication.translate("MessageKind", "Warning"),
             MessageKind.ERROR: QCoreApplication.translate("MessageKind", "Error"),
             MessageKind.SUCCESS: QCoreApplication.translate("MessageKind", "Success")}
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
        self._twin: MessageLabel | None = None  # measures the room of a message (MessageSlot)
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

    def box_height(self, lines: int) -> int:
        """The height of this box holding ``lines`` lines of text, measured on a twin label of the same
        style (its padding, borders and font come from the theme)."""
        if self._twin is None:
            self._twin = MessageLabel(parent=self)  # a hidden child: it goes with the label (a top-level twin leaked)
            self._twin.hide()
        twin = self._twin
        if twin.kind is not self.kind:
            twin.set_kind(self.kind)
        twin.setFont(self.font())
        twin.ensurePolished()
        QLabel.setText(twin, "\n".join(["X"] * lines))
        twin.setMinimumHeight(0)
        return twin.heightForWidth(max(self.width(), 400))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt API)
        """Before appearing, take the width of its slot and measure the lines at that width: the slot's
        layout runs while the label is being shown, and must not see the height of a narrower label."""
        parent = self.parentWidget()
        if visible and isinstance(parent, MessageSlot) and parent.width() > 0:
            self.resize(parent.width(), self.height())
            self._fit()
        super().setVisible(visible)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as the text at the width it has (QLabel guesses a narrower width and more lines)."""
        hint = super().sizeHint()
        if self.width() > 0 and self.wordWrap():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def icon_rect(self) -> QRectF:
        """Where the icon is drawn: left of the text (in the padding the theme leaves), by its first line."""
        contents = self.contentsRect()
        size = icon_px(self.fontInfo().pixelSize())
        line = self.fontMetrics().lineSpacing()
        return QRectF(contents.left() - ICON_GAP - size, contents.top() + max(0, (line - size) / 2), size, size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        painter = QPainter(self)
        paint_kind_icon(painter, self.kind, self.icon_rect(), self._icon_color, self._icon_knockout)
        painter.end()


class MessageSlot(QWidget):
    """The place of a screen's messages: it keeps room for a ``lines``-line message whether one is shown
    or not, so nothing below moves when a message appears or goes away (widgets listed before the message,
    such as the error summary, share the room and make it grow only when they need more)."""

    def __init__(self, message: MessageLabel, *above: QWidget, lines: int = 2) -> None:
        super().__init__()
        self.message = message
        self.lines = lines
        self.layout_ = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in above:
            layout.addWidget(widget)
        layout.addWidget(message)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def reserved_height(self) -> int:
        """The room kept for a message: ``lines`` lines in the message box's font, padding and borders."""
        return self.message.box_height(self.lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), self.needed_height(self.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self.needed_height(self.width()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return False  # the layout around asks sizeHint(): QWidgetItem would ask this widget's layout instead

    def needed_height(self, width: int) -> int:
        """What its shown widgets need at ``width``, never less than the room kept for a message."""
        items = (self.layout_.itemAt(i) for i in range(self.layout_.count()))
        shown = [w for w in (item.widget() for item in items if item is not None)
                 if w is not None and not w.isHidden()]
        needed = sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height() for w in shown)
        needed += self.layout_.spacing() * max(0, len(shown) - 1)
        return max(needed, self.reserved_height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LayoutRequest,
                            QEvent.Type.Resize):
            self.updateGeometry()
        return super().event(event)
