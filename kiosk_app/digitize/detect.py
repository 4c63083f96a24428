"""Finding the page in a camera frame: four corners or none, and whether the page is cut off.

The detector works in two stages, written here because OpenCV offers the pieces but no document
detector and the learned ones (e.g. doctr, DocAligner) are far too heavy for a 15 fps preview on the
kiosk's CPU:

1. *Candidates* on a small copy of the frame (about 320 px wide): several segmentations — Otsu on the
   grey image, Otsu on the "whiteness" (the darkest colour channel, which separates white paper from
   wood, skin and coloured clutter), and closed Canny edges — give regions whose convex hull is
   reduced to a quadrilateral. The quick ones run first; fixed-threshold Canny and segmentations of a
   copy with thin dark objects closed away (a cable or text crossing the page's outline) run only
   when those give no confident page (a small document cut off by the frame's edge is never confident: the one
   presented may lie beside it). Each quadrilateral is scored by its shape (area, convexity, angles)
   and by the *edge support* of each side (the share of points along the side where the colour
   steps across it, in one consistent direction). Empty frames give no candidate with support on
   every side; a candidate cut off by the frame's edge must carry some ink (a blank stretch of desk
   between a keyboard and the frame's edge is no page); a candidate darker than the desk is a shadow or a dark
   object, unless it is darker on every side and printed: text and a photo on a body at least half as light as
   the desk (a coloured ID card on a white desk). When no candidate is confident (a light page
   on a light desk, whose outline merges with the edges of a shadow, glare or clutter), quadrilaterals
   of the longest straight lines of the scene (:mod:`kiosk_app.digitize.lines`) compete as well; they are tried only then, so the
   usual frame pays nothing for them (empty frames and faint pages do). When still nothing is found, edges of a high-passed
   copy (where the soft edges of shadows vanish) give a last set of candidates, and after them the stretches
   free of strong edges (a page on a checked cloth, which every segmentation joins to the light cells) and, last,
   the stretches of low local variation on a patterned desk (:mod:`kiosk_app.digitize.calm`: a densely printed
   page on a checked cloth, whose print has strong edges too). After all of them, when the page found is still not
   confident (or none was) and the desk is a checked cloth, what does not repeat the cloth's pattern
   (:mod:`kiosk_app.digitize.lattice`) gives the document when it fits the cloth's map clearly better (a card's body
   found without its band, a column of text, or nothing: its sides step to light and dark cells in turn, which the
   scoring and the sheet check below refuse).
   Between the lines and those, still only when nothing is confident, regions of another colour than the desk
   (:mod:`kiosk_app.digitize.chroma`: a white page on a pink desk of its brightness) compete as well. When nothing
   at all was found, the best small candidate is looked at closer: the detector runs again on a crop of the
   full-resolution frame around it, where a small page is several times as many pixels across, and a page it
   finds there confidently, clear of the crop's cut edges, is the frame's (a small page whose region a thumb bent).
   Last, on a noisy frame, the straight lines once more of the strong edges alone: the faint edges' noise can swamp
   the Hough transform, whose lines then run across the desk and crowd out a small page's sides.
2. *Refinement* on the full-resolution frame: along each side of the best candidate, intensity
   profiles across the side locate the edge to sub-pixel precision; a robust line fit ignores a
   thumb, glare or a shadow over part of the side (when the strongest edge point of each profile
   does not line up, the line through most profiles' edge points is taken: a double edge); the
   corners are the intersections of the lines. When no candidate of a stage has straight grey steps all round,
   its candidates are refined once more along the colour steps, and kept only with sides straight along
   ``_COLOUR_MIN_STRAIGHTNESS`` of their length (a pale blue form on a pink desk of its brightness).
   A candidate whose sides are not straight along most of their length (wood grain, clutter) is
   dropped; among the refined candidates the best score times straightness wins. Straightness tells
   a page from a quad that borrows a shadow's side, so twice as many line candidates are refined.
   Every refined candidate must also show a sheet's edges on the full-resolution frame
   (:func:`kiosk_app.digitize.edges.is_sheet_outline`): a soft pool of light, the square around a mug
   or a run of a checked cloth's cells is no page.
3. *The document around a part of it*: when the found page is not confident, its sides move out, parallel to
   themselves, over strips of one colour to the next edges (:mod:`kiosk_app.digitize.enclosing`: a card's text
   block or a page's text column found on a checked cloth); the larger quad wins when it scores at least as well.
   *Enclosing candidates*: a candidate that encloses the winner and shares three of its sides, whose
   sides go on as edges past the winner's corners, replaces it (a card's dark header band or a ruled
   line ended the found region). *Growth*: a side of the winner moves outward when both neighbouring sides go on past its corners
   as straight edges in line with themselves (a card's dark stripe or a shadow ended the region); farther when the side
   itself goes on past a corner (a hard shadow's edge across the page and the desk: the page goes on in the shadow).
   *The whole around*: a winner not clearly outlined (a wedge of the page bounded by a shadow's or glare's edge), or
   small and colourful (a photo printed on a card or page, whose crisp sides were found confidently), gives way to a
   candidate that holds it, including the calm stretches of a patterned desk, when that one scores clearly better, or
   nearly as well while the winner covers a small part of it.
   *The card around*: every stage's best is kept as it is found; at the end the largest of them with an ID-1 card's
   proportions that holds the winner (not a card's shape itself) and scores at least ``detect_card_around_min_score``
   times it replaces it (a card's light body and the whole card with its coloured band both pass every check, the
   body's outline being the stronger step). *The card's band*: a found quad longer than a card by up to
   ``_BANDED_MAX_ASPECT`` may be a card's body whose coloured band no stage outlined (a dark band on dark cloth, wood
   or a checked cloth); beyond a long side the band's edge is followed by its colour (:mod:`kiosk_app.digitize.strips`)
   and the card it completes replaces the body when it scores ``_BANDED_MIN_SCORE`` of it. *The margins*: a side found
   inside the document (along its print, or a cell's edge of a checked cloth) moves out over the strip of paper beyond
   it to where the paper ends, again by its colour, in up to ``_MARGIN_ROUNDS`` rounds.

Pages from 4 % of the frame (an ID card or a receipt under the kiosk's camera) are reported, with a
long side at most ``detect_max_aspect`` times the short one and no corner sharper than ``detect_min_angle``. A small
document (under ``_SMALL_CUT_OFF`` of the frame) cut off by the frame's edge is reported only when clearly outlined
(it can't be captured anyway; the faint ones were desk).

Several documents in view: the one reported is the candidate with the best score, edge support times
the square root of its area, times straightness: of clearly outlined documents the largest wins (the
page the citizen holds under the camera over a card lying beside it); position in the frame plays no part.

Corners are returned clockwise from the top-left corner (the one with the smallest x + y), in the
frame's pixel coordinates. :class:`PageSmoother` smooths detections across preview frames.
"""
from __future__ import annotations

import logging
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk_app.digitize.calm import WIDE_RADII, calm_masks
from kiosk_app.digitize.chroma import (
    Fit,
    chroma_masks,
    colourfulness,
    desk_colour,
    desk_distance,
    sharper_of,
    small_lab,
    whole_in_frame,
)
from kiosk_app.digitize.cvthreads import opencv_single_threaded
from kiosk_app.digitize.edges import is_sheet_outline
from kiosk_app.digitize.enclosing import outer_quads
from kiosk_app.digitize.lattice import (
    FIT_MARGIN,
    MAX_DESK_INSIDE,
    MIN_FIT,
    MIN_LIGHTNESS,
    DeskMap,
    body_distance,
    colour_values,
    desk_map,
    region_boxes,
)
from kiosk_app.digitize.linefit import consensus_points, robust_line
from kiosk_app.digitize.lines import (
    SegmentCluster,
    crossing,
    line_candidates,
    near_cluster,
    noisy_frame_line_candidates,
    outward_normal,
)
from kiosk_app.digitize.medians import (
    box_area,
    integer_centre,
    masked_share,
    mean_axis0,
    mean_channel,
    median_1d,
    median_rows,
    median_u8,
    min_channel,
    norms_last,
    profile_kernel,
    profile_maps,
    profile_offsets,
    share,
    spread,
    support_maps,
)
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.digitize.strips import band_edge, margin_edge, paper_beyond

log = logging.getLogger("kiosk.digitize.detect")

_FINER_PASSES: tuple[tuple[float, float], ...] = ((5.0, 0.5), (2.5, 0.25))
# a side that goes on past the page's corners (a shadow's edge) moves out up to this many times as far as another (the
# lit part of a page half in a hard shadow may be a third of it)
_THROUGH_REACH = 4.0
_SMOOTH_WINDOW = 25  # small-frame pixels: larger than a checked cloth's cell under the kiosk's camera
_SMOOTH_DENSITY = 0.03  # share of strong-edge pixels below which a window counts as smooth
_SIX_DEGREES = math.radians(6)
_COLOUR_MIN_STRAIGHTNESS = 0.6  # least straightness of sides found in colour (the fallback of PageDetector._best)
_CHECKED_REFINED = 3  # candidates of a checked desk refined: those that fit its map best
_WIDE_CANDIDATES = 4  # best-scored candidates refined widely when nothing was found (8: the same pages on 3,000 photos)
_EVEN_SIDES = 0.5  # least length of a side over its opposite's (_even_sides)
_ZOOMED = 1  # best-scored candidates (pale pages allowed) looked at closer when nothing was found (_zoomed_in)
_ZOOM_MAX_AREA = 0.15  # largest share of the frame of a candidate looked at closer
_ZOOM_MARGIN = 0.5  # the crop around it reaches this share of its box's longer side beyond it
_INSIDE_MIN_AREA = 0.3  # least share of a quad reaching the frame's edge covered by a document inside it (_inside_at_border)
_INSIDE_MAX_AREA = 0.95  # most: less than this is left beside the document
_INSIDE_MIN_SCORE = 0.3  # least ratio of the inner document's score to the quad's (whose border side counted as nothing)
_BEYOND_MIN_LENGTH = 8.0  # small-frame pixels: a stretch of the outer quad's side beyond the inner one shorter than this
#                           is not looked at (a sliver of desk between a page and the frame's edge)
_BEYOND_PAGE_SHARE = 0.5  # sides beyond the inner quad stepping like a page's edges along this share of their length ...
_BEYOND_PAGE_LENGTH = 24.0  # ... and this many small-frame pixels: they are more of the page (a fold's shading)
_AROUND_MIN_GROWTH = 1.2  # least area of a candidate around the found quad over the found one's (_whole_around)
_AROUND_MIN_SCORE = 1.2  # least ratio of its score to the found quad's
_AROUND_PART_SCORE = 0.8  # ... when the found quad covers at most _AROUND_PART_AREA of it
_AROUND_PART_AREA = 0.4
_AROUND_SMALL = 0.1  # share of the frame under which a colourful found quad may be a photo printed on a document
_AROUND_PHOTO_CHROMA = 30.0  # least colourfulness of such a photo (small found quads: 90 % are under 26)
_SMALL_CUT_OFF = 0.1  # share of the frame under which a document cut off by its edge is not confident (_confident)
_NESTED_COVER = 0.97  # share of the found quad an outer one must hold (_card_around)
_NESTED_GROWTH = 1.05  # least area of an outer quad over the found one's
_NESTED_MAX_GROWTH = 1.35  # largest: a card's band; more is the desk or a document beside it
_ID1_ASPECT = 85.60 / 53.98  # ISO/IEC 7810 ID-1, the chip ID card's format (rectify.PageSize.ID1): long over short side
_ID1_TOLERANCE = 0.06  # relative difference of a quad's aspect from ID-1's that still counts as a card (perspective)
_BANDED_MAX_ASPECT = 2.4  # longest found body completed by a band (_card_with_band): a band up to 1/3 of the card
_BANDED_TOLERANCE = 0.1  # a body completed by its band may differ this much from ID-1 (perspective: 1.48-1.69 seen)
_BANDED_MIN_SCORE = 0.5  # least ratio of the completed card's score to the body's
_MARGIN_ROUNDS = 2  # sides moved out over the paper beyond them (_over_margin), one a round
_MARGIN_REACH = 0.3  # how far out, at most, as a share of the neighbouring sides' length
_MARGIN_MIN_PUSH = 0.04  # how far out, at least, the same way
_MARGIN_MIN_SCORE = 0.7  # least ratio of the widened quad's score to the found one's
_FLOAT_RESIZE_MAX_PIXELS = 1280 * 720  # area_downscale: larger frames are resized from their bytes
#: for each byte level v, the least integer g with g >= 0.9 * v in float32 (as _paper_level compares): the paper level
_PAPER_LEVEL = np.ceil(0.9 * np.arange(256, dtype=np.float32)).astype(np.uint8)


