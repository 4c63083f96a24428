"""Page candidates on a checked desk, from the pattern's lattice: a stage of :mod:`kiosk_app.digitize.detect`.

A checked cloth repeats: shifted by one of its lattice vectors (a cell to the next cell of the same colour) it
is the same picture, shifted by half of one (a cell to its neighbour of the other colour) it is its negative.
A document lying on it does neither: paper shifted by anything is paper, print and photos shifted by the desk's
lattice are something else. So:

1. the lattice: the two shortest non-collinear shifts where the small grey frame's autocorrelation (by FFT) has a
   local maximum of at least ``MIN_PEAK`` of the zero shift's, within ``MAX_PERIOD`` pixels (on a checked cloth the
   two diagonals of a cell, whose halves step to the neighbouring cells) (a plain desk, a page of text
   lines or a photo has no such pair: the stage gives nothing);
2. per pixel, how much more it differs from its neighbours half a lattice step away (the sums and differences
   of the two vectors, halved) than from those a whole step away: the *desk evidence*, averaged over a cell;
3. the desk is where that evidence reaches ``DESK_SHARE`` of its median along the frame's border (where the
   desk shows); the rest, opened a little, is the documents and the objects on the desk, and their quadrilaterals
   and rotated boxes are the candidates, which the detector refines in wider searches (the evidence is averaged over
   a cell, so an outline is only that precise, and a small document's region is a rounded blob).

Under perspective the cells shrink toward the far side of the frame; the shifts stay within a pixel or two of
the pattern's over the frame the kiosk's camera sees, which the averaging absorbs.

Own code rather than a library: OpenCV has the FFT, the shifts and the filters but no texture segmentation of
documents; the detector runs this only on frames where the quicker stages found no confident page.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk_app.digitize.chroma import border_band
from kiosk_app.digitize.lines import outward_normal

MAX_PERIOD = 40  # longest lattice vector looked for, small-frame pixels (an eighth of its width)
MIN_PERIOD = 3.0  # shortest: below it the autocorrelation's central peak, not a pattern
MIN_PEAK = 0.4  # least autocorrelation of a lattice vector, as a share of the zero shift's
MIN_CONTRAST = 5.0  # least desk evidence along the border, grey levels: a faint pattern is left to other stages
DESK_SHARE = 0.35  # a pixel is desk where its evidence reaches this share of the border's median
MIN_FIT = 0.6  # least fit of a document found this way to the desk map (DeskMap.fit)
FIT_MARGIN = 0.1  # how much better than the page found by the other stages it must fit the map to replace it
MIN_LIGHTNESS = 0.2  # least lightness of a document's inside between the desk's dark cells (0) and light ones (1)
MAX_DESK_INSIDE = 0.35  # largest share of desk inside a document
_NON_COLLINEAR = 0.5  # least sine of the angle between the two lattice vectors


def lattice_vectors(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The two shortest strong, non-collinear lattice vectors of a periodic pattern in the frame (x, y pixels), or
    None when it shows none (see the module's step 1)."""
    centred = grey.astype(np.float32) - float(grey.mean())
    spectrum = np.fft.rfft2(centred)
    correlation = np.fft.irfft2(np.abs(spectrum) ** 2, s=grey.shape)
    if correlation[0, 0] <= 1e-6:
        return None
    correlation = np.fft.fftshift(correlation / correlation[0, 0]).astype(np.float32)
    cy, cx = grey.shape[0] // 2, grey.shape[1] // 2
    reach = min(MAX_PERIOD, cy - 1, cx - 1)
    if reach < 2 * MIN_PERIOD:
        return None
    window = correlation[cy - reach:cy + reach + 1, cx - reach:cx + reach + 1]
    ys, xs = np.mgrid[-reach:reach + 1, -reach:reach + 1]
    radius = np.hypot(xs, ys)
    peak = (window >= cv2.dilate(window, np.ones((5, 5), np.uint8))) & (radius >= MIN_PERIOD) & (radius <= reach) \
        & (window >= MIN_PEAK)
    rows, cols = np.nonzero(peak)
    order = np.lexsort((-window[rows, cols], radius[rows, cols]))  # the shortest first (the stronger of equals)
    vectors = [np.array([xs[rows[k], cols[k]], ys[rows[k], cols[k]]], np.float64) for k in order]
    if not vectors:
        return None
    first = vectors[0]
    for other in vectors[1:]:
        if abs(first[0] * other[1] - first[1] * other[0]) > _NON_COLLINEAR * np.linalg.norm(first) * np.linalg.norm(other):
            return first, other
    return None


def _shifted(grey: np.ndarray, step: np.ndarray) -> np.ndarray:
    """``grey`` sampled ``step`` away: out(x) = grey(x + step), bilinear, reflected at the border."""
    matrix = np.array([[1.0, 0.0, step[0]], [0.0, 1.0, step[1]]], np.float32)
    out: np.ndarray = cv2.warpAffine(grey, matrix, (grey.shape[1], grey.shape[0]),
                                     flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REFLECT)
    return out


