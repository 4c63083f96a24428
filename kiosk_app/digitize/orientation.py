"""Which way up a rectified page reads, from its text lines; and the page turned upright.

A page photographed sideways or upside down is rectified as it lay. Text tells which way is up:

1. *Axis.* Ink is cut into characters (an adaptive threshold, keeping character-sized components:
   no photos, rules or borders). In narrow strips across the assumed line direction, rows of ink
   alternate with blank rows when the lines run across; when they run down the page, there is
   hardly a blank row. The direction with the larger share of blank rows (weighted by ink) wins.
2. *Up or down.* Each text line (a run of inked rows in a strip) has an x-height band, where its
   row profile reaches half its peak; ascenders, capitals and the diacritics of Vietnamese stick out
   above it far more than descenders (g, p, q, y, the dot below) hang below it. More ink above than
   below: upright; the reverse: upside down.

Without clear evidence (few lines, capitals and digits only, text too blurred to show ascenders) the
page is left as it was rectified: turning an upright page wrongly is worse than leaving a turned one.
``bench/orientation.py`` measures it on both generators and on the real photos' pages; Tesseract's
orientation detection (``tesseract --psm 0``) was tried on the real pages and found nothing on most of
the blurred ones, so it is not a dependency.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_SIDE = 1600  # the page's longer side while analysing, in pixels
MIN_LINES = 4  # fewer text lines than this: no decision
MIN_AXIS_MARGIN = 0.08  # least relative difference of blank rows along and across the lines to decide
# least (above - below) / (above + below) to turn a page: on the real photos' pages every turned-by-us
# answer below 0.10 was a coin toss, so a page is rather left as the citizen laid it than turned wrongly
MIN_UPDOWN_MARGIN = 0.10


@dataclass(frozen=True)
class PageOrientation:
    """Clockwise quarter turns that make the page upright, and the evidence behind them."""

    turns: int
    decided: bool  # whether the text was clear enough to tell (else turns is 0: the page stays as it is)
    lines: int  # text lines found along the chosen axis
    axis_margin: float  # (blank-row share along the axis - across) / larger of the two
    updown_margin: float  # (ink above - below the x-height band) / (above + below), for the chosen axis


def _ink(grey: np.ndarray) -> np.ndarray:
    """Binary ink mask of character-sized components (photos, rules, borders and specks removed)."""
    block = max(15, (min(grey.shape) // 40) | 1)
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    limit = max(grey.shape) * 0.04  # no character is taller or wider than 4 % of the page
    keep = (area >= 3) & (w < limit) & (h < limit) & (area < 0.9 * w * h + 1)
    keep[0] = False
    return np.asarray(keep[labels], np.uint8)


def _updown(ink: np.ndarray, strips: int = 6) -> tuple[float, float, int]:
    """Ink above and below the x-height band, summed over the text lines (pixels), and the line count.

    Lines are runs of inked rows in narrow vertical strips (so columns and ragged layouts do not
    blend); a line's x-height band is where its row profile reaches half its peak.
    """
    above = below = 0.0
    lines = 0
    width = ink.shape[1]
    for i in range(strips):
        profile = ink[:, i * width // strips:(i + 1) * width // strips].sum(axis=1).astype(np.float64)
        if profile.max() <= 0:
            continue
        inked = profile > 0.08 * np.percentile(profile[profile > 0], 90)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
        runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]
        heights = [b - a for a, b in runs if b - a >= 4]
        if not heights:
            continue
        typical = float(np.median(heights))
        for a, b in runs:
            if not 0.5 * typical <= b - a <= 1.8 * typical or b - a < 4:
                continue
            run = profile[a:b]
            core = np.flatnonzero(run >= 0.5 * run.max())
            above += float(run[:core[0]].sum())
            below += float(run[core[-1] + 1:].sum())
            lines += 1
    return above, below, lines


def _gaps(ink: np.ndarray, strips: int = 6) -> float:
    """How clearly rows of ink alternate with blank rows (text lines run across), weighted by ink.

    In each vertical strip, the share of the inked span whose rows are (nearly) blank: between text
    lines running across there is white; across lines running down the page, there is hardly any.
    """
    total = weight = 0.0
    width = ink.shape[1]
    for i in range(strips):
        profile = ink[:, i * width // strips:(i + 1) * width // strips].sum(axis=1).astype(np.float64)
        inked = np.flatnonzero(profile > 0)
        if inked.size < 8:
            continue
        span = profile[inked[0]:inked[-1] + 1]
        blank = float((span <= 0.08 * np.percentile(span[span > 0], 90)).mean())
        mass = float(span.sum())
        total += blank * mass
        weight += mass
    return total / weight if weight else 0.0


def page_orientation(page: np.ndarray) -> PageOrientation:
    """How many clockwise quarter turns make ``page`` (BGR or grey) read upright."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    scale = WORK_SIDE / float(max(grey.shape))
    if scale < 1:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = _ink(grey)
    ink_t = np.ascontiguousarray(ink.T)
    along, across = _gaps(ink), _gaps(ink_t)
    axis_margin = (along - across) / max(along, across, 1e-6)
    # lines running down the page: in the transposed page (a mirror image, which keeps ascenders up) they run across
    mask, base = (ink, 0) if axis_margin >= 0 else (ink_t, 1)
    above, below, count = _updown(mask)
    updown_margin = (above - below) / max(above + below, 1.0)
    if count < MIN_LINES or abs(axis_margin) < MIN_AXIS_MARGIN or abs(updown_margin) < MIN_UPDOWN_MARGIN:
        return PageOrientation(0, False, count, axis_margin, updown_margin)
    if base == 0:
        turns = 0 if updown_margin > 0 else 2
    else:
        # the transpose maps the page's right side to the bottom: tops at the bottom of the transpose
        # (updown < 0) mean the page's top is on its right (turned clockwise): three more turns undo it
        turns = 3 if updown_margin < 0 else 1
    return PageOrientation(turns, True, count, axis_margin, updown_margin)


def upright_page(page: np.ndarray) -> np.ndarray:
    """``page`` turned (by quarter turns) so that its text reads upright; unchanged without clear text."""
    turns = page_orientation(page).turns
    if turns == 0:
        return page
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(page, codes[turns])
