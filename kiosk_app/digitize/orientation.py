"""Which way up a rectified page reads, from its text lines; and the page turned upright.

A page photographed sideways or upside down is rectified as it lay. Text tells which way is up:

1. *Axis.* Ink is cut into characters (an adaptive threshold, keeping character-sized components:
   no photos, rules or borders; no grain either, when specks make up a quarter of them). On a blurred
   page (a SmartDoc frame) the letters of a line run together into one bar, longer than any character:
   such bars are kept too (dense, at least half a letter's height thick and shorter than the page),
   when they are at least ``LINE_BAR_SHARE`` of the letters; a few among many are a barcode's or rules.
   Two cues, added:

   * *blank rows.* In narrow strips across the assumed line direction, rows of ink alternate with
     blank rows when the lines run across; when they run down the page, there is hardly a blank
     row. The direction with the larger share of blank rows (weighted by ink) wins. A blank run counts at
     most a few lines long: seen across the lines, the gutter between a receipt's items and its amounts
     would otherwise outweigh every gap between its lines. Monospaced text (a receipt) can still fool it:
     its characters stand in columns, with blank columns between them.
   * *neighbours.* A character's nearest neighbours are the characters beside it in its line (the
     letter pitch is about half the line pitch), so the vectors to them lie along the lines; this holds
     for monospaced text too, but a diacritic or a word cut into blobs sends some of them across.
2. *Up or down*, from two cues added into one score:

   * *ascenders.* Each text line (a run of inked rows in a strip) has an x-height band, where its
     row profile reaches half its peak; ascenders, capitals and the diacritics of Vietnamese stick out
     above it far more than descenders (g, p, q, y, the dot below) hang below it. More ink above than
     below: upright. It needs letters sharp enough to show ascenders, and lower case.
   * *aligned starts.* A text line is cut into segments at gaps wider than a word space (columns,
     table cells, fields of a card). Writing runs left to right: segments start at a few shared
     positions (the margin, a column, an indent, a tab stop) and end wherever their text ends (the
     last line of a paragraph, a short field). More starts than ends aligned with two or more others:
     upright. This holds for capitals, digits and text too blurred to show a single letter (a receipt,
     the machine-readable lines of an ID card, a SmartDoc frame): on pages turned half round, the
     starts are the ragged side.

   The score is the ascender margin plus ``ALIGNMENT_WEIGHT`` times the alignment margin; for lines
   running down the page the page is looked at transposed (a mirror image), where the two cues point
   in opposite directions.

3. *A learned second opinion* (:mod:`kiosk_app.digitize.orientation_model`): a document-orientation classifier
   trained on photos. The cues read up or down only from letter shapes and ragged line ends: on a SmartDoc page
   blurred until no letter can be read, with pens and a cable across it, the ascender and alignment margins are a
   few hundredths and point the wrong way (the real background-05 paper and tax form, wrong in 5 of their 8
   turns). The axis is the cues' and the classifier's together (``AXIS_WEIGHT``: each misreads a page's axis where
   the other is sure); which end of it is the top is the classifier's, the cues' only where it is nearly undecided
   (``MODEL_MIN_MARGIN``). Where the cues cannot tell the axis (a monospaced receipt's columns), the classifier's
   decides it. A page on which the cues find no text lines (fewer than ``MIN_LINES``, or bands with nothing above
   or below their core and no segments, as a photograph's) is never shown to it: the model reads a keyboard or a
   photograph as turned text as readily (log ratios up to 1.9 on 92 text-free images), and such a page stays as it
   lay.

Without clear evidence (few lines, a photo, a score close to zero) the page is left as it was
rectified: turning an upright page wrongly is worse than leaving a turned one. ``bench/orientation.py``
measures it on both generators and on the real photos' pages. Tesseract's orientation detection
(``tesseract --psm 0``, Debian's tesseract-ocr-osd) was measured on the real pages, as they are and
binarised with the text scaled to about 30 px: it found nothing on most of the blurred SmartDoc pages,
turned the two ID cards upside down in all four turns, and took 1-30 s a page, so it is not used.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from kiosk_app.digitize.orientation_model import turn_probabilities
from kiosk_app.digitize.rectify import rotate_quarter_turns

WORK_SIDE = 1600  # the page's longer side while analysing, in pixels
MIN_LINES = 4  # fewer text lines than this: no decision
MIN_AXIS_MARGIN = 0.08  # least axis margin (blank-row margin + neighbour margin) to decide
NEIGHBOURS = 2  # nearest neighbours of a character whose direction counts
NEIGHBOUR_SLOPE = 2.0  # a neighbour lies along a direction when its offset along it is this many times the offset across
NEIGHBOUR_MIN_AREA = 0.3  # components smaller than this share of the median component (dots, accents) are no characters
MAX_CHARACTERS = 4000  # more components than this is grain or a pattern, not text: the neighbour cue says nothing
# at least this share of the components elongated (one side over twice the other): letters blurred together into
# words or lines, whose nearest neighbours lie as often across the lines as along them: the neighbour cue says nothing
MAX_BLOB_SHARE = 0.5
BLOB_ASPECT = 2.0  # a component whose longer side is over this many times its shorter one is elongated
ALIGNMENT_WEIGHT = 0.5  # weight of the aligned-starts margin against the ascender margin in the up/down score
# least |score| to turn a page (calibrated on the three sets of bench/orientation.py together): below
# it a page is rather left as the citizen laid it than turned wrongly
MIN_SCORE = 0.02
NOISY = 2.0  # grey-level noise above which the page is smoothed before its ink is found
NOISE_OFFSET = 4.0  # least darkness of ink below its neighbourhood, in noise deviations (at least 10 grey levels)
UPDOWN_FLOOR = 0.2  # least share of the lines' ink the ascender margin is measured against
ALIGN_NEIGHBOURS = 2  # a segment end is aligned when this many other ends lie within the tolerance
# a blank run counts at most this many text lines (median inked runs), or this share of the strip's inked span if
# more: the gutter between a receipt's items and its amounts is a gap, not half the rows of the page
GAP_LINES = 3.0
GAP_SPAN = 0.05
# grain: components smaller than this share of the typical component (the size at which half the ink lies in larger
# ones) are specks, removed when they are at least GRAIN_SHARE of the components (a textured card, a grainy photo)
SPECK_SIZE = 0.02
GRAIN_SHARE = 0.25
LINE_BAR_MAX = 0.9  # a blurred line's bar is shorter than this share of the page's longer side (no page edge)
LINE_BAR_ASPECT = 2.0  # ... at least this many times longer than thick
LINE_BAR_FILL = 0.4  # ... and fills at least this share of its bounding box (a guilloche's curls do not)
LINE_BAR_THICKNESS = 0.5  # ... and is at least this share of the letters' median height thick
LINE_BAR_SHARE = 0.02  # bars count only when at least this share of the letters: the page's text is blurred
# The axis: AXIS_WEIGHT times the cues' axis margin plus the model's log ratio of its two axes' probabilities. Every
# page of the generated tuning sets (ours and alt tuning, 200 pages each) and the real pages gets its axis right for
# a weight from 0.5 to 5; 2 leaves the widest margin. The cues alone misread two DL slips' axis (alt tuning 215,
# 371: margins -0.30 and -0.22, where the model is right by 1.5 and 2.4), the model alone a blurred real tax form's.
# A receipt whose columns leave the cues no clear axis (alt tuning 595, |margin| 0.07) gets the model's (0.88 sure).
AXIS_WEIGHT = 2.0
# Up or down: the model's log ratio of the two readings along the axis. On those pages it is right at every turn
# (least margin 0.19, the blurred real paper), the cues wrong at 18 turns; adding the cues' score at any weight only
# narrows the least margin, so they decide only where the model is nearly undecided (below MODEL_MIN_MARGIN).
MODEL_MIN_MARGIN = 0.05


@dataclass(frozen=True)
class PageOrientation:
    """Clockwise quarter turns that make the page upright, and the evidence behind them."""

    turns: int
    decided: bool  # whether the text was clear enough to tell (else turns is 0: the page stays as it is)
    lines: int  # text lines found along the chosen axis
    axis_margin: float  # blank-row margin ((share along - across) / larger) + neighbour margin (_neighbour_axis)
    updown_margin: float  # (ink above - below the x-height band) / (above + below, at least a fifth of the lines' ink)
    alignment_margin: float = 0.0  # share of aligned segment starts - share of aligned ends, for the chosen axis
    score: float = 0.0  # the up/down score (positive: the chosen view reads the right way up)
    # the model's log ratio of the reading with the page turned ``base`` (0: lines across, 1: down, the chosen axis)
    # over the opposite one; None without the model or without text
    model_margin: float | None = None
    by_model: bool = False  # whether the model chose the top (else the cues did, or nothing did)


def _ink(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Binary ink mask of character-sized components (photos, rules, borders and specks removed), and those
    components' statistics and centroids (OpenCV's, one row per component, the background left out)."""
    block = max(15, (min(grey.shape) // 40) | 1)
    # sensor grain (a noisy card, a dim photo) must not pass for ink: the threshold's offset grows with the
    # noise (robust deviation of the grey from its 5x5 median) and the grain is smoothed away first. A small
    # document is enlarged when rectified (a card at A5 size), its grain with it: grain a few pixels wide
    # survives a 3x3 median, which would measure it as no noise at all
    noise = 1.4826 * float(np.median(np.abs(grey.astype(np.int16) - cv2.medianBlur(grey, 5).astype(np.int16))))
    if noise > NOISY:
        grey = cv2.medianBlur(grey, 3)
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block,
                                max(10.0, NOISE_OFFSET * noise))
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    limit = max(grey.shape) * 0.04  # no character is taller or wider than 4 % of the page
    keep = (area >= 3) & (w < limit) & (h < limit) & (area < 0.9 * w * h + 1)
    keep[0] = False  # the background
    # blurred text: the letters of a line run together into one bar, as long as the line but no thicker, and dense
    thin, long = np.minimum(w, h), np.maximum(w, h)
    bars = (thin < limit) & (long >= limit) & (long < LINE_BAR_MAX * max(grey.shape)) \
        & (long >= LINE_BAR_ASPECT * thin) & (area >= LINE_BAR_FILL * w * h) & (area < 0.9 * w * h + 1)
    bars[0] = False
    letters = int(keep.sum())
    if letters:  # rules, and a fine barcode's bars, are thinner than the letters are high; a blurred line is not
        bars &= thin >= LINE_BAR_THICKNESS * float(np.median(h[keep]))
    if bars.sum() >= LINE_BAR_SHARE * letters:  # a few bars among many letters: a barcode's, rules
        keep |= bars
    keep &= ~_grain(area, keep)
    return np.asarray(keep[labels], np.uint8), stats[keep], centroids[keep]


def _grain(area: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """The kept components that are grain: specks (``SPECK_SIZE`` of the typical component) when they make up at least
    ``GRAIN_SHARE`` of the components. A pattern printed on a card or a grainy photo leaves thousands of specks between
    the lines, which fill the blank rows and draw the nearest neighbours across the lines; a few specks (a clean page's
    dots, the fragments of small print) are left, since removing them changes nothing but chance."""
    if not kept.any():
        return np.zeros_like(kept)
    sizes = np.sort(area[kept])
    typical = sizes[np.searchsorted(np.cumsum(sizes), 0.5 * sizes.sum())]  # half the ink lies in components this big
    specks = kept & (area < SPECK_SIZE * typical)
    return specks if specks.sum() >= GRAIN_SHARE * kept.sum() else np.zeros_like(kept)


def _runs(flags: np.ndarray) -> np.ndarray:
    """Each run of ``True`` in ``flags`` (1-D) as a row (start, end), the end excluded."""
    return np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))).reshape(-1, 2)


