"""Straightening a page: from four corners in a photo to a flat page at its real size and resolution.

The corners usually come from a low-resolution preview frame; :func:`map_corners` scales them to the
full-resolution still, and :func:`rectify_page` warps the still to the page size (A4, A5, letter or the
ID-1 card) at the archive resolution. When the camera's view width at the desk is known, a page is
rectified at its real size (:func:`real_page_size`): an ID card as an ID card, a receipt as measured.
The page's orientation (portrait or landscape) follows the measured side lengths of the quadrilateral.
"""
from __future__ import annotations

import enum
import math

import cv2
import numpy as np

from kiosk_app.digitize.detect import order_corners, quad_aspect


class PageSize(enum.Enum):
    """Real page sizes, (width, height) in millimetres in portrait orientation."""

    A4 = (210.0, 297.0)
    A5 = (148.0, 210.0)
    LETTER = (215.9, 279.4)
    ID1 = (53.98, 85.6)  # the ID card; stored portrait like the others, usually shown landscape

    @property
    def mm(self) -> tuple[float, float]:
        """(width, height) in millimetres, portrait."""
        return self.value

    def pixels(self, dpi: int, landscape: bool = False) -> tuple[int, int]:
        """(width, height) in pixels at ``dpi``."""
        w, h = (round(v / 25.4 * dpi) for v in self.value)
        return (h, w) if landscape else (w, h)


def map_corners(corners: np.ndarray, from_size: tuple[int, int], to_size: tuple[int, int]) -> np.ndarray:
    """Scale corners found in a frame of ``from_size`` (width, height) to a frame of ``to_size``.

    Preview and still share the sensor's field of view, so a pixel centre maps by scaling about the
    pixel grid's origin (x + 0.5) * s - 0.5.
    """
    sx = to_size[0] / float(from_size[0])
    sy = to_size[1] / float(from_size[1])
    pts = np.asarray(corners, dtype=np.float64).reshape(4, 2)
    out = np.empty_like(pts)
    out[:, 0] = (pts[:, 0] + 0.5) * sx - 0.5
    out[:, 1] = (pts[:, 1] + 0.5) * sy - 0.5
    return out.astype(np.float32)


def is_landscape(corners: np.ndarray) -> bool:
    """Whether the quadrilateral's horizontal sides (top, bottom) are longer than its vertical ones."""
    q = order_corners(corners)
    top = np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])
    side = np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])
    return bool(top > side)


def guess_page_size(corners: np.ndarray, choices: tuple[PageSize, ...] = (PageSize.A4, PageSize.LETTER,
                                                                          PageSize.A5)) -> PageSize:
    """The page size whose aspect is closest to the quadrilateral's (a rough guess under perspective)."""
    ratio = quad_aspect(corners)
    return min(choices, key=lambda s: abs(math.log(ratio * min(s.mm) / max(s.mm))))


def measured_size_mm(corners: np.ndarray, frame_width_px: int, view_width_mm: float) -> tuple[float, float]:
    """(short side, long side) of the quadrilateral in millimetres, for a camera that sees ``view_width_mm``
    of the desk across its frame (the mean of opposite sides; the kiosk's camera looks straight down)."""
    q = order_corners(corners)
    a = float(np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    b = float(np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    mm_per_px = view_width_mm / float(frame_width_px)
    return min(a, b) * mm_per_px, max(a, b) * mm_per_px


def real_page_size(corners: np.ndarray, frame_width_px: int, view_width_mm: float,
                   tolerance: float = 0.12) -> PageSize | tuple[float, float]:
    """The standard size (A4, letter, A5, ID-1) whose sides both lie within ``tolerance`` of the measured
    ones, else the measured (width, height) in millimetres, portrait: a receipt or a slip at its real size."""
    short, long = measured_size_mm(corners, frame_width_px, view_width_mm)

    def distance(size: PageSize) -> float:
        return max(abs(math.log(short / min(size.mm))), abs(math.log(long / max(size.mm))))

    best = min(PageSize, key=distance)
    return best if distance(best) <= math.log(1 + tolerance) else (round(short, 1), round(long, 1))


#: a document covering less than this share of the frame may be a card (with the view width unknown)
CARD_MAX_FRAME_SHARE = 0.15


def page_size_for(corners: np.ndarray, frame_width_px: int, view_width_mm: float,
                  frame_height_px: int | None = None) -> PageSize | tuple[float, float]:
    """The size to rectify a page at: its real size when the camera's view width is known (``view_width_mm`` >
    0), else the paper size guessed from its shape; a small document (under ``CARD_MAX_FRAME_SHARE`` of the
    frame, when ``frame_height_px`` is given) shaped like an ID card is rectified as one, not blown up to A5."""
    if view_width_mm > 0:
        return real_page_size(corners, frame_width_px, view_width_mm)
    if frame_height_px:
        share = float(cv2.contourArea(order_corners(corners))) / float(frame_width_px * frame_height_px)
        if share < CARD_MAX_FRAME_SHARE:
            return guess_page_size(corners, (PageSize.A4, PageSize.LETTER, PageSize.A5, PageSize.ID1))
    return guess_page_size(corners)


def rectify_page(still: np.ndarray, corners: np.ndarray, size: PageSize | tuple[float, float] = PageSize.A4,
                 dpi: int = 300, landscape: bool | None = None) -> np.ndarray:
    """The page inside ``corners`` (still's pixels), warped flat to ``size`` at ``dpi``.

    ``size`` is a standard size or a (width, height) in millimetres, portrait. ``landscape`` None follows the
    quadrilateral's shape. The top-left of the output is the corner with the smallest x + y in the photo
    (the page as the citizen sees it on the screen).
    """
    if landscape is None:
        landscape = is_landscape(corners)
    if isinstance(size, PageSize):
        width, height = size.pixels(dpi, landscape)
    else:
        w, h = (max(1, round(v / 25.4 * dpi)) for v in size)
        width, height = (h, w) if landscape else (w, h)
    src = order_corners(corners)
    dst = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32) - 0.5
    matrix = cv2.getPerspectiveTransform(src + 0.0, dst)
    return cv2.warpPerspective(still, matrix, (width, height), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)


def rotate_quarter_turns(page: np.ndarray, turns: int) -> np.ndarray:
    """The page turned clockwise by ``turns`` quarter turns (the citizen's "rotate" button)."""
    turns %= 4
    if turns == 0:
        return page
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(page, codes[turns])
