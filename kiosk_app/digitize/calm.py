"""Page candidates on a patterned desk, from local variation: a stage of :mod:`kiosk_app.digitize.detect`.

On a checked cloth every segmentation joins the page to the light cells touching it, and the cells' edges are
everywhere. The detector's last stage before this one looks for the stretch free of strong edges; a page whose
print is dense (text lines, a table, a photo) has strong edges too at the small frame's scale and is missed.
Here the measure is the *local standard deviation* of the grey levels in a window at least as wide as the
pattern's period: over a checked cloth it is high everywhere, whatever the window's phase (it always holds both
colours), and over a sheet of paper, print and all, it is far lower. So:

1. for a few window widths (the cell size is unknown), the standard deviation over each window (two box filters);
2. on a desk whose own deviation (the median over a band along the frame's border, where the desk shows) is
   that of a pattern (at least ``MIN_PATTERN`` in the narrowest window), the windows whose deviation is below
   both Otsu's split of the frame's deviations and ``CALM_SHARE`` of the desk's are calm: a shadow over a checked
   cloth lowers its contrast, but not that far;
3. the calm region is grown back by half a window (a window overlapping the desk is not calm, so the region
   stops half a window inside the page's edges) and its quadrilaterals are the candidates;
4. such an outline is only as precise as the window, so each candidate is also given refined at full
   resolution by the detector's side fit in wider searches (``WIDE_RADII``), before the usual scoring and
   refinement choose among them all.

Own code rather than a library: OpenCV has the box filters, Otsu and morphology but no texture segmentation of
documents; the detector runs this only on frames where every other stage found nothing.
"""
from __future__ import annotations

import cv2
import numpy as np

from kiosk_app.digitize.chroma import border_band

WINDOWS = (11, 17, 25, 35)  # window widths, small-frame pixels: from a fine cloth's period to a coarse one's
CALM_SHARE = 0.6  # a calm window's deviation is below this share of the desk's
MIN_PATTERN = 8.0  # least deviation of a patterned desk, grey levels, narrowest window (plain desks: 1-7)
WIDE_RADII = (6.0, 12.0, 20.0)  # search radii (small-frame pixels) of the wider side fits
_BORDER = 0.06  # share of the frame's smaller side taken as the border band the desk's deviation is read from


def local_deviation(grey: np.ndarray, window: int) -> np.ndarray:
    """Standard deviation of the grey levels in the ``window`` x ``window`` square around each pixel (float32)."""
    grey_f = grey.astype(np.float32)
    mean: np.ndarray = cv2.boxFilter(grey_f, -1, (window, window))
    square: np.ndarray = cv2.boxFilter(grey_f * grey_f, -1, (window, window))
    variance = np.maximum(square - mean * mean, 0.0).astype(np.float32)  # rounding may leave a tiny negative
    deviation: np.ndarray = cv2.sqrt(variance)
    return deviation


def calm_masks(grey: np.ndarray) -> list[np.ndarray]:
    """Masks (uint8 0/255) of the calm regions of the small grey frame, one per window width, each grown back by
    half its window; none on a plain desk (the other stages' business): one whose deviation in the narrowest window
    is below ``MIN_PATTERN`` (a pattern deviates as much in every window at least its period wide; clutter along the
    border, a mouse or a monitor's edge, raises only the wide windows')."""
    masks: list[np.ndarray] = []
    for i, window in enumerate(WINDOWS):
        deviation = local_deviation(grey, window)
        desk = float(np.median(border_band(deviation, _BORDER)))
        if i == 0 and desk < MIN_PATTERN:
            return []
        top = float(deviation.max())
        scaled = np.clip(deviation * (255.0 / top), 0, 255).astype(np.uint8)
        otsu, _ = cv2.threshold(scaled, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        limit = min(otsu * top / 255.0, CALM_SHARE * desk)
        calm = np.where(deviation < limit, 255, 0).astype(np.uint8)
        half = window // 2 * 2 + 1
        masks.append(cv2.dilate(calm, cv2.getStructuringElement(cv2.MORPH_RECT, (half, half))))
    return masks
