"""SVG icons and help pictures in the colours of the current theme.

The SVGs are drawn in the standard palette's colours; for another palette each of those colours is
replaced by the same role's colour (e.g. the primary blue becomes yellow in high contrast). The
theme in force is the application's ``kiosk_theme`` property, set by the main window with its
stylesheet; a picture re-renders itself on the style change that follows.
"""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.theme import DEFAULT, Palette, palette_of

THEME_PROPERTY = "kiosk_theme"
# Colours used in the pictures that are not (or no longer) palette fields, by the role they play.
_EXTRA_ROLES = {"#fff": "surface", "#9aa9b8": "border", "#1a7f37": "success", "#e9f1f8": "subtle",
                "#c9a227": "primary", "#f2c200": "primary", "#222": "text", "#5a4500": "text"}


def current_palette() -> Palette:
    """The palette the application is drawn in now."""
    app = QApplication.instance()
    theme = app.property(THEME_PROPERTY) if app is not None else None
    return palette_of(str(theme)) if theme else DEFAULT


def recolour(svg: str, palette: Palette) -> str:
    """``svg`` with the standard palette's colours replaced by ``palette``'s."""
    if palette == DEFAULT:
        return svg
    roles = dict(_EXTRA_ROLES)
    for field in fields(Palette):  # the first role of a colour counts (primary before bar)
        colour = getattr(DEFAULT, field.name).lower()
        if colour.startswith("#"):
            roles.setdefault(colour, field.name)

    def swap(colour: str) -> str:
        role = roles.get(colour.lower())
        return getattr(palette, role) if role else colour

    out = []
    for chunk in svg.split('"'):
        out.append(swap(chunk) if chunk.startswith("#") else chunk)
    return '"'.join(out)


@lru_cache(maxsize=64)
def _render(path: str, width: int, height: int, palette: Palette) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(recolour(Path(path).read_text(encoding="utf-8"), palette).encode()))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = renderer.viewBoxF()
    scale = min(width / view.width(), height / view.height()) if not view.isEmpty() else 1.0
    w, h = view.width() * scale, view.height() * scale
    renderer.render(painter, QRectF((width - w) / 2, (height - h) / 2, w, h))
    painter.end()
    return pixmap


def themed_pixmap(path: Path, size: QSize, palette: Palette | None = None) -> QPixmap:
    """The SVG at ``path`` drawn at ``size`` in ``palette`` (the current one by default)."""
    return _render(str(path), size.width(), size.height(), palette or current_palette())


def tinted_pixmap(path: Path, size: QSize, colour: str, ratio: float = 1.0) -> QPixmap:
    """The one-colour SVG at ``path`` (an icon next to text) drawn at ``size`` in ``colour``: a palette role's
    colour, e.g. the top bar's text colour, which no standard colour of the pictures stands for."""
    pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
    pixmap = QPixmap(_render(str(path), pixels.width(), pixels.height(), DEFAULT))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class Picture(QLabel):
    """A label showing an SVG in the theme's colours (re-drawn when the theme changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._path: Path | None = None
        self._size = QSize()

    def set_picture(self, path: Path | None, size: QSize) -> None:
        self._path, self._size = path, size
        self._draw()

    def _draw(self) -> None:
        if self._path is None:
            self.clear()
        else:
            self.setPixmap(themed_pixmap(self._path, self._size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self._path is not None:
            self._draw()
