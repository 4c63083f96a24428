"""A large welcome-screen tile: an icon, a bold name and a wrapped hint, all one touch target."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ui.widgets.picture import Picture


class Tile(QPushButton):
    """A QPushButton whose content is laid out by labels, so long texts wrap instead of widening it."""

    def __init__(self, name: str, icon: Path) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.icon_label = Picture()
        self.icon_label.set_picture(icon, QSize(104, 104))
        self.name_label = QLabel()
        self.name_label.setProperty("role", "tile_name")
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "tile_hint")
        texts = QVBoxLayout()
        texts.addStretch(1)
        for label in (self.name_label, self.hint_label):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            texts.addWidget(label)
        texts.addStretch(1)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(32, 16, 32, 16)
        row.setSpacing(28)
        row.addWidget(self.icon_label)
        row.addLayout(texts, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API) - QPushButton ignores its layout
        hint = self._row.minimumSize()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._row.sizeHint().expandedTo(self.minimumSizeHint())

    def set_texts(self, name: str, hint: str) -> None:
        self.name_label.setText(name)
        self.hint_label.setText(hint)
        self.setAccessibleName(name)
        self.setAccessibleDescription(hint)

    def text(self) -> str:  # noqa: D102 - what a reader of the tile sees
        return f"{self.name_label.text()}\n{self.hint_label.text()}"
