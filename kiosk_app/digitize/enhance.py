"""Enhancement of a rectified page: colour, greyscale with background normalisation, black and white.

Shadows and uneven light are removed by dividing the page by an estimate of its blank paper (a
morphological closing that erases the ink, computed on a small copy for speed, then upscaled). Black
and white then thresholds adaptively against the neighbourhood, so a shadow across the page does not
turn into a black band. OpenCV provides the primitives; the combination is ours because no
maintained library does document clean-up without heavy dependencies.
"""
from __future__ import annotations

import enum

import cv2
import numpy as np

from kiosk_app.digitize.settings import DigitizeSettings


class EnhanceMode(enum.Enum):
    """How a page is cleaned before it goes into the PDF."""

    COLOUR = "colour"
    GREY = "grey"
    BLACK_WHITE = "bw"


#: default mode per document component kind: forms and text in black and white; photos, stamps and
#: certificates (with coloured seals) in colour
DEFAULT_MODE_BY_KIND: dict[str, EnhanceMode] = {
    "form": EnhanceMode.BLACK_WHITE,
    "text": EnhanceMode.BLACK_WHITE,
    "declaration": EnhanceMode.BLACK_WHITE,
    "photo": EnhanceMode.COLOUR,
    "stamp": EnhanceMode.COLOUR,
    "certificate": EnhanceMode.COLOUR,
    "id_card": EnhanceMode.COLOUR,
}


def default_mode(component_kind: str) -> EnhanceMode:
    """The enhancement mode for a component kind; unknown kinds get greyscale (a safe middle)."""
    return DEFAULT_MODE_BY_KIND.get(component_kind, EnhanceMode.GREY)


def paper_background(grey: np.ndarray) -> np.ndarray:
    """An estimate of the blank paper's brightness at each pixel (float32, same size as ``grey``)."""
    h, w = grey.shape[:2]
    factor = max(1, int(round(max(h, w) / 400)))
    small = cv2.resize(grey, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA)
    size = max(3, (max(small.shape) // 40) | 1)  # wider than a character stroke at this scale
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    closed = cv2.medianBlur(closed, 5)
    closed = cv2.GaussianBlur(closed, (0, 0), size / 2)
    background = cv2.resize(closed, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    return np.maximum(background, 1.0)


def normalised_grey(page: np.ndarray) -> np.ndarray:
    """Greyscale with the paper made evenly white and the ink's contrast stretched (uint8)."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    background = paper_background(grey)
    ratio = grey.astype(np.float32) / background
    # paper -> 1.0; stretch so that typical ink (ratio ~0.3-0.5) becomes dark
    out = (ratio - 0.15) / 0.80 * 255.0
    stretched: np.ndarray = np.clip(out, 0, 255).astype(np.uint8)
    return stretched


def enhance(page: np.ndarray, mode: EnhanceMode, settings: DigitizeSettings | None = None) -> np.ndarray:
    """The page cleaned in ``mode``: BGR for colour, single channel for grey and black and white."""
    settings = settings or DigitizeSettings()
    if mode is EnhanceMode.COLOUR:
        grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY) if page.ndim == 3 else page
        background = paper_background(grey)
        gain = (245.0 / background)[..., None] if page.ndim == 3 else 245.0 / background
        return np.clip(page.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    grey = normalised_grey(page)
    if mode is EnhanceMode.GREY:
        return grey
    block = int(settings.bw_block_fraction * grey.shape[1]) | 1
    block = max(block, 11)
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block,
                                 settings.bw_offset)
