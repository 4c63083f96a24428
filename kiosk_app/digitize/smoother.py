"""Temporal smoothing of page detections across preview frames.

A detection jitters by a pixel or two from frame to frame and now and then misses a frame; the
overlay and the stillness test want a steady quadrilateral. Corners are averaged exponentially while
the page stays put, restart on a jump (the page was moved), and survive a few missed frames.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from kiosk_app.digitize.detect import PageDetection
from kiosk_app.digitize.settings import DigitizeSettings


class PageSmoother:
    """Feeds on one detection (or None) per frame and returns the smoothed detection (or None)."""

    def __init__(self, settings: DigitizeSettings | None = None) -> None:
        self.settings = settings or DigitizeSettings()
        self._last: PageDetection | None = None
        self._missed = 0

    def reset(self) -> None:
        """Forget the page (e.g. when the scanning step starts)."""
        self._last = None
        self._missed = 0

    def update(self, detection: PageDetection | None) -> PageDetection | None:
        """The smoothed page after this frame."""
        s = self.settings
        if detection is None:
            self._missed += 1
            if self._missed > s.lost_frames_tolerated:
                self._last = None
            return self._last
        self._missed = 0
        previous = self._last
        if previous is None or previous.frame_size != detection.frame_size:
            self._last = detection
            return detection
        w, h = detection.frame_size
        jump = float(np.abs(detection.corners - previous.corners).max())
        if jump > s.smoothing_reset_fraction * math.hypot(w, h):
            self._last = detection
            return detection
        alpha = s.smoothing
        corners = (alpha * previous.corners + (1 - alpha) * detection.corners).astype(np.float32)
        self._last = replace(detection, corners=corners)
        return self._last
