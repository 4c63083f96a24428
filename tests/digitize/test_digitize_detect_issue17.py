"""Issue 17: page detection beyond the scenes of our own generator.

Small documents (ID cards, A5 slips at 5–10 % of the frame), a cable lying across the page, and a blank
stretch of desk that touches the frame's edge.
"""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from alt_photos import tuning_photo_iou
from real_photos import real_preview

from kiosk_app.digitize.detect import PageDetector, quad_iou
from kiosk_app.digitize.settings import DigitizeSettings
from testkit.document_photos import SyntheticDocumentGenerator


def _desk(colour: tuple[int, int, int], seed: int) -> np.ndarray:
    """A 1280x720 desk of one colour with soft light and sensor noise."""
    rng = np.random.default_rng(seed)
    desk = np.full((720, 1280, 3), colour, np.float32)
    desk *= np.linspace(0.92, 1.04, 1280, dtype=np.float32)[None, :, None]
    desk += rng.normal(0, 2.0, desk.shape).astype(np.float32)
    return desk


def _sheet(image: np.ndarray, quad: np.ndarray, colour: tuple[int, int, int], text: bool, lines: int = 22) -> None:
    """Lay a sheet (with ``lines`` lines of dark text when ``text``) at ``quad`` (clockwise from top-left)."""
    cv2.fillConvexPoly(image, np.round(quad).astype(np.int32), colour, cv2.LINE_AA)
    if not text:
        return
    top_left, top_right, bottom_right, bottom_left = quad.astype(np.float64)
    for t in np.linspace(0.12, 0.88, lines):
        left = top_left + (bottom_left - top_left) * t
        right = top_right + (bottom_right - top_right) * t
        a, b = left + (right - left) * 0.1, left + (right - left) * (0.55 + 0.35 * ((t * 7) % 1))
        cv2.line(image, tuple(np.round(a).astype(int)), tuple(np.round(b).astype(int)), (60, 60, 60), 2, cv2.LINE_AA)


def _photo(image: np.ndarray) -> np.ndarray:
    return np.clip(cv2.GaussianBlur(image, (3, 3), 0), 0, 255).astype(np.uint8)


def test_small_documents_are_found() -> None:
    """Issue 17: pages covering 5–10 % of the frame (an A5 slip or a receipt under an A4-wide camera) are
    found; the former 10 % minimum area rejected every one of them."""
    generator = SyntheticDocumentGenerator(4242)
    detector = PageDetector()
    ious = []
    fractions = []
    for i in range(8):
        photo = generator.document_photo(1280, 720, size=("A5", "A4")[i % 2], scale_range=(0.36, 0.5))
        assert photo.corners is not None
        fractions.append(cv2.contourArea(np.asarray(photo.corners, np.float32)) / (1280 * 720))
        found = detector.detect(photo.image)
        ious.append(quad_iou(found.corners, photo.corners) if found is not None else 0.0)
    assert max(fractions) <= 0.1 and min(fractions) >= 0.045, fractions
    # the tuning set of 40 such pages has 2 misses (a page half in a hard shadow; glare on a light desk)
    assert sum(iou >= 0.95 for iou in ious) >= 7, ious
    assert float(np.median(ious)) >= 0.98, ious


def test_small_id_cards_are_found() -> None:
    """Issue 17: an ID card (ID-1) covering about 6 % of the frame is found."""
    generator = SyntheticDocumentGenerator(1717)
    card = generator.render_id_card("front", generator.person(), width_px=400)
    ious = []
    for seed, (x, y, angle) in enumerate(((300, 200, 8.0), (700, 380, -15.0), (520, 260, 80.0))):
        desk = _desk((70, 80, 95), seed)
        w, h = 290.0, 290.0 / 85.6 * 53.98
        centre = np.array([x, y], np.float64)
        a = np.radians(angle)
        rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
        quad = (np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]) @ rot.T + centre)
        src = np.array([[0, 0], [card.shape[1], 0], [card.shape[1], card.shape[0]], [0, card.shape[0]]], np.float32)
        matrix = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
        warped = cv2.warpPerspective(card, matrix, (1280, 720)).astype(np.float32)
        mask = cv2.warpPerspective(np.ones(card.shape[:2], np.float32), matrix, (1280, 720))[..., None]
        image = _photo(desk * (1 - mask) + warped * mask)
        assert 0.05 <= cv2.contourArea(quad.astype(np.float32)) / (1280 * 720) <= 0.07
        found = PageDetector().detect(image)
        ious.append(quad_iou(found.corners, quad) if found is not None else 0.0)
    assert min(ious) >= 0.93, ious


