"""Page detection on seeded synthetic photos: accuracy against ground truth and no page in empty frames."""
from __future__ import annotations

import numpy as np
import pytest

from kiosk_app.digitize.detect import PageDetector, order_corners, quad_iou
from testkit.document_photos import BACKGROUNDS, SyntheticDocumentGenerator


def test_iou_of_known_quads() -> None:
    square = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], np.float32)
    assert quad_iou(square, square[::-1]) == pytest.approx(1.0)
    assert quad_iou(square, square + [5, 0]) == pytest.approx(50 / 150)
    assert quad_iou(square, square + [20, 0]) == 0.0


def test_order_corners_is_clockwise_from_top_left() -> None:
    shuffled = np.array([[10, 10], [0, 0], [0, 10], [10, 0]], np.float32)
    assert order_corners(shuffled).tolist() == [[0, 0], [10, 0], [10, 10], [0, 10]]


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_detects_pages_on_every_background(background: str) -> None:
    generator = SyntheticDocumentGenerator(BACKGROUNDS.index(background) + 30)
    detector = PageDetector()
    ious = []
    for _ in range(6):
        photo = generator.document_photo(1280, 720, background=background)
        found = detector.detect(photo.image)
        ious.append(quad_iou(found.corners, photo.corners) if found is not None else 0.0)
        if found is not None:
            assert found.corners.shape == (4, 2)
            assert np.array_equal(found.corners, order_corners(found.corners))
    # a real bound: the median page is found to within a couple of pixels of its true corners, and
    # most pages well (the benchmark measures the hard tail on 300 photos)
    assert float(np.median(ious)) >= 0.97, ious
    assert sum(iou >= 0.95 for iou in ious) >= 4, ious


def test_no_page_in_empty_frames() -> None:
    generator = SyntheticDocumentGenerator(77)
    detector = PageDetector()
    for background in BACKGROUNDS * 2:
        assert detector.detect(generator.empty_frame(1280, 720, background=background).image) is None


def test_works_on_grey_frames_and_other_sizes() -> None:
    photo = SyntheticDocumentGenerator(5).document_photo(1920, 1080, background="dark")
    grey = photo.image.mean(axis=2).astype(np.uint8)
    found = PageDetector().detect(grey)
    assert found is not None and quad_iou(found.corners, photo.corners) > 0.95
    assert found.frame_size == (1920, 1080)


@pytest.mark.parametrize("kind", ["black", "white", "noise", "tiny", "stripes"])
def test_degenerate_frames_give_no_page_and_no_crash(kind: str) -> None:
    rng = np.random.default_rng(0)
    frame = {
        "black": np.zeros((720, 1280, 3), np.uint8),
        "white": np.full((720, 1280, 3), 255, np.uint8),
        "noise": rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8),
        "tiny": np.full((12, 16, 3), 128, np.uint8),
        "stripes": np.tile(((np.arange(1280) // 40) % 2 * 200).astype(np.uint8)[None, :, None], (720, 1, 3)),
    }[kind]
    assert PageDetector().detect(frame) is None
