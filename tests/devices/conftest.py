"""Fixtures of the device-layer tests; Qt runs offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import segno  # noqa: E402


def qr_image(payload: str, module_px: int = 6, border: int = 40, error: str = "m") -> np.ndarray:
    """A clean BGR image of one QR code on white."""
    matrix = np.array(segno.make(payload, error=error, micro=False).matrix, dtype=np.uint8)
    code = np.where(np.kron(matrix, np.ones((module_px, module_px), np.uint8)) > 0, 0, 255).astype(np.uint8)
    code = np.pad(code, 4 * module_px + border, constant_values=255)
    return np.dstack([code] * 3)


@pytest.fixture
def make_qr_image():
    return qr_image