@dataclass(frozen=True)
class PageDetection:
    """A page found in a frame: corners (4x2 float32, clockwise from top-left) and quality facts."""

    corners: np.ndarray
    cut_off: bool
    score: float
    frame_size: tuple[int, int]  # (width, height)

    @property
    def area_fraction(self) -> float:
        """The page's share of the frame area."""
        w, h = self.frame_size
        return float(cv2.contourArea(self.corners.astype(np.float32))) / float(w * h)


def order_corners(points: np.ndarray) -> np.ndarray:
    """Four points clockwise on screen (y down), starting from the one with the smallest x + y."""
    pts = np.asarray(points)
    if pts.dtype != np.float32:  # float32 corners go through float64 unchanged: skip the copy
        pts = pts.astype(np.float64)
    pts = pts.reshape(4, 2)
    flat = pts.ravel().tolist()  # plain floats: this runs for every candidate
    xs, ys = flat[0::2], flat[1::2]
    cx, cy = sum(xs) / 4.0, sum(ys) / 4.0
    order = sorted(range(4), key=lambda i: math.atan2(ys[i] - cy, xs[i] - cx))
    sums = [xs[i] + ys[i] for i in order]
    start = sums.index(min(sums))
    return pts[order[start:] + order[:start]].astype(np.float32)


