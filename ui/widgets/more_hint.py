"""A "drag to see more" line under a list whose scroll bar is hidden (touch lists scroll by dragging).

Issue 21 finding 10: a list that goes on below its visible part must say so. The hint is shown while
the list can still scroll down and hidden at its end (and when everything fits).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QSizePolicy


class MoreHint(QLabel):
    """Follows ``area``'s vertical scroll bar: visible while there is more below."""

    def __init__(self, area: QAbstractScrollArea, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "hint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the layout does not jump when it comes and goes
        self.setSizePolicy(policy)
        self._bar = area.verticalScrollBar()
        self._bar.valueChanged.connect(self.update_visibility)
        self._bar.rangeChanged.connect(self.update_visibility)
        self.retranslate()
        self.update_visibility()

    def retranslate(self) -> None:
        self.setText("↓ " + self.tr("Drag the list up to see more") + " ↓")

    @property
    def more_below(self) -> bool:
        return self._bar.value() < self._bar.maximum()

    def update_visibility(self, *_changed: object) -> None:
        self.setVisible(self.more_below)
