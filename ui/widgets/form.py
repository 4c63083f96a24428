"""Small building blocks of the citizen forms: a labelled field with its error line, QR pixmaps, choices."""
from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk_app.catalogue_cache import CatalogueCache
from ui.widgets.fit_label import FitLabel
from ui.widgets.row_button import mark_checked


class FieldRow(QWidget):
    """A caption, a ``QLineEdit`` (``field_<name>``, with its on-screen keyboard) and an error line."""

    def __init__(self, name: str, keyboard: str, on_change: Callable[[str, str], None]) -> None:
        super().__init__()
        self.name = name
        self.caption = FitLabel()
        self.caption.setProperty("role", "body")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{name}")
        self.edit.setProperty("keyboard", keyboard)
        self.caption.setBuddy(self.edit)  # the caption is the field's accessible name
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
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
        set_error_look(self.edit, bool(message))


def set_error_look(edit: QWidget, error: bool) -> None:
    """Give a field the theme's error border (or take it away)."""
    edit.setProperty("error", "true" if error else "false")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


def choice_button(name: str, on_click: Callable[[], None]) -> QPushButton:
    """A checkable button of a one-of-several choice (individual/business, counter/post)."""
    button = QPushButton()
    button.setObjectName(name)
    button.setCheckable(True)
    button.setAutoExclusive(False)
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


class WrapButton(QPushButton):
    """A touch button whose (long) text wraps onto several lines; its height follows its width."""

    MARGIN = 12

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.text_label = FitLabel()
        self.text_label.setProperty("role", "body")
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.MARGIN + 4, self.MARGIN, self.MARGIN + 4, self.MARGIN)
        layout.addWidget(self.text_label)
        self.setProperty("role", "option")  # the theme fills a chosen option
        self.toggled.connect(lambda on: mark_checked((self.text_label,), on))
        self.set_text(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        self.text_label.ensurePolished()
        inner = max(40, width - 2 * (self.MARGIN + 4))
        return max(64, self.text_label.heightForWidth(inner) + 2 * self.MARGIN + 6)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = 320
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(160, self.heightForWidth(self.width() if self.width() > 100 else 320))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        wanted = self.heightForWidth(self.width())
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)  # the layout re-runs with the wrapped height
