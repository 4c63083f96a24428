"""Kinetic (drag-to-scroll) scrolling for touch screens: no scrollbar to aim at, taps not delayed; and keeping
the field being typed in view above the on-screen keyboard."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
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


class PageScrollArea(QScrollArea):
    """A screen's page: its content fills the view when it fits, and scrolls when it does not.

    ``QScrollArea.setWidgetResizable(True)`` gives a content whose layout has height-for-width (any
    word-wrapped label) at least its *preferred* height for the width; a content that fits at its minimum
    height but not at its preferred one (the submission wizard: a step's own scroll area prefers 24 lines
    of text) was made taller than the view, and what the layout puts last (the Back/Next row) ended below
    the bottom of the screen. Here the content is as high as the view whenever its minimum height fits
    (the layout shares the room out, lists inside scroll by themselves); only when even the minimum does
    not fit (200 % text, the on-screen keyboard open) is it given its preferred height and scrolls as a
    whole, as before.
    """

    def __init__(self, content: QWidget, name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)  # fit_content() sizes the content
        self.setWidget(content)
        make_kinetic(self)

    def fit_content(self) -> None:
        """Size the content for the view: the view's height when the content's minimum fits in it."""
        content = self.widget()
        if content is None:
            return
        view = self.viewport().size()
        width = max(view.width(), content.minimumSizeHint().width(), content.minimumWidth())
        minimum, preferred = content_heights(content, width)
        height = view.height() if minimum <= view.height() else max(minimum, preferred)
        if content.size() != QSize(width, height):
            content.resize(width, height)

    def event(self, event: QEvent) -> bool:
        # The content's layout changed (a message shown, a step switched, a larger text size): size it again
        # before QScrollArea sets its scroll range from the content's size.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit_content()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self.fit_content()  # the viewport has its new size by now
        super().resizeEvent(event)


def content_heights(content: QWidget, width: int) -> tuple[int, int]:
    """``content``'s minimum and preferred heights at ``width`` (its word-wrapped text wraps at that width)."""
    layout = content.layout()
    if layout is None:
        return content.minimumSizeHint().height(), content.sizeHint().height()
    if layout.hasHeightForWidth():
        minimum, preferred = layout.totalMinimumHeightForWidth(width), layout.totalHeightForWidth(width)
    else:
        minimum, preferred = layout.totalMinimumSize().height(), layout.totalSizeHint().height()
    minimum = max(minimum, content.minimumHeight())
    return minimum, max(minimum, min(preferred, content.maximumHeight()))


def scrolling_page(content: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless kinetic scroll area that gives it the full width and the view's height, and
    scrolls it up and down when it does not fit in that (large text, the on-screen keyboard open)."""
    return PageScrollArea(content, name)


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
