"""OpenCV on the calling thread only, for the page detector's many small calls.

The detector makes hundreds of OpenCV calls per frame on small arrays (a 320 px copy of the frame, profiles
of a few thousand samples). OpenCV's thread pool splits some of them (Canny, colour conversion of the
full frame) across the cores, and its idle workers then wait actively for the next job while the
detector runs Python and NumPy code between the calls: on the kiosk's two cores that costs about a third
more CPU time for the same result, and no wall-clock time is gained (measured by bench/page_detect.py,
median_ms and median_cpu_ms). Results do not depend on the number of threads.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import cv2

P = ParamSpec("P")
R = TypeVar("R")


class _Pool:
    """The one-thread setting, shared by every thread inside a wrapped call (the setting is process-wide).

    The first call in sets one thread and remembers the previous count; the last call out restores it.
    Without the count, two overlapping calls (two detectors, or a nested call) would each restore what
    they saw, and the second could leave the pool at one thread for good.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inside = 0
        self.previous = 1

    def enter(self) -> None:
        with self.lock:
            if self.inside == 0:
                self.previous = cv2.getNumThreads()
                if self.previous != 1:
                    cv2.setNumThreads(1)
            self.inside += 1

    def leave(self) -> None:
        with self.lock:
            self.inside -= 1
            if self.inside == 0 and self.previous != 1:
                cv2.setNumThreads(self.previous)


_POOL = _Pool()


def opencv_single_threaded(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with OpenCV's thread pool set to one thread, the previous setting restored after
    the last overlapping call has returned."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _POOL.enter()
        try:
            return function(*args, **kwargs)
        finally:
            _POOL.leave()

    return wrapper
