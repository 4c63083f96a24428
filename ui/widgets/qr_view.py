"""A QR code drawn for the screen (segno → PNG → QPixmap): tracking links, payments, receipts to photograph."""
from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget


def qr_pixmap(data: str, size_px: int = 280) -> QPixmap:
    """``data`` as a QR code about ``size_px`` wide (whole modules, quiet zone included)."""
    code = segno.make(data, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size_px // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class QrView(QLabel):
    """A label showing one QR code; ``data()`` is what it encodes (tests read it back)."""

    def __init__(self, name: str, size_px: int = 280, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.size_px = size_px
        self._data = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_data(self, data: str) -> None:
        self._data = data
        if data:
            self.setPixmap(qr_pixmap(data, self.size_px))
        else:
            self.clear()

    def data(self) -> str:
        return self._data
