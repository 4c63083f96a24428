"""A wizard's step indicator: numbered steps in a row, done ones ticked, the current one highlighted."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

_STYLE = {
    "done": "background: #dbe7f3; color: #0b4f8a; border-radius: 10px; padding: 6px 10px;",
    "current": "background: #0b4f8a; color: white; font-weight: bold; border-radius: 10px; padding: 6px 10px;",
    "todo": "background: transparent; color: #3d4f5c; border: 2px solid #9aa9b8; border-radius: 10px; padding: 4px 8px;",
}


class StepIndicator(QWidget):
    """Shows where the citizen is in a sequence of named steps (display only: not a touch target)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_indicator")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._labels: list[QLabel] = []
        self.current = 0

    def set_steps(self, names: list[str], current: int) -> None:
        while len(self._labels) < len(names):
            label = QLabel()
            label.setObjectName(f"step_{len(self._labels)}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self._labels.append(label)
            self._row.addWidget(label, 1)
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(names))
            if index >= len(names):
                continue
            state = "done" if index < current else "current" if index == current else "todo"
            mark = "✓ " if state == "done" else f"{index + 1}. "
            label.setText(mark + names[index])
            label.setProperty("state", state)
            label.setStyleSheet(_STYLE[state])
        self.current = current
