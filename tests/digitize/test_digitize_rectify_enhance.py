"""Rectification to real page sizes and the three enhancement modes."""
from __future__ import annotations

import cv2
import numpy as np

from kiosk_app.digitize.enhance import EnhanceMode, default_mode, enhance
from kiosk_app.digitize.rectify import (
    PageSize,
    guess_page_size,
    is_landscape,
    map_corners,
    rectify_page,
    rotate_quarter_turns,
)
from testkit.document_photos import SyntheticDocumentGenerator


def test_page_sizes_in_pixels() -> None:
    assert PageSize.A4.pixels(300) == (2480, 3508)
    assert PageSize.A5.pixels(200) == (1165, 1654)
    assert PageSize.LETTER.pixels(300) == (2550, 3300)
    assert PageSize.ID1.pixels(300, landscape=True) == (1011, 638)


def test_rectified_photo_matches_the_flat_page() -> None:
    generator = SyntheticDocumentGenerator(21)
    photo = generator.document_photo(2560, 1440, background="dark", size="A4")
    page = rectify_page(photo.image, photo.corners, PageSize.A4, dpi=100)
    assert page.shape[:2] == (1169, 827) or page.shape[:2] == (827, 1169)
    truth = photo.page_image
    if page.shape[0] < page.shape[1]:  # photographed sideways: compare both quarter turns
        candidates = [cv2.rotate(page, cv2.ROTATE_90_CLOCKWISE), cv2.rotate(page, cv2.ROTATE_90_COUNTERCLOCKWISE)]
    else:
        candidates = [page, cv2.rotate(page, cv2.ROTATE_180)]
    truth_small = cv2.cvtColor(cv2.resize(truth, (207, 292), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
    best = max(
        float(np.corrcoef(truth_small.ravel().astype(float),
                          cv2.cvtColor(cv2.resize(c, (207, 292), interpolation=cv2.INTER_AREA),
                                       cv2.COLOR_BGR2GRAY).ravel().astype(float))[0, 1])
        for c in candidates)
    assert best > 0.8


def test_orientation_and_size_guess() -> None:
    portrait = np.array([[100, 100], [310, 100], [310, 397], [100, 397]], np.float32)
    landscape = np.array([[100, 100], [397, 100], [397, 310], [100, 310]], np.float32)
    assert not is_landscape(portrait) and is_landscape(landscape)
    assert guess_page_size(portrait) is PageSize.A4
    letter = np.array([[0, 0], [216, 0], [216, 279], [0, 279]], np.float32)
    assert guess_page_size(letter) is PageSize.LETTER
    assert rectify_page(np.zeros((500, 500, 3), np.uint8), landscape, PageSize.A4, 50).shape[:2] == (413, 585)
    assert rectify_page(np.zeros((500, 500, 3), np.uint8), portrait, PageSize.A4, 50).shape[:2] == (585, 413)


def test_map_corners_between_resolutions() -> None:
    corners = np.array([[0, 0], [639, 0], [639, 359], [0, 359]], np.float32)
    mapped = map_corners(corners, (640, 360), (1280, 720))
    assert np.allclose(mapped, [[0.5, 0.5], [1278.5, 0.5], [1278.5, 718.5], [0.5, 718.5]])


def _shadowed(page: np.ndarray) -> np.ndarray:
    h, w = page.shape[:2]
    ramp = np.linspace(0.35, 0.95, w, dtype=np.float32)[None, :, None]  # deep shadow on the left
    return (page.astype(np.float32) * ramp).astype(np.uint8)


def test_black_and_white_removes_shadows(flat_page: np.ndarray) -> None:
    clean = enhance(flat_page, EnhanceMode.BLACK_WHITE)
    shadowed = enhance(_shadowed(flat_page), EnhanceMode.BLACK_WHITE)
    assert clean.dtype == np.uint8 and clean.ndim == 2
    assert set(np.unique(clean)) <= {0, 255}
    ink_clean = float((clean == 0).mean())
    ink_shadow = float((shadowed == 0).mean())
    assert 0.01 < ink_clean < 0.2
    assert abs(ink_shadow - ink_clean) < 0.02  # no black band where the shadow was
    left = shadowed[:, : shadowed.shape[1] // 4]
    assert float((left == 0).mean()) < 0.2


def test_grey_normalises_the_background(flat_page: np.ndarray) -> None:
    grey = enhance(_shadowed(flat_page), EnhanceMode.GREY)
    assert grey.ndim == 2
    h, w = grey.shape
    left_paper = np.percentile(grey[:, : w // 5], 90)
    right_paper = np.percentile(grey[:, -w // 5:], 90)
    assert left_paper > 230 and right_paper > 230


def test_colour_keeps_colour_and_evens_light(flat_page: np.ndarray) -> None:
    stamped = flat_page.copy()
    cv2.circle(stamped, (600, 1000), 60, (40, 30, 200), 6)  # a red seal (BGR)
    out = enhance(_shadowed(stamped), EnhanceMode.COLOUR)
    assert out.shape == flat_page.shape
    h, w = out.shape[:2]
    assert np.percentile(out[:, : w // 5].mean(axis=2), 90) > 220
    red_stamp = (out[:, :, 2] > 150) & (out[:, :, 1] < 110)
    assert red_stamp.sum() > 100  # the red seal stays red


def test_default_modes_per_component_kind() -> None:
    assert default_mode("form") is EnhanceMode.BLACK_WHITE
    assert default_mode("photo") is EnhanceMode.COLOUR
    assert default_mode("stamp") is EnhanceMode.COLOUR
    assert default_mode("something else") is EnhanceMode.GREY


def test_quarter_turns() -> None:
    page = np.zeros((4, 2), np.uint8)
    page[0, 0] = 255
    assert rotate_quarter_turns(page, 0) is page
    turned = rotate_quarter_turns(page, 1)
    assert turned.shape == (2, 4) and turned[0, 3] == 255
    assert np.array_equal(rotate_quarter_turns(page, -1), rotate_quarter_turns(page, 3))
    assert np.array_equal(rotate_quarter_turns(rotate_quarter_turns(page, 2), 2), page)


def test_small_documents_are_rectified_at_their_real_size() -> None:
    """Issue 17: with the camera's view width known, an ID card, an A5 slip and a receipt come out at their
    real size (an ID card is not blown up to A5), and a page too large for any standard size keeps its own."""
    from kiosk_app.digitize.rectify import page_size_for, real_page_size

    view_mm, frame_w = 320.0, 1280  # 4 px per millimetre
    card = np.array([[400, 300], [400 + 85.6 * 4, 300], [400 + 85.6 * 4, 300 + 54 * 4], [400, 300 + 54 * 4]],
                    np.float32)
    assert real_page_size(card, frame_w, view_mm) is PageSize.ID1
    assert rectify_page(np.zeros((720, 1280, 3), np.uint8), card, real_page_size(card, frame_w, view_mm),
                        100).shape[:2] == PageSize.ID1.pixels(100, landscape=True)[::-1]
    slip = np.array([[100, 50], [100 + 148 * 4, 50], [100 + 148 * 4, 50 + 210 * 3.7], [100, 50 + 210 * 3.7]],
                    np.float32)  # squeezed by perspective along its height, still within tolerance
    assert real_page_size(slip, 1920, 480.0) is PageSize.A5
    receipt = np.array([[500, 40], [500 + 80 * 4, 40], [500 + 80 * 4, 40 + 160 * 4], [500, 40 + 160 * 4]],
                       np.float32)
    assert real_page_size(receipt, frame_w, view_mm) == (80.0, 160.0)
    page = rectify_page(np.zeros((720, 1280, 3), np.uint8), receipt, (80.0, 160.0), 100)
    assert page.shape[:2] == (630, 315)
    # without the view width the shape alone decides, among the paper sizes, as before
    assert page_size_for(card, frame_w, 0.0) is guess_page_size(card)


def test_small_card_is_rectified_as_a_card_without_the_view_width() -> None:
    """Issue 17: with the camera's view width unknown (the default profile), a small document shaped like an
    ID card is rectified at ID-1 size (main blew it up to A5, the nearest paper shape); an A5 slip stays A5
    and a large page shaped like a card is still guessed among the paper sizes."""
    from kiosk_app.digitize.rectify import page_size_for

    card = np.array([[400, 300], [400 + 85.6 * 3, 300], [400 + 85.6 * 3, 300 + 54 * 3], [400, 300 + 54 * 3]],
                    np.float32)  # about 4 % of a 1280x720 frame
    assert page_size_for(card, 1280, 0.0, 720) is PageSize.ID1
    slip = np.array([[300, 100], [300 + 148 * 1.6, 100], [300 + 148 * 1.6, 100 + 210 * 1.6], [300, 100 + 210 * 1.6]],
                    np.float32)
    assert page_size_for(slip, 1280, 0.0, 720) is PageSize.A5
    large = card * 2.2
    assert page_size_for(large, 1280, 0.0, 720) is not PageSize.ID1
