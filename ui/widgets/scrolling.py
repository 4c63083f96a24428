"""Kinetic (drag-to-scroll) scrolling for touch screens: no scrollbar to aim at, taps not delayed; and keeping
the field being typed in view above the on-screen keyboard."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget
from shiboken6 import isValid

VIEW_MARGIN = 24
"""Room left between a field scrolled into view and the edge of its scroll area (its caption above it)."""


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


def scroll_areas_of(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas whose content holds ``widget``, innermost first."""
    areas: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None and content.isAncestorOf(widget):
                areas.append(parent)
        parent = parent.parentWidget()
    return areas


def scroll_into_view(widget: QWidget, margin: int = VIEW_MARGIN) -> None:
    """Scroll every scroll area that holds ``widget``, innermost first, until all of ``widget`` is in view
    with ``margin`` above and below it (its top first when it is taller than the view).

    Not ``QScrollArea.ensureWidgetVisible``: for a focused text field that shows only the text cursor's
    rectangle, which leaves the bottom of the field under whatever lies below the scroll area."""
    for area in scroll_areas_of(widget):
        content = area.widget()
        assert content is not None  # scroll_areas_of() lists only areas whose content holds the widget
        top = widget.mapTo(content, QPoint(0, 0)).y()
        bottom = top + widget.height()
        bar = area.verticalScrollBar()
        value = bar.value()
        room = area.viewport().height()
        if bottom + margin > value + room:
            value = bottom + margin - room
        if top - margin < value:
            value = top - margin
        bar.setValue(value)  # the scroll bar keeps it within its range


class KeepInView(QObject):
    """Keeps one widget (the field the on-screen keyboard types into) scrolled into view.

    It watches the widget, and the viewports and contents of the scroll areas that hold it: when the widget
    moves or a viewport or content changes size or lays itself out again (the keyboard opened and the room
    above it shrank, error messages or a larger text size pushed the form down), the widget is scrolled into
    view again once the layouts have settled (a zero-time timer: several changes in one pass scroll once).
    A content moving (the citizen dragging it) is not watched: a finger may scroll away from the field.
    """

    _WIDGET_EVENTS = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show)
    _AREA_EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget: QWidget | None = None
        self._watched: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._scroll)

    @property
    def widget(self) -> QWidget | None:
        """The widget kept in view, if any."""
        return self._widget

    def follow(self, widget: QWidget | None) -> None:
        """Keep ``widget`` in view from now on (None: stop)."""
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self._widget = widget
        if widget is None:
            self._timer.stop()
            return
        self._watched = [widget]
        for area in scroll_areas_of(widget):
            content = area.widget()
            self._watched += [area.viewport()] + ([content] if content is not None else [])
        for watched in self._watched:
            watched.installEventFilter(self)
        self.schedule()

    def schedule(self) -> None:
        """Scroll the widget into view once the pending layout changes are done."""
        if self._widget is not None:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._widget is None:
            return False
        if event.type() in (self._WIDGET_EVENTS if watched is self._widget else self._AREA_EVENTS):
            self._timer.start()
        return False

    def _scroll(self) -> None:
        widget = self._widget
        if widget is not None and isValid(widget) and widget.isVisible():
            scroll_into_view(widget)
