"""QR decoding with OpenCV: the classic QRCodeDetector or the ArUco-based QRCodeDetectorAruco."""
from __future__ import annotations

import cv2
import numpy as np

from devices.qr.decoders.base import QrResult, to_gray


class OpenCvDecoder:
    def __init__(self, aruco: bool = True) -> None:
        self.aruco = aruco and hasattr(cv2, "QRCodeDetectorAruco")
        self.name = "opencv-aruco" if self.aruco else "opencv"
        self._detector = cv2.QRCodeDetectorAruco() if self.aruco else cv2.QRCodeDetector()

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        gray = to_gray(frame)
        try:
            ok, texts, points, _ = self._detector.detectAndDecodeMulti(gray)
        except cv2.error:
            return []
        if not ok or points is None:
            return []
        results = []
        for text, quad in zip(texts, points, strict=False):  # one quad per text; a bad frame never raises
            if text:
                corners = tuple((float(x), float(y)) for x, y in quad)
                results.append(QrResult(text, self.name, corners))
        return results
