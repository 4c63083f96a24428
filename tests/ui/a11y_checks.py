"""Accessibility checks of what is on screen: touch target size, text contrast (measured on the
rendered pixels, WCAG relative luminance), text cut off or elided, accessible names.

Each check takes widgets (and, for contrast, a grab of the window) and returns a list of problems as
readable strings, so a walker can collect them over many states and the negative tests can show
that each check fails where it should.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

MIN_TARGET = 60
NORMAL_RATIO, LARGE_RATIO = 4.5, 3.0
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def describe(widget: QWidget) -> str:
    """A name a person can find the widget by in a failure message."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        text = widget.text().replace("\n", " ")[:40]
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while not widget.objectName() and parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {parent.objectName()}" if not widget.objectName() and parent is not None else ""
    return f"{name}{where} {text!r}"


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible and really on screen: not scrolled away nor outside the window."""
    if not widget.isVisibleTo(root) or not widget.isVisible():
        return False
    return not widget.visibleRegion().isEmpty()


def widgets_in(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible()]


# --- target size --------------------------------------------------------------------------------
def check_target_size(widgets: Iterable[QWidget]) -> list[str]:
    return [f"target {w.width()}x{w.height()} px < {MIN_TARGET}: {describe(w)}"
            for w in widgets if isinstance(w, INTERACTIVE) and w.isVisible()
            and (w.width() < MIN_TARGET or w.height() < MIN_TARGET)]


# --- accessible name ----------------------------------------------------------------------------
def check_names(widgets: Iterable[QWidget]) -> list[str]:
    problems = []
    for w in widgets:
        if not isinstance(w, INTERACTIVE) or not w.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(w)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            problems.append(f"no accessible name: {describe(w)}")
    return problems


# --- contrast -----------------------------------------------------------------------------------
def _linear(channel: np.ndarray) -> np.ndarray:
    c = channel / 255.0
    return np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of an (..., 3) array of 0-255 sRGB values."""
    lin = _linear(rgb.astype(np.float64))
    return 0.2126 * lin[..., 0] + 0.7152 * lin[..., 1] + 0.0722 * lin[..., 2]


def ratio(a: float, b: float) -> float:
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def image_array(image: QImage) -> np.ndarray:
    """An (h, w, 3) RGB array of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return data[:, : w * 3].reshape(h, w, 3).copy()


def measured_contrast(pixels: np.ndarray) -> tuple[float, str, str] | None:
    """(ratio, text colour, background colour) of a patch of rendered text, or None without text.

    The background is the dominant colour; the text colour is the one farthest in luminance from it
    among the colours that cover a meaningful share of the non-background pixels (anti-aliased edge
    pixels are many different colours, each rare).
    """
    flat = pixels.reshape(-1, 3).astype(np.uint32)
    if len(flat) == 0:
        return None
    packed, counts = np.unique((flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2], return_counts=True)
    order = np.argsort(-counts)
    packed, counts = packed[order], counts[order]
    colours = np.stack([(packed >> 16) & 255, (packed >> 8) & 255, packed & 255], axis=1)
    background = colours[0]
    rest = counts[1:].sum()
    if rest < 8:
        return None
    share = np.maximum(counts[1:] / rest, counts[1:] / len(flat) * 4)
    candidates = colours[1:][share >= 0.08]
    if len(candidates) == 0:
        candidates = colours[1:2]
    lum_bg = float(luminance(background))
    lums = luminance(candidates)
    best = int(np.argmax(np.abs(lums - lum_bg)))
    text = candidates[best]
    return ratio(float(lums[best]), lum_bg), _hex(text), _hex(background)


def _hex(rgb: np.ndarray) -> str:
    """'#rrggbb' of an RGB triple."""
    red, green, blue = (int(channel) for channel in rgb)
    return f"#{red:02x}{green:02x}{blue:02x}"


def is_large(widget: QWidget) -> bool:
    """WCAG large text: >= 18 pt (24 px), or >= 14 pt (18.67 px) bold."""
    info = widget.fontInfo()
    size = info.pixelSize()
    return size >= 24 or (info.bold() and size >= 18.67)


def text_rect(widget: QWidget, root: QWidget) -> QRect:
    """Where ``widget`` shows its text, in ``root`` coordinates, cut to what is on screen."""
    visible = widget.visibleRegion().boundingRect()
    rect = widget.contentsRect().intersected(visible)
    top_left = widget.mapTo(root, rect.topLeft())
    return QRect(top_left, rect.size()).intersected(root.rect())


def has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and (widget.pixmap() is None or widget.pixmap().isNull())
    if isinstance(widget, QPushButton):
        return bool(widget.text().strip()) and widget.layout() is None
    if isinstance(widget, QLineEdit):
        return bool(widget.text().strip()) and widget.echoMode() == QLineEdit.EchoMode.Normal
    return False


def check_contrast(widgets: Iterable[QWidget], root: QWidget, grab: np.ndarray) -> list[str]:
    """Text of every shown, enabled label, button and field against what is rendered behind it."""
    problems = []
    for w in widgets:
        if not has_text(w) or not w.isEnabled() or not shown(w, root):
            continue
        rect = text_rect(w, root)
        if rect.width() < 4 or rect.height() < 4:
            continue
        patch = grab[rect.top(): rect.bottom() + 1, rect.left(): rect.right() + 1]
        measured = measured_contrast(patch)
        if measured is None:
            continue
        value, fg, bg = measured
        needed = LARGE_RATIO if is_large(w) else NORMAL_RATIO
        if value < needed - 0.05:
            problems.append(f"contrast {value:.2f} < {needed} ({fg} on {bg}, {w.fontInfo().pixelSize()} px): "
                            f"{describe(w)}")
    return problems


# --- text cut off -------------------------------------------------------------------------------
def _inside_scroll_area(widget: QWidget) -> QWidget | None:
    """The viewport of the nearest scroll area around ``widget``, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = parent.parentWidget()
    return None


