"""Auto-capture: take the still when the detected page has been still long enough.

Time comes from an injectable clock (``clock``), so tests drive it without sleeping. Also the helpers
for the fallbacks: mapping preview corners to the full-resolution still, and a citizen dragging a
corner by hand.
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np

from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.digitize.detect import PageDetection, order_corners
from kiosk_app.digitize.quality import is_too_small
from kiosk_app.digitize.rectify import map_corners
from kiosk_app.digitize.settings import DigitizeSettings


class CaptureState(enum.Enum):
    """What the scanning screen shows."""

    NO_PAGE = "no_page"
    ADJUST = "adjust"  # a page is there but cut off or too small: auto-capture waits
    MOVING = "moving"
    STEADY = "steady"  # counting down
    CAPTURE = "capture"  # take the still now (reported once)
    COOLDOWN = "cooldown"


@dataclass(frozen=True)
class CaptureStatus:
    """The state after a frame and the countdown's progress (0..1) while steady."""

    state: CaptureState
    progress: float = 0.0
    searching_seconds: float = 0.0  # NO_PAGE: how long no page has been found (since the last one, or the reset)


class AutoCapture:
    """Decides, frame by frame, when to take the still."""

    def __init__(self, settings: DigitizeSettings | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self.settings = settings or DigitizeSettings()
        self._clock = clock
        self._anchor: np.ndarray | None = None
        self._since = 0.0
        self._cooldown_until = -math.inf
        self._fired = False
        self._no_page_since: float | None = None

    def reset(self) -> None:
        """Start over (a new document, or the step restarted): the search for a page starts again too."""
        self._anchor = None
        self._fired = False
        self._no_page_since = None

    def captured(self) -> None:
        """Tell that a still was taken (auto or manual): pause before the next auto-capture."""
        self._cooldown_until = self._clock.monotonic() + self.settings.capture_cooldown_seconds
        self._fired = True

    def update(self, detection: PageDetection | None) -> CaptureStatus:
        """Feed the (smoothed) detection of the newest frame."""
        s = self.settings
        now = self._clock.monotonic()
        if detection is None:
            self._anchor = None
            self._fired = False
            if self._no_page_since is None:
                self._no_page_since = now
            return CaptureStatus(CaptureState.NO_PAGE, searching_seconds=now - self._no_page_since)
        self._no_page_since = None
        if detection.cut_off or is_too_small(detection, s):
            self._anchor = None
            return CaptureStatus(CaptureState.ADJUST)
        w, h = detection.frame_size
        tolerance = s.still_tolerance_fraction * math.hypot(w, h)
        if self._anchor is None or float(np.abs(detection.corners - self._anchor).max()) > tolerance:
            self._anchor = detection.corners.copy()
            self._since = now
            self._fired = False
            return CaptureStatus(CaptureState.MOVING)
        if now < self._cooldown_until or self._fired:
            return CaptureStatus(CaptureState.COOLDOWN)
        progress = (now - self._since) / s.still_seconds
        if progress >= 1.0:
            self._fired = True
            self._cooldown_until = now + s.capture_cooldown_seconds
            return CaptureStatus(CaptureState.CAPTURE, 1.0)
        return CaptureStatus(CaptureState.STEADY, max(0.0, progress))


def still_corners(detection: PageDetection, still_size: tuple[int, int]) -> np.ndarray:
    """The preview detection's corners in the full-resolution still's pixels (width, height)."""
    return map_corners(detection.corners, detection.frame_size, still_size)


def adjust_corner(corners: np.ndarray, index: int, point: tuple[float, float],
                  frame_size: tuple[int, int]) -> np.ndarray:
    """Corners after the citizen dragged corner ``index`` to ``point`` (clamped to the frame).

    The result is re-ordered clockwise from the top-left, so a corner dragged past another stays valid.
    """
    if not 0 <= index < 4:
        raise IndexError(f"corner index {index} is not 0..3")
    w, h = frame_size
    out = np.asarray(corners, dtype=np.float32).reshape(4, 2).copy()
    out[index] = (min(max(point[0], 0.0), w - 1.0), min(max(point[1], 0.0), h - 1.0))
    return order_corners(out)