@dataclass(frozen=True)
class DeskMap:
    """Where the small frame shows the checked desk, the size of its cells (small-frame pixels), and the grey levels
    of its dark and light cells (the 10th and 90th percentile of the desk's pixels)."""

    desk: np.ndarray  # bool, the small frame's shape
    cell: float
    dark: float
    light: float

    def documents(self) -> np.ndarray:
        """What is not the desk (uint8 0/255), opened a little: the documents and the objects on the desk."""
        rest = np.where(self.desk, 0, 255).astype(np.uint8)
        opened: np.ndarray = cv2.morphologyEx(rest, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        return opened

    def _inside(self, quad: np.ndarray) -> np.ndarray:
        """The pixels inside a quad (small-frame pixels), bool."""
        inside = np.zeros(self.desk.shape, np.uint8)
        cv2.fillConvexPoly(inside, np.round(np.asarray(quad).reshape(4, 2)).astype(np.int32), 1)
        return inside > 0

    def desk_inside(self, quad: np.ndarray) -> float:
        """The share of a quad's inside (small-frame pixels) that is desk: a document's about nothing (its print
        repeats the cloth's pattern here and there), a quad drawn around a glare on the cloth about half."""
        inside = self._inside(quad)
        return float(self.desk[inside].mean()) if np.any(inside) else 1.0

    def lightness(self, grey: np.ndarray, quad: np.ndarray) -> float:
        """The median grey level inside a quad (small-frame pixels) between the desk's dark cells (0) and its light
        ones (1): a sheet or a card lies well above the dark cells, a keyboard or a dark block at or below them."""
        inside = self._inside(quad)
        if not np.any(inside) or not np.any(self.desk):
            return 0.0
        return float((np.median(grey[inside]) - self.dark) / max(self.light - self.dark, 1.0))

    def fit(self, quad: np.ndarray) -> float:
        """How well a quad (small-frame pixels) outlines a document on the map: the mean, over its sides, of the share
        of points just outside (three quarters of a cell) that are desk and of points just inside that are not (1:
        desk all round and none inside; a part of a document has document outside, a quad over the desk has desk
        inside)."""
        q = np.asarray(quad, np.float64).reshape(4, 2)
        centre = q.mean(axis=0)
        h, w = self.desk.shape
        t = np.linspace(0.1, 0.9, 16)
        total = 0.0
        for i in range(4):
            a, b = q[i], q[(i + 1) % 4]
            normal = outward_normal((b - a) / max(float(np.linalg.norm(b - a)), 1e-6), a, b, centre)
            points = a[None, :] + t[:, None] * (b - a)[None, :]
            for sign, wanted in ((1.0, True), (-1.0, False)):
                p = points + sign * 0.75 * self.cell * normal[None, :]
                x = np.clip(np.round(p[:, 0]).astype(int), 0, w - 1)
                y = np.clip(np.round(p[:, 1]).astype(int), 0, h - 1)
                total += float((self.desk[y, x] == wanted).mean()) / 2.0
        return total / 4.0


def desk_map(grey: np.ndarray) -> DeskMap | None:
    """The checked desk in the small grey frame (steps 1-3 of the module's docstring), or None on any other desk."""
    vectors = lattice_vectors(grey)
    if vectors is None:
        return None
    grey_f = grey.astype(np.float32)
    first, second = vectors
    halves = ((first + second) / 2.0, (first - second) / 2.0)
    same = sum(np.abs(grey_f - _shifted(grey_f, sign * v)) for v in vectors for sign in (1.0, -1.0))
    other = sum(np.abs(grey_f - _shifted(grey_f, sign * v)) for v in halves for sign in (1.0, -1.0))
    cell = max(3, int(round(float(min(np.linalg.norm(halves[0]), np.linalg.norm(halves[1]))))) | 1)
    evidence = cv2.blur((other - same) / 4.0, (cell, cell))
    contrast = float(np.median(border_band(evidence)))
    if contrast < MIN_CONTRAST:
        return None
    desk = evidence >= DESK_SHARE * contrast
    dark, light = np.percentile(grey[desk], (10, 90)) if np.any(desk) else (0.0, 0.0)
    return DeskMap(desk, float(cell), float(dark), float(light))


def colour_values(frame: np.ndarray) -> np.ndarray:
    """A BGR frame in CIELAB, or a grey one with a channel axis, float32: what :func:`body_distance` measures in
    (converted once per frame for all the candidates)."""
    values: np.ndarray = (cv2.cvtColor(frame, cv2.COLOR_BGR2LAB) if frame.ndim == 3 else frame[..., None]).astype(
        np.float32)
    return values


def region_boxes(regions: np.ndarray, min_area: float) -> list[np.ndarray]:
    """The rotated bounding box (float32 4x2) of each region of the mask ``regions`` (:meth:`DeskMap.documents`) of at
    least ``min_area`` px. The evidence is averaged over a cell, so a document's region is a rounded blob that a hull's
    polygon turns into a skewed quad, while its box lies near the document's sides (a card about a cell wide on a
    checked cloth, tuning seed 569: its hull's quad 0.59 IoU, its box 0.88)."""
    contours, _ = cv2.findContours(regions, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return [cv2.boxPoints(cv2.minAreaRect(c)).astype(np.float32) for c in contours if cv2.contourArea(c) >= min_area]


def body_distance(values: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Per pixel of a frame's :func:`colour_values`, its distance in colour (CIELAB; grey levels for grey) from the
    median of the middle of ``quad`` (full-resolution pixels; its central 80 %), float32: a document's body is near,
    and a desk of lighter and darker cells is far on both kinds, so the document's sides step one way all round."""
    q = np.asarray(quad, np.float64).reshape(4, 2)
    centre = q.mean(axis=0)
    inner = np.zeros(values.shape[:2], np.uint8)
    cv2.fillConvexPoly(inner, np.round(centre + (q - centre) * 0.8).astype(np.int32), 1)
    body = np.median(values[inner > 0], axis=0) if np.any(inner) else values.reshape(-1, values.shape[-1]).mean(axis=0)
    distance: np.ndarray = np.linalg.norm(values - body, axis=-1).astype(np.float32)
    return distance
