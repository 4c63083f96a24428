"""The outer edge of a card's coloured band: where a card found without its band really ends.

An ID card with a coloured header band along a long side is often found as its light body alone: the step from the
body to the band is the strongest edge, while the band's own outer edge is weak or changes sign along its length (a
dark band on a checked cloth steps up to the light cells and not at all to the dark ones), so the grey side fit
(:meth:`kiosk_app.digitize.detect.PageDetector._refine`) neither finds it nor keeps to it. This search follows the
band's colour instead: profiles across the found side run from the body over the band to the desk; the band's colour
is the strip's median (its printed title aside); each profile's edge point is where the colour leaves the band's for
good (for a stretch, not for a letter of the title), to sub-pixel precision; the line through most profiles' points
(:func:`kiosk_app.digitize.linefit.consensus_points`, one point per profile) is the band's edge when it holds at least
half of the profiles. Profiles whose desk is of the band's colour (a dark stripe of the cloth beside a dark band) give
no point, or one farther out where that colour ends, which the line through most points leaves out.

Written here: OpenCV offers the sampling (``cv2.remap``) and nothing for "the edge of a one-colour strip".
"""
from __future__ import annotations

import cv2
import numpy as np

from kiosk_app.digitize.linefit import consensus_points, robust_line
from kiosk_app.digitize.lines import outward_normal
from kiosk_app.digitize.medians import profile_maps, spread

BAND_COLOUR_DISTANCE = 13.0  # CIELAB distance from the band's colour beyond which a pixel is of another colour (a
#                             navy band on teal cloth: 17; BGR distances, 20 there, put dark colours too close)
BAND_MIN_UNIFORM = 0.6  # least share of the expected strip near the band's colour (its title printed on it aside)
BAND_MIN_STRAIGHTNESS = 0.5  # least share of the profiles whose edge points lie on the band's edge line
BAND_REACH = 0.4  # profiles reach out to this share of the body's short side (the expected band under perspective
#                   can be half again as wide: a body found a little short, a card seen at an angle)
_PROFILES = 48
_ALONG = (0.12, 0.88)  # the stretch of the side sampled: clear of the card's rounded corners
_STRIP = (0.15, 0.85)  # the share of the expected band whose colour is the band's
_START = 0.5  # an edge point lies at least this share of the expected band out (past the title printed on it)
_STAY = 0.3  # and the colour stays away from the band's for this share of it (a letter of the title does not)
_MIN_POINTS = 0.3  # least share of the profiles with an edge point


Line = tuple[np.ndarray, np.ndarray, float]  # a point, a unit direction and the share of the profiles on the line


def band_edge(frame: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray, band: float,
              short: float) -> Line | None:
    """The outer edge of a band of one colour about ``band`` px wide beyond the side ``a``-``b`` of a card body
    (``centre`` inside it, ``short`` its short side; full-resolution BGR ``frame``), or None: no band of one colour
    unlike the body, or no straight edge where it ends."""
    length = float(np.linalg.norm(b - a))
    if length < 8 or band < 2:
        return None
    direction = (b - a) / length
    normal = outward_normal(direction, a, b, centre, np.float64)
    offsets = np.arange(-3.0, max(1.7 * band, BAND_REACH * short) + 3.0, 1.0)
    base = a[None, :] + (spread(*_ALONG, _PROFILES) * length)[:, None] * direction[None, :]
    map_x, map_y = profile_maps(base, offsets, normal, direction)
    sampled = cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # three parallel profiles per point, averaged: (profiles, offsets, 3), in CIELAB (L 0-100)
    profiles = sampled.astype(np.float32).reshape(3, _PROFILES, len(offsets), 3).mean(axis=0)
    profiles = cv2.cvtColor(profiles / 255.0, cv2.COLOR_BGR2Lab)  # distances as seen: dark hues stay apart
    in_strip = (offsets >= _STRIP[0] * band) & (offsets <= _STRIP[1] * band)
    strip = profiles[:, in_strip].reshape(-1, 3)
    colour = np.median(strip, axis=0)
    body = np.median(profiles[:, offsets <= -1].reshape(-1, 3), axis=0)
    if float(np.linalg.norm(body - colour)) < BAND_COLOUR_DISTANCE:
        return None  # the strip is of the body's colour: no band
    if float(np.mean(np.linalg.norm(strip - colour, axis=1) < BAND_COLOUR_DISTANCE)) < BAND_MIN_UNIFORM:
        return None  # not one colour: the desk's pattern, or a band narrower than expected
    points = _edge_points(np.linalg.norm(profiles - colour, axis=2), offsets, band, in_strip)
    if points is None:
        return None
    rows, found = points
    pts = base[rows] + found[:, None] * normal[None, :]
    chosen = consensus_points(pts, rows, np.ones(len(rows)), _PROFILES)
    if chosen is None:
        return None
    fit = robust_line(pts[chosen], np.ones(len(chosen)))
    if fit is None or fit[2] < BAND_MIN_STRAIGHTNESS * _PROFILES:
        return None
    return fit[0], fit[1], fit[2] / _PROFILES


def _edge_points(distance: np.ndarray, offsets: np.ndarray, band: float,
                 in_strip: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Per profile (rows of ``distance``, each pixel's colour distance from the band's at ``offsets``), the offset
    where the colour leaves the band's for good: the first run of ``_STAY`` of the band away from its colour starting
    ``_START`` of it out, placed where the distance crosses halfway between the band's level and the run's. Returns
    the profiles with a point and their offsets, or None when fewer than ``_MIN_POINTS`` of them have one."""
    count, m = distance.shape
    stay = max(4, int(round(_STAY * band)))
    if m <= stay:
        return None
    away = distance >= BAND_COLOUR_DISTANCE
    runs = np.zeros((count, m + 1), np.int32)
    np.cumsum(away, axis=1, out=runs[:, 1:])
    starts = np.zeros((count, m), bool)
    starts[:, :m - stay + 1] = (runs[:, stay:] - runs[:, :m - stay + 1]) == stay
    starts &= (offsets >= _START * band)[None, :]
    has = starts.any(axis=1)
    first = np.argmax(starts, axis=1)
    totals = np.zeros((count, m + 1), np.float64)
    np.cumsum(distance, axis=1, out=totals[:, 1:])
    rows = np.arange(count)
    run_level = (totals[rows, np.minimum(first + stay, m)] - totals[rows, first]) / stay
    middle = 0.5 * (np.median(distance[:, in_strip], axis=1) + run_level)
    # the last pixel below the middle before the run: the crossing lies between it and the next one
    below = (distance < middle[:, None]) & (np.arange(m)[None, :] < first[:, None])
    last = m - 1 - np.argmax(below[:, ::-1], axis=1)
    has &= below.any(axis=1)
    if int(np.count_nonzero(has)) < _MIN_POINTS * count:
        return None
    rows, last = rows[has], last[has]
    before, after = distance[rows, last], distance[rows, last + 1]
    fraction = np.clip((middle[rows] - before) / np.maximum(after - before, 1e-6), 0.0, 1.0)
    return rows, offsets[last] + fraction