def area_downscale(frame: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """``cv2.resize(frame, size, interpolation=cv2.INTER_AREA)``, the same bytes, faster for a uint8 frame whose scale is
    not a whole number (a 720 px wide frame to the detector's 320 px: 2.25).

    There OpenCV takes its generic area path: each output pixel's weighted source pixels are summed in float32 and the
    sums rounded to bytes at the end (saturate_cast: to nearest, ties to even). From a uint8 frame it converts every
    byte to float once per weight; given the frame as float32 it does the same sums of the same values, and
    ``cv2.convertScaleAbs`` rounds them the same way (the sums are not negative). About 4.2 -> 3.3 ms for a 720 x 1280
    frame, conversions included. Whole-number scales (a 1280 px wide frame: 4) take OpenCV's integer path for bytes,
    faster still and kept, as are enlargements (where the area interpolation is a bilinear one) and frames larger
    than a 720p one: the float copy of an 8 MP still (96 MB) costs more than it saves (24 -> 106 ms measured).
    """
    h, w = frame.shape[:2]
    scale_x, scale_y = 1.0 / (size[0] / w), 1.0 / (size[1] / h)  # as cv2.resize derives them
    whole = (abs(scale_x - round(scale_x)) < sys.float_info.epsilon
             and abs(scale_y - round(scale_y)) < sys.float_info.epsilon)
    if frame.dtype != np.uint8 or h * w > _FLOAT_RESIZE_MAX_PIXELS or scale_x < 1 or scale_y < 1 or whole:
        return cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    small: np.ndarray = cv2.convertScaleAbs(cv2.resize(frame.astype(np.float32), size, interpolation=cv2.INTER_AREA))
    return small


def quad_iou(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard index of two convex quadrilaterals (exact polygon intersection)."""
    pa = order_corners(a).astype(np.float32)
    pb = order_corners(b).astype(np.float32)
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    union = cv2.contourArea(pa) + cv2.contourArea(pb) - inter
    return float(inter / union) if union > 0 else 0.0


def quad_aspect(corners: np.ndarray) -> float:
    """A quadrilateral's longer over its shorter side, each the mean of two opposite sides (under perspective, roughly
    the document's own proportions)."""
    q = order_corners(corners)
    a = float(np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    b = float(np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    return max(a, b) / max(1e-6, min(a, b))


def _interior_angles(quad: np.ndarray) -> np.ndarray:
    pts = np.asarray(quad, dtype=np.float64).reshape(4, 2).tolist()
    angles = []
    for i in range(4):
        (px, py), (ax, ay), (bx, by) = pts[i], pts[i - 1], pts[(i + 1) % 4]
        v1x, v1y, v2x, v2y = ax - px, ay - py, bx - px, by - py
        cos = (v1x * v2x + v1y * v2y) / (math.hypot(v1x, v1y) * math.hypot(v2x, v2y) + 1e-9)
        angles.append(math.degrees(math.acos(max(-1.0, min(1.0, cos)))))
    return np.array(angles)


class PageDetector:
    """Detects one page per frame; stateless apart from its settings (thread-safe for one caller)."""

    def __init__(self, settings: DigitizeSettings | None = None, zoom: bool = True) -> None:
        self.settings = settings or DigitizeSettings()
        self._zoom = zoom  # whether a small candidate nothing confirmed is looked at again, closer (_zoomed_in)

    # ------------------------------------------------------------------ public
    @opencv_single_threaded
    def detect(self, frame: np.ndarray) -> PageDetection | None:
        """The page in a BGR (or grey) frame, or None when there is none."""
        s = self.settings
        h, w = frame.shape[:2]
        scale = min(1.0, s.detect_width / float(w))
        small = area_downscale(frame, (max(1, int(round(w * scale))), max(1, int(round(h * scale)))))
        colour = small if small.ndim == 3 else cv2.cvtColor(small, cv2.COLOR_GRAY2BGR)
        grey = cv2.cvtColor(colour, cv2.COLOR_BGR2GRAY)
        paper = _paper_level(grey)
        grey = cv2.GaussianBlur(grey, (3, 3), 0)
        blurred = cv2.GaussianBlur(colour, (3, 3), 0)  # scored on (as float32) and segmented by Canny
        colour_f = blurred.astype(np.float32)
        full_grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        full_grey = full_grey.astype(np.float32)
        regions = self._candidates(colour, grey, blurred)
        accepted: list[Fit] = []  # each stage's best when it was found: an ID card around the winner may win at the end
        found = self._best(regions, colour_f, paper, full_grey, frame, scale, accepted=accepted)
        segmented_more = not self._confident(found, w, h)
        if segmented_more:
            # faint edges, or a cable, pen or text crossing the page's outline: more segmentations
            extra = self._more_candidates(colour, grey, blurred)
            regions = regions + extra
            more = self._best(extra, colour_f, paper, full_grey, frame, scale, accepted=accepted)
            if more is not None and (found is None or more[0] > found[0]):
                found = more
        if not self._confident(found, w, h):
            # a faint page whose outline merges with a shadow, glare or clutter: its straight sides
            lined = self._best(line_candidates(colour, s.detect_min_area_fraction), colour_f, paper, full_grey, frame, scale,
                               refine=2 * s.detect_refine_candidates, accepted=accepted)
            if lined is not None and (found is None or lined[0] > found[0]):
                found = lined
        if not self._confident(found, w, h):  # a page on a desk of its brightness but of another colour
            lab = small_lab(colour)
            desk = desk_colour(lab)
            masks = chroma_masks(lab, desk, s.detect_chroma_min_distance, s.detect_min_area_fraction)
            tinted_quads = whole_in_frame(self._quads_of_masks(masks, grey.shape), grey.shape)
            if tinted_quads:  # refined along grey steps and along colour steps; of another hue: no shadow
                tinted = sharper_of(self._best(tinted_quads, colour_f, paper, full_grey, frame, scale, extension=True,
                                               accepted=accepted),
                                    self._best(tinted_quads, colour_f, paper, desk_distance(frame, desk), frame, scale,
                                               extension=True, accepted=accepted))
                if tinted is not None and (found is None or tinted[0] > found[0]):
                    found = tinted
        if found is None:  # a faint page under a shadow: try the crisp edges only
            found = self._best(self._crisp_edge_candidates(grey), colour_f, paper, full_grey, frame, scale, accepted=accepted)
        if found is None:  # a page on a checked or patterned desk: the smooth region among the pattern's edges
            found = self._best(self._smooth_region_candidates(grey), colour_f, paper, full_grey, frame, scale, accepted=accepted)
        if found is None:  # a densely printed page on a checked cloth: the calm region among the pattern
            found = self._best(self._calm_candidates(grey, full_grey, scale), colour_f, paper, full_grey, frame, scale,
                               accepted=accepted)
        mapped: DeskMap | None = None
        if not self._confident(found, w, h):  # a checked desk: what does not repeat its pattern
            mapped = desk_map(grey)
            found = self._on_checked_desk(found, mapped, grey, paper, full_grey, frame, scale)
        if found is None:  # a printed page a little darker than a light desk, which every stage took for a shadow
            refine = s.detect_refine_candidates
            pale_scored = self._scored(regions, colour_f, paper, max(refine, _WIDE_CANDIDATES), pale=True)
            found = self._best_of_scored(pale_scored[:refine], full_grey, frame, scale, accepted)
            if found is None:  # a region cut short by glare, or joined to a document beside it: its sides farther off
                found = self._widely_found([quad for _, quad in pale_scored[:_WIDE_CANDIDATES]], mapped, colour_f, paper,
                                           full_grey, frame, scale, accepted)
            if found is None and self._zoom:  # a small document, too few pixels on the small frame: closer
                found = self._zoomed_in([quad for _, quad in pale_scored[:_ZOOMED]], frame, scale)
            if found is None:
                # a page under a hand's shadow on a noisy light desk: the lines of the strong edges alone (the faint
                # ones' noise drowned its sides); cut off by the frame's edge, it must carry print (a stretch of desk
                # between a keyboard and a shadow's edge does not)
                found = self._best(noisy_frame_line_candidates(colour, s.detect_min_area_fraction), colour_f, paper,
                                   full_grey, frame, scale, refine=2 * s.detect_refine_candidates, accepted=accepted)
                if found is not None and _reaches_border(order_corners(found[1]), w, h, s.cut_off_margin_px) \
                        and _ink_share(found[1] * scale, colour_f) < s.detect_min_ink_cut_off:
                    found = None
        if found is None:
            return None
        if not self._confident(found, w, h):  # a card's photo or a page's text column found: the document around it
            found = self._around(found, colour_f, paper, full_grey, frame, scale, accepted)
        outer = [c for c in _enclosing(found[1] * scale, regions)
                 if self._extension_supported(found[1] * scale, c, colour_f)]
        if outer:  # the found quad may be a part of the page bounded by a dark band or a ruled line inside it
            whole = self._best(outer, colour_f, paper, full_grey, frame, scale, accepted=accepted)
            if whole is not None and whole[0] >= 0.5 * found[0]:
                found = whole
        grown = self._grown(found[1] * scale, colour_f, frame, scale)
        if grown is not None:  # the found quad was a part of the page (a stripe, a shadow cut it)
            whole = self._best([grown], colour_f, paper, full_grey, frame, scale, extension=True, accepted=accepted)
            if whole is not None:
                found = whole
        # a hand holding the document, an object beside it: the quad found ran over it to the frame's edge
        found = self._inside_at_border(found, regions, colour_f, paper, full_grey, frame, scale)
        # not clearly outlined: a wedge of the page cut off by a shadow's edge or glare; small and colourful: a photo
        # printed on a card or page (whose body, fainter, the first segmentations did not outline); the document around
        found_corners = order_corners(found[1])
        photo = not segmented_more and cv2.contourArea(found_corners) < _AROUND_SMALL * w * h \
            and colourfulness(colour, found_corners * scale) >= _AROUND_PHOTO_CHROMA
        if segmented_more or photo:
            around = regions + self._calm_candidates(grey, full_grey, scale, holding=found[1] * scale)
            if photo:
                around += self._more_candidates(colour, grey, blurred)
            found = self._whole_around(found, around, colour_f, paper, full_grey, frame, scale, accepted)
        final, refined = self._card_around(found, accepted, w, h)
        banded = self._card_with_band(final, refined, colour_f, paper, frame, scale)
        if banded is not None:  # a card's body found without its band, which no stage outlined
            final, refined = banded
        for _ in range(_MARGIN_ROUNDS):  # a side found inside the document: the paper goes on past it
            widened = self._over_margin(final, refined, colour_f, paper, frame, scale)
            if widened is None:
                break
            final, refined = widened
        corners = order_corners(refined)
        # a side on the border is found to a small pixel
        cut_off = _reaches_border(corners, w, h, s.cut_off_margin_px + 1.0 / scale)
        area = float(cv2.contourArea(corners)) / float(w * h)
        if cut_off and area < _SMALL_CUT_OFF and not self._clearly_outlined(final, area):
            # a small document cut off by the frame can't be captured anyway, and one faintly outlined was desk:
            # a wedge of checked cloth, a hand's shadow in a corner (tuning empty desks 472, 480)
            return None
        return PageDetection(corners=corners, cut_off=cut_off, score=float(final), frame_size=(w, h))

    def _inside_at_border(self, found: Fit, regions: list[np.ndarray], colour_f: np.ndarray, paper: np.ndarray,
                          full_grey: np.ndarray, frame: np.ndarray, scale: float) -> Fit:
        """The document inside a found quad that reaches the frame's edge, when what lies between them is something
        else; ``found`` when there is none.

        A side on the frame's border is no evidence (:meth:`_score` leaves it out), so a quad running from a document
        over a hand holding it, an object beside it or a sliver of desk to the frame's edge scores as well as the
        document, and more for its size: a real card held in a hand was found with the hand (0.88 IoU). The candidates
        (``regions``, small-frame) inside the quad that share two of its sides or more, cover ``_INSIDE_MIN_AREA`` to
        ``_INSIDE_MAX_AREA`` of it and do not reach the frame's edge are refined, largest first (the least cut off).
        The first that :meth:`_best` accepts is the document when its score is at least ``_INSIDE_MIN_SCORE`` of the
        quad's, each of its sides that the quad has not is a true edge (the strip beyond is not of its colour,
        :func:`kiosk_app.digitize.strips.paper_beyond`), and the quad's sides beyond it are not a page's edges
        (:func:`_beyond_is_page`: a fold's shading across a page that reaches the frame's edge, alt tuning 1576). A grey
        ``frame`` has no colour to tell a true edge by: ``found`` as it is, as :meth:`_over_margin` does."""
        h, w = frame.shape[:2]
        quad = order_corners(found[1]).astype(np.float64)
        margin = self.settings.cut_off_margin_px
        if frame.ndim != 3 or not _reaches_border(quad, w, h, margin):
            return found
        inner = _nested_in(quad * scale, [c for c in regions if not _reaches_border(order_corners(c) / scale, w, h,
                                                                                     2 * margin)])
        for candidate in sorted(inner, key=lambda c: -float(cv2.contourArea(order_corners(c)))):
            fit = self._best([candidate], colour_f, paper, full_grey, frame, scale)
            if fit is None or fit[0] < _INSIDE_MIN_SCORE * found[0]:
                continue
            q = order_corners(fit[1]).astype(np.float64)
            centre = q.mean(axis=0)
            new = [i for i in range(4) if not _along_a_side(q[i], q[(i + 1) % 4], quad, 2.5 / scale)]
            if not new or any(paper_beyond(frame, q[i], q[(i + 1) % 4], centre) for i in new):
                continue
            if _beyond_is_page(quad * scale, q * scale, colour_f, self.settings.detect_edge_contrast,
                               self.settings.detect_min_side_support):
                continue
            return fit
        return found

    def _whole_around(self, found: Fit, candidates: list[np.ndarray], colour_f: np.ndarray, paper: np.ndarray,
                      full_grey: np.ndarray, frame: np.ndarray, scale: float, accepted: list[Fit]) -> Fit:
        """The document around a found quad that is a part of it; ``found`` when there is none.

        A shadow's or a glare's edge across a page, a photo or a table printed on it, can bound a quad that scores
        well, sometimes better for its size than the page (its sides all crisp): stages that stop at a confident
        find never see the page's outline among later candidates. Of the ``candidates`` (small-frame) that hold the
        found quad, are at least ``_AROUND_MIN_GROWTH`` times its area and do not reach the frame's edge (a part of
        the desk bounded by the frame is no document), those whose score could still reach the least ratio below are
        refined and the best (:meth:`_best_of_scored`) is the document when, refined, it stays clear of the frame's
        edge and scores at least ``_AROUND_MIN_SCORE`` times the found quad, or ``_AROUND_PART_SCORE`` times when the
        found quad covers at most ``_AROUND_PART_AREA`` of it (so small a part is a photo or block printed on the
        page; a larger one is the page itself, and the quad around it the page with its shadow or a document
        beside it). Measured on alt tuning 0-2999 against every candidate of six sources holding the detection:
        looser ratios took a page with its shadow or a neighbour (0.8 without the area condition: 30 frames worse)."""
        h, w = frame.shape[:2]
        inner = order_corners(found[1]) * scale
        inner_area = float(cv2.contourArea(inner))
        sh, sw = colour_f.shape[:2]
        ordered = [order_corners(c) for c in candidates]
        around = [c for c in ordered if float(cv2.contourArea(c)) >= _AROUND_MIN_GROWTH * inner_area
                  and _within(inner, c, 2.5) and not _reaches_border(c, sw, sh, 1.0)]
        if not around:
            return found
        # refinement keeps a score or lowers it: those already below the least that can win are not refined
        keep = self.settings.detect_refine_candidates
        scored = [(score, quad) for score, quad in self._scored(around, colour_f, paper, keep)[:keep]
                  if score >= _AROUND_PART_SCORE * found[0]]
        whole = self._best_of_scored(scored, full_grey, frame, scale, None) if scored else None
        if whole is None:
            return found
        corners = order_corners(whole[1])
        if _reaches_border(corners, w, h, self.settings.cut_off_margin_px):
            return found
        part = inner_area / (scale * scale) <= _AROUND_PART_AREA * float(cv2.contourArea(corners))
        if whole[0] >= _AROUND_MIN_SCORE * found[0] or (part and whole[0] >= _AROUND_PART_SCORE * found[0]):
            accepted.append(whole)
            return whole
        return found

    def _confident(self, found: tuple[float, np.ndarray] | None, w: int, h: int) -> bool:
        """Whether a found page is certain enough to skip the slower candidate stages: its score over the
        square root of its share of the frame (its edge evidence times straightness, whatever its size; a
        small card with clear edges is as certain as a large page) reaches ``detect_confident_evidence``, and it is not a
        small document (under ``_SMALL_CUT_OFF`` of the frame) cut off by the frame's edge: a card half out of view was
        found first and confidently beside a page in the middle that only a later stage outlines (alt tuning seed 1218).
        A large one cut off is the page presented, held close (a real card held in a hand: looking further cost it
        13 -> 62 ms and found the same card)."""
        if found is None:
            return False
        quad = order_corners(found[1])
        area = float(cv2.contourArea(quad)) / float(w * h)
        if area < _SMALL_CUT_OFF and _reaches_border(quad, w, h, self.settings.cut_off_margin_px):
            return False  # a small document cut off by the frame's edge may lie beside the one presented: look further
        return self._clearly_outlined(found[0], area)

    def _clearly_outlined(self, score: float, area: float) -> bool:
        """Whether a quad's ``score`` over the square root of its ``area`` (share of the frame), its edge evidence times
        straightness whatever its size, reaches ``detect_confident_evidence``."""
        return score / math.sqrt(max(area, 1e-6)) >= self.settings.detect_confident_evidence

    def _around(self, found: tuple[float, np.ndarray], colour_f: np.ndarray, paper: np.ndarray, full_grey: np.ndarray,
                frame: np.ndarray, scale: float, accepted: list[Fit] | None = None) -> tuple[float, np.ndarray]:
        """The document around a found quad (:mod:`kiosk_app.digitize.enclosing`), repeatedly, while it scores at least
        ``detect_enclosing_min_gain`` times the quad inside it; the found quad when there is none."""
        s = self.settings
        for _ in range(s.detect_enclosing_rounds):
            whole = self._best(outer_quads(found[1] * scale, colour_f, _edge_support, s.detect_edge_contrast), colour_f,
                               paper, full_grey, frame, scale, accepted=accepted)
            if whole is None or whole[0] < s.detect_enclosing_min_gain * found[0]:
                break
            found = whole
        return found

    def _best(self, candidates: list[np.ndarray], colour_f: np.ndarray, paper: np.ndarray, full_grey: np.ndarray,
              frame: np.ndarray, scale: float, refine: int | None = None,
              extension: bool = False, accepted: list[Fit] | None = None,
              pale: bool = False) -> tuple[float, np.ndarray] | None:
        """The best candidate after scoring on the small frame and refining at full resolution
        (the ``refine`` best-scored ones, by default ``detect_refine_candidates``) whose sides are a sheet's edges
        in the full-resolution ``frame`` (:func:`kiosk_app.digitize.edges.is_sheet_outline`). Each candidate that
        becomes the best on the way is appended to ``accepted`` (see :meth:`_card_around`). When none has straight grey
        steps all round, they are refined along the colour steps of ``frame`` (``_COLOUR_MIN_STRAIGHTNESS``).
        ``pale``: candidates darker than the desk may be pale pages (see :meth:`_darker_document`)."""
        keep = refine or self.settings.detect_refine_candidates
        return self._best_of_scored(self._scored(candidates, colour_f, paper, keep, extension, pale)[:keep], full_grey,
                                    frame, scale, accepted)

    def _scored(self, candidates: list[np.ndarray], colour_f: np.ndarray, paper: np.ndarray, keep: int,
                extension: bool = False, pale: bool = False) -> list[tuple[float, np.ndarray]]:
        """The ``candidates`` with a positive :meth:`_score` on the small frame, best first; its first ``keep`` are the
        ``keep`` best of them all (smaller ones that cannot enter those are not scored)."""
        sh, sw = colour_f.shape[:2]
        # a score is at most the square root of the candidate's share of the frame: from the largest candidate
        # down, scoring stops once no smaller one can enter the best ``keep`` (the same ones as scoring all)
        sized = sorted(((float(cv2.contourArea(order_corners(q))) / float(sw * sh), i) for i, q in enumerate(candidates)),
                       reverse=True)
        scored: list[tuple[float, np.ndarray]] = []
        for area, i in sized:
            if len(scored) >= keep and math.sqrt(max(area, 0.0)) <= sorted(sc for sc, _ in scored)[-keep]:
                break
            score = self._score(candidates[i], colour_f, paper, sw, sh, extension, pale)
            if score > 0:
                scored.append((score, candidates[i]))
        scored.sort(key=lambda item: -item[0])
        return scored

    def _best_of_scored(self, scored: list[tuple[float, np.ndarray]], full_grey: np.ndarray, frame: np.ndarray,
                        scale: float, accepted: list[Fit] | None) -> Fit | None:
        """The best of the ``scored`` candidates (best first) refined along the grey steps, or when none has straight
        grey steps all round, along the colour steps (see :meth:`_best`)."""
        best = self._best_refined(scored, full_grey, frame, scale, self.settings.detect_min_side_straightness, accepted)
        if best is None and frame.ndim == 3 and scored:
            # none has straight grey steps all round: a page of the desk's brightness but of another colour (a pale
            # blue form on a pink desk) steps in colour only; its sides must then be straight along most of their length
            best = self._best_refined(scored, frame, frame, scale, _COLOUR_MIN_STRAIGHTNESS, accepted)
        return best

    def _best_refined(self, scored: list[tuple[float, np.ndarray]], image: np.ndarray, frame: np.ndarray, scale: float,
                      min_straightness: float, accepted: list[Fit] | None) -> Fit | None:
        """The best of the ``scored`` candidates (score, small-frame quad; best first) refined on ``image`` (the
        frame in grey, or in colour) with sides at least ``min_straightness`` straight, plausible and a sheet's outline
        on ``frame``; each that becomes the best is appended to ``accepted``."""
        h, w = frame.shape[:2]
        best: Fit | None = None
        seen: list[np.ndarray] = []  # the first pass's corners of the candidates refined so far
        for score, quad in scored:
            if best is not None and score < best[0]:
                break  # straightness is at most 1: this one cannot win
            fit = self._refine(image, quad / scale, radius=max(4.0, 4.0 / scale), step=1.0)
            if fit is not None:
                if any(np.abs(fit[0] - other).max() < 1.0 for other in seen):
                    continue  # converged onto a quad refined already (a near-copy from another segmentation)
                seen.append(fit[0])
            fit = self._narrowed(image, fit)
            if fit is None:
                continue
            refined, straightness = fit
            if straightness < min_straightness or not self._plausible(refined, w, h):
                continue
            final = score * straightness
            if best is not None and final <= best[0]:
                continue  # cannot win: no need to check its edges
            if not is_sheet_outline(frame, order_corners(refined)):
                continue  # soft patches of light, a mug's bounding square, a checked cloth's cells
            best = (final, refined)
            if accepted is not None:
                accepted.append(best)
        return best

    def _card_around(self, found: Fit, accepted: list[Fit], w: int, h: int) -> Fit:
        """The ID card around a found part of it: the largest quad among those ``accepted`` on the way (each the best of
        its stage when it was found: scored, refined, straight and a sheet's outline) with an ID-1 card's proportions,
        when ``found`` has not, that scores at least ``detect_card_around_min_score`` times ``found``; ``found`` when
        there is none. A card's light body and the whole card with its coloured band both pass every check, and the
        body's outline, the stronger step, scores a little higher. The card must hold ``found`` (``_NESTED_COVER`` of
        its area), be larger by ``_NESTED_GROWTH`` but not by more than ``_NESTED_MAX_GROWTH`` (a band; not the desk
        or a document beside it) and not reach the frame's border (``cut_off_margin_px``) unless ``found`` does.

        Any outer quad of those sizes was tried first (alt tuning seeds 0-2999: 8 pages and receipts worse, grown over
        the desk); with the card's proportions, 21 better and 1 worse."""
        inner = order_corners(found[1])
        if _card_shaped(inner):
            return found
        inner_area = float(cv2.contourArea(inner))
        margin = self.settings.cut_off_margin_px  # the border as the cut-off check sees it, without its rounding allowance
        inner_on_border = _reaches_border(inner, w, h, margin)
        outer: tuple[float, Fit] | None = None
        for fit in accepted:
            if fit[0] < self.settings.detect_card_around_min_score * found[0]:
                continue
            quad = order_corners(fit[1])
            area = float(cv2.contourArea(quad))
            if not _NESTED_GROWTH * inner_area <= area <= _NESTED_MAX_GROWTH * inner_area or (
                    not inner_on_border and _reaches_border(quad, w, h, margin)) or not _card_shaped(quad):
                continue
            overlap, _ = cv2.intersectConvexConvex(inner, quad)
            if overlap >= _NESTED_COVER * inner_area and (outer is None or area > outer[0]):
                outer = (area, fit)
        return found if outer is None else outer[1]

    def _card_with_band(self, score: float, body: np.ndarray, colour_f: np.ndarray, paper: np.ndarray,
                        frame: np.ndarray, scale: float) -> Fit | None:
        """The ID card around a found quad that is its body without a coloured band along a long side, or None.

        The found quad (full-resolution ``body``, its final ``score``) is longer than a card by up to
        ``_BANDED_MAX_ASPECT``: a band along one of its long sides would make up an ID-1 card. Beyond each long side the
        band's edge is searched by its colour (:func:`kiosk_app.digitize.strips.band_edge`); the card is the body with
        that side moved out to the edge along its neighbours, when it has a card's proportions (within
        ``_BANDED_TOLERANCE``: a card seen at an angle), is plausible, scores on the small frame as an extension (a
        dark band may make it darker than the desk) and its score times the band edge's straightness reaches
        ``_BANDED_MIN_SCORE`` of the body's. No stage finds such a card when its band blends into the desk (a dark band
        on dark cloth, wood or a checked cloth's dark cells) or its edge steps up and down along a checked cloth."""
        if frame.ndim != 3:
            return None
        q = order_corners(body).astype(np.float64)
        aspect = quad_aspect(q)
        if not _ID1_ASPECT * (1 + _ID1_TOLERANCE) <= aspect <= _BANDED_MAX_ASPECT:
            return None
        h, w = frame.shape[:2]
        sides = np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)
        long_first = sides[0] + sides[2] >= sides[1] + sides[3]
        short = float(sides[1] + sides[3] if long_first else sides[0] + sides[2]) / 2
        band = aspect * short / _ID1_ASPECT - short  # the band's width if the card were seen square on
        centre = q.mean(axis=0)
        best: Fit | None = None
        for i in (0, 2) if long_first else (1, 3):
            edge = band_edge(frame, q[i], q[(i + 1) % 4], centre, band, short)
            moved = None if edge is None else _side_moved(q, i, edge[:2])
            if edge is None or moved is None:
                continue
            card = moved[0]
            if abs(quad_aspect(card) / _ID1_ASPECT - 1.0) > _BANDED_TOLERANCE or not self._plausible(card, w, h):
                continue
            small = self._score(card * scale, colour_f, paper, colour_f.shape[1], colour_f.shape[0], extension=True)
            final = small * edge[2]
            if final >= _BANDED_MIN_SCORE * score and (best is None or final > best[0]):
                best = (final, card)
        return best

    def _over_margin(self, score: float, quad: np.ndarray, colour_f: np.ndarray, paper: np.ndarray,
                     frame: np.ndarray, scale: float) -> Fit | None:
        """The found quad (full-resolution, its final ``score``) with one side moved out over a strip of the inside's
        colour to where the paper ends (:func:`kiosk_app.digitize.strips.margin_edge`, within ``_MARGIN_REACH`` of the
        neighbouring sides' length), or None. The side moves along its neighbours by at least ``_MARGIN_MIN_PUSH`` of
        their length (less is the refinement's business: a shadow or a sheet under the page beside a side found right,
        alt tuning 1320 and the real SmartDoc tax form, moved 5-8 px), the quad stays plausible, scores on the small
        frame, and its score times the new side's straightness reaches ``_MARGIN_MIN_SCORE`` of the found one's; of the
        sides that qualify, the best scoring moves. A receipt on a checked cloth found along its text column, a page
        along a ruled frame or a cell's edge (tuning seeds 0-1499: 19 frames better, none worse)."""
        if frame.ndim != 3:
            return None
        q = order_corners(quad).astype(np.float64)
        h, w = frame.shape[:2]
        centre = q.mean(axis=0)
        best: Fit | None = None
        for i in range(4):
            a, b = q[i], q[(i + 1) % 4]
            if _on_border(a, b, w, h, 3.0):
                continue
            extent = min(float(np.linalg.norm(a - q[i - 1])), float(np.linalg.norm(b - q[(i + 2) % 4])))
            edge = margin_edge(frame, a, b, centre, _MARGIN_REACH * extent)
            moved = None if edge is None else _side_moved(q, i, edge[:2])
            if edge is None or moved is None or moved[1] < _MARGIN_MIN_PUSH * extent:
                continue
            if not self._plausible(moved[0], w, h):
                continue
            final = edge[2] * self._score(moved[0] * scale, colour_f, paper, colour_f.shape[1], colour_f.shape[0])
            if final >= _MARGIN_MIN_SCORE * score and (best is None or final > best[0]):
                best = (final, moved[0])
        return best

    # ------------------------------------------------------------------ candidates
    def _crisp_edge_candidates(self, grey: np.ndarray) -> list[np.ndarray]:
        """Candidates from the edges of a high-passed copy: the soft edges of shadows vanish there,
        the page's crisp edges stay (tried only when the usual candidates found nothing)."""
        grey_f = grey.astype(np.float32)
        high = grey_f - cv2.GaussianBlur(grey_f, (0, 0), 4.0)
        high_u8 = np.clip(high * 4.0 + 128.0, 0, 255).astype(np.uint8)
        edges = cv2.Canny(high_u8, 20, 50, L2gradient=True)
        edges = cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        return self._quads_of_masks([edges], grey.shape)

    def _smooth_region_candidates(self, grey: np.ndarray) -> list[np.ndarray]:
        """Candidates of the regions free of strong edges (tried only when nothing else was found).

        On a checked cloth every segmentation joins the page to the light cells touching it, and Canny finds the
        cells' edges everywhere; the page (its print a faint texture on the small frame) is the one large stretch
        without strong edges. Where a window of about a cell's size holds hardly any, the window's middle is
        smooth; the smooth region grown back by the window's half-width is the page."""
        window = _SMOOTH_WINDOW
        edges = cv2.Canny(grey, 60, 150, L2gradient=True).astype(np.float32) / 255.0
        density = cv2.boxFilter(edges, -1, (window, window))
        smooth = (density < _SMOOTH_DENSITY).astype(np.uint8) * 255
        grown = cv2.dilate(smooth, cv2.getStructuringElement(cv2.MORPH_RECT, (window, window)))
        return self._quads_of_masks([grown], grey.shape)

    def _calm_candidates(self, grey: np.ndarray, full_grey: np.ndarray, scale: float,
                         holding: np.ndarray | None = None) -> list[np.ndarray]:
        """Candidates of the regions of low local variation (:mod:`kiosk_app.digitize.calm`), each also as refined by
        wider side fits on the full-resolution ``full_grey`` (a calm region's outline is only as precise as its
        window); small-frame coordinates. ``holding``: only those that hold this quad, within a window's reach."""
        quads = self._quads_of_masks(calm_masks(grey), grey.shape)
        if holding is not None:
            inner = order_corners(holding)
            quads = [q for q in quads if _within(inner, order_corners(q), float(max(WIDE_RADII)))]
        return self._widely_refined(quads, full_grey, scale)

    def _zoomed_in(self, quads: list[np.ndarray], frame: np.ndarray, scale: float) -> Fit | None:
        """The page found in a crop of the full-resolution ``frame`` around one of the small ``quads`` (small-frame
        pixels; under ``_ZOOM_MAX_AREA`` of the frame), at up to ``detect_width`` pixels across: a small document is
        only some 40 px wide on the small frame, where a thumb or glare beside it bends its region's outline beyond
        what refinement recovers. The crop reaches ``_ZOOM_MARGIN`` of the quad's box beyond it on every side; the page
        found there must be confident (:meth:`_confident`), lie clear of the crop's cut edges and be no smaller than the
        smallest page of the frame."""
        h, w = frame.shape[:2]
        sub = PageDetector(self.settings, zoom=False)
        for quad in quads:
            q = order_corners(quad / scale)
            if cv2.contourArea(q) > _ZOOM_MAX_AREA * w * h:
                continue
            x0, y0 = q.min(axis=0)
            x1, y1 = q.max(axis=0)
            margin = _ZOOM_MARGIN * max(x1 - x0, y1 - y0)
            left, top = int(max(0, x0 - margin)), int(max(0, y0 - margin))
            right, bottom = int(min(w, x1 + margin + 1)), int(min(h, y1 + margin + 1))
            crop = np.ascontiguousarray(frame[top:bottom, left:right])
            found = sub.detect(crop)
            if found is None:
                continue
            corners = found.corners + np.array([left, top], np.float32)
            cut = [(left > 0, corners[:, 0].min() - left), (top > 0, corners[:, 1].min() - top),
                   (right < w, right - corners[:, 0].max()), (bottom < h, bottom - corners[:, 1].max())]
            if any(inner and gap < 3.0 for inner, gap in cut):
                continue  # runs on past the crop: a part of something larger
            area = float(cv2.contourArea(corners)) / float(w * h)
            if area < self.settings.detect_min_area_fraction or not sub._confident((found.score, found.corners),
                                                                                  crop.shape[1], crop.shape[0]):
                continue  # seen closer, a page is clearly outlined (a dark block on an empty desk was not: 0.22)
            return found.score * math.sqrt(crop.shape[0] * crop.shape[1] / float(w * h)), corners
        return None

    def _on_checked_desk(self, found: Fit | None, mapped: DeskMap | None, grey: np.ndarray, paper: np.ndarray,
                         full_grey: np.ndarray, frame: np.ndarray, scale: float) -> Fit | None:
        """On a checked desk (:mod:`kiosk_app.digitize.lattice`): the document outlined by what does not repeat the
        desk's pattern, when it fits the desk map at least ``lattice.MIN_FIT`` and ``lattice.FIT_MARGIN`` better than
        ``found`` does; ``found`` otherwise, and on any other desk.

        A document's sides step to light cells and to dark ones in turn, which the usual scoring and the sheet check
        refuse (their steps are one-signed: a run of a checked cloth's cells must not pass for a page). So the
        ``_CHECKED_REFINED`` candidates that fit the map best are each refined on the frame as its distance in colour
        from the candidate's body (:func:`~kiosk_app.digitize.lattice.body_distance`), where the desk is far on both
        kinds of cells, must be straight and plausible and paper inside (not a keyboard lying on the cloth), and are
        judged by their fit to the map times straightness. ``mapped``: the desk's map (:func:`desk_map` of ``grey``).
        The candidates are the map's regions' quads and their boxes (:func:`~kiosk_app.digitize.lattice.region_boxes`),
        each refined by the usual and the wider side fits (:meth:`_body_fits`): a page or a card about a cell wide,
        whose region is a rounded blob, was missed (tuning seeds 0-1499: 11 frames better, 3 worse, 2 misses found)."""
        if mapped is None:
            return found
        h, w = full_grey.shape
        documents = mapped.documents()
        # the boxes of regions down to half the smallest page: a region is the document shrunk by the cell averaging
        boxes = region_boxes(documents, 0.5 * self.settings.detect_min_area_fraction * grey.size)
        candidates = self._widely_refined(self._quads_of_masks([documents], grey.shape) + boxes, full_grey, scale)
        values = colour_values(frame)
        best: tuple[float, np.ndarray, float] | None = None  # (fit x straightness, corners, fit)
        for quad in sorted(candidates, key=lambda q: -mapped.fit(q))[:_CHECKED_REFINED]:
            for fit in self._body_fits(body_distance(values, quad / scale), quad / scale, scale):
                if fit[1] < self.settings.detect_min_side_straightness or not self._plausible(fit[0], w, h) \
                        or not _even_sides(fit[0]) \
                        or _paper_share(fit[0] * scale, paper) < self.settings.detect_min_paper_share \
                        or mapped.lightness(grey, fit[0] * scale) < MIN_LIGHTNESS \
                        or mapped.desk_inside(fit[0] * scale) > MAX_DESK_INSIDE:
                    continue  # a sliver; a keyboard or a dark block lying on the cloth; a glare on it
                agreement = mapped.fit(fit[0] * scale)
                if best is None or agreement * fit[1] > best[0]:
                    best = (agreement * fit[1], fit[0], agreement)
        if best is None or best[2] < MIN_FIT or (found is not None and best[2] < mapped.fit(found[1] * scale) + FIT_MARGIN):
            return found
        area = float(cv2.contourArea(order_corners(best[1]))) / float(w * h)
        return best[0] * math.sqrt(area), best[1]  # evidence times the square root of the size, as a score

    def _body_fits(self, distance: np.ndarray, quad: np.ndarray, scale: float) -> Iterator[tuple[np.ndarray, float]]:
        """The refinements of ``quad`` (full-resolution pixels) on a checked desk's ``distance`` from its body
        (:func:`~kiosk_app.digitize.lattice.body_distance`), by the usual side fit and by the wider ones
        (``WIDE_RADII``): a region of the desk map is only as precise as a cell, so its quad's sides can lie farther
        from the document's than the usual fit looks."""
        for radius in (max(4.0, 4.0 / scale), *(r / scale for r in WIDE_RADII)):
            fit = self._narrowed(distance, self._wide_refine(distance, quad, radius))
            if fit is not None:
                yield fit

    def _widely_found(self, best: list[np.ndarray], mapped: DeskMap | None, colour_f: np.ndarray, paper: np.ndarray,
                      full_grey: np.ndarray, frame: np.ndarray, scale: float, accepted: list[Fit]) -> Fit | None:
        """The page among the ``best`` candidates (the ``_WIDE_CANDIDATES`` best-scored with pale pages allowed) refined
        by wider side fits (``WIDE_RADII``): the detector's last resort, when nothing was found. Glare cutting a page's
        region short, or a document beside it joined to it, leaves a region's side farther from the page's edge than
        the usual refinement looks (its sheet check then fails on a side lying inside the page).

        Wide fits also find straight steps in a textured desk, so a quad they give must not lie along the frame's
        border (that side has no edge evidence: a strip of wood grain) nor, on a checked desk (``mapped``), hold more
        than ``MAX_DESK_INSIDE`` of its cells (the first trial, without these checks, reported pages on three more of
        the 700 empty tuning desks: two checked cloths and a wood grain)."""
        sh, sw = colour_f.shape[:2]
        wide = [quad for quad in self._widely_refined(best, full_grey, scale)[len(best):]
                if not _reaches_border(order_corners(quad), sw, sh, 1.0)
                and (mapped is None or mapped.desk_inside(quad) <= MAX_DESK_INSIDE)]
        return self._best(wide, colour_f, paper, full_grey, frame, scale, accepted=accepted, pale=True)

    def _widely_refined(self, coarse: list[np.ndarray], full_grey: np.ndarray, scale: float) -> list[np.ndarray]:
        """``coarse`` quads of a region only as precise as a window, each also as refined by wider side fits on the
        full-resolution ``full_grey`` (``WIDE_RADII``); small-frame coordinates."""
        refined: list[np.ndarray] = []
        for quad in coarse:
            for radius in WIDE_RADII:
                fit = self._wide_refine(full_grey, quad / scale, radius / scale)
                if fit is not None:
                    refined.append((fit[0] * scale).astype(np.float32))
        return coarse + refined

    def _wide_refine(self, image: np.ndarray, quad: np.ndarray, radius: float) -> tuple[np.ndarray, float] | None:
        """:meth:`_refine` of ``quad`` (full-resolution pixels) searching ``radius`` pixels either side of each side, in
        steps of a sixteenth of it (at least a pixel): a wide search need not sample every pixel."""
        return self._refine(image, quad, radius=radius, step=max(1.0, radius / 16.0))

    def _candidates(self, colour: np.ndarray, grey: np.ndarray, blurred: np.ndarray) -> list[np.ndarray]:
        """Candidates of the quick segmentations: Otsu on grey and whiteness, Canny at the frame's contrast (on
        ``blurred``, the small frame ``colour`` after a 3x3 Gaussian blur)."""
        masks: list[np.ndarray] = []
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
        whiteness = cv2.GaussianBlur(min_channel(colour), (3, 3), 0)
        for channel in (grey, whiteness):
            _, mask = cv2.threshold(channel, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
            mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
            masks.append(mask)
        median = median_u8(grey)
        edges = cv2.Canny(blurred, max(5.0, 0.33 * median), max(14.0, 0.66 * median), L2gradient=True)
        masks.append(cv2.dilate(edges, kernel))
        return self._quads_of_masks(masks, grey.shape)

    def _more_candidates(self, colour: np.ndarray, grey: np.ndarray, blurred: np.ndarray) -> list[np.ndarray]:
        """Candidates of the slower segmentations, tried when the usual ones give no confident page (``blurred``: as
        for :meth:`_candidates`)."""
        masks: list[np.ndarray] = []
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
        close_kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
        for lo, hi in ((10.0, 30.0), (5.0, 14.0)):
            edges = cv2.Canny(blurred, lo, hi, L2gradient=True)
            if lo < 6:  # faint edges of a light page on a light table: bridge their gaps
                edges = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, close_kernel)
            masks.append(cv2.dilate(edges, kernel))
        # thin dark objects (a cable over the page, text lines) closed away: the page is one region again
        closed = cv2.morphologyEx(colour, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7)))
        closed_white = min_channel(closed)
        _, mask = cv2.threshold(closed_white, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        masks.append(cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel))
        edges = cv2.Canny(cv2.GaussianBlur(closed, (3, 3), 0), 10, 30, L2gradient=True)
        masks.append(cv2.dilate(edges, kernel))
        return self._quads_of_masks(masks, grey.shape)

    def _quads_of_masks(self, masks: list[np.ndarray], shape: tuple[int, ...]) -> list[np.ndarray]:
        """Quadrilaterals of the largest regions (by hull area) of each mask."""
        h, w = shape[:2]
        min_area = self.settings.detect_min_area_fraction * w * h
        quads: list[np.ndarray] = []
        for mask in masks:
            contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
            hulls = [(c, cv2.convexHull(c)) for c in contours
                     if len(c) >= 4 and box_area(c) >= min_area * 0.8]  # a hull is no larger than its box
            sized = [(area, c, hull) for c, hull in hulls if (area := cv2.contourArea(hull)) >= min_area * 0.8]
            sized.sort(key=lambda item: -item[0])
            for _, contour, hull in sized[:6]:
                for quad in self._to_quads(contour, hull):
                    if cv2.contourArea(quad) >= min_area:
                        quads.append(quad)
        return _unique(quads)

    @staticmethod
    def _to_quads(contour: np.ndarray, hull: np.ndarray) -> list[np.ndarray]:
        """Quadrilaterals for a region: its simplified ``hull`` (``cv2.convexHull(contour)``, which the caller made to
        rank the regions), and quads from its longest straight sides.

        The second kind recovers the page when a thumb, glare or a bright object next to it changes the
        region's outline: the page's sides stay long straight runs of the outline, even when split.
        """
        perimeter = cv2.arcLength(hull, True)
        quads: list[np.ndarray] = []
        for eps in (0.01, 0.02, 0.03, 0.045, 0.06, 0.08):
            approx = cv2.approxPolyDP(hull, eps * perimeter, True)
            if len(approx) == 4:
                quads.append(approx.reshape(4, 2).astype(np.float32))
                break
            if len(approx) < 4:
                break
        quads.extend(_side_line_quads(contour))
        return quads

    def _score(self, quad: np.ndarray, colour: np.ndarray, paper: np.ndarray, w: int, h: int,
               extension: bool = False, pale: bool = False) -> float:
        """Edge support times size; 0 for an implausible shape, a side without support or a textured inside
        (``paper``: the small frame's pixels at their local paper level, see :func:`_paper_level`).

        An ``extension`` (the found page grown over a band that ended it, or a page of another hue than the desk)
        may be darker than the desk on average: a coloured card with a dark header band on a light desk is, where a
        lone candidate that dark is a shadow or a dark object (see :meth:`_darker_document`, and ``pale``). Darker on
        every side, an extension too must be a document by :meth:`_darker_document` (a dark block on a yellow desk,
        tuning empty desk 377, is of another hue)."""
        s = self.settings
        quad = order_corners(quad)
        if not cv2.isContourConvex(quad.reshape(-1, 1, 2).astype(np.float32)):
            return 0.0
        angles = _interior_angles(quad)
        if angles.min() < s.detect_min_angle or angles.max() > 180 - s.detect_min_angle:
            return 0.0
        area = cv2.contourArea(quad) / float(w * h)
        centre = quad.mean(axis=0)
        supports: list[float] = []
        steps: list[float] = []
        border_sides = 0
        for i in range(4):
            a, b = quad[i], quad[(i + 1) % 4]
            if _on_border(a, b, w, h):
                border_sides += 1
                continue
            support, step = _edge_support(a, b, colour, centre, s.detect_edge_contrast)
            if support < s.detect_min_side_support:
                return 0.0
            supports.append(support)
            steps.append(step)
        if border_sides > 1 or not supports:
            return 0.0
        if border_sides and _ink_share(quad, colour) < s.detect_min_ink_cut_off:
            return 0.0  # a blank stretch of desk between objects and the frame's edge, not a page
        if float(np.mean(steps)) < -s.detect_edge_contrast \
                and (not extension or max(steps) < -s.detect_edge_contrast) \
                and not self._darker_document(quad, colour, steps, pale):
            return 0.0  # darker than its surroundings: a shadow or a dark object, not paper
        low, mean = min(supports), float(np.mean(supports))
        if low < s.detect_min_side_support or mean < s.detect_min_mean_support:
            return 0.0
        if _paper_share(quad, paper) < s.detect_min_paper_share:
            return 0.0  # a dense texture (wood grain, a keyboard's keys), not paper with sparse strokes
        return mean * math.sqrt(low) * math.sqrt(area)

    def _darker_document(self, quad: np.ndarray, colour: np.ndarray, steps: list[float], pale: bool) -> bool:
        """Whether a quad darker than the desk (its sides' brightness ``steps``, inside minus outside, negative on
        average) is a document all the same: it carries print (ink) on a body not far darker than the desk, where a
        shadow is blank and a dark block, a phone or a keyboard is a dark body with a few light lines.

        * darker on every side: a coloured ID card on a white desk, its text and photo (``detect_min_ink_dark``) on a
          body at least half as light as the desk;
        * ``pale``: a cream or grey page on a white desk, or a page on a desk lit more brightly beside it (darker on
          every side or on some), its print (``detect_pale_min_ink``) on a body nearly as light as the desk
          (``detect_pale_min_body``). Asked only when no stage found anything (the detector's last one): allowed in
          every stage, such a quad won over the true page on a real photo (a letter on a stack of pages: 0.88 -> 0.43
          IoU) and on one of our generator's."""
        ink, body = _ink_and_body(quad, colour)
        desk = body - float(np.mean(steps))
        s = self.settings
        if pale and ink >= s.detect_pale_min_ink and body >= s.detect_pale_min_body * desk:
            return True
        return max(steps) < 0 and ink >= s.detect_min_ink_dark and body >= 0.5 * desk

    def _grown(self, quad: np.ndarray, colour: np.ndarray, full: np.ndarray, scale: float) -> np.ndarray | None:
        """The quad with each side moved out to the page's edge where the two neighbouring sides go on
        past its corners (a card's dark magnetic stripe, a header band or a shadow across the page made
        the found side an inner boundary), or None when no side moves. Small-frame coordinates.

        The neighbours must go on as straight edges in line with themselves at full resolution, which
        wood grain or clutter next to a page's corner do not; in colour (``full`` is the BGR frame): a dark band
        on a dark desk of another hue has hardly a grey step along its ends, but a colour step."""
        q = order_corners(quad).astype(np.float64)
        centre = q.mean(axis=0)
        changed = False
        for i in range(4):
            a, b = q[i], q[(i + 1) % 4]
            ua, ub = a - q[i - 1], b - q[(i + 2) % 4]
            la, lb = float(np.linalg.norm(ua)), float(np.linalg.norm(ub))
            if min(la, lb) < 8:
                continue
            ua, ub = ua / la, ub / lb
            stub = max(4.0, 0.12 * min(la, lb))
            if not (self._continues(full, q[i - 1] / scale, a / scale, (a + ua * stub) / scale, centre / scale)
                    and self._continues(full, q[(i + 2) % 4] / scale, b / scale, (b + ub * stub) / scale,
                                        centre / scale)):
                continue  # the neighbours end at the corners: a true side
            along = (b - a) / (float(np.linalg.norm(b - a)) + 1e-9)
            # the side itself goes on past a corner: a shadow's edge across the page and the desk, not the page's edge
            through = self._continues(full, b / scale, a / scale, (a - along * stub) / scale, centre / scale) \
                or self._continues(full, a / scale, b / scale, (b + along * stub) / scale, centre / scale)
            reached = self._outer_edge(a, b, ua, ub, min(la, lb) * (_THROUGH_REACH if through else 1.0), q[i - 1],
                                       q[(i + 2) % 4], colour, full, centre, scale, through)
            if reached is None:
                continue
            a2, b2 = reached
            q[i], q[(i + 1) % 4] = a2, b2
            changed = True
        return q.astype(np.float32) if changed else None

    def _outer_edge(self, a: np.ndarray, b: np.ndarray, ua: np.ndarray, ub: np.ndarray, reach: float,
                    before_a: np.ndarray, after_b: np.ndarray, colour: np.ndarray, full: np.ndarray,
                    centre: np.ndarray, scale: float, through: bool = False) -> tuple[np.ndarray, np.ndarray] | None:
        """Where the side ``a``-``b`` (small-frame pixels) moves out to, along its neighbours' directions ``ua`` and
        ``ub``, or None: the page's outer edge past a band or a shadow that ended the found region.

        First, past the found side's own support (which reaches 3 px), the first run of supported positions:
        the edge is near the run's outer end (a thin light rim may sit between a card's stripe and its edge,
        so the run can hold both). A band narrower than the support's window on the small frame leaves no
        unsupported gap, but the step's sign flips past it (lighter inside at the found side, darker past
        it): then the edge is the middle of the run's strongest steps. When the neighbouring sides do not go
        on to that position (a desk whose texture supports every position): moving outward, the last
        supported position up to which both neighbours still go on straight and in line (past the page's
        edge they cross the desk). A side ``through`` the scene (a shadow's edge) goes straight to that search: the
        first supported run past it is print in the shaded part of the page."""
        s = self.settings
        h, w = colour.shape[:2]

        def inside(t: float) -> bool:
            a2, b2 = a + ua * t, b + ub * t
            return not (min(a2.min(), b2.min()) < -2 or max(a2[0], b2[0]) > w + 1 or max(a2[1], b2[1]) > h + 1)

        def supported(t: float) -> bool:
            return _edge_support(a + ua * t, b + ub * t, colour, centre, s.detect_edge_contrast)[0] >= 0.6

        def continues(t: float) -> bool:
            return (self._continues(full, before_a / scale, a / scale, (a + ua * t) / scale, centre / scale)
                    and self._continues(full, after_b / scale, b / scale, (b + ub * t) / scale, centre / scale))

        if not through:  # a side through the scene: the first supported run past it is print in the shaded page
            best_t, left_side, first_sign, flipped = 0.0, False, 0.0, False
            run: list[tuple[float, float]] = []  # (position, size of the step there)
            for t in np.arange(2.0, 0.6 * reach, 1.0):
                if not inside(float(t)):
                    break
                support, step = _edge_support(a + ua * t, b + ub * t, colour, centre, s.detect_edge_contrast)
                if not left_side:
                    # a band narrower than the support's window leaves no gap, but the step's sign flips there
                    first_sign = first_sign or math.copysign(1.0, step)
                    flipped = support >= 0.6 and step * first_sign < -s.detect_edge_contrast
                    left_side = support < 0.6 or flipped
                    if flipped:
                        run.append((float(t), abs(step)))
                elif support >= 0.6:
                    best_t = float(t)
                    run.append((float(t), abs(step)))
                elif best_t > 0:
                    break
            if run:
                if flipped:  # the middle of the run's strongest steps
                    strongest = max(step for _, step in run)
                    best_t = float(np.mean([t for t, step in run if step >= 0.95 * strongest]))
                else:
                    best_t -= 2.0
                if continues(best_t):
                    return a + ua * best_t, b + ub * best_t
        reached = None
        shortest = 12.0 * scale  # a neighbour's stretch past its corner shorter than this can't be fitted
        for t in np.arange(3.0, 0.6 * reach, 2.0):
            if not inside(float(t)):
                break
            if t < shortest:
                continue
            if not continues(float(t)):
                break
            if supported(float(t)):
                reached = float(t)
        return None if reached is None else (a + ua * reached, b + ub * reached)

    def _extension_supported(self, inner: np.ndarray, outer: np.ndarray, colour: np.ndarray) -> bool:
        """Whether the sides of ``inner`` (small-frame pixels) go on as edges out to the corners of the enclosing
        ``outer`` (a card's band, not a stretch of desk the outer quad took in)."""
        q = order_corners(inner).astype(np.float64)
        c = order_corners(outer).astype(np.float64)
        centre = c.mean(axis=0)
        # each inner corner that is not a corner of the outer quad must be a point on a side that goes on
        for i in range(4):
            near = int(np.argmin(np.linalg.norm(c - q[i], axis=1)))
            if np.linalg.norm(c[near] - q[i]) < 3.0:
                continue
            beyond = c[near]
            if _edge_support(q[i], beyond, colour, centre, self.settings.detect_edge_contrast)[0] < 0.8:
                return False
        return True

    def _continues(self, image: np.ndarray, start: np.ndarray, corner: np.ndarray, beyond: np.ndarray,
                   centre: np.ndarray) -> bool:
        """Whether the side from ``start`` to ``corner`` goes on, straight and in line, to ``beyond`` (full-resolution
        pixels of the grey or colour ``image``)."""
        fit = self._fit_side(image, corner, beyond, centre, 3.0, 0.5)
        if fit is None or fit[2] < 0.7:
            return False
        point, direction = fit[0], fit[1]
        side = corner - start
        normal = np.array([-side[1], side[0]]) / (float(np.linalg.norm(side)) + 1e-9)
        ends = [point + ((p - point) @ direction) * direction for p in (corner, beyond)]
        return all(abs(float((e - start) @ normal)) < 2.0 for e in ends)

    # ------------------------------------------------------------------ refinement
    def _refine(self, grey: np.ndarray, quad: np.ndarray, radius: float,
                step: float) -> tuple[np.ndarray, float] | None:
        """Sub-pixel corners from robust line fits to the edge points found across each side (of a grey frame, or along
        the colour steps of a colour one).

        Also returns the least share of a side's samples lying on its fitted line (1.0 for sides on
        the frame border): a real paper edge is straight along most of its length.
        """
        quad = order_corners(quad).astype(np.float64)
        h, w = grey.shape[:2]
        centre = quad.mean(axis=0)
        lines = []
        straightness = 1.0
        for i in range(4):
            a, b = quad[i], quad[(i + 1) % 4]
            if _on_border(a, b, w, h, tol=3.0):
                d = b - a
                lines.append((a, d / (np.linalg.norm(d) + 1e-12)))
                continue
            fit = self._fit_side(grey, a, b, centre, radius, step)
            if fit is None:
                return None
            lines.append(fit[:2])
            straightness = min(straightness, fit[2])
        corners = []
        for i in range(4):
            p = crossing(lines[i - 1], lines[i])
            if p is None:
                return None
            corners.append(p)
        out = np.array(corners, dtype=np.float32)
        if np.abs(out - quad).max() > radius * 3 + 10:
            return None
        return out, straightness

    def _narrowed(self, image: np.ndarray, fit: tuple[np.ndarray, float] | None) -> tuple[np.ndarray, float] | None:
        """A first refinement narrowed by the ``_FINER_PASSES`` (each kept only when it succeeds) on ``image``."""
        for radius, step in _FINER_PASSES:  # narrower searches as the lines converge
            if fit is None:
                break
            finer = self._refine(image, fit[0], radius=radius, step=step)
            fit = finer if finer is not None else fit
        return fit

    def _fit_side(self, grey: np.ndarray, a: np.ndarray, b: np.ndarray, centre: np.ndarray, radius: float,
                  step: float) -> tuple[np.ndarray, np.ndarray, float] | None:
        """The edge line along one side and the share of the side's samples that lie on it."""
        length = float(np.linalg.norm(b - a))
        if length < 8:
            return None
        direction = (b - a) / length
        normal = outward_normal(direction, a, b, centre)
        n = int(min(max(length / 8, 16), 64))
        t = spread(0.05, 0.95, n) * length
        offsets = profile_offsets(radius, step)
        base = a[None, :] + t[:, None] * direction[None, :]
        # three parallel profiles per sample point, averaged, to tame noise and JPEG blocks
        map_x, map_y = profile_maps(base, offsets, normal, direction)
        sampled = cv2.remap(grey, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        if sampled.ndim == 3:  # a colour frame: the profiles along the colour step across the side
            coloured = sampled.astype(np.float32).reshape(3, n, -1, sampled.shape[-1]).mean(axis=0)
            k = max(1, coloured.shape[1] // 4)
            across = median_rows(coloured[:, :k].mean(axis=1) - coloured[:, -k:].mean(axis=1))
            norm = float(np.linalg.norm(across))
            unit = across / norm if norm > 1e-6 else np.full(coloured.shape[-1], 1.0 / coloured.shape[-1])
            profiles = coloured @ unit.astype(np.float32)
        else:
            profiles = mean_axis0(sampled.reshape(3, n, -1))
        smooth = cv2.filter2D(profiles, -1, profile_kernel(step), borderType=cv2.BORDER_REPLICATE)
        deriv = np.zeros_like(smooth)
        deriv[:, 1:-1] = (smooth[:, 2:] - smooth[:, :-2]) / (2 * step)
        # the page side is inside (negative offsets): choose the dominant sign of the step per side
        total = deriv.sum(axis=0)
        sign = -1.0 if total[np.argmax(np.abs(total))] < 0 else 1.0
        signed = deriv if sign > 0 else -deriv  # deriv * sign: multiplying by 1.0 changes nothing, by -1.0 negates
        # every clear local maximum of a profile is an edge point: a double edge (a sheet under the page,
        # a shadow along it, the paper's thickness) gives two, and the line through most samples wins
        inner = signed[:, 1:-1]
        strongest = inner.max(axis=1)
        threshold = max(1.5, median_1d(strongest) * 0.35)
        is_peak = (inner >= signed[:, :-2]) & (inner > signed[:, 2:]) & (inner > threshold)
        is_peak &= inner >= 0.3 * strongest[:, None]
        rows, cols = np.nonzero(is_peak)
        # profiles with an edge point, np.count_nonzero(is_peak.any(axis=1)): the distinct rows, which np.nonzero lists
        # in order (no second pass over is_peak)
        edged = int(np.count_nonzero(rows[1:] != rows[:-1])) + 1 if len(rows) else 0
        if edged < max(6, n * 0.3):
            return None
        k = cols + 1
        peak = signed[rows, k]
        left, right = signed[rows, k - 1], signed[rows, k + 1]
        denom = left - 2 * peak + right
        frac = np.where(np.abs(denom) > 1e-6, 0.5 * (left - right) / np.where(denom == 0, 1, denom), 0.0)
        edge_offset = offsets[k] + np.minimum(np.maximum(frac, -0.5), 0.5) * step  # np.clip, less overhead
        pts = base[rows] + edge_offset[:, None] * normal[None, :]
        # first the strongest point of each profile; when the side is not straight that way, the line
        # through most profiles' points (one per profile)
        best_of_row = np.full(n, -1)
        order = np.argsort(peak)
        best_of_row[rows[order]] = order  # ascending: the strongest point of a row is written last
        first = best_of_row[best_of_row >= 0]
        fit = robust_line(pts[first], peak[first])
        if fit is not None and fit[2] / n >= self.settings.detect_min_side_straightness:
            return fit[0], fit[1], fit[2] / n
        chosen = consensus_points(pts, rows, peak, n)
        if chosen is None:
            return None
        second = robust_line(pts[chosen], peak[chosen])
        if second is None or (fit is not None and second[2] <= fit[2]):
            return None if fit is None else (fit[0], fit[1], fit[2] / n)
        return second[0], second[1], second[2] / n

    def _plausible(self, quad: np.ndarray, w: int, h: int) -> bool:
        s = self.settings
        q = order_corners(quad)
        if not cv2.isContourConvex(q.reshape(-1, 1, 2)):
            return False
        angles = _interior_angles(q)
        if angles.min() < s.detect_min_angle or angles.max() > 180 - s.detect_min_angle:
            return False
        if cv2.contourArea(q) < s.detect_min_area_fraction * w * h:
            return False
        sides = np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)
        if max(sides[0] + sides[2], sides[1] + sides[3]) > s.detect_max_aspect * min(sides[0] + sides[2],
                                                                                      sides[1] + sides[3]):
            return False  # a strip of wood grain or a cable's run, not a page
        return bool(np.all(q[:, 0] > -0.25 * w) and np.all(q[:, 0] < 1.25 * w)
                    and np.all(q[:, 1] > -0.25 * h) and np.all(q[:, 1] < 1.25 * h))


def _side_moved(q: np.ndarray, i: int, line: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, float] | None:
    """The quad ``q`` (ordered corners, float64) with its side ``i`` (``q[i]``-``q[i + 1]``) moved along its two
    neighbouring sides onto ``line`` (a point and a direction), ordered, as float32, and how far the side's ends moved
    (their mean); None when a neighbour runs parallel to the line."""
    j = (i + 1) % 4
    first = crossing((q[i - 1], q[i] - q[i - 1]), line)
    second = crossing((q[(i + 2) % 4], q[j] - q[(i + 2) % 4]), line)
    if first is None or second is None:
        return None
    moved = q.copy()
    moved[i], moved[j] = first, second
    push = 0.5 * float(np.linalg.norm(first - q[i]) + np.linalg.norm(second - q[j]))
    return order_corners(moved.astype(np.float32)), push


def _side_line_quads(contour: np.ndarray) -> list[np.ndarray]:
    """Quads from the four (or best four of five) longest straight lines of a region's outline.

    Collinear pieces of the outline (a side interrupted by a thumb) are merged into one line first.
    """
    perimeter = cv2.arcLength(contour, True)
    poly = cv2.approxPolyDP(contour, max(1.5, 0.004 * perimeter), True).reshape(-1, 2).astype(np.float64)
    if len(poly) < 4:
        return []
    ends = np.concatenate((poly[1:], poly[:1]))  # np.roll(poly, -1, axis=0)
    lengths = norms_last(ends - poly)
    min_len = 0.04 * perimeter
    clusters: list[SegmentCluster] = []
    # plain floats (the same values as the arrays' elements); each cluster's normal as floats too (near_cluster)
    starts, stops, sizes = poly.tolist(), ends.tolist(), lengths.tolist()
    flat: list[tuple[float, float]] = []  # each cluster's normal as plain floats
    for i in np.argsort(-lengths).tolist():
        if sizes[i] < min_len:
            break
        (ax, ay), (bx, by) = starts[i], stops[i]
        theta = math.atan2(by - ay, bx - ax) % math.pi
        mx, my = (ax + bx) / 2, (ay + by) / 2
        ends_ab = [(ax, ay), (bx, by)]
        for c, flat_normal in zip(clusters, flat, strict=True):
            dtheta = abs(theta - c.theta)
            dtheta = min(dtheta, math.pi - dtheta)
            if dtheta >= _SIX_DEGREES or not near_cluster(c, flat_normal, mx, my, 4.0):
                continue
            c.points.extend(ends_ab)
            c.length += sizes[i]
            break
        else:
            normal = np.array([-math.sin(theta), math.cos(theta)])
            clusters.append(SegmentCluster(theta, normal, float(np.dot(normal, np.array([mx, my]))), ends_ab, sizes[i]))
            flat.append((float(normal[0]), float(normal[1])))
    if len(clusters) < 4:
        return []
    clusters.sort(key=lambda c: -c.length)
    centre = integer_centre(contour)  # contour.reshape(-1, 2).mean(axis=0)
    quads = []
    # each of the (up to) five longest sides as a line: (point, direction, angle of the point around the centre);
    # the points are the outline's integer pixels, their scatter matrices' eigenvectors found in one call of eigh
    # (the same LAPACK call per matrix as one eigh each)
    means, scatters = [], []
    for c in clusters[:5]:
        pts = np.array(c.points)
        mean = integer_centre(pts)  # pts.mean(axis=0)
        centred = pts - mean
        means.append(mean)
        scatters.append(centred.T @ centred)
    _, vectors = np.linalg.eigh(np.array(scatters))
    fitted: list[tuple[np.ndarray, np.ndarray, float]] = [
        (mean, vecs[:, 1], math.atan2(mean[1] - centre[1], mean[0] - centre[0]))
        for mean, vecs in zip(means, vectors, strict=True)]
    combos = [fitted[:4]] if len(fitted) == 4 else [[f for j, f in enumerate(fitted) if j != skip] for skip in range(5)]
    for combo in combos:
        lines = sorted(combo, key=lambda item: item[2])
        corners = [crossing(lines[i - 1][:2], lines[i][:2]) for i in range(4)]
        if all(c is not None for c in corners):
            quads.append(np.array(corners, dtype=np.float32))
    return quads


def _enclosing(inner: np.ndarray, candidates: list[np.ndarray], tol: float = 2.5) -> list[np.ndarray]:
    """The candidates that enclose ``inner`` (small-frame pixels) and share three of its sides, largest first:
    the whole of a card whose dark header band or magnetic stripe ended the found region, or of a page whose
    ruled frame or table the found quad follows on one side. A page on a larger sheet shares at most two."""
    q = order_corners(inner).astype(np.float64)
    area = float(cv2.contourArea(q.astype(np.float32)))
    out: list[tuple[float, np.ndarray]] = []
    for cand in candidates:
        c = order_corners(cand).astype(np.float64)
        c_area = float(cv2.contourArea(c.astype(np.float32)))
        if not 1.08 * area <= c_area <= 2.5 * area:
            continue
        if not _within(q, c, tol):
            continue
        if sum(_along_a_side(q[i], q[(i + 1) % 4], c, tol) for i in range(4)) == 3:
            out.append((c_area, c))
    out.sort(key=lambda item: -item[0])
    return [c.astype(np.float32) for _, c in out[:3]]


def _nested_in(outer: np.ndarray, candidates: list[np.ndarray], tol: float = 2.5) -> list[np.ndarray]:
    """The ``candidates`` inside ``outer`` (small-frame pixels, within ``tol``) that cover ``_INSIDE_MIN_AREA`` to
    ``_INSIDE_MAX_AREA`` of it and share two of its sides or more (see :meth:`PageDetector._inside_at_border`)."""
    o = order_corners(outer).astype(np.float64)
    area = float(cv2.contourArea(o.astype(np.float32)))
    nested: list[np.ndarray] = []
    for cand in candidates:
        c = order_corners(cand).astype(np.float64)
        if not _INSIDE_MIN_AREA * area <= float(cv2.contourArea(c.astype(np.float32))) <= _INSIDE_MAX_AREA * area:
            continue
        if not _within(c, o, tol):
            continue
        if sum(_along_a_side(c[i], c[(i + 1) % 4], o, tol) for i in range(4)) >= 2:
            nested.append(cand)
    return nested


def _beyond_is_page(outer: np.ndarray, inner: np.ndarray, colour: np.ndarray, contrast: float,
                    min_support: float) -> bool:
    """Whether the sides of ``outer`` where they run beyond ``inner`` (small-frame pixels; stretches of at least
    ``_BEYOND_MIN_LENGTH``, sides on the frame's border aside) are a page's edges: edge support of at least
    ``min_support`` and brighter inside by ``contrast`` along ``_BEYOND_PAGE_SHARE`` of their length, and at least
    ``_BEYOND_PAGE_LENGTH`` pixels of them. A hand, an object or desk beyond the document steps otherwise, or darker."""
    h, w = colour.shape[:2]
    o = order_corners(outer).astype(np.float64)
    contour = order_corners(inner).astype(np.float32).reshape(-1, 1, 2)
    centre = o.mean(axis=0)
    t = np.linspace(0.0, 1.0, 65)
    total = paged = 0.0
    for i in range(4):
        a, b = o[i], o[(i + 1) % 4]
        if _on_border(a, b, w, h):
            continue
        points = a[None, :] + t[:, None] * (b - a)[None, :]
        outside = np.array([cv2.pointPolygonTest(contour, (float(x), float(y)), True) < -3.0 for x, y in points])
        index = np.flatnonzero(outside)
        for stretch in np.split(index, np.flatnonzero(np.diff(index) > 1) + 1) if index.size else []:
            p, q = points[stretch[0]], points[stretch[-1]]  # a stretch of the side beyond the inner quad
            length = float(np.linalg.norm(q - p))
            if length < _BEYOND_MIN_LENGTH:
                continue
            total += length
            support, step = _edge_support(p, q, colour, centre, contrast)
            if support >= min_support and step >= contrast:
                paged += length
    return paged >= _BEYOND_PAGE_LENGTH and paged >= _BEYOND_PAGE_SHARE * total


def _within(points: np.ndarray, quad: np.ndarray, tol: float) -> bool:
    """Whether every one of ``points`` lies inside ``quad`` or at most ``tol`` outside it."""
    contour = quad.astype(np.float32).reshape(-1, 1, 2)
    return min(cv2.pointPolygonTest(contour, (float(x), float(y)), True) for x, y in points) >= -tol


def _along_a_side(a: np.ndarray, b: np.ndarray, quad: np.ndarray, tol: float) -> bool:
    """Whether the segment ``a``-``b`` lies along a side of ``quad`` (both ends within ``tol`` of its line)."""
    for j in range(4):
        ca, cb = quad[j], quad[(j + 1) % 4]
        d = (cb - ca) / (np.linalg.norm(cb - ca) + 1e-9)
        normal = np.array([-d[1], d[0]])
        if abs(float((a - ca) @ normal)) < tol and abs(float((b - ca) @ normal)) < tol:
            return True
    return False


def _ink_share(quad: np.ndarray, colour: np.ndarray) -> float:
    """Share of the quad's inside (a margin away from its sides) covered by dark strokes: text, lines, stamps."""
    return _ink_and_body(quad, colour)[0]


def _ink_and_body(quad: np.ndarray, colour: np.ndarray) -> tuple[float, float]:
    """The quad's :func:`_ink_share` and the median grey level of its inside (its body: paper, a card's print)."""
    h, w = colour.shape[:2]
    x, y, bw, bh = cv2.boundingRect(np.round(quad).astype(np.int32).reshape(-1, 1, 2))
    x0, y0, x1, y1 = max(0, x - 4), max(0, y - 4), min(w, x + bw + 4), min(h, y + bh + 4)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return 0.0, 0.0
    grey = mean_channel(colour[y0:y1, x0:x1])
    mask = np.zeros(grey.shape, np.uint8)
    cv2.fillConvexPoly(mask, np.round(quad - [x0, y0]).astype(np.int32), 255)
    # away from the sides (whose anti-aliased outline is no ink), also along the frame's edge
    mask = cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7)), borderType=cv2.BORDER_CONSTANT,
                     borderValue=0)
    inside = mask > 0
    if not inside.any():
        return 0.0, 0.0
    ink = grey < cv2.GaussianBlur(grey, (0, 0), 3.0) - 10.0
    return share(ink[inside]), median_1d(grey[inside])


