"""The error summary at the top of a form step (GOV.UK's pattern): a red box listing each problem.

Each entry is a touch target that takes the citizen to its field (focus, scrolled into view); the box
takes the focus when it appears, so the speech guide and a keyboard user meet it first.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Property, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.discard import discard
from ui.widgets.fit_label import FitLabel
from ui.widgets.message import ICON_GAP, MessageKind, icon_px, paint_kind_icon


class ErrorSummary(QFrame):
    """"There is a problem": one button per (field name, message), in the order of the form."""

    def __init__(self, on_choose: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_summary")
        self.setProperty("role", "error_summary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._on_choose = on_choose
        self.entries: dict[str, QPushButton] = {}
        self.heading = FitLabel()
        self.heading.setObjectName("error_summary_heading")
        self.heading.setProperty("role", "summary_heading")
        self._icon_color, self._icon_knockout = QColor("#b00020"), QColor("#fbe9eb")
        self.icon = _ErrorIcon(lambda: (self._icon_color, self._icon_knockout))
        top = QHBoxLayout()
        top.setSpacing(ICON_GAP)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.list_layout)
        self.hide()

    # The theme sets these (qproperty-iconColor / qproperty-iconKnockout).
    def _get_icon_color(self) -> QColor:
        return self._icon_color

    def _set_icon_color(self, colour: QColor) -> None:
        self._icon_color = QColor(colour)
        self.icon.update()

    def _get_icon_knockout(self) -> QColor:
        return self._icon_knockout

    def _set_icon_knockout(self, colour: QColor) -> None:
        self._icon_knockout = QColor(colour)
        self.icon.update()

    iconColor = Property(QColor, _get_icon_color, _set_icon_color)  # noqa: N815 (a Qt property named for QSS)
    iconKnockout = Property(QColor, _get_icon_knockout, _set_icon_knockout)  # noqa: N815

    def names(self) -> list[str]:
        """The fields listed, in order."""
        return list(self.entries)

    def show_errors(self, errors: Sequence[tuple[str, str]], focus: bool = True) -> None:
        """List ``errors`` ((field name, message) in form order); hidden when there are none."""
        for button in self.entries.values():
            self.list_layout.removeWidget(button)
            discard(button)
        self.entries = {}
        for name, message in errors:
            button = QPushButton(message)
            button.setObjectName(f"summary_{name}")
            button.setProperty("role", "summary_link")
            button.setAccessibleDescription(QCoreApplication.translate("ErrorSummary", "Go to the field"))
            button.clicked.connect(lambda _=False, n=name: self._on_choose(n))
            self.list_layout.addWidget(button)
            self.entries[name] = button
        count = len(self.entries)
        heading = QCoreApplication.translate("ErrorSummary", "There is a problem: %1 to correct").replace(
            "%1", str(count))
        self.heading.setText(heading)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(" ".join(message for _name, message in errors))
        self.setVisible(bool(count))
        if count and focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)


class _ErrorIcon(QWidget):
    """The error kind's icon next to the heading, in the colours the theme gives the summary."""

    def __init__(self, colours: Callable[[], tuple[QColor, QColor]]) -> None:
        super().__init__()
        self._colours = colours
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        size = icon_px(self.fontInfo().pixelSize())
        return QSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        size = icon_px(self.fontInfo().pixelSize())
        colour, knockout = self._colours()
        paint_kind_icon(painter, MessageKind.ERROR, QRectF(0, 0, size, size), colour, knockout)
        painter.end()
