"""Is the field being typed in plain view above the on-screen keyboard? (Issue 21 finding 2.)

Written for the tests, independently of the product's own ``ui.widgets.scrolling``: a rectangle check in
window coordinates against the keyboard and against every scroll area's viewport that holds the field.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_areas_holding(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas whose content holds ``widget``, innermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def hidden_by_keyboard(window: QWidget, field: QWidget) -> str:
    """What keeps ``field`` from being seen while it is typed into ("" when it is in plain view)."""
    keyboard = getattr(window, "keyboard", None)
    assert keyboard is not None, "the window has no on-screen keyboard"
    if not keyboard.isVisible():
        return "the keyboard did not open"
    rect = window_rect(field, window)
    if rect.intersects(keyboard.geometry()):
        return f"field {rect.getRect()} intersects the keyboard {keyboard.geometry().getRect()}"
    for area in scroll_areas_holding(field):
        viewport = window_rect(area.viewport(), window)
        if not viewport.contains(rect):
            return f"field {rect.getRect()} is outside the viewport {viewport.getRect()} of {area.objectName()}"
    return ""