def test_cable_across_the_page() -> None:
    """Issue 17: a dark cable lying across a white page on a light desk (the SmartDoc desks) does not
    split the page into two regions."""
    desk = _desk((205, 195, 215), 3)
    quad = np.array([[520, 140], [790, 120], [815, 520], [540, 545]], np.float64)
    _sheet(desk, quad, (245, 243, 247), text=True)
    xs = np.arange(0, 1280, 8)
    ys = 330 + 60 * np.sin(xs / 170.0)
    cv2.polylines(desk, [np.stack([xs, ys], axis=1).astype(np.int32)], False, (25, 25, 25), 9, cv2.LINE_AA)
    found = PageDetector().detect(_photo(desk))
    assert found is not None and quad_iou(found.corners, quad) >= 0.95


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blank_desk_next_to_a_keyboard_is_no_page(seed: int) -> None:
    """Issue 17: a blank stretch of light desk between a monitor stand, a keyboard and the frame's edge
    (a real empty photo of the developers' set) gives no detection."""
    desk = _desk((215, 215, 218), seed)
    cv2.rectangle(desk, (-10, -10), (560, 90), (45, 45, 50), -1)  # the monitor stand
    cv2.rectangle(desk, (-10, 300), (620, 760), (55, 55, 60), -1)  # the keyboard
    cv2.line(desk, (560, 80), (600, 310), (30, 30, 30), 6, cv2.LINE_AA)  # its cable closes the strip
    rng = np.random.default_rng(seed)
    for _ in range(40):  # its keys
        x, y = int(rng.integers(0, 560)), int(rng.integers(320, 700))
        cv2.rectangle(desk, (x, y), (x + 50, y + 45), (80, 80, 85), -1)
    assert PageDetector().detect(_photo(desk)) is None



@pytest.mark.parametrize("seed", [19, 141, 221])
def test_card_with_a_dark_header_band_is_found_whole(seed: int) -> None:
    """Issue 17: an ID card whose dark header band ends the light region is found whole, band included
    (independent generator, tuning seeds; main found the card without its band, IoU about 0.81-0.83):
    a candidate enclosing the found quad, sharing three of its sides, whose sides go on as edges along the
    band, wins."""
    assert tuning_photo_iou(seed, kind="ID-1") >= 0.95


def test_the_presented_document_is_the_larger_one() -> None:
    """Issue 17: with several documents visible, the detector reports the presented one: the document with the
    best edge evidence times the square root of its area, so of two clearly outlined documents the larger (an
    A5 page held under the camera) wins over a card lying beside it, wherever each lies in the frame.
    A guard of the rule (main chooses the same way; no centre term is added)."""
    for page_x, card_x in ((470, 1000), (820, 120)):
        desk = _desk((70, 80, 95), page_x)
        page = np.array([[page_x, 180], [page_x + 300, 170], [page_x + 308, 590], [page_x + 6, 598]], np.float64)
        card = np.array([[card_x, 300], [card_x + 160, 300], [card_x + 160, 401], [card_x, 401]], np.float64)
        _sheet(desk, page, (240, 242, 244), text=True)
        _sheet(desk, card, (225, 235, 240), text=True)
        found = PageDetector().detect(_photo(desk))
        assert found is not None and quad_iou(found.corners, page) >= 0.95, (page_x, card_x)


def test_a_document_cut_off_by_the_frame_is_not_the_presented_one_when_a_whole_one_lies_beside_it() -> None:
    """Issue 17: a card half out of view at the frame's top edge was found first, confidently, and no later stage
    looked for the A5 page in the middle of the light desk, which only they outline (tuning photo 1218 of the
    independent generator; df990a3: the card, IoU 0). A document cut off by the frame's edge is not confident."""
    assert tuning_photo_iou(1218, kind="A5", desk="light") >= 0.97


