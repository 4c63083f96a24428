"""A wizard's step indicator: numbered steps in a row, done ones ticked, the current one highlighted."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


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
            label.style().unpolish(label)  # the theme colours each state (ui/theme.py)
            label.style().polish(label)
        self.current = current
        # Lay the row out now: a label's new text otherwise reaches the screen's layout one event-loop pass
        # later (label -> this row -> the screen), and the form under the indicator moved once more after the
        # step had been shown (by the height of a wrapped step name) -- issue 21 finding 12.
        self._row.activate()
