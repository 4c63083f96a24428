"""QR decoding with zxing-cpp, returning each payload exactly as encoded.

zxing-cpp's default text mode is HRI, a human-readable rendering: control characters come out as
``<GS>``/``<SOH>`` and GS1 codes with ``(01)`` brackets around their application identifiers. The
kiosk needs the payload itself (a separator is data), so the decoder asks for ``TextMode.Plain``:
the encoded bytes transcoded to text (by the code's ECI, or zxing-cpp's guess without one), nothing
added, nothing replaced.
"""
from __future__ import annotations

import numpy as np
import zxingcpp

from devices.qr.decoders.base import QrResult, to_gray

QR_CODES_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
PAYLOAD_AS_ENCODED = zxingcpp.TextMode.Plain


def read_payloads(gray: np.ndarray, *, binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
                  try_downscale: bool = True, is_pure: bool = False) -> list[zxingcpp.Barcode]:
    """Every valid QR code zxing-cpp finds in a grey image, its text the payload as encoded."""
    found = zxingcpp.read_barcodes(np.ascontiguousarray(gray), formats=QR_CODES_ONLY, try_downscale=try_downscale,
                                   text_mode=PAYLOAD_AS_ENCODED, binarizer=binarizer, is_pure=is_pure)
    return [code for code in found if code.valid]


class ZxingDecoder:
    name = "zxing-cpp"

    def __init__(self, try_downscale: bool = True,
                 binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> None:
        self.try_downscale = try_downscale
        self.binarizer = binarizer

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        results = []
        for code in read_payloads(to_gray(frame), binarizer=self.binarizer, try_downscale=self.try_downscale):
            p = code.position
            corners = tuple((float(q.x), float(q.y)) for q in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
            results.append(QrResult(code.text, self.name, corners))
        return results
