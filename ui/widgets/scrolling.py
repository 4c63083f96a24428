"""Kinetic (drag-to-scroll) scrolling for touch screens: no scrollbar to aim at, taps not delayed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Let a finger (or a mouse press-and-drag) scroll ``area``; hide its scrollbars.

    QScroller holds a press back for 0.25 s by default to see whether it becomes a drag; here a press
    reaches the button under the finger at once (a drag that follows still scrolls, and the button then
    sees its press cancelled rather than a click), so a tap on a button inside a scrolled screen is a tap.
    """
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    # Vertical lists only: a slightly diagonal drag must not pan sideways.
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                               QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)


def scrolling_page(content: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless kinetic scroll area that gives it the full width and scrolls it up and
    down when it is taller than the room it has (large text, the on-screen keyboard open)."""
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    make_kinetic(area)
    return area