def _paper_level(grey: np.ndarray) -> np.ndarray:
    """Where the small frame's grey level is within 10 % of the brightest pixel near it (uint8 0/1).

    Paper is a flat sheet with sparse dark strokes: most of its pixels sit at their local paper level.
    Wood grain, a keyboard's keys or a woven cloth are dense textures whose dark half lies well below the
    bright half next to it. Computed on the unblurred small frame (a blur would flatten those textures).

    For a uint8 frame, the float32 comparison ``grey >= 0.9 * local_top`` is read from a table of the least grey level
    at paper level under each local maximum (:data:`_PAPER_LEVEL`: the same outcome for every pair of levels, which a
    test checks), and the local maxima are dilated on the bytes (the same maxima): no float copies of the frame,
    about 1 ms -> 0.1 ms on a 320 x 569 frame.
    """
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    if grey.dtype == np.uint8:
        level: np.ndarray = np.greater_equal(grey, cv2.LUT(cv2.dilate(grey, kernel), _PAPER_LEVEL)).view(np.uint8)
        return level
    grey_f = grey.astype(np.float32)
    local_top = cv2.dilate(grey_f, kernel)
    return (grey_f >= 0.9 * local_top).astype(np.uint8)


def _paper_share(quad: np.ndarray, paper: np.ndarray) -> float:
    """Share of the quad's inside (a margin away from its sides) at its local paper level."""
    h, w = paper.shape[:2]
    x, y, bw, bh = cv2.boundingRect(np.round(quad).astype(np.int32).reshape(-1, 1, 2))
    x0, y0, x1, y1 = max(0, x - 4), max(0, y - 4), min(w, x + bw + 4), min(h, y + bh + 4)
    if x1 - x0 < 12 or y1 - y0 < 12:
        return 1.0
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillConvexPoly(mask, np.round(quad - [x0, y0]).astype(np.int32), 255)
    mask = cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)), borderType=cv2.BORDER_CONSTANT,
                     borderValue=0)
    if not cv2.countNonZero(mask):  # (mask > 0).any()
        return 1.0
    return masked_share(paper[y0:y1, x0:x1], mask)  # share(paper[y0:y1, x0:x1][mask > 0])


