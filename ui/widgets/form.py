"""Small building blocks of the citizen forms: a labelled field with its error line, QR pixmaps, choices."""
from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk_app.catalogue_cache import CatalogueCache

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class FieldRow(QWidget):
    """A caption, a ``QLineEdit`` (``field_<name>``, with its on-screen keyboard) and an error line."""

    def __init__(self, name: str, keyboard: str, on_change: Callable[[str, str], None]) -> None:
        super().__init__()
        self.name = name
        self.caption = QLabel()
        self.caption.setProperty("role", "body")
        self.caption.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{name}")
        self.edit.setProperty("keyboard", keyboard)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._loading = False
        self.edit.textChanged.connect(lambda text: None if self._loading else on_change(self.name, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def load(self, value: str) -> None:
        """Show ``value`` (from the session) without reporting it back as an edit."""
        if self.edit.text() != value:
            self._loading = True
            self.edit.setText(value)
            self._loading = False

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet("border: 3px solid #b00020;" if message else "")


def choice_button(name: str, on_click: Callable[[], None]) -> QPushButton:
    """A checkable button of a one-of-several choice (individual/business, counter/post)."""
    button = QPushButton()
    button.setObjectName(name)
    button.setCheckable(True)
    button.setAutoExclusive(False)
    button.setStyleSheet("QPushButton:checked { background: #0b4f8a; color: white; }")
    button.clicked.connect(lambda _=False: on_click())
    return button


def qr_pixmap(text: str, size_px: int = 260) -> QPixmap:
    """A QR code of ``text`` (segno) as a pixmap about ``size_px`` wide, with its quiet zone."""
    qr = segno.make(text, error="m")
    modules = qr.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=max(2, size_px // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def qr_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


@lru_cache(maxsize=1)
def _shipped_catalogue() -> CatalogueCache:
    return CatalogueCache(Path("/nonexistent/catalogue.json"))  # no cache file: the shipped catalogue


def catalogue_of(services: Any) -> CatalogueCache:
    """The services' catalogue, or the shipped one (shell-only tests and screenshots have no services)."""
    return services.catalogue if services is not None else _shipped_catalogue()
