"""QR decoding with ZBar through pyzbar (needs the system library libzbar0)."""
from __future__ import annotations

import numpy as np
from pyzbar import pyzbar

from devices.qr.decoders.base import QrResult, to_gray


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class PyzbarDecoder:
    name = "pyzbar"

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        gray = np.ascontiguousarray(to_gray(frame))
        results = []
        for symbol in pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE]):
            corners = tuple((float(p.x), float(p.y)) for p in symbol.polygon)
            results.append(QrResult(_text(symbol.data), self.name, corners))
        return results
