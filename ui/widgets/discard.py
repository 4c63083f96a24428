"""Taking a rebuilt list's old widgets out of view for good."""
from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def discard(widget: QWidget) -> None:
    """Hide ``widget``, drop its name (the new widgets' names stay unique) and let Qt delete it later.

    It keeps its parent: ``setParent(None)`` would make it a window of its own, and one that had the focus
    (an error-summary entry, a thumbnail) took the activation from the kiosk window, after which taps on
    fields opened no keyboard."""
    widget.hide()
    widget.setObjectName("")
    widget.deleteLater()


def clear_layout(layout: QLayout) -> None:
    """Empty ``layout`` of the widgets a list screen rebuilds: each leaves the widget tree at once (the new
    widgets' names stay unique) and is deleted by Qt later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