@pytest.mark.parametrize("seed", [0, 9, 34, 55, 66, 160])
def test_card_whose_band_leaves_no_gap_is_found_whole(seed: int) -> None:
    """Issue 17: an ID card whose header band ends the light region is grown over the band to its outer edge
    even where the band leaves no unsupported gap on the small frame (narrower than the support's window, or
    on a wood or checked desk whose texture supports every position), and even when the whole card is darker
    than a light pink desk; the card's sides are followed along the band in colour (a dark band on a dark desk
    of another hue, seeds 66 and 160). Independent generator, tuning seeds; main found the card without its
    band, IoU 0.81-0.84."""
    assert tuning_photo_iou(seed, kind="ID-1") >= 0.95


@pytest.mark.parametrize(("seed", "kind"), [(416, "A4"), (797, "A6"), (2539, "letter"), (2646, "A5")])
def test_a_page_of_the_light_desks_brightness_is_found_along_its_colour_steps(seed: int, kind: str) -> None:
    """Issue 17: a pale page on a light desk of about its brightness (tuning photos of the independent generator):
    its sides step in colour more than in grey, and refined along the grey steps none was straight enough, so nothing
    was found; refined along the colour steps when no candidate has straight grey sides, each is found whole."""
    assert tuning_photo_iou(seed, kind=kind, desk="light") >= 0.95



@pytest.mark.parametrize(("seed", "kind"), [(1267, "letter"), (1621, "A5"), (1924, "receipt")])
def test_a_printed_page_darker_than_a_light_desk_is_found(seed: int, kind: str) -> None:
    """Issue 17: a cream page or a receipt a little darker than a light desk (its body 0.88-0.93 of the desk's
    brightness, tuning photos of the independent generator): every stage took it for a shadow (darker than the desk,
    and with less print than a card), so nothing was found; when nothing else is, a printed quad nearly as light as
    the desk is a page."""
    assert tuning_photo_iou(seed, kind=kind, desk="light") >= 0.93


def test_pale_page_needs_print_and_a_body_near_the_desks() -> None:
    """Issue 17: on a white desk, a cream page with text a little darker than the desk is found, by the pale-page stage
    (without it, nothing is); the same quad blank (a shadow) or far darker (a grey block with the same text, which the
    stage takes for a page when the body's ratio is not asked) is not."""
    quad = np.array([[500, 220], [760, 240], [745, 560], [485, 540]], np.float64)

    def found_iou(colour: tuple[int, int, int], text: bool, **settings: float) -> float:
        desk = _desk((236, 238, 240), 7)
        _sheet(desk, quad, colour, text, lines=3)  # a letter's few lines: too little print for a card
        found = PageDetector(DigitizeSettings(**settings)).detect(_photo(desk))
        return 0.0 if found is None else quad_iou(found.corners, quad)

    cream, grey = (205, 214, 220), (100, 102, 105)
    assert found_iou(cream, True) >= 0.95
    assert found_iou(cream, True, detect_pale_min_ink=1.0) == 0.0
    assert found_iou(cream, False) == 0.0
    assert found_iou(grey, True) == 0.0
    assert found_iou(grey, True, detect_pale_min_body=0.0) >= 0.95


@pytest.mark.parametrize(("seed", "kind", "desk"), [(1264, "A5", "light"), (2466, "A4", "light"),
                                                    (1161, "DL", "checker"), (1417, "A4", "checker")])
