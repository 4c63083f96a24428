"""Scanned pages as the citizen judges them: a strip of large thumbnails, and one page shown large.

:class:`PageStrip` shows a component's pages as thumbnails at least :data:`THUMB_HEIGHT` pixels high
(large enough to see whether a page is readable); tapping one emits its index. :class:`PageViewer`
is an overlay that shows one page as large as the screen allows, with a note (what the quality checks
found) and the actions the caller offers (close, retake, delete, turn; or retake and keep for a capture that
failed a check). Issue 21 finding 6.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk_app.dossier_form import ScannedPage
from ui.widgets.discard import discard
from ui.widgets.overlay import Overlay
from ui.widgets.picture import current_palette

THUMB_HEIGHT = 220  # px on the 1920x1080 screen: a page's layout and its lines can be judged
THUMB_SIZE = QSize(THUMB_HEIGHT, THUMB_HEIGHT)  # a page upright or lying: its longer side is THUMB_HEIGHT


def thumbnail_pixmap(page: ScannedPage) -> QPixmap:
    """The page's stored preview (PNG)."""
    pixmap = QPixmap()
    pixmap.loadFromData(page.thumbnail_png, "PNG")
    return pixmap


def page_image(page: ScannedPage, longest: int = 1400) -> QImage:
    """The page as it will be sent (decoded from its JPEG or G4 data), no larger than ``longest`` px."""
    with Image.open(io.BytesIO(page.encoded.data)) as decoded:
        decoded.draft("RGB", (longest, longest))  # a JPEG is decoded at the smallest 1/2^n scale still this large
        picture = decoded.convert("RGB")
    picture.thumbnail((longest, longest))
    pixels = np.ascontiguousarray(np.asarray(picture))
    height, width = pixels.shape[:2]
    return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class PageStrip(QWidget):
    """A row of page thumbnails (numbered, one optionally marked as selected); a tap emits ``tapped(index)``."""

    tapped = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.row.addStretch(1)
        self.buttons: list[QPushButton] = []

    def set_pages(self, pages: Sequence[ScannedPage], selected: int = -1, accessible: str = "") -> None:
        """Show ``pages`` (``accessible`` is the spoken name pattern, %1 the page number)."""
        for button in self.buttons:
            self.row.removeWidget(button)
            discard(button)
        self.buttons = []
        for index, page in enumerate(pages):
            button = QPushButton()
            button.setObjectName(f"{self._name}_{index}")
            button.setProperty("role", "thumbnail")
            button.setIcon(thumbnail_pixmap(page))
            button.setIconSize(THUMB_SIZE)
            button.setText(str(index + 1))
            button.setCheckable(True)
            button.setChecked(index == selected)
            button.setMinimumHeight(THUMB_HEIGHT + 16)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            if accessible:
                button.setAccessibleName(accessible.replace("%1", str(index + 1)))
            button.clicked.connect(lambda _=False, i=index: self.tapped.emit(i))
            self.row.insertWidget(index, button)
            self.buttons.append(button)


class PagePicture(QLabel):
    """A label that draws its image as large as it is, keeping the aspect ratio (redrawn on resize)."""

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._fit()

    def _fit(self) -> None:
        if self.image.isNull() or self.width() < 2 or self.height() < 2:
            return
        pixmap = QPixmap.fromImage(self.image).scaled(
            self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pixmap)  # the page's edge, also for a blank page on the white card
        painter.setPen(QPen(QColor(current_palette().border), 3))
        painter.drawRect(pixmap.rect().adjusted(1, 1, -2, -2))
        painter.end()
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()


@dataclass(frozen=True)
class ViewerAction:
    """One button under the large page: object name, text, what it does, role ("primary" or ""), and whether
    the viewer closes first (turning the page keeps it open, to show the turned page)."""

    name: str
    text: str
    run: Callable[[], None]
    role: str = ""
    closes: bool = True


class PageViewer(Overlay):
    """One page shown large over the window its parent is in, with a heading, a note and the caller's actions."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "page_viewer")
        self.card_layout.setContentsMargins(32, 24, 32, 24)
        self.card_layout.setSpacing(12)
        self.heading = self.label("subtitle")
        self.heading.setObjectName("page_viewer_heading")
        self.note = self.label("notice", kind="warning")  # why the page may not be good enough
        self.note.setObjectName("page_viewer_note")
        self.picture = PagePicture()
        self.picture.setObjectName("page_viewer_picture")
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(16)
        self.action_buttons: list[QPushButton] = []
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.note)
        self.card_layout.addWidget(self.picture, 1)
        self.card_layout.addLayout(self.actions_row)

    def show_page(self, page: ScannedPage, heading: str, note: str, actions: Sequence[ViewerAction]) -> None:
        """Open over the parent with ``page`` large; each action closes the viewer, then runs."""
        self.heading.setText(heading)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for button in self.action_buttons:
            self.actions_row.removeWidget(button)
            discard(button)
        self.action_buttons = []
        for action in actions:
            button = self.button(action.name, action.role)
            button.setText(action.text)
            button.clicked.connect(lambda _=False, run=action.run, closes=action.closes: self._act(run, closes))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)
        self.picture.set_image(page_image(page))
        parent = self.parentWidget()
        top = parent.window() if parent is not None else None
        if parent is not None and top is not None and top is not parent:  # over the whole window: as large as it fits
            parent.removeEventFilter(self)
            self.setParent(top)
            top.installEventFilter(self)
            parent = top
        if parent is not None:  # the card takes most of the parent: the page as large as it fits
            self.card.setMinimumSize(QSize(int(parent.width() * 0.6), int(parent.height() * 0.9)))
        self.open()

    def _act(self, run: Callable[[], None], closes: bool = True) -> None:
        if closes:
            self.hide()
        run()

    @property
    def shown_height(self) -> int:
        """The height of the page as drawn now (px)."""
        pixmap = self.picture.pixmap()
        return 0 if pixmap is None or pixmap.isNull() else pixmap.height()
