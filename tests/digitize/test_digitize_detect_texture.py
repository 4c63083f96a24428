"""Issue 17: a dense texture (wood grain, a keyboard's keys) is no page, however straight its outline.

Empty desks of the independent generator's TUNING seeds (never its held-out ones) and a wood-grain desk
drawn here gave quadrilaterals on grained wood and on keyboards once the detector accepted small pages;
a page is a flat sheet whose pixels mostly sit at their local paper level, which those textures are not.
"""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk_app.digitize.detect import PageDetector, quad_iou
from testkit.document_photos import SyntheticDocumentGenerator
from testkit.document_photos_alt import TUNING_SEEDS, AltDocumentPhotos


def _wood_desk(seed: int) -> np.ndarray:
    """A 1280x720 desk of warped wood grain with a darker plank seam, soft light and sensor noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:720, 0:1280].astype(np.float32)
    warp = 25 * np.sin(xx / 170.0 + rng.uniform(0, 6)) + 12 * np.sin(yy / 60.0 + rng.uniform(0, 6))
    grain = np.sin((yy + warp) / rng.uniform(5, 9)) * 0.5 + 0.5
    tone = (70 + 90 * grain)[..., None] * np.array([0.55, 0.78, 1.0], np.float32)
    tone *= np.linspace(0.9, 1.05, 1280, dtype=np.float32)[None, :, None]
    seam = int(rng.uniform(250, 450))
    tone[seam:seam + 3] *= 0.5
    tone += rng.normal(0, 2.0, tone.shape).astype(np.float32)
    return np.clip(cv2.GaussianBlur(tone, (3, 3), 0), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("seed", [11, 18, 56])
def test_grained_wood_of_the_independent_generator_is_no_page(seed: int) -> None:
    """Issue 17: the independent generator's empty wood desks (tuning seeds 11, 18, 56) give no page;
    the detector with the 4 % minimum area found a quad in the grain on each."""
    assert seed in TUNING_SEEDS
    frame = AltDocumentPhotos(1280, 720).photo(seed, empty=True)
    assert frame.desk == "wood"
    assert PageDetector().detect(frame.image) is None


@pytest.mark.parametrize("seed", [43, 46, 49])
def test_a_keyboard_is_no_page(seed: int) -> None:
    """Issue 17: a keyboard on an empty desk (independent generator, tuning seeds 43, 46, 49) is no page,
    though its outline is a straight-sided rectangle."""
    frame = AltDocumentPhotos(1280, 720).photo(seed, empty=True)
    assert "keyboard" in frame.effects
    assert PageDetector().detect(frame.image) is None


@pytest.mark.parametrize("seed", range(4))
def test_a_wood_grain_desk_drawn_here_is_no_page(seed: int) -> None:
    """Issue 17: an empty wood-grain desk (drawn by this test, not by either generator) gives no page.

    A guard for the texture check (main before it found no page here either)."""
    assert PageDetector().detect(_wood_desk(seed)) is None


def test_pages_on_wood_are_still_found() -> None:
    """Issue 17: the texture check keeps pages lying on wood (our generator, a seed other than 2026)."""
    generator = SyntheticDocumentGenerator(77)
    detector = PageDetector()
    ious = []
    for _ in range(6):
        photo = generator.document_photo(1280, 720, background="wood")
        found = detector.detect(photo.image)
        ious.append(quad_iou(found.corners, photo.corners) if found is not None else 0.0)
    assert min(ious) >= 0.95, ious


def test_page_on_a_checked_cloth_is_found() -> None:
    """Issue 17: an A4 page on a checked tablecloth (independent generator, tuning seed 16) is found: every
    segmentation joined it to the light cells touching it and main found no page; the one large stretch free of
    strong edges among the cells is the page."""
    assert 16 in TUNING_SEEDS
    photo = AltDocumentPhotos(1280, 720).photo(16)
    assert photo.desk == "checker" and photo.corners is not None
    found = PageDetector().detect(photo.image)
    assert found is not None and quad_iou(found.corners, np.asarray(photo.corners)) >= 0.95
