"""Kinetic (drag-to-scroll) scrolling for touch screens: no scrollbar to aim at."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScroller


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Let a finger (or a mouse press-and-drag) scroll ``area``; hide its scrollbars."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
