"""One QR decoder interface: ``decode(frame) -> list[QrResult]`` with text, decoder name and corners."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

Corners = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class QrResult:
    """A decoded QR code: its payload, which decoder read it and its four corners in the frame."""

    text: str
    decoder: str
    corners: Corners = ()


@runtime_checkable
class QrDecoder(Protocol):
    name: str

    def decode(self, frame: np.ndarray) -> list[QrResult]: ...


def to_gray(frame: np.ndarray) -> np.ndarray:
    """Grey uint8 view of a BGR or grey frame."""
    if frame.ndim == 3:
        if frame.shape[2] == 4:
            return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return frame


def scaled(corners: Corners, factor: float, dx: float = 0.0, dy: float = 0.0) -> Corners:
    """Map corners found in a rescaled crop back to frame coordinates."""
    return tuple((x / factor + dx, y / factor + dy) for x, y in corners)
