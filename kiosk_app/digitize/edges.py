"""Whether a refined quadrilateral's sides are the edges of a sheet: the last check before a page is reported.

The detector's candidates are scored on a small copy of the frame, where a soft patch of light (glare,
a lamp's pool of light, the mottling of a concrete desk), the square around a round mug or a run of
cells of a checked tablecloth can show enough colour steps along four lines to pass. On the full-
resolution frame, across each side found there, a sheet's edge is

* a *step*: the colours 3 px inside and 3 px outside differ clearly (the median step along the side);
* *one-signed*: the sheet is lighter (or darker, or of another colour) than what lies outside all
  along the side, where a side through a checked cloth alternates between light and dark cells;
* *sharp*: the step across the edge is larger than the colour changes just inside and just outside it,
  where the rim of a soft patch of light is a slope as wide as the patch;
* present *at the corners*: a sheet fills its corners, where the square around a round object touches
  it only in the middle of each side;
* *plain just inside* along most sides: a sheet's margin (or a card's body) keeps its colour along a side,
  where just inside a quad drawn around a mug on a checked cloth the rim and the cells change all along
  (four in every five points of the sides, on average, is too many: ``max_mean_inside_varied``), and a *faint*
  outline (a median step under ``faint_step``: a white page on a white desk) must have a plain margin along most of
  it: a hand's soft shadow, a pool of light or the square around a mug on a mottled desk shades on just inside.

Sides lying on the frame's border (a page cut off there) are not checked. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk_app.digitize.lines import outward_normal
from kiosk_app.digitize.medians import evidence_maps, median_1d, median_rows, norms_last, share, spread

#: offsets across a side, in full-resolution pixels (negative: inside the quadrilateral)
_OFFSETS = np.arange(-9.0, 10.0)
_NEAR = 3  # the step is taken between -3 and +3 px
_FAR = 6  # the slopes beside it between -9 and -3, +3 and +9 px


@dataclass(frozen=True)
class SideEvidence:
    """What the full-resolution frame shows across one side of a quadrilateral."""

    step: float  # median colour distance (BGR) between 3 px inside and 3 px outside, along the dominant step
    against: float  # share of the side where the colour steps clearly the other way
    sharpness: float  # median step / (median slope just inside + median slope just outside + 2)
    end_support: tuple[float, float]  # share of clear steps in the side's first and last quarter
    inside_varied: float  # share of the side whose colour 3-5 px inside is far from the side's median inside colour


@dataclass(frozen=True)
class EdgeRules:
    """Thresholds of :func:`is_sheet_outline` (defaults from the tuning photos, see the module's docstring)."""

    min_step: float = 3.0
    max_against: float = 0.34
    max_inside_varied: float = 0.3
    max_mean_inside_varied: float = 0.8  # over three or four sides off the border (a quad around a mug on a cloth)
    faint_step: float = 12.0  # a median step under this is a faint outline, which needs a plain inside:
    faint_max_inside_varied: float = 0.5  # less than this mean share varied just inside (a soft shadow has none)
    min_sharpness: float = 0.3
    min_end_support: float = 0.3
    contrast: float = 8.0


def side_evidence(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray,
                  contrast: float = 8.0) -> SideEvidence | None:
    """The evidence across the side from ``a`` to ``b`` (full-resolution pixels) of a quadrilateral whose
    centre is ``centre``; None for a side too short to tell."""
    length = float(np.linalg.norm(b - a))
    if length < 12:
        return None
    direction = (b - a) / length
    normal = outward_normal(direction, a, b, centre)
    n = int(min(max(length / 4, 16), 96))
    t = spread(0.04, 0.96, n)
    map_x, map_y = evidence_maps(a, t * length, direction, _OFFSETS, normal)
    sampled = cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_REPLICATE).astype(np.float32).reshape(n, len(_OFFSETS), -1)
    mid = len(_OFFSETS) // 2

    def at(offset: int) -> np.ndarray:
        return sampled[:, mid + offset]

    near = at(-_NEAR) - at(_NEAR)
    dominant = median_rows(near)
    step = float(np.linalg.norm(dominant))
    along = near @ (dominant / step) if step > 1e-6 else np.zeros(n, np.float32)
    inside = norms_last(at(-_NEAR - _FAR) - at(-_NEAR))
    outside = norms_last(at(_NEAR) - at(_NEAR + _FAR))
    sharpness = median_1d(np.abs(along)) / (median_1d(inside) + median_1d(outside) + 2.0)
    clear = along > contrast
    quarter = t < 0.25
    inner = sampled[:, mid - _NEAR - 2: mid - _NEAR + 1].mean(axis=1)
    varied = norms_last(inner - median_rows(inner)) > max(2.0 * contrast, 0.5 * step)
    return SideEvidence(step=step, against=share(along < -contrast), sharpness=sharpness,
                        end_support=(share(clear[quarter]), share(clear[t > 0.75])),
                        inside_varied=share(varied))