def test_a_region_cut_short_is_refined_widely(seed: int, kind: str, desk: str) -> None:
    """Issue 17: glare cut the page's region short (1264), a receipt beside it joined it (2466), the cells of a checked
    cloth moved its outline (1161, 1417): each candidate's side lay farther from the page's edge than the usual
    refinement looks, its sheet check failed and nothing was found (tuning photos of the independent generator); when
    nothing else is found, the best candidates are refined by wider side fits."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.95


@pytest.mark.parametrize(("seed", "kind", "desk"), [(2418, "DL", "light"), (1221, "A4", "light"), (854, "ID-1", "grey")])
def test_a_small_document_of_another_colour_is_found_by_its_colour(seed: int, kind: str, desk: str) -> None:
    """Issue 17: a cream DL slip on a mauve desk (2418), a small page and an ID card of about the desk's brightness
    (1221, 854; tuning photos of the independent generator): under a tenth of the frame, they were never looked for by
    colour, and nothing or a part was found (0.0, 0.42, 0.53 IoU)."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.95


def test_a_skewed_outline_beside_the_page_is_no_page() -> None:
    """Issue 17: a letter on a wood desk beside a smaller grey sheet (independent generator, tuning seed 1053): main
    reported a skewed quad from the sheet's far corner to the letter's (a 47-degree corner, IoU 0.48); seen from above
    a page's corners stay within 25 degrees of square, so the smallest plausible corner is 50 degrees
    (``detect_min_angle``) and the letter is found alone."""
    assert tuning_photo_iou(1053, kind="letter", desk="wood") >= 0.97


@pytest.mark.parametrize(("seed", "kind", "desk"), [(517, "A4", "coloured"), (2645, "A5", "light")])
def test_a_small_page_nothing_outlined_is_found_closer(seed: int, kind: str, desk: str) -> None:
    """Issue 17: a small page (a thumb on an A4 page on a yellow desk, 517; an A5 page on a light desk, 2645;
    independent generator, tuning seeds) has too few pixels on the small frame for any candidate to refine into a
    page: main found nothing. Seen closer (the detector on a crop of the full-resolution frame around the best
    candidate), it is found."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97


def test_a_page_found_closer_maps_back_into_the_frame() -> None:
    """The crop search itself (:meth:`PageDetector._zoomed_in`): a page found in the crop around a small candidate is
    reported where it lies in the frame, with a score measured against the whole frame; a candidate whose crop cuts
    the page gives nothing (a part of something larger), and so does one over bare desk."""
    desk = _desk((110, 110, 115), 7)
    quad = np.array([[600, 280], [780, 270], [790, 520], [610, 530]], np.float64)  # about 5 % of the frame
    _sheet(desk, quad, (240, 240, 240), text=True)
    frame = _photo(desk)
    detector = PageDetector()
    whole = detector.detect(frame)
    assert whole is not None
    found = detector._zoomed_in([quad.astype(np.float32) * 0.25], frame, 0.25)
    assert found is not None and quad_iou(found[1], quad) >= 0.97
    assert found[0] == pytest.approx(whole.score, rel=0.2)
    cutting = np.array([[560, 300], [640, 300], [640, 420], [560, 420]], np.float32) * 0.25
    assert detector._zoomed_in([cutting], frame, 0.25) is None
    bare = np.array([[100, 100], [250, 100], [250, 300], [100, 300]], np.float32) * 0.25
    assert detector._zoomed_in([bare], frame, 0.25) is None


def test_a_card_held_in_a_hand_is_found_without_the_hand() -> None:
    """Issue 17: an ID card held in a hand whose fingers run to the frame's edge (the developers' real photo
    docaligner_run_test_card, at the kiosk's 1280x720 preview budget): the quad from the card's far side over the hand
    to the frame's edge scored higher than the card, since a side on the border counts as no evidence either way
    (9d44b6b: 0.88 IoU). The card inside it, whose own side across the hand is a true edge, is the document."""
    frame, quad = real_preview("docaligner_run_test_card.jpg")
    found = PageDetector().detect(frame)
    assert found is not None and quad_iou(found.corners, quad) >= 0.97
    assert not found.cut_off


def test_a_grey_frame_with_a_quad_at_the_frames_edge_is_detected_without_the_colour_check() -> None:
    """Issue 17: the detector takes grey frames too. The check for a document inside a quad that reaches the frame's
    edge tells a true edge by colour, so on a grey frame it leaves the quad as found, as the other colour steps do
    (bb8c865 raised a ValueError sampling colour profiles from the grey frame of the hand-held card)."""
    frame, quad = real_preview("docaligner_run_test_card.jpg")
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    found = PageDetector().detect(grey)
    assert found is not None and quad_iou(found.corners, quad) >= 0.85


@pytest.mark.parametrize(("seed", "kind", "desk"), [
    (619, "A5", "coloured"),  # another page between it and the frame's top edge (9d44b6b: 0.83)
    (2505, "DL", "coloured"),  # a dark object beside it reaching the frame's top edge (9d44b6b: 0.66)
    (2617, "ID-1", "cloth"),  # the cloth beside two of its sides (9d44b6b: 0.88)
])
def test_what_runs_from_the_document_to_the_frames_edge_is_left_out(seed: int, kind: str, desk: str) -> None:
    """Issue 17: a document with something beside it that reaches the frame's edge (independent generator, tuning
    seeds) is found without it."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97


