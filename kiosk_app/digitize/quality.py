"""Quality checks of a captured page, each with a reason code, a message and a suggestion.

Checks: no page found in the picture (an empty desk), blur (variance of the Laplacian on the page at
the resolution the camera saw it, at most 1000 px wide), glare over text (blown-out blobs near ink),
page cut off by the frame edge, page too small (seen at too few pixels per millimetre: an ID card may
cover a far smaller share of the frame than an A4 page), too dark.
Thresholds come from :class:`DigitizeSettings`; ``ui.messages`` words each problem for the citizen
(what is wrong and what to do about it).
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from kiosk_app.digitize.detect import PageDetection
from kiosk_app.digitize.enhance import paper_background
from kiosk_app.digitize.rectify import PageSize, guess_page_size, real_page_size
from kiosk_app.digitize.settings import DigitizeSettings

#: what a document may be when the camera's view width is unknown (its shape tells which)
SHAPES = (PageSize.A4, PageSize.LETTER, PageSize.A5, PageSize.ID1)


class QualityProblem(enum.Enum):
    """Why a page is refused (stable codes for logs, counters and tests)."""

    NO_PAGE = "no_page"
    BLUR = "blur"
    GLARE = "glare"
    CUT_OFF = "cut_off"
    TOO_SMALL = "too_small"
    TOO_DARK = "too_dark"


@dataclass(frozen=True)
class QualityIssue:
    """One failed check: what, and the measured value against its threshold."""

    problem: QualityProblem
    value: float
    threshold: float

    @property
    def code(self) -> QualityProblem:
        """The stable code ``ui.messages`` words for the citizen (what is wrong and what to do)."""
        return self.problem

    @property
    def params(self) -> dict[str, Any]:
        """No parameter: the citizen is not shown the measurement."""
        return {}

    @property
    def detail(self) -> str:
        """For the technician's log."""
        return f"{self.problem.value}: measured {self.value:.4g}, threshold {self.threshold:.4g}"


def sharpness(page: np.ndarray, source_width: float | None = None) -> float:
    """Variance of the Laplacian of the page at ``source_width`` px wide, at most 1000 (higher is sharper).

    ``source_width`` is the page's width as the camera saw it (pixels of the still). A rectified page is
    upsampled to the archive resolution; measured there, a page seen at 400 px looked blurred however
    sharp the camera was (on the real photos, 26 of 32 pages failed). None: measure at 1000 px.
    """
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    h, w = grey.shape
    width = 1000 if source_width is None else max(50, min(1000, round(source_width)))
    scaled = cv2.resize(grey, (width, max(1, round(h * width / w))), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(scaled, cv2.CV_64F).var())


def source_width(page: np.ndarray, corners: np.ndarray) -> float:
    """The rectified page's width in pixels of the still it came from (from the areas, whichever way it was turned)."""
    area = abs(float(cv2.contourArea(np.asarray(corners, np.float32).reshape(-1, 1, 2))))
    return float(page.shape[1]) * math.sqrt(area / float(page.shape[0] * page.shape[1]))


def check_blur(page: np.ndarray, settings: DigitizeSettings, seen_width: float | None = None) -> QualityIssue | None:
    """Blur check on the rectified (not enhanced) page, measured at the width the camera saw it."""
    value = sharpness(page, seen_width)
    if value < settings.blur_min_sharpness:
        return QualityIssue(QualityProblem.BLUR, value, settings.blur_min_sharpness)
    return None


def glare_over_text(page: np.ndarray, settings: DigitizeSettings) -> float:
    """Share of the page that is blown out close to ink.

    A pixel is blown out when every channel reaches the glare level and it is clearly brighter than
    the page's typical paper (so an evenly bright, well-exposed page is not mistaken for glare).
    """
    h, w = page.shape[:2]
    factor = max(1.0, w / 800.0)
    small = cv2.resize(page, (int(w / factor), int(h / factor)), interpolation=cv2.INTER_AREA)
    grey = small if small.ndim == 2 else cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    paper = float(np.median(grey))
    level = max(float(settings.glare_level), paper + 8.0)
    if level > 255:
        return 0.0
    blown = (small.min(axis=2) if small.ndim == 3 else small) >= level
    blown = cv2.morphologyEx(blown.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    ink = (grey.astype(np.float32) < paper_background(grey) * 0.6).astype(np.uint8)
    reach = max(5, small.shape[1] // 25)
    text_zone = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (reach, reach)))
    return float(np.logical_and(blown, text_zone).mean())