def _unique(quads: list[np.ndarray]) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    kept = np.empty((len(quads), 4, 2), np.float32)  # out as one array: each new quad compared with all at once
    for q in quads:
        q = order_corners(q)
        if not out or bool((np.abs(q - kept[:len(out)]).max(axis=(1, 2)) > 2.0).all()):
            kept[len(out)] = q
            out.append(q)
    return out


def _reaches_border(corners: np.ndarray, w: int, h: int, margin: float) -> bool:
    """Whether a corner of a quad (full-resolution pixels) lies within ``margin`` of the frame's edge (or beyond)."""
    return bool((corners[:, 0] < margin).any() or (corners[:, 1] < margin).any()
                or (corners[:, 0] > w - 1 - margin).any() or (corners[:, 1] > h - 1 - margin).any())


def _even_sides(quad: np.ndarray) -> bool:
    """Whether each side of a quad is at least ``_EVEN_SIDES`` times the side opposite it (a document under the
    camera's perspective; a sliver of a region has a side far shorter than its opposite)."""
    q = order_corners(quad)
    sides = np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)
    return bool(min(sides[0], sides[2]) >= _EVEN_SIDES * max(sides[0], sides[2])
                and min(sides[1], sides[3]) >= _EVEN_SIDES * max(sides[1], sides[3]))