def test_a_folded_page_reaching_the_frames_edge_is_not_cut_at_its_fold() -> None:
    """Issue 17: a folded page whose corner nearly reaches the frame's edge (independent generator, tuning seed 1576):
    the fold's shading outlines a part of the page inside the whole, sharing two of its sides. The whole page's sides
    beyond that part step up to the desk like a page's edges, so it is more of the page and the whole is kept (without
    that check: the part, 0.58 IoU)."""
    assert tuning_photo_iou(1576, kind="A4", desk="grey") >= 0.95


@pytest.mark.parametrize(("seed", "kind", "desk"), [
    (2379, "DL", "checker"),  # a wedge cut off by a shadow's edge across the slip (852d544: 0.78)
    (2468, "A4", "checker"),  # a wedge cut off by glare and shadow across the page (852d544: 0.63)
    (1524, "DL", "light"),  # the slip's photo and the strip below it, under a finger (852d544: 0.45)
])
def test_a_part_of_the_page_not_clearly_outlined_gives_way_to_the_page_around_it(seed: int, kind: str,
                                                                                   desk: str) -> None:
    """Issue 17: a part of the document that a shadow's or glare's edge or a printed photo bounds, found without
    confidence (independent generator, tuning seeds), gives way to the whole document around it."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97


@pytest.mark.parametrize(("seed", "kind", "desk"), [
    (1180, "ID-1", "light"),  # an ID card's photo (852d544: 0.16)
    (2537, "DL", "light"),  # a slip's photo (852d544: 0.23)
    (2807, "letter", "checker"),  # a letter's photo (852d544: 0.20)
])
def test_a_photo_printed_on_a_document_is_not_the_document(seed: int, kind: str, desk: str) -> None:
    """Issue 17: a colour photo printed on a card or page has crisper sides than the document, which is found
    confidently; the document around it is found instead (independent generator, tuning seeds)."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97


@pytest.mark.parametrize(("seed", "kind", "desk"), [
    (1935, "letter", "light"),  # under a hand's shadow (058a165: missed)
    (2297, "A5", "light"),  # held by fingers under a hand's shadow, beside another document (058a165: missed)
])
def test_a_page_whose_sides_the_faint_edges_noise_drowned_is_found(seed: int, kind: str, desk: str) -> None:
    """Issue 17: on a noisy frame the faint edges' Hough lines run across the desk through noise and crowd a small
    page's sides out; when nothing else was found, the lines of the strong edges alone find the page (independent
    generator, tuning seeds)."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97


@pytest.mark.parametrize(("seed", "kind", "desk"), [
    (2275, "DL", "coloured"),  # a slip half in a hand's hard shadow (cccabc0: its lit half, 0.51)
    (1136, "A5", "cloth"),  # a page whose lower third lies in a hard shadow (cccabc0: the rest, 0.60)
])
def test_a_page_half_in_a_hard_shadow_is_found_whole(seed: int, kind: str, desk: str) -> None:
    """Issue 17: a hard shadow's edge across a page goes on across the desk, where the page's own edge ends at its
    corners; the page grows past it as far as its sides go on, past the print in its shaded part (independent
    generator, tuning seeds)."""
    assert tuning_photo_iou(seed, kind=kind, desk=desk) >= 0.97
