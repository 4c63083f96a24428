"""Auto-capture with a manual clock, the temporal smoother, and the manual fallbacks."""
from __future__ import annotations

import numpy as np
import pytest

from kiosk_app.clock import ManualClock
from kiosk_app.digitize.capture import AutoCapture, CaptureState, adjust_corner, still_corners
from kiosk_app.digitize.detect import PageDetection
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.digitize.smoother import PageSmoother

PAGE = np.array([[400, 60], [860, 70], [850, 680], [410, 670]], np.float32)


def _det(corners: np.ndarray = PAGE, cut_off: bool = False) -> PageDetection:
    return PageDetection(np.asarray(corners, np.float32), cut_off, 1.0, (1280, 720))


def test_captures_once_after_the_page_is_still_long_enough() -> None:
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(still_seconds=1.0, capture_cooldown_seconds=2.0), clock=clock)
    assert auto.update(_det()).state is CaptureState.MOVING
    clock.advance(0.5)
    status = auto.update(_det(PAGE + 1.5))  # jitter within tolerance
    assert status.state is CaptureState.STEADY and status.progress == pytest.approx(0.5)
    clock.advance(0.49)
    assert auto.update(_det()).state is CaptureState.STEADY
    clock.advance(0.02)
    assert auto.update(_det()).state is CaptureState.CAPTURE
    clock.advance(5.0)  # still the same page lying there: no second capture
    assert auto.update(_det()).state is CaptureState.COOLDOWN


def test_movement_restarts_the_countdown() -> None:
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(still_seconds=1.0), clock=clock)
    auto.update(_det())
    clock.advance(0.8)
    assert auto.update(_det(PAGE + 40)).state is CaptureState.MOVING
    clock.advance(0.8)
    assert auto.update(_det(PAGE + 40)).state is CaptureState.STEADY
    clock.advance(0.3)
    assert auto.update(_det(PAGE + 40)).state is CaptureState.CAPTURE


def test_next_page_is_captured_after_the_cooldown() -> None:
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(still_seconds=1.0, capture_cooldown_seconds=2.0), clock=clock)
    auto.update(_det())
    clock.advance(1.0)
    assert auto.update(_det()).state is CaptureState.CAPTURE
    assert auto.update(None).state is CaptureState.NO_PAGE  # page taken away
    clock.advance(0.5)
    assert auto.update(_det(PAGE + 30)).state is CaptureState.MOVING  # next page laid down
    clock.advance(1.0)
    assert auto.update(_det(PAGE + 30)).state is CaptureState.COOLDOWN  # 1.5 s < 2 s cooldown
    clock.advance(0.6)
    assert auto.update(_det(PAGE + 30)).state is CaptureState.CAPTURE


def test_cut_off_or_small_page_is_never_auto_captured() -> None:
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(), clock=clock)
    small = np.array([[600, 300], [700, 300], [700, 420], [600, 420]], np.float32)
    for _ in range(5):
        assert auto.update(_det(cut_off=True)).state is CaptureState.ADJUST
        assert auto.update(_det(small)).state is CaptureState.ADJUST
        clock.advance(1.0)


def test_manual_capture_starts_the_cooldown() -> None:
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(still_seconds=1.0, capture_cooldown_seconds=3.0), clock=clock)
    auto.update(_det())
    auto.captured()
    clock.advance(2.0)
    assert auto.update(_det()).state is CaptureState.COOLDOWN


def test_smoother_averages_jitter_survives_gaps_and_restarts_on_jumps() -> None:
    smoother = PageSmoother(DigitizeSettings(smoothing=0.5, lost_frames_tolerated=2))
    assert np.allclose(smoother.update(_det()).corners, PAGE)
    assert np.allclose(smoother.update(_det(PAGE + 2)).corners, PAGE + 1)
    held = smoother.update(None)
    assert held is not None and np.allclose(held.corners, PAGE + 1)
    assert smoother.update(None) is not None
    assert smoother.update(None) is None  # third missed frame: forgotten
    smoother.update(_det())
    jumped = smoother.update(_det(PAGE + 200))
    assert np.allclose(jumped.corners, PAGE + 200)


def test_preview_corners_map_to_the_still() -> None:
    corners = still_corners(_det(), (3840, 2160))
    assert np.allclose(corners, (PAGE + 0.5) * 3 - 0.5)


def test_dragging_a_corner_is_clamped_and_reordered() -> None:
    moved = adjust_corner(PAGE, 1, (2000.0, -50.0), (1280, 720))
    assert moved[1].tolist() == [1279.0, 0.0]
    crossed = adjust_corner(PAGE, 0, (300.0, 20.0), (1280, 720))
    assert crossed[0].tolist() == [300.0, 20.0]
    with pytest.raises(IndexError):
        adjust_corner(PAGE, 4, (0.0, 0.0), (1280, 720))


def test_the_search_for_a_page_is_timed_until_one_is_found_or_the_capture_starts_over() -> None:
    """How long no page has been found, for the scanning step's help on how to lay one: it grows frame by frame
    while none is found, and starts again at 0 when a page is found or auto-capture starts over (a new document)."""
    clock = ManualClock(1000.0)
    auto = AutoCapture(DigitizeSettings(), clock=clock)
    assert auto.update(None).searching_seconds == 0.0
    clock.advance(3.0)
    assert auto.update(None).searching_seconds == pytest.approx(3.0)
    clock.advance(6.0)
    status = auto.update(None)
    assert status.state is CaptureState.NO_PAGE and status.searching_seconds == pytest.approx(9.0)
    assert auto.update(_det()).searching_seconds == 0.0  # found
    clock.advance(2.0)
    assert auto.update(None).searching_seconds == 0.0  # lost again: the search starts now
    clock.advance(4.0)
    assert auto.update(None).searching_seconds == pytest.approx(4.0)
    auto.reset()  # a new document
    clock.advance(1.0)
    assert auto.update(None).searching_seconds == 0.0
