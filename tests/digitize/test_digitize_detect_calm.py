"""Issue 17: densely printed documents on a checked cloth, found by their low local variation
(:mod:`kiosk_app.digitize.calm`), and no page made of a plain desk, a shadow on the cloth or nothing at all."""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from alt_photos import tuning_photo_iou

from kiosk_app.digitize.calm import MIN_PATTERN, calm_masks, local_deviation
from kiosk_app.digitize.detect import PageDetector
from testkit.document_photos_alt import AltDocumentPhotos


def _checked_cloth(h: int = 180, w: int = 320, cell: int = 9, light: int = 200, dark: int = 70) -> np.ndarray:
    """A grey checked cloth of ``cell``-pixel squares."""
    ys, xs = np.mgrid[0:h, 0:w]
    return np.where(((ys // cell) + (xs // cell)) % 2 == 0, light, dark).astype(np.uint8)


def test_local_deviation_is_the_window_standard_deviation() -> None:
    """The two box filters give the standard deviation of each full window (here, away from the border)."""
    rng = np.random.default_rng(7)
    grey = rng.integers(0, 256, (40, 50)).astype(np.uint8)
    deviation = local_deviation(grey, 11)
    for y, x in ((5, 5), (20, 30), (34, 44)):
        window = grey[y - 5:y + 6, x - 5:x + 6].astype(np.float64)
        assert deviation[y, x] == pytest.approx(window.std(), abs=0.05)


def test_printed_sheet_on_a_checked_cloth_is_the_calm_region() -> None:
    """A sheet with lines of print on a checked cloth: each calm mask covers the sheet, not the cloth."""
    grey = _checked_cloth()
    grey[40:140, 100:230] = 235
    for y in range(50, 130, 6):  # lines of print, grey at the small frame's scale: strong edges all the same
        grey[y:y + 2, 110:220] = 170
    sheet = np.zeros(grey.shape, bool)
    sheet[40:140, 100:230] = True
    masks = calm_masks(cv2.GaussianBlur(grey, (3, 3), 0))
    assert masks
    for mask in masks:
        calm = mask > 0
        assert (calm & sheet).sum() >= 0.8 * sheet.sum()  # most of the sheet
        assert (calm & ~sheet).sum() <= 0.25 * sheet.sum()  # little of the cloth around it


@pytest.mark.parametrize("clutter", [False, True])
def test_a_plain_desk_gives_no_calm_region(clutter: bool) -> None:
    """A plain desk (sensor noise, with or without a dark object along the border) is below ``MIN_PATTERN``: no
    masks, the other stages' business."""
    rng = np.random.default_rng(3)
    grey = np.clip(rng.normal(170, 2.0, (180, 320)), 0, 255).astype(np.uint8)
    grey[60:120, 150:250] = 230  # a page
    if clutter:
        grey[0:30, 0:60] = 30  # a mouse in the corner
    assert float(np.median(local_deviation(grey, 11))) < MIN_PATTERN
    assert calm_masks(grey) == []


@pytest.mark.parametrize("seed", [611, 654])
def test_printed_page_on_a_checked_cloth_is_found(seed: int) -> None:
    """Pages of the independent generator's tuning seeds on checked cloths that no stage before this one found
    (b017d7c: no detection at all) are found."""
    assert tuning_photo_iou(seed, desk="checker") >= 0.95


def test_a_shadow_on_an_empty_checked_cloth_is_no_page() -> None:
    """An empty checked cloth with a soft shadow over part of it (tuning seed 456, empty): the shadow lowers the
    cloth's contrast but leaves it far from calm; the calm stage (which runs here, nothing else being found) adds
    no page."""
    frame = AltDocumentPhotos(1280, 720).photo(456, empty=True)
    assert frame.desk == "checker" and frame.corners is None
    assert PageDetector().detect(frame.image) is None
