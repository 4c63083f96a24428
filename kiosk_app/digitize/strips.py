"""Where a strip of one colour beyond a found side ends: the document's real edge past the side found.

Two ways a found quad falls short of the document, both common on a checked cloth, whose cells make a paper edge step
up to the dark cells and not at all to the light ones, so that the grey side fit
(:meth:`kiosk_app.digitize.detect.PageDetector._refine`) neither finds the edge nor keeps to it:

* *a card's band* (:func:`band_edge`): an ID card with a coloured header band along a long side is found as its light
  body; the strip beyond the side is the band, one colour unlike the body;
* *a page's margin* (:func:`margin_edge`): a receipt's or a page's side is found along its print (a column of text, a
  ruled frame) or a cell's edge; the strip beyond the side is more paper, of the inside's colour.

Profiles across the side run from the inside over the strip to the desk, in CIELAB. Each profile's edge point is where
the colour leaves the strip's for good (for a stretch, not for a letter printed on it), to sub-pixel precision, where
the distance crosses halfway between the strip's level and the desk's; the line through most profiles' points
(:func:`kiosk_app.digitize.linefit.consensus_points`, one point per profile) is the edge when it holds enough of them.
Profiles whose desk is of the strip's colour (a dark stripe of the cloth beside a dark band, a light cell beside the
paper) give no point, or one farther out where that colour ends, which the line through most points leaves out.

Written here: OpenCV offers the sampling (``cv2.remap``) and nothing for "the edge of a one-colour strip".
"""
from __future__ import annotations

import cv2
import numpy as np

from kiosk_app.digitize.linefit import consensus_points, robust_line
from kiosk_app.digitize.lines import outward_normal
from kiosk_app.digitize.medians import profile_maps, spread

STRIP_COLOUR_DISTANCE = 13.0  # CIELAB distance from the strip's colour beyond which a pixel is of another colour (a
#                               navy band on teal cloth: 17; BGR distances, 20 there, put dark colours too close)
STRIP_MIN_UNIFORM = 0.6  # least share of the strip's samples near its colour (a band's title printed on it aside)
BAND_MIN_STRAIGHTNESS = 0.5  # least share of the profiles whose edge points lie on a band's edge line
BAND_REACH = 0.4  # a band's profiles reach out to this share of the body's short side (the expected band under
#                   perspective can be half again as wide: a body found a little short, a card seen at an angle)
MARGIN_MIN_STRAIGHTNESS = 0.5  # the same for a margin's edge
_PROFILES = 48
_BAND_ALONG = (0.12, 0.88)  # the stretch of a card's side sampled: clear of its rounded corners
_MARGIN_ALONG = (0.1, 0.9)
_BAND_STRIP = (0.15, 0.85)  # the share of the expected band whose colour is the band's
_BAND_START = 0.5  # a band's edge point lies at least this share of the expected band out (past its printed title)
_BAND_STAY = 0.3  # and the colour stays away from the band's for this share of it (a letter of the title does not)
_INSIDE = (-8.0, -3.0)  # offsets (px) whose colour is the inside's, for a margin
_MARGIN_START = 3.0  # a margin's edge point lies at least this far out (px), past the side's own blur
_MARGIN_STAY = 6  # and the colour stays away from the paper's for this many px (a printed stroke does not)
_MIN_POINTS = 0.3  # least share of the profiles with an edge point


Line = tuple[np.ndarray, np.ndarray, float]  # a point, a unit direction and the share of the profiles on the line


class _Profiles:
    """Colour profiles (CIELAB, three parallel ones per point averaged) across a side, from ``offsets`` inside (<0) to
    outside (>0) of it, at ``_PROFILES`` points along the ``along`` stretch of the side ``a``-``b``."""

    def __init__(self, frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray, offsets: np.ndarray,
                 along: tuple[float, float]) -> None:
        length = float(np.linalg.norm(b - a))
        direction = (b - a) / length
        self.normal = outward_normal(direction, a, b, centre, np.float64)
        self.offsets = offsets
        self.base = a[None, :] + (spread(*along, _PROFILES) * length)[:, None] * direction[None, :]
        map_x, map_y = profile_maps(self.base, offsets, self.normal, direction)
        sampled = cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        bgr = sampled.astype(np.float32).reshape(3, _PROFILES, len(offsets), 3).mean(axis=0)
        self.lab = cv2.cvtColor(bgr / 255.0, cv2.COLOR_BGR2Lab)  # distances as seen: dark hues stay apart

    def colour(self, within: np.ndarray) -> np.ndarray:
        """The median colour of the samples at the offsets ``within`` (a mask)."""
        return np.asarray(np.median(self.lab[:, within].reshape(-1, 3), axis=0))

    def uniform(self, within: np.ndarray, colour: np.ndarray) -> bool:
        """Whether most samples at the offsets ``within`` are of ``colour``."""
        near = np.linalg.norm(self.lab[:, within].reshape(-1, 3) - colour, axis=1) < STRIP_COLOUR_DISTANCE
        return float(np.mean(near)) >= STRIP_MIN_UNIFORM

    def edge(self, colour: np.ndarray, level: np.ndarray, start: float, stay: int, least: float) -> Line | None:
        """The line where the colour leaves ``colour`` for good (:func:`_edge_offsets`), through at least ``least`` of
        the profiles, or None."""
        points = _edge_offsets(np.linalg.norm(self.lab - colour, axis=2), self.offsets, level, start, stay)
        if points is None:
            return None
        rows, found = points
        pts = self.base[rows] + found[:, None] * self.normal[None, :]
        chosen = consensus_points(pts, rows, np.ones(len(rows)), _PROFILES)
        if chosen is None:
            return None
        fit = robust_line(pts[chosen], np.ones(len(chosen)))
        if fit is None or fit[2] < least * _PROFILES:
            return None
        return fit[0], fit[1], fit[2] / _PROFILES


