"""Straight-line page candidates: the fallback for light pages on light desks."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk_app.digitize.detect import PageDetector, quad_iou
from kiosk_app.digitize.lines import Line, faint_edges_noisy, line_candidates, noisy_frame_line_candidates, outward_normal
from testkit.document_photos import SyntheticDocumentGenerator


def _light_scene_with_touching_shadow() -> tuple[np.ndarray, np.ndarray]:
    """A 320x180 frame: a faint white page on a light grey desk, a soft shadow and a dark pen touching it."""
    rng = np.random.default_rng(3)
    img = np.full((180, 320, 3), 214.0, np.float32)
    page = np.array([[90, 30], [230, 22], [238, 160], [84, 166]], np.float32)
    cv2.fillConvexPoly(img, page.astype(np.int32), (226.0, 226.0, 226.0), cv2.LINE_AA)
    for y in range(50, 150, 6):  # text lines
        cv2.line(img, (105, y), (215, y - 3), (60.0, 60.0, 60.0), 1)
    shadow = np.zeros((180, 320), np.float32)
    cv2.fillConvexPoly(shadow, np.array([[200, 0], [320, 0], [320, 180], [160, 180]], np.int32), 1.0)
    img *= (1 - 0.3 * cv2.GaussianBlur(shadow, (0, 0), 6))[..., None]
    cv2.line(img, (20, 100), (95, 95), (40.0, 40.0, 40.0), 3)  # a pen touching the left side
    img += rng.normal(0, 2.0, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8), page


def test_line_coverage_counts_overlapping_spans_once() -> None:
    line = Line(np.zeros(2), np.array([1.0, 0.0]), [(0.0, 4.0), (2.0, 6.0), (8.0, 9.0)])
    assert line.coverage(np.array([0.0, 0.0]), np.array([10.0, 0.0])) == 0.7


def test_line_candidates_find_a_faint_page_whose_outline_touches_a_shadow_and_a_pen() -> None:
    frame, page = _light_scene_with_touching_shadow()
    quads = line_candidates(frame, min_area_fraction=0.1)
    assert quads and max(quad_iou(q, page) for q in quads) > 0.95


def test_light_page_under_a_soft_shadow_is_found() -> None:
    # a seeded light-on-light photo with a soft shadow, glare and a thumb whose region outline merges
    # with the shadow: only the straight-line candidates recover it
    generator = SyntheticDocumentGenerator(40)
    photos = [generator.document_photo(1280, 720, background="light") for _ in range(3)]
    photo = photos[2]
    assert "shadow" in photo.effects
    found = PageDetector().detect(photo.image)
    assert found is not None and quad_iou(found.corners, photo.corners) >= 0.9


def test_empty_light_desks_give_no_page() -> None:
    generator = SyntheticDocumentGenerator(78)
    detector = PageDetector()
    for _ in range(10):
        frame = generator.empty_frame(1280, 720, background="light")
        assert detector.detect(frame.image) is None, frame.effects


def test_no_line_candidates_on_a_blank_frame() -> None:
    assert line_candidates(np.full((180, 320, 3), 200, np.uint8), min_area_fraction=0.1) == []


@pytest.mark.parametrize("reverse", [False, True])
def test_outward_normal_points_away_from_the_middle_whichever_way_the_side_runs(reverse: bool) -> None:
    """The one outward normal that the side fit, the edge support, the sheet-edge check and the enclosing stage share:
    for each side of a square, taken either way round, it is the unit normal pointing out of the square."""
    square = np.array([[10.0, 10.0], [50.0, 10.0], [50.0, 50.0], [10.0, 50.0]])
    centre = square.mean(axis=0)
    expected = [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)]  # top, right, bottom, left (y down)
    for i, want in enumerate(expected):
        a, b = square[i], square[(i + 1) % 4]
        if reverse:
            a, b = b, a
        direction = (b - a) / np.linalg.norm(b - a)
        normal = outward_normal(direction, a, b, centre)
        assert np.allclose(normal, want)
        assert outward_normal(direction.astype(np.float32), a, b, centre).dtype == np.float32
        assert outward_normal(direction.astype(np.float32), a, b, centre, np.float64).dtype == np.float64


def _small_page_on_a_noisy_vignetted_desk(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A 320x180 frame: a small light page on a light desk darkening towards the corners, with the camera's noise."""
    yy, xx = np.mgrid[0:180, 0:320].astype(np.float32)
    desk = 200.0 - 20.0 * (((xx - 160) / 160) ** 2 + ((yy - 90) / 90) ** 2)
    img = np.repeat(desk[..., None], 3, axis=2)
    page = np.array([[170, 70], [250, 62], [256, 130], [176, 138]], np.float32)
    cv2.fillConvexPoly(img, page.astype(np.int32), (228.0, 228.0, 228.0), cv2.LINE_AA)
    img += np.random.default_rng(seed).normal(0, 3.0, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8), page


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_strong_edges_lines_find_a_small_page_the_faint_edges_noise_drowns(seed: int) -> None:
    """On a noisy frame the faint edges are mostly noise, whose Hough lines crowd the page's sides out of the longest;
    the strong edges alone give the page."""
    frame, page = _small_page_on_a_noisy_vignetted_desk(seed)
    assert faint_edges_noisy(frame)
    assert max((quad_iou(q, page) for q in line_candidates(frame, 0.05)), default=0.0) < 0.5
    assert max(quad_iou(q, page) for q in noisy_frame_line_candidates(frame, 0.05)) > 0.95


def test_faint_edges_of_a_clean_frame_are_not_noise() -> None:
    frame, _ = _light_scene_with_touching_shadow()
    assert not faint_edges_noisy(frame)
    assert noisy_frame_line_candidates(frame, 0.1) == []
