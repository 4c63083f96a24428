"""Taking a rebuilt list's old widgets out of view for good."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def discard(widget: QWidget) -> None:
    """Hide ``widget``, drop its name (the new widgets' names stay unique) and let Qt delete it later.

    It keeps its parent: ``setParent(None)`` would make it a window of its own, and one that had the focus
    (an error-summary entry, a thumbnail) took the activation from the kiosk window, after which taps on
    fields opened no keyboard."""
    widget.hide()
    widget.setObjectName("")
    widget.deleteLater()