def _outside_ancestors(widget: QWidget, root: QWidget) -> QWidget | None:
    """The first ancestor (up to ``root`` or a scroll area's viewport) that ``widget`` sticks out of."""
    stop = _inside_scroll_area(widget)
    rect = widget.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        mapped = QRect(widget.mapTo(parent, QPoint(0, 0)), rect.size())
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(mapped):
            return parent
        if parent is root:
            break
        parent = parent.parentWidget()
    return None


def button_text_fits(button: QPushButton) -> bool:
    """The button is at least as large as the style needs for its text, icon, padding and border."""
    need = button.sizeHint()
    lines = button.fontMetrics().size(0, button.text())
    return (need.width() <= button.width() + 1 and need.height() <= button.height() + 1
            and lines.height() <= button.height())


def _needed_height(label: QLabel) -> int:
    """The height ``label``'s wrapped text needs at its width (QLabel.heightForWidth() answers at least
    the minimum height, which must not hide a label that is too short)."""
    minimum = label.minimumHeight()
    label.setMinimumHeight(0)
    needed = label.heightForWidth(label.width())
    label.setMinimumHeight(minimum)
    return needed


def check_clipping(widgets: Iterable[QWidget], root: QWidget) -> list[str]:
    """Labels whose text does not fit (wrapped: too short; one line: too narrow), labels sticking out
    of their ancestors (outside scroll areas), buttons whose text is larger than the button."""
    problems = []
    for w in widgets:
        if not w.isVisible() or not has_text(w):
            continue
        if isinstance(w, QLabel):
            if w.wordWrap():
                needed = _needed_height(w)
                if needed > w.height() + 1:
                    problems.append(f"wrapped text needs {needed} px, has {w.height()}: {describe(w)}")
            elif w.sizeHint().width() > w.width() + 1:
                problems.append(f"text needs {w.sizeHint().width()} px wide, has {w.width()}: {describe(w)}")
            outside = _outside_ancestors(w, root)
            if outside is not None:
                problems.append(f"sticks out of {describe(outside)}: {describe(w)}")
        elif isinstance(w, QPushButton) and not button_text_fits(w):
            problems.append(f"button text larger than the button ({w.width()}x{w.height()}): {describe(w)}")
    return problems


# --- overlapping controls and text ------------------------------------------------------------------
def _clipped_rect(widget: QWidget, root: QWidget) -> QRect:
    """Where ``widget`` shows inside ``root``: its rect cut by every ancestor's (scroll viewports too)."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect &= QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect


def check_overlap(widgets: Iterable[QWidget], root: QWidget) -> list[str]:
    """Texts and controls drawn over one another (e.g. a status text running under a button)."""
    shown_items = [(w, _clipped_rect(w, root)) for w in widgets
                   if w.isVisible() and (isinstance(w, INTERACTIVE) or (isinstance(w, QLabel) and has_text(w)))]
    shown_items = [(w, r) for w, r in shown_items if r.width() > 0 and r.height() > 0]
    problems = []
    for i, (a, rect_a) in enumerate(shown_items):
        for b, rect_b in shown_items[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            common = rect_a & rect_b
            if common.width() > 2 and common.height() > 2:
                problems.append(f"overlap {common.width()}x{common.height()} px: {describe(a)} / {describe(b)}")
    return problems
