"""Page candidates from colour: the page against a coloured desk, a stage of :mod:`kiosk_app.digitize.detect`.

The detector's segmentations look at brightness (grey, whiteness) and at brightness edges. A sheet on a desk
of about its own brightness but of another colour (a pink or a wooden desk, a coloured cloth; a camera whose
white balance tints the paper blue against a warm desk) shows hardly a grey step, and a cable or a pen
crossing it joins it to the clutter. Its *colour* still differs from the desk's along its whole outline:

1. the desk's colour is estimated from a band along the frame's border (the desk shows there in nearly
   every frame; a page filling the frame is found by the usual stages long before this one runs);
2. each pixel's distance from the desk in the CIELAB a*/b* plane (hue and chroma, not lightness: the
   shadows and shading of the desk change its lightness but hardly its colour);
3. the distances are split by Otsu's threshold (at least ``min_distance``), thin objects (cables, pens, text
   strokes, which are neutral like paper or dark) are opened away, and the holes left by text are closed;
4. a desk whose border is not of one colour (a checked or printed cloth) is skipped, and so are regions that
   reach the frame's border (where the desk's colour was read).

The regions are returned as masks; the detector turns them into quadrilaterals and scores them as it
does every candidate, so a desk without a page gives no candidate with edge support on every side. Their
sides are refined on the frame's grey levels and, as well, on its distance from the desk's colour
(:func:`desk_distance`), where the outline of a page on a desk of its brightness is a clear step that a cable
or a pen across it does not outweigh; the better refined candidate wins (:func:`sharper_of`).

Own code rather than a library: OpenCV has the colour conversion, Otsu and morphology, but no
document segmentation; GrabCut (cv2.grabCut) needs seeds and takes ~100 ms on the small frame, and the
learned segmenters are far too heavy for the kiosk's preview. This stage runs only on frames where
nothing confident was found, so it costs the usual frame nothing.
"""
from __future__ import annotations

import cv2
import numpy as np

_DISTANCE_GAIN = 4.0  # desk_distance's scale: a page 15 units from the desk steps like a 60-level grey edge
_BORDER = 0.04  # share of the frame's smaller side taken as the border band the desk's colour is read from


def border_band(values: np.ndarray, share: float = _BORDER) -> np.ndarray:
    """The pixels of a band along the frame's border, ``share`` of its smaller side wide, where the desk shows in
    nearly every frame (n x channels for an image of channels, n for a plane): the desk's colour is read there, and
    the desk's local variation (:mod:`kiosk_app.digitize.calm`)."""
    h, w = values.shape[:2]
    k = max(2, int(round(share * min(h, w))))
    rest = values.shape[2:]
    return np.concatenate([values[:k].reshape(-1, *rest), values[-k:].reshape(-1, *rest),
                           values[k:-k, :k].reshape(-1, *rest), values[k:-k, -k:].reshape(-1, *rest)])


def small_lab(colour: np.ndarray) -> np.ndarray:
    """The detector's small BGR frame, lightly blurred, in CIELAB (float32 on OpenCV's 8-bit scale): what the
    desk's colour and the colour regions are read from."""
    lab: np.ndarray = cv2.cvtColor(cv2.GaussianBlur(colour, (5, 5), 0), cv2.COLOR_BGR2LAB).astype(np.float32)
    return lab


def colourfulness(colour: np.ndarray, quad: np.ndarray) -> float:
    """Median chroma (CIELAB a*b* distance from grey, OpenCV's 8-bit scale) inside ``quad`` on the small BGR frame
    ``colour``, a few pixels in from its sides: paper is near grey whatever its print; a colour photo is not."""
    h, w = colour.shape[:2]
    x, y, bw, bh = cv2.boundingRect(np.round(quad).astype(np.int32).reshape(-1, 1, 2))
    x0, y0, x1, y1 = max(0, x), max(0, y), min(w, x + bw), min(h, y + bh)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return 0.0
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillConvexPoly(mask, np.round(quad - [x0, y0]).astype(np.int32), 255)
    mask = cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    lab = cv2.cvtColor(colour[y0:y1, x0:x1], cv2.COLOR_BGR2LAB)[mask > 0].astype(np.float32)
    if not len(lab):
        return 0.0
    return float(np.median(np.hypot(lab[:, 1] - 128.0, lab[:, 2] - 128.0)))


def desk_colour(lab: np.ndarray) -> np.ndarray:
    """Median CIELAB colour (float32, L*, a*, b* on OpenCV's 8-bit scale) of a band along the frame's border."""
    median: np.ndarray = np.median(border_band(lab), axis=0).astype(np.float32)
    return median


def colour_distance(lab: np.ndarray, desk: np.ndarray) -> np.ndarray:
    """Per pixel of a CIELAB image (float32), its a*/b* distance from the ``desk``'s colour, float32."""
    da = lab[..., 1] - desk[1]
    db = lab[..., 2] - desk[2]
    da *= da
    db *= db
    da += db
    root: np.ndarray = np.sqrt(da, out=da)
    return root


def desk_is_uniform(lab: np.ndarray, desk: np.ndarray, min_distance: float) -> bool:
    """Whether half the border band lies within 1.5 ``min_distance`` (a*/b*) of the desk's colour: a plain desk (with
    some clutter along the border), where a checked or printed one (whose median colour lies between its cells'
    colours) tells nothing by colour."""
    distance = colour_distance(border_band(lab), desk)
    return float(np.median(distance)) < 1.5 * min_distance


