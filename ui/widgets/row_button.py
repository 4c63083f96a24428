"""A big tappable list row: a bold title and a wrapped detail line, the whole row one touch target."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout


def mark_checked(labels: tuple[QLabel, ...], checked: bool) -> None:
    """Let the theme colour the labels of a checked composite button (QSS cannot select on the
    ancestor's ``:checked``)."""
    for label in labels:
        label.setProperty("marked", "true" if checked else "false")
        label.style().unpolish(label)
        label.style().polish(label)


class RowButton(QPushButton):
    """A QPushButton laid out by labels, so long Vietnamese names wrap instead of widening the list."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "tile")  # the theme's big bordered target
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # The style's layout rect of a bordered button is smaller than the widget: rows would overlap.
        self.setAttribute(Qt.WidgetAttribute.WA_LayoutUsesWidgetRect)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "tile_name")
        self.detail_label = QLabel()
        self.detail_label.setProperty("role", "tile_hint")
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        self.toggled.connect(lambda on: mark_checked((self.title_label, self.detail_label), on))
        for label in (self.title_label, self.detail_label):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API) - QPushButton ignores its layout
        hint = self._column.minimumSize()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight(), 72))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._column.sizeHint().expandedTo(self.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Grow to fit the wrapped labels at the width the list gives (scroll areas ignore height-for-width)."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = max(72, self._column.totalHeightForWidth(self.width()))
        if self.width() > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_texts(self, title: str, detail: str = "") -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self._fit()

    def text(self) -> str:  # noqa: D102 - what a reader of the row sees
        return f"{self.title_label.text()}\n{self.detail_label.text()}".strip()