def is_sheet_outline(frame: np.ndarray, quad: np.ndarray, rules: EdgeRules | None = None,
                     border_tolerance: float = 3.0) -> bool:
    """Whether the quadrilateral ``quad`` (4x2, clockwise, full-resolution pixels of the BGR or grey ``frame``)
    is outlined by a sheet's edges (see the module's docstring)."""
    rules = rules or EdgeRules()
    h, w = frame.shape[:2]
    q = np.asarray(quad, np.float64).reshape(4, 2)
    centre = q.mean(axis=0)
    sharpness: list[float] = []
    varied: list[float] = []
    steps: list[float] = []
    corner_support = np.zeros(4)  # the better of the two sides meeting at each corner
    corner_checked = np.zeros(4, bool)
    for i in range(4):
        a, b = q[i], q[(i + 1) % 4]
        if _on_border(a, b, w, h, border_tolerance):
            continue
        evidence = side_evidence(frame, a, b, centre, rules.contrast)
        if evidence is None:
            continue
        if evidence.step < rules.min_step:
            return False
        if evidence.against >= rules.max_against and evidence.inside_varied >= rules.max_inside_varied:
            return False  # both sides of the line alternate: the cells of a checked cloth, not a sheet's edge
        sharpness.append(evidence.sharpness)
        varied.append(evidence.inside_varied)
        steps.append(evidence.step)
        for corner, support in ((i, evidence.end_support[0]), ((i + 1) % 4, evidence.end_support[1])):
            if _inside(q[corner], w, h, border_tolerance):
                corner_checked[corner] = True
                corner_support[corner] = max(corner_support[corner], support)
    if sharpness and float(np.exp(np.mean(np.log(np.asarray(sharpness) + 1e-3)))) < rules.min_sharpness:
        return False
    if len(varied) >= 3:
        mean_varied = float(np.mean(varied))
        if mean_varied >= rules.max_mean_inside_varied:
            return False  # just inside nearly every side the colour keeps changing: a mug's round rim and the cells around
        if median_1d(np.asarray(steps, np.float32)) < rules.faint_step and mean_varied >= rules.faint_max_inside_varied:
            return False  # a faint outline, no plain margin inside: a soft shadow, a pool of light, a mug on a mottled desk
    # a thumb may hide one corner; a shape the quadrilateral only touches in the middle of its sides has none
    unsupported = int((corner_checked & (corner_support < rules.min_end_support)).sum())
    return unsupported <= 1


def _inside(p: np.ndarray, w: int, h: int, margin: float) -> bool:
    return bool(margin < p[0] < w - 1 - margin and margin < p[1] < h - 1 - margin)


def _on_border(a: np.ndarray, b: np.ndarray, w: int, h: int, tol: float) -> bool:
    for axis, limit in ((0, 0.0), (0, w - 1.0), (1, 0.0), (1, h - 1.0)):
        if abs(a[axis] - limit) <= tol and abs(b[axis] - limit) <= tol:
            return True
    return False