def _inner_regions(mask: np.ndarray) -> np.ndarray:
    """The mask without its regions touching the frame's border: the desk's colour was read there, so a region
    reaching it is the desk's own clutter (an object, a coloured patch) or a document only partly in view."""
    h, w = mask.shape[:2]
    filled = mask.copy()
    flood = np.zeros((h + 2, w + 2), np.uint8)
    xs, ys = np.arange(w), np.arange(h)
    border_x = np.concatenate((xs, xs, np.zeros(h, np.intp), np.full(h, w - 1)))
    border_y = np.concatenate((np.zeros(w, np.intp), np.full(w, h - 1), ys, ys))
    lit = mask[border_y, border_x] != 0  # the border pixels in the same order; a pixel off before the floods stays off
    for x, y in zip(border_x[lit].tolist(), border_y[lit].tolist(), strict=True):
        if filled[y, x]:
            cv2.floodFill(filled, flood, (x, y), 0)
    return filled


def chroma_masks(lab: np.ndarray, desk: np.ndarray, min_distance: float, min_area_fraction: float) -> list[np.ndarray]:
    """Masks (uint8 0/255) of the regions of the small frame (``lab``, :func:`small_lab`) whose colour differs from the
    ``desk``'s (:func:`desk_colour`) by at least ``min_distance`` (CIELAB units) and by Otsu's split of the frame's
    distances; empty when no share of the frame as large as the smallest page (``min_area_fraction``) differs that
    much (a neutral desk: colour tells nothing the brightness stages did not). That share was a tenth of the frame
    until the detector reported smaller documents: a DL slip or an ID card on a light desk was never looked for."""
    h, w = lab.shape[:2]
    size = max(3, int(round(min(h, w) / 60.0)) | 1)  # wider than a cable or a pen on the small frame
    opening = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closing = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * size + 1, 2 * size + 1))
    if not desk_is_uniform(lab, desk, min_distance):
        return []
    distance = colour_distance(lab, desk)
    if float(np.percentile(distance, 100.0 * (1.0 - min_area_fraction))) < min_distance:
        return []
    top = max(4.0 * min_distance, float(distance.max()))
    scaled = np.clip(distance * (255.0 / top), 0, 255).astype(np.uint8)
    otsu, _ = cv2.threshold(scaled, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = np.where(distance > max(min_distance, otsu * top / 255.0), 255, 0).astype(np.uint8)
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, opening)
    return [_inner_regions(cv2.morphologyEx(opened, cv2.MORPH_CLOSE, closing))]


def whole_in_frame(quads: list[np.ndarray], shape: tuple[int, ...], margin: float = 2.0) -> list[np.ndarray]:
    """The quads lying whole inside a frame of ``shape`` (``margin`` pixels from its border): the colour stage's regions
    do not reach the border (see :func:`_inner_regions`), so a quad of one that does is a curved object's outline
    stretched into a quadrilateral (a round mug), not a page cut off by the frame."""
    h, w = shape[:2]
    return [q for q in quads if float(q[:, 0].min()) >= margin and float(q[:, 1].min()) >= margin
            and float(q[:, 0].max()) <= w - 1 - margin and float(q[:, 1].max()) <= h - 1 - margin]


def desk_distance(frame: np.ndarray, desk: np.ndarray) -> np.ndarray:
    """The full-resolution BGR ``frame`` as its a*/b* distance from the ``desk``'s colour (:func:`desk_colour`, read on
    the small copy), amplified: a grey-like float32 image where the outline of a page on a desk of its brightness is a clear
    step, to refine the colour stage's candidates along (a grey frame is returned as it is)."""
    if frame.ndim == 2:
        return frame.astype(np.float32)
    lab = cv2.cvtColor(frame, cv2.COLOR_BGR2LAB)
    # colour_distance(lab.astype(np.float32), desk) * _DISTANCE_GAIN, the same values: a* and b* are bytes, so each
    # squared difference is a lookup in a table of 256 (computed as colour_distance does) and the rest is one OpenCV
    # pass each (no float copy of the full frame)
    values = np.arange(256, dtype=np.float32)
    a_table, b_table = values - desk[1], values - desk[2]
    squares = cv2.add(cv2.LUT(cv2.extractChannel(lab, 1), a_table * a_table),
                      cv2.LUT(cv2.extractChannel(lab, 2), b_table * b_table))
    distance: np.ndarray = cv2.sqrt(squares)
    distance *= _DISTANCE_GAIN
    return distance


Fit = tuple[float, np.ndarray]  # a refined candidate: its score and its corners (full-resolution pixels)


def sharper_of(grey_fit: Fit | None, colour_fit: Fit | None, same: float = 0.98) -> Fit | None:
    """The better of a candidate refined along grey steps and along colour steps (:func:`desk_distance`): the higher
    score; when both found about the same quad (overlap at least ``same``), the higher score with the grey one's
    corners, the more precise (a camera's colour is blurrier than its brightness: chroma subsampling, demosaicing)."""
    if grey_fit is None or colour_fit is None:
        return grey_fit or colour_fit
    a = cv2.convexHull(grey_fit[1].astype(np.float32)).reshape(-1, 2)
    b = cv2.convexHull(colour_fit[1].astype(np.float32)).reshape(-1, 2)
    inter, _ = cv2.intersectConvexConvex(a, b)
    union = float(cv2.contourArea(a)) + float(cv2.contourArea(b)) - float(inter)
    if union > 0 and float(inter) / union >= same:
        return max(grey_fit[0], colour_fit[0]), grey_fit[1]
    return grey_fit if grey_fit[0] >= colour_fit[0] else colour_fit
