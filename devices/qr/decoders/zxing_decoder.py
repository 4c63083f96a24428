"""QR decoding with zxing-cpp."""
from __future__ import annotations

import numpy as np
import zxingcpp

from devices.qr.decoders.base import QrResult, to_gray

QR_CODES_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


class ZxingDecoder:
    name = "zxing-cpp"

    def __init__(self, try_downscale: bool = True,
                 binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> None:
        self.try_downscale = try_downscale
        self.binarizer = binarizer

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        gray = np.ascontiguousarray(to_gray(frame))
        results = []
        for code in zxingcpp.read_barcodes(gray, formats=QR_CODES_ONLY,
                                           try_downscale=self.try_downscale, binarizer=self.binarizer):
            if not code.valid:
                continue
            p = code.position
            corners = tuple((float(q.x), float(q.y)) for q in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
            results.append(QrResult(code.text, self.name, corners))
        return results
