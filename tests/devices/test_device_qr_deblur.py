"""The kiosk pipeline's last stage: locate the code, estimate the blur, deconvolve the crop."""
from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from devices.qr.decoders import make_decoder
from devices.qr.decoders.deblur import (
    MOTION_THRESHOLD,
    candidate_regions,
    deblurred_views,
    estimate_blur,
    gaussian_kernel,
    motion_kernel,
)
from devices.qr.decoders.pipeline import KioskQrPipeline, default_stages

CCCD = "001090123456|012345678|Nguyễn Văn Ánh|01011990|Nam|Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội|15042021"


def small_code_frame(make_qr_image, ppm: float, kernel: np.ndarray,
                     rotate: float = 20.0) -> tuple[np.ndarray, np.ndarray]:
    """A CCCD code at ``ppm`` px per module, rotated, blurred by ``kernel``, with sensor noise; and its corners."""
    code = make_qr_image(CCCD, module_px=10, border=20)[..., 0]
    small = cv2.resize(code, None, fx=ppm / 10, fy=ppm / 10, interpolation=cv2.INTER_AREA)
    frame = np.full((720, 1280), 140, np.uint8)
    h, w = small.shape
    frame[250:250 + h, 600:600 + w] = small
    rot = cv2.getRotationMatrix2D((600 + w / 2, 250 + h / 2), rotate, 1.0)
    frame = cv2.warpAffine(frame, rot, (1280, 720), flags=cv2.INTER_LINEAR, borderValue=140)
    frame = cv2.filter2D(frame, -1, kernel)
    noisy = frame + np.random.default_rng(3).normal(0, 2, frame.shape)
    quiet = 2 * ppm + 4 * ppm  # test border + quiet zone, in frame pixels
    corners = np.float32([[600 + quiet, 250 + quiet], [600 + w - quiet, 250 + quiet],
                          [600 + w - quiet, 250 + h - quiet], [600 + quiet, 250 + h - quiet]])
    corners = cv2.transform(corners[None], rot)[0]
    return np.dstack([noisy.clip(0, 255).astype(np.uint8)] * 3), corners


@pytest.mark.parametrize(("ppm", "length", "angle"), [(2.2, 6, 30), (2.2, 6, 75), (2.5, 6, 75), (2.2, 6, 120)])
def test_deblur_stage_reads_small_motion_blurred_codes_nothing_else_reads(
        ppm: float, length: int, angle: float, make_qr_image) -> None:
    frame, corners = small_code_frame(make_qr_image, ppm, motion_kernel(length, math.radians(angle)))
    assert make_decoder("zxing-cpp").decode(frame) == []
    assert KioskQrPipeline(default_stages()[:-1]).decode(frame) == []  # every stage before it misses
    pipeline = KioskQrPipeline()
    results = pipeline.decode(frame)
    assert [r.text for r in results] == [CCCD]
    assert pipeline.last_stage == "deblur-crop"
    found = np.array(results[0].corners)
    assert np.linalg.norm(found.mean(axis=0) - corners.mean(axis=0)) < 4  # mapped back to the frame


def test_blur_estimate_finds_the_motion_direction_and_tells_defocus_apart(make_qr_image) -> None:
    for angle in (10, 60, 100, 150):
        frame, _ = small_code_frame(make_qr_image, 2.4, motion_kernel(6, math.radians(angle)))
        estimate = estimate_blur(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)[230:480, 580:830])
        assert estimate.anisotropy > MOTION_THRESHOLD
        off = (math.degrees(estimate.angle) - angle + 90) % 180 - 90
        assert abs(off) < 8
    frame, _ = small_code_frame(make_qr_image, 2.4, gaussian_kernel(1.4))
    assert estimate_blur(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)[230:480, 580:830]).anisotropy < MOTION_THRESHOLD


def test_candidate_regions_box_the_code(make_qr_image) -> None:
    frame, corners = small_code_frame(make_qr_image, 2.3, gaussian_kernel(1.0))
    x0, y0, x1, y1 = candidate_regions(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))[0]
    cx, cy = corners.mean(axis=0)
    assert x0 < cx < x1 and y0 < cy < y1
    assert (x1 - x0) < 1.5 * np.ptp(corners[:, 0])


def test_frames_without_a_code_decode_to_nothing() -> None:
    """A blurred card with text blocks but no code: the deblur stage searches and returns nothing."""
    frame = np.full((720, 1280), 120, np.uint8)
    cv2.rectangle(frame, (400, 200), (900, 520), 230, -1)
    rng = np.random.default_rng(5)
    for y in range(230, 500, 24):  # lines of "words"
        x = 430
        while x < 860:
            w = int(rng.integers(10, 50))
            cv2.rectangle(frame, (x, y), (min(x + w, 870), y + 14), 50, -1)
            x += w + 8
    frame = cv2.filter2D(frame, -1, motion_kernel(5, 0.7))
    gray = (frame + rng.normal(0, 2, frame.shape)).clip(0, 255).astype(np.uint8)
    assert KioskQrPipeline().decode(np.dstack([gray] * 3)) == []
    views = list(deblurred_views(gray))
    assert views  # the text block is searched ...
    zxing = make_decoder("zxing-cpp")
    assert all(zxing.decode(image) == [] for image, *_ in views)  # ... and yields nothing
    assert list(deblurred_views(np.full((720, 1280), 140, np.uint8))) == []  # nothing to search
