"""A word-wrapped label that is never shorter than its text needs at the width it is given."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class FitLabel(QLabel):
    """Box layouts (and scroll areas around them) do not always ask a wrapped label for its height at
    its final width; at 200 % text its last lines were cut off. On every resize the label sets its
    minimum height to what its text needs at its width, and the layout makes room."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """A new text size or theme changes the font without a resize: measure again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0 or not self.wordWrap():
            return
        old = self.minimumHeight()
        self.setMinimumHeight(0)  # QLabel.heightForWidth() never answers less than the minimum height
        needed = self.heightForWidth(self.width())
        self.setMinimumHeight(needed if needed > 0 else old)