def _updown(ink: np.ndarray, strips: int = 6) -> tuple[float, float, float, int]:
    """Ink above and below the x-height band and in the whole lines, summed over the text lines (pixels),
    and the line count.

    Lines are runs of inked rows in narrow vertical strips (so columns and ragged layouts do not
    blend); a line's x-height band is where its row profile reaches half its peak.
    """
    above = below = total = 0.0
    lines = 0
    width = ink.shape[1]
    for i in range(strips):
        profile = _row_profile(ink[:, i * width // strips:(i + 1) * width // strips])
        runs, typical = _text_rows(profile)
        for a, b in runs:
            if not 0.5 * typical <= b - a <= 1.8 * typical:
                continue
            run = profile[a:b]
            core = np.flatnonzero(run >= 0.5 * run.max())
            above += float(run[:core[0]].sum())
            below += float(run[core[-1] + 1:].sum())
            total += float(run.sum())
            lines += 1
    return above, below, total, lines


def _row_profile(ink: np.ndarray) -> np.ndarray:
    """Ink per row (float64)."""
    profile: np.ndarray = ink.sum(axis=1).astype(np.float64)
    return profile


def _inked_rows(profile: np.ndarray) -> np.ndarray:
    """Which rows of a row ``profile`` (:func:`_row_profile`, some ink in it) are inked: above 8 % of the 90th
    percentile of the rows with ink (a thin stroke's row is not)."""
    inked: np.ndarray = profile > 0.08 * np.percentile(profile[profile > 0], 90)
    return inked


def _text_rows(profile: np.ndarray) -> tuple[list[tuple[int, int]], float]:
    """Runs of inked rows (:func:`_inked_rows`) of a row ``profile`` at least 4 rows high (text lines), and their
    median height."""
    if profile.max() <= 0:
        return [], 0.0
    runs = [(int(a), int(b)) for a, b in _runs(_inked_rows(profile)) if b - a >= 4]
    return runs, float(np.median([b - a for a, b in runs])) if runs else 0.0


def _aligned_share(ends: np.ndarray, tolerance: float) -> float:
    """Share of ``ends`` (x positions) with at least ``ALIGN_NEIGHBOURS`` others within ``tolerance``."""
    near = (np.abs(ends[:, None] - ends[None, :]) <= tolerance).sum(axis=1) - 1
    return float((near >= ALIGN_NEIGHBOURS).mean())


def _alignment(ink: np.ndarray) -> tuple[float, int]:
    """(share of aligned segment starts - share of aligned segment ends, segments) of the text lines.

    Each text line is cut into segments at gaps of more than 1.5 line heights (wider than a word
    space); segments shorter than two line heights (a page number, a box) do not count.
    """
    runs, typical = _text_rows(_row_profile(ink))
    starts: list[int] = []
    ends: list[int] = []
    gap = max(3, int(1.5 * typical))
    bridge = np.ones((1, gap), np.uint8)
    for a, b in runs:
        if not 0.5 * typical <= b - a <= 2.0 * typical:
            continue
        columns = (ink[a:b].sum(axis=0) > 0).astype(np.uint8).reshape(1, -1)
        joined = cv2.dilate(columns, bridge).ravel()
        for s, t in _runs(joined):
            first, last = int(s) + gap // 2, int(t) - gap // 2 - 1  # undo the dilation's growth
            if last - first >= 2 * typical:
                starts.append(first)
                ends.append(last)
    if len(starts) < MIN_LINES:
        return 0.0, len(starts)
    tolerance = max(2.0, 0.25 * typical)
    return (_aligned_share(np.asarray(starts, np.float64), tolerance)
            - _aligned_share(np.asarray(ends, np.float64), tolerance)), len(starts)


def _blank_share(blank: np.ndarray) -> float:
    """Share of the blank rows in a strip's inked span (``blank``: one flag per row), each blank run counted at most
    as ``GAP_LINES`` inked runs (text lines) or ``GAP_SPAN`` of the span: lines running across alternate with short
    blank runs; one wide blank run (the gutter between a receipt's items and amounts, seen across the lines) says little."""
    blanks, inked = np.diff(_runs(blank), axis=1).ravel(), np.diff(_runs(~blank), axis=1).ravel()
    if not blanks.size or not inked.size:
        return float(blank.all())
    cap = max(GAP_LINES * float(np.median(inked)), GAP_SPAN * blank.size)
    counted = float(np.minimum(blanks, cap).sum())
    return counted / (counted + float(inked.sum()))


def _gaps(ink: np.ndarray, strips: int = 6) -> float:
    """How clearly rows of ink alternate with blank rows (text lines run across), weighted by ink.

    In each vertical strip, the share of the inked span whose rows are (nearly) blank: between text
    lines running across there is white; across lines running down the page, there is hardly any.
    """
    total = weight = 0.0
    width = ink.shape[1]
    for i in range(strips):
        profile = _row_profile(ink[:, i * width // strips:(i + 1) * width // strips])
        inked = np.flatnonzero(profile > 0)
        if inked.size < 8:
            continue
        span = profile[inked[0]:inked[-1] + 1]
        blank = _blank_share(~_inked_rows(span))
        mass = float(span.sum())
        total += blank * mass
        weight += mass
    return total / weight if weight else 0.0


def _neighbour_axis(stats: np.ndarray, centroids: np.ndarray) -> float:
    """(neighbours along the rows - along the columns) / both, over each character's ``NEIGHBOURS`` nearest, of the
    ink's components (``stats`` and ``centroids`` as :func:`_ink` gives them).

    The nearest neighbours by centroid (OpenCV's brute-force matcher: exact, and quick for the few thousand
    characters of a page; above ``MAX_CHARACTERS`` the cue gives 0 rather than a quadratic cost). A neighbour
    counts along a direction when it lies within a cone of slope 1 / ``NEIGHBOUR_SLOPE`` around it. Blurred
    text, whose components are mostly words or lines (``MAX_BLOB_SHARE``), gives 0.
    """
    area = stats[:, cv2.CC_STAT_AREA]
    if area.size <= NEIGHBOURS:
        return 0.0
    characters = area >= NEIGHBOUR_MIN_AREA * np.median(area)
    sides = np.sort(stats[:, [cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT]][characters], axis=1)
    if (sides[:, 1] > BLOB_ASPECT * sides[:, 0]).mean() >= MAX_BLOB_SHARE:
        return 0.0
    points = np.ascontiguousarray(centroids[characters], np.float32)
    if not NEIGHBOURS < len(points) <= MAX_CHARACTERS:
        return 0.0
    matches = cv2.BFMatcher(cv2.NORM_L2).knnMatch(points, points, k=NEIGHBOURS + 1)
    pairs = np.asarray([(m.queryIdx, m.trainIdx) for found in matches for m in found if m.trainIdx != m.queryIdx])
    if not len(pairs):
        return 0.0
    offset = np.abs(points[pairs[:, 1]] - points[pairs[:, 0]])
    rows = float((offset[:, 0] > NEIGHBOUR_SLOPE * offset[:, 1]).sum())
    columns = float((offset[:, 1] > NEIGHBOUR_SLOPE * offset[:, 0]).sum())
    return (rows - columns) / max(rows + columns, 1.0)


def page_orientation(page: np.ndarray) -> PageOrientation:
    """How many clockwise quarter turns make ``page`` (BGR or grey) read upright: the axis from the text-line cues
    and the learned model together, which of its ends is the top from the model (the module's docstring, step 3)."""
    cues = text_line_orientation(page)
    if cues.lines < MIN_LINES:
        return cues  # no text lines (a photo, blank paper): nothing tells which way is up
    if cues.updown_margin == 0.0 and cues.alignment_margin == 0.0:
        return cues  # bands without a letter's shape (no ink above or below their core, no segments): a photo's
    probabilities = turn_probabilities(page)
    if probabilities is None:
        return cues
    q0, q1, q2, q3 = (float(p) for p in probabilities)
    across = AXIS_WEIGHT * cues.axis_margin + float(np.log((q0 + q2) / (q1 + q3)))
    base = 0 if across >= 0 else 1  # the page lies turned ``base`` or ``base + 2`` quarter turns
    margin = float(np.log(probabilities[base] / probabilities[base + 2]))
    if abs(margin) >= MODEL_MIN_MARGIN:
        lying = base if margin > 0 else base + 2
        return replace(cues, turns=(4 - lying) % 4, decided=True, model_margin=margin, by_model=True)
    if cues.decided and cues.turns % 2 == base:  # the model nearly undecided: the cues' answer on that axis
        return replace(cues, model_margin=margin)
    return replace(cues, turns=0, decided=False, model_margin=margin)


def text_line_orientation(page: np.ndarray) -> PageOrientation:
    """How many clockwise quarter turns make ``page`` (BGR or grey) read upright, by its text lines alone (steps 1
    and 2 of the module's docstring)."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    scale = WORK_SIDE / float(max(grey.shape))
    if scale < 1:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink, stats, centroids = _ink(grey)
    ink_t = np.ascontiguousarray(ink.T)
    along, across = _gaps(ink), _gaps(ink_t)
    axis_margin = (along - across) / max(along, across, 1e-6) + _neighbour_axis(stats, centroids)
    # lines running down the page: in the transposed page (a mirror image, which keeps ascenders up) they run across
    mask, base = (ink, 0) if axis_margin >= 0 else (ink_t, 1)
    above, below, total, count = _updown(mask)
    # relative to at least a fifth of the lines' ink: capitals and digits put a few specks above or below
    # (a Q, a comma), which must not count as a clear answer
    updown_margin = (above - below) / max(above + below, UPDOWN_FLOOR * total, 1.0)
    alignment_margin, _ = _alignment(mask)
    # the page as it lies reads upright (score > 0) or half round; its transpose is the page upright
    # mirrored top to bottom when the page's top is on its right (ascenders down, starts still on the left),
    # or mirrored left to right when the top is on its left (ascenders up, starts on the right)
    score = updown_margin + ALIGNMENT_WEIGHT * alignment_margin if base == 0 \
        else -updown_margin + ALIGNMENT_WEIGHT * alignment_margin
    if count < MIN_LINES or abs(axis_margin) < MIN_AXIS_MARGIN or abs(score) < MIN_SCORE:
        return PageOrientation(0, False, count, axis_margin, updown_margin, alignment_margin, score)
    if base == 0:
        turns = 0 if score > 0 else 2
    else:
        # top on the right (turned clockwise, score > 0): three more quarter turns undo it; top on the left: one
        turns = 3 if score > 0 else 1
    return PageOrientation(turns, True, count, axis_margin, updown_margin, alignment_margin, score)


def upright_page(page: np.ndarray) -> np.ndarray:
    """``page`` turned (by quarter turns) so that its text reads upright; unchanged without clear text."""
    return rotate_quarter_turns(page, page_orientation(page).turns)
