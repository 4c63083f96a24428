"""The real document camera through OpenCV: a device index, a file path or a stream URL.

Preview at the preview size (MJPG, so USB 2 carries it at frame rate); a still switches the camera
to its full resolution for one frame and back. When the camera is unplugged, reads fail, the base
reports no device and reopens it every ``reconnect_interval_s`` until it returns.

OpenCV writes its own warnings straight to stderr (fd 2), past Python's logging, and the pip wheels
offer no hook to receive them; so its level is set from the profile (``opencv_log_level``, default
"error") before the camera is opened, and the camera's state reports what the warnings would say.
"""
from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np

from devices.base import CameraUnavailable
from devices.camera.stream import StreamingCamera
from devices.options import OpenCvCameraOptions

log = logging.getLogger("devices.camera.opencv")

BACKENDS = {"any": cv2.CAP_ANY, "v4l2": cv2.CAP_V4L2, "dshow": cv2.CAP_DSHOW, "msmf": cv2.CAP_MSMF,
            "ffmpeg": cv2.CAP_FFMPEG, "gstreamer": cv2.CAP_GSTREAMER}
OPENCV_LOG_LEVELS = {"silent": 0, "fatal": 1, "error": 2, "warning": 3, "info": 4, "debug": 5}
LARGEST = 100_000  # asking for an impossible size makes V4L2/DirectShow pick the largest mode


def apply_opencv_log_level(level: str) -> None:
    """Set what OpenCV writes to stderr (process-wide): one of :data:`OPENCV_LOG_LEVELS`."""
    cv2.utils.logging.setLogLevel(OPENCV_LOG_LEVELS[level])
    log.debug("OpenCV log level %s", level)


class OpenCvCamera(StreamingCamera):
    """Camera over cv2.VideoCapture."""

    def __init__(self, options: OpenCvCameraOptions) -> None:
        super().__init__(fps=options.fps, reconnect_interval_s=options.reconnect_interval_s,
                         frame_timeout_s=options.frame_timeout_s)
        self.options = options
        self._cap: cv2.VideoCapture | None = None
        apply_opencv_log_level(options.opencv_log_level)  # before the first open: that is what warns

    @property
    def _is_file(self) -> bool:
        return isinstance(self.options.source, str) and Path(self.options.source).is_file()

    def _open(self) -> None:
        o = self.options
        source = o.source
        if isinstance(source, str) and "://" not in source and not Path(source).exists():
            raise CameraUnavailable(f"camera source {source!r} does not exist", device="camera")
        cap = cv2.VideoCapture(source, BACKENDS[o.backend])
        if not cap.isOpened():
            cap.release()
            raise CameraUnavailable(f"camera {source!r} could not be opened", device="camera")
        if not self._is_file:
            if o.fourcc:
                cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*o.fourcc))
            self._set_size(cap, o.preview_width, o.preview_height)
            cap.set(cv2.CAP_PROP_FPS, o.fps)
        self._cap = cap

    @staticmethod
    def _set_size(cap: cv2.VideoCapture, width: int, height: int) -> None:
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)

    def _source_gone(self) -> bool:
        """A device node (/dev/video0) or file that disappeared: the camera was unplugged."""
        source = self.options.source
        return isinstance(source, str) and "://" not in source and not Path(source).exists()

    def _read_preview(self) -> np.ndarray | None:
        assert self._cap is not None
        if self._source_gone():
            return None
        ok, frame = self._cap.read()
        if not ok and self._is_file:  # a test video loops
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok:
            return None
        if self._is_file:
            self._stop.wait(1.0 / self.options.fps)  # play files at their nominal rate
        size = (self.options.preview_width, self.options.preview_height)
        if (frame.shape[1], frame.shape[0]) != size and self._is_file:
            frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        return frame

    def _read_still(self) -> np.ndarray:
        assert self._cap is not None
        o = self.options
        if self._is_file:  # a file has one resolution: its own
            ok, frame = self._cap.read()
            if not ok:
                self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, frame = self._cap.read()
            if not ok:
                raise CameraUnavailable("no frame for the still", device="camera")
            return frame
        self._set_size(self._cap, o.still_width or LARGEST, o.still_height or LARGEST)
        try:
            still: np.ndarray | None = None
            for _ in range(3):  # the first frames after a mode switch are often dark or stale
                ok, candidate = self._cap.read()
                if ok:
                    still = candidate
            if still is None:
                raise CameraUnavailable("camera gave no still frame", device="camera")
            return still
        finally:
            self._set_size(self._cap, o.preview_width, o.preview_height)

    def _close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