def check_glare(page: np.ndarray, settings: DigitizeSettings) -> QualityIssue | None:
    """Glare check on the rectified (not enhanced) page."""
    value = glare_over_text(page, settings)
    if value > settings.glare_max_fraction:
        return QualityIssue(QualityProblem.GLARE, value, settings.glare_max_fraction)
    return None


def check_cut_off(detection: PageDetection, settings: DigitizeSettings) -> QualityIssue | None:
    """The page touches or crosses the frame edge."""
    if detection.cut_off:
        return QualityIssue(QualityProblem.CUT_OFF, 1.0, 0.0)
    return None


def a4_equivalent_fraction(detection: PageDetection, settings: DigitizeSettings) -> float:
    """The share of the frame an A4 page would cover, seen at the resolution this document was seen at.

    What makes a capture illegible is too few pixels per millimetre of paper, not a small share of the
    frame: an ID card covering 6 % of the frame is seen as sharply as an A4 page covering 80 %. The
    document's paper size is measured when the camera's view width is known, else guessed from its
    shape (A4, letter, A5 or the ID card).
    """
    corners = detection.corners
    if settings.camera_view_width_mm > 0:
        size = real_page_size(corners, detection.frame_size[0], settings.camera_view_width_mm)
    else:
        size = guess_page_size(corners, SHAPES)
    width, height = size.mm if isinstance(size, PageSize) else size
    a4_width, a4_height = PageSize.A4.mm
    return detection.area_fraction * (a4_width * a4_height) / max(1.0, width * height)


def is_too_small(detection: PageDetection, settings: DigitizeSettings) -> bool:
    """Whether the document is seen at too low a resolution to be legible (auto-capture waits, the check fails)."""
    return a4_equivalent_fraction(detection, settings) < settings.min_page_fraction


def check_too_small(detection: PageDetection, settings: DigitizeSettings) -> QualityIssue | None:
    """The document is seen too small (too few pixels per millimetre) to be legible at the archive resolution."""
    value = a4_equivalent_fraction(detection, settings)
    if value < settings.min_page_fraction:
        return QualityIssue(QualityProblem.TOO_SMALL, value, settings.min_page_fraction)
    return None


def paper_brightness(page: np.ndarray) -> float:
    """Brightness of the page's paper: the 90th percentile of the grey levels."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    small = grey[:: max(1, grey.shape[0] // 300), :: max(1, grey.shape[1] // 300)]
    return float(np.percentile(small, 90))


def check_too_dark(page: np.ndarray, settings: DigitizeSettings) -> QualityIssue | None:
    """The paper itself is dark: the page is in shadow or the light is off."""
    value = paper_brightness(page)
    if value < settings.dark_min_brightness:
        return QualityIssue(QualityProblem.TOO_DARK, value, settings.dark_min_brightness)
    return None


def assess_page(page: np.ndarray, detection: PageDetection | None,
                settings: DigitizeSettings | None = None, seen_width: float | None = None) -> list[QualityIssue]:
    """Every failed check for a rectified page (and its detection), worst first.

    ``detection`` None means no page was found in the picture, not even in the full-resolution still:
    what was kept is the whole frame (an empty desk, a hand, a page too faint to see). ``seen_width``:
    the page's width in the still (:func:`source_width`), for the blur check.
    """
    settings = settings or DigitizeSettings()
    issues: list[QualityIssue | None] = []
    if detection is None:
        issues.append(QualityIssue(QualityProblem.NO_PAGE, 0.0, 1.0))
    else:
        issues += [check_cut_off(detection, settings), check_too_small(detection, settings)]
    issues += [check_too_dark(page, settings), check_blur(page, settings, seen_width), check_glare(page, settings)]
    return [issue for issue in issues if issue is not None]
