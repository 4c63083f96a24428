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
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import cv2

P = ParamSpec("P")
R = TypeVar("R")


def opencv_single_threaded(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with OpenCV's thread pool set to one thread, the previous setting restored after."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = cv2.getNumThreads()
        if previous == 1:
            return function(*args, **kwargs)
        cv2.setNumThreads(1)
        try:
            return function(*args, **kwargs)
        finally:
            cv2.setNumThreads(previous)

    return wrapper