def band_edge(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray, band: float,
              short: float) -> Line | None:
    """The outer edge of a band of one colour about ``band`` px wide beyond the side ``a``-``b`` of a card body
    (``centre`` inside it, ``short`` its short side; full-resolution BGR ``frame``), or None: no band of one colour
    unlike the body, or no straight edge where it ends."""
    if float(np.linalg.norm(b - a)) < 8 or band < 2:
        return None
    offsets = np.arange(-3.0, max(1.7 * band, BAND_REACH * short) + 3.0, 1.0)
    profiles = _Profiles(frame, a, b, centre, offsets, _BAND_ALONG)
    in_strip = (offsets >= _BAND_STRIP[0] * band) & (offsets <= _BAND_STRIP[1] * band)
    colour = profiles.colour(in_strip)
    if float(np.linalg.norm(profiles.colour(offsets <= -1) - colour)) < STRIP_COLOUR_DISTANCE:
        return None  # the strip is of the body's colour: no band
    if not profiles.uniform(in_strip, colour):
        return None  # not one colour: the desk's pattern, or a band narrower than expected
    return profiles.edge(colour, in_strip, _BAND_START * band, max(4, int(round(_BAND_STAY * band))),
                         BAND_MIN_STRAIGHTNESS)


def margin_edge(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray, reach: float) -> Line | None:
    """Where the paper beyond the side ``a``-``b`` ends, within ``reach`` px of it, when the side was found inside the
    document (``centre`` inside it; full-resolution BGR ``frame``): the strip just beyond the side is of the inside's
    colour and ends in a straight edge. None when the side steps to another colour (a true edge) or the strip does not
    end straight within ``reach`` (a white desk beyond a white page: no edge at all)."""
    if float(np.linalg.norm(b - a)) < 8 or reach < _MARGIN_START + _MARGIN_STAY:
        return None
    colour = _paper_colour_beyond(frame, a, b, centre)  # first only across the side: most sides are true edges
    if colour is None:
        return None  # the side steps to another colour: a true edge
    offsets = np.arange(_INSIDE[0], reach + 3.0, 1.0)
    profiles = _Profiles(frame, a, b, centre, offsets, _MARGIN_ALONG)
    inside = (offsets >= _INSIDE[0]) & (offsets <= _INSIDE[1])
    return profiles.edge(colour, inside, _MARGIN_START, _MARGIN_STAY, MARGIN_MIN_STRAIGHTNESS)


def paper_beyond(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray) -> bool:
    """Whether the strip just beyond the side ``a``-``b`` (``centre`` inside; full-resolution BGR ``frame``) is of the
    inside's colour: the paper goes on past the side, which is then no true edge."""
    return float(np.linalg.norm(b - a)) >= 8 and _paper_colour_beyond(frame, a, b, centre) is not None


def _paper_colour_beyond(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray) -> np.ndarray | None:
    """The inside's colour (CIELAB) next to the side ``a``-``b`` when the strip just beyond it is of that colour, else
    None."""
    near = np.arange(_INSIDE[0], -_INSIDE[0] + 1.0, 1.0)
    across = _Profiles(frame, a, b, centre, near, _MARGIN_ALONG)
    colour = across.colour((near >= _INSIDE[0]) & (near <= _INSIDE[1]))
    return colour if across.uniform((near >= -_INSIDE[1]) & (near <= -_INSIDE[0]), colour) else None


def _edge_offsets(distance: np.ndarray, offsets: np.ndarray, level: np.ndarray, start: float,
                  stay: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Per profile (rows of ``distance``, each sample's colour distance from the strip's at ``offsets``), the offset
    where the colour leaves the strip's for good: the first run of ``stay`` samples away from its colour starting at
    least ``start`` out, placed where the distance crosses halfway between the strip's level (its median at the offsets
    ``level``) and the run's. Returns the profiles with a point and their offsets, or None when fewer than
    ``_MIN_POINTS`` of them have one."""
    count, m = distance.shape
    if m <= stay:
        return None
    away = distance >= STRIP_COLOUR_DISTANCE
    runs = np.zeros((count, m + 1), np.int32)
    np.cumsum(away, axis=1, out=runs[:, 1:])
    starts = np.zeros((count, m), bool)
    starts[:, :m - stay + 1] = (runs[:, stay:] - runs[:, :m - stay + 1]) == stay
    starts &= (offsets >= start)[None, :]
    has = starts.any(axis=1)
    first = np.argmax(starts, axis=1)
    totals = np.zeros((count, m + 1), np.float64)
    np.cumsum(distance, axis=1, out=totals[:, 1:])
    rows = np.arange(count)
    run_level = (totals[rows, np.minimum(first + stay, m)] - totals[rows, first]) / stay
    middle = 0.5 * (np.median(distance[:, level], axis=1) + run_level)
    # the last sample below the middle before the run: the crossing lies between it and the next one
    below = (distance < middle[:, None]) & (np.arange(m)[None, :] < first[:, None])
    last = m - 1 - np.argmax(below[:, ::-1], axis=1)
    has &= below.any(axis=1)
    if int(np.count_nonzero(has)) < _MIN_POINTS * count:
        return None
    rows, last = rows[has], last[has]
    before, after = distance[rows, last], distance[rows, last + 1]
    fraction = np.clip((middle[rows] - before) / np.maximum(after - before, 1e-6), 0.0, 1.0)
    return rows, offsets[last] + fraction
