"""QR decoding with OpenCV: the classic QRCodeDetector or the ArUco-based QRCodeDetectorAruco.

OpenCV locates and samples the code; the payload text comes from zxing-cpp decoding OpenCV's
sampled module grid (the "straight" code, one pixel per module), because OpenCV's own text is not
the payload as encoded: its Python binding returns byte-mode payloads re-read as Latin-1 (Shift-JIS
katakana turn into ``ÃÞ»Þ``) or raises ``UnicodeDecodeError`` on them, and it does not tell whether
a code is GS1 (where ``%`` in alphanumeric mode stands for the GS separator). zxing-cpp returns the
payload exactly as encoded (see ``zxing_decoder.py``). Now and then OpenCV's grid holds more errors
than the one it decoded from; then OpenCV's own text is kept only when it cannot be misread: plain
ASCII without ``%``. The classic detector can
also sample along a curved surface (``detectAndDecodeCurved``): a code on a bent receipt, a wrinkled
sticker or a bottle.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

import cv2
import numpy as np

from devices.qr.decoders.base import QrResult, to_gray
from devices.qr.decoders.zxing_decoder import read_payloads

log = logging.getLogger("devices.qr.opencv")

MODULE_PX = 4  # each sampled module drawn this many pixels wide for zxing-cpp
QUIET_ZONE = 4  # modules of white around the redrawn code


def payload_of_straight_code(straight: np.ndarray | None) -> str | None:
    """The payload of a sampled module grid (dark modules dark), decoded by zxing-cpp; None if unreadable."""
    if straight is None or straight.size == 0 or straight.ndim != 2:
        return None
    modules = np.where(straight > 127, 255, 0).astype(np.uint8)
    image = cv2.resize(modules, None, fx=MODULE_PX, fy=MODULE_PX, interpolation=cv2.INTER_NEAREST)
    border = QUIET_ZONE * MODULE_PX
    image = cv2.copyMakeBorder(image, border, border, border, border, cv2.BORDER_CONSTANT, value=255)
    codes = read_payloads(image, try_downscale=False, is_pure=True)
    return codes[0].text if codes else None


def unambiguous(opencv_text: str) -> str | None:
    """OpenCV's text when it can only be the payload as encoded: ASCII (no charset guess), no ``%``."""
    return opencv_text if opencv_text and opencv_text.isascii() and "%" not in opencv_text else None


def _results(name: str, texts: Sequence[str], straights: Sequence[np.ndarray], quads: np.ndarray) -> list[QrResult]:
    results = []
    for opencv_text, straight, quad in zip(texts, straights, quads, strict=False):
        text = payload_of_straight_code(straight) or unambiguous(opencv_text)
        if text is None:
            log.debug("%s read a code whose payload it cannot give exactly", name)
            continue
        results.append(QrResult(text, name, tuple((float(x), float(y)) for x, y in quad.reshape(-1, 2))))
    return results


class OpenCvDecoder:
    def __init__(self, aruco: bool = True) -> None:
        self.aruco = aruco and hasattr(cv2, "QRCodeDetectorAruco")
        self.name = "opencv-aruco" if self.aruco else "opencv"
        self._detector = cv2.QRCodeDetectorAruco() if self.aruco else cv2.QRCodeDetector()

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        gray = to_gray(frame)
        try:
            ok, texts, points, straights = self._detector.detectAndDecodeMulti(gray)
        except (cv2.error, UnicodeDecodeError):  # a bad frame, or a payload OpenCV cannot turn into str
            return []
        if not ok or points is None or straights is None:
            return []
        return _results(self.name, texts, straights, points)


class CurvedOpenCvDecoder:
    """OpenCV's curved-surface sampler (one code per frame), payload by zxing-cpp."""

    name = "opencv-curved"

    def __init__(self) -> None:
        self._detector = cv2.QRCodeDetector()

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        try:
            text, points, straight = self._detector.detectAndDecodeCurved(to_gray(frame))
        except (cv2.error, UnicodeDecodeError):
            return []
        if points is None or straight is None:
            return []
        return _results(self.name, [text], [straight], points[None] if points.ndim == 2 else points)
