"""The whole document around a found part of it: a stage of :mod:`kiosk_app.digitize.detect`.

A card's photo, a page's text column or a printed frame on the page can be a clearer quadrilateral than the
document itself (a card on a checked cloth, whose segmentations join the card's body to the cells; a
photo with crisp edges on a light card on a light desk). Then the found quad lies *inside* the document,
and what lies just outside it is not the desk but the document's body. :func:`outer_quads` moves each side of
the found quad outward, parallel to itself, to the first colour step past the side's own (the document's edge),
but only over a strip of one colour (:func:`_uniform_strip`: paper, a card's body or band; not a checked cloth's
cells, not clutter), and returns the quads of every combination of moved sides, for the detector's usual scoring,
refinement and sheet-edge checks; the detector keeps the larger document when it scores at least
``detect_enclosing_min_gain`` times the found quad, and runs the stage only for a quad found without confidence.

Qt-free; works on the detector's small frame copy (about 320 px wide).
"""
from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from kiosk_app.digitize.lines import crossing, outward_normal

_STRIP_TOLERANCE = 40.0  # BGR distance from the strip's median colour of a pixel of the same surface (text aside)
_STRIP_UNIFORM = 0.5  # least share of such pixels in a strip a side sweeps over

#: the side-support function of the detector: (a, b, colour, centre, contrast) -> (support share, signed step)
Support = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float], tuple[float, float]]


def _line_at(quad: np.ndarray, i: int, t: float, centre: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Side ``i`` of ``quad`` moved ``t`` pixels outward: its two ends and its unit direction."""
    a, b = quad[i], quad[(i + 1) % 4]
    d = (b - a) / (float(np.linalg.norm(b - a)) + 1e-9)
    normal = outward_normal(d, a, b, centre)
    return a + normal * t, b + normal * t, d


def _outer_step(quad: np.ndarray, i: int, colour: np.ndarray, support: Support, contrast: float,
                reach: float) -> float | None:
    """How far side ``i`` moves out to the next supported colour step past its own (near the outer end of the run
    of supported positions: a coarse position that the detector's refinement corrects), or None."""
    h, w = colour.shape[:2]
    centre = quad.mean(axis=0)
    left, run = False, []
    for t in np.arange(2.0, reach, 1.0):
        a, b, _ = _line_at(quad, i, float(t), centre)
        if min(a.min(), b.min()) < 1 or max(a[0], b[0]) > w - 2 or max(a[1], b[1]) > h - 2:
            break
        ok = support(a, b, colour, centre, contrast)[0] >= 0.6
        if not left:
            left = not ok
        elif ok:
            run.append(float(t))
        elif run:
            break
    if not run:
        return None
    t = run[-1] - 2.0  # the support reaches a few pixels past the edge: a coarse position
    return t if _uniform_strip(quad, i, t, colour) else None


def _uniform_strip(quad: np.ndarray, i: int, t: float, colour: np.ndarray) -> bool:
    """Whether the strip that side ``i`` sweeps moving ``t`` pixels out is mostly of one colour (a card's body or
    band, a page's margin), not a checked cloth's cells or clutter it would take in."""
    centre = quad.mean(axis=0)
    a, b, _ = _line_at(quad, i, 1.0, centre)
    a2, b2, _ = _line_at(quad, i, max(1.0, t - 2.0), centre)
    mask = np.zeros(colour.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, np.round(np.array([a, b, b2, a2])).astype(np.int32), 255)
    values = colour[mask > 0].reshape(-1, 3).astype(np.float32)
    if len(values) < 8:
        return True
    median = np.median(values, axis=0)
    return float(np.mean(np.linalg.norm(values - median, axis=1) < _STRIP_TOLERANCE)) >= _STRIP_UNIFORM


def outer_quads(quad: np.ndarray, colour: np.ndarray, support: Support, contrast: float) -> list[np.ndarray]:
    """Quads (small-frame pixels) of the found ``quad`` with some of its sides moved out to the next colour step
    (:func:`_outer_step`), every combination of moved sides, at most 15."""
    q = np.asarray(quad, np.float64).reshape(4, 2)
    centre = q.mean(axis=0)
    extent = float(np.sqrt(max(cv2.contourArea(q.astype(np.float32)), 1.0)))
    shifts = [_outer_step(q, i, colour, support, contrast, 0.8 * extent) for i in range(4)]
    moved = [i for i in range(4) if shifts[i] is not None]
    out: list[np.ndarray] = []
    for mask in range(1, 1 << len(moved)):
        lines = []
        for i in range(4):
            t = shifts[i] if i in moved and mask >> moved.index(i) & 1 else 0.0
            a, _, d = _line_at(q, i, float(t or 0.0), centre)
            lines.append((a, d))
        corners = [crossing(lines[i - 1], lines[i]) for i in range(4)]
        if all(c is not None for c in corners):
            out.append(np.array(corners, np.float32))
    return out