def _card_shaped(quad: np.ndarray) -> bool:
    """Whether a quad has an ID-1 card's proportions, within ``_ID1_TOLERANCE`` (perspective)."""
    return abs(quad_aspect(quad) / _ID1_ASPECT - 1.0) <= _ID1_TOLERANCE


def _on_border(a: np.ndarray, b: np.ndarray, w: int, h: int, tol: float = 2.0) -> bool:
    for axis, limit in ((0, 0.0), (0, w - 1.0), (1, 0.0), (1, h - 1.0)):
        if abs(a[axis] - limit) <= tol and abs(b[axis] - limit) <= tol:
            return True
    return False


def _edge_support(a: np.ndarray, b: np.ndarray, colour: np.ndarray, centre: np.ndarray,
                  contrast: float) -> tuple[float, float]:
    """Share of points along a side where the colour just inside differs from just outside.

    The colours are compared 2-3 px on either side of the edge, so thin lines (plank gaps, cables)
    that an edge detector would accept give no support; comparing colours rather than grey levels
    keeps a cream page on a grey table detectable. Also returns the typical signed brightness step
    (inside minus outside), which tells a page from a shadow.
    """
    length = float(np.linalg.norm(b - a))
    if length < 4:
        return 0.0, 0.0
    direction = (b - a) / length
    normal = outward_normal(direction, a, b, centre, np.float64)
    n = int(min(max(length / 2, 10), 48))
    map_x, map_y = support_maps(a, b, spread(0.08, 0.92, n), normal)
    values = cv2.remap(colour, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # the colour step across the side, allowing the coarse side to be up to 3 px off: inside is 2-3 px
    # before the edge, outside 2-3 px after it. Only steps in the side's dominant colour direction count,
    # so the random steps of text strokes crossed by a wrong side do not add up to support.
    pairs = values[:, :-1] + values[:, 1:]  # sums of neighbouring samples, (n, 12, 3)
    diffs = (pairs[:, 0:7] - pairs[:, 5:12]) * 0.5  # inside minus outside for 7 shifts, (n, 7, 3)
    magnitude = norms_last(diffs)
    best = diffs[np.arange(n), np.argmax(magnitude, axis=1)]  # (n, 3)
    dominant = median_rows(best)
    norm = float(np.linalg.norm(dominant))
    if norm < 1e-6:
        return 0.0, 0.0
    along = best @ (dominant / norm)
    return share(along > contrast), float(dominant.mean())
