"""The simulated camera: plays the still images or videos of a folder, or draws a desk itself.

Faults (from the profile or ``inject()``): DISCONNECT (no device until cleared, then it reconnects),
SLOW (each frame and still takes ``slow_s`` longer), GARBAGE_FRAMES (sensor noise instead of images).
"""
from __future__ import annotations

import functools
import logging
import time
from pathlib import Path

import cv2
import numpy as np

from devices.base import CameraUnavailable
from devices.camera.stream import StreamingCamera
from devices.faults import DeviceFault, FaultSet
from devices.options import SimulatedCameraOptions

log = logging.getLogger("devices.camera.simulated")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"}
VIDEO_SUFFIXES = {".mp4", ".avi", ".mkv", ".mov", ".webm"}
NOISE_PLANES = 8
"""Live sensor noise: this many random planes, made once and taken in turn (drawing 2.7 million random numbers per
frame cost more than everything else the simulated camera does)."""


def desk_frame(width: int, height: int, t: float) -> np.ndarray:
    """A plain wooden-desk background with soft light, slowly breathing like a live sensor.

    Built from one row and one column (the grain's sine of a sum is split into products, the light is a sum of a
    row and a column term) and mixed per colour plane by OpenCV: a full-size grid of coordinates took 5 s at the
    simulated 3264x2448 on a busy machine, longer than a camera stop waits for its capture thread."""
    x = np.arange(width, dtype=np.float32)
    y = np.arange(height, dtype=np.float32)[:, None]
    across = x / np.float32(width / 90)
    down = 2 * np.sin(y / np.float32(height / 8))
    grain = 6 * (np.sin(across) * np.cos(down) + np.cos(across) * np.sin(down))
    light = (1 - 0.5 * (x / width - 0.5) ** 2) - 0.5 * (y / height - 0.5) ** 2
    light *= np.float32(1 + 0.01 * np.sin(t))
    shaded_grain = grain * light
    planes = [cv2.addWeighted(light, float(wood), shaded_grain, 1.0, 0.0, dtype=cv2.CV_8U)  # saturates at 0 and 255
              for wood in (70, 110, 150)]  # BGR warm wood
    pixels: np.ndarray = cv2.merge(planes)
    return pixels


@functools.lru_cache(maxsize=4)
def _empty_desk(width: int, height: int) -> np.ndarray:
    """The still-sized desk a camera without pictures shows, made once per size for the process and read-only
    (each camera start made it again, and a stop waited for it)."""
    frame = desk_frame(width, height, 0.0)
    frame.setflags(write=False)
    return frame


class SimulatedCamera(StreamingCamera):
    """Camera over a folder of images/videos (or generated frames), with fault injection."""

    def __init__(self, options: SimulatedCameraOptions) -> None:
        super().__init__(fps=options.fps, reconnect_interval_s=options.reconnect_interval_s,
                         frame_timeout_s=options.frame_timeout_s)
        self.options = options
        self.faults = FaultSet(options.faults)
        self.preview_size = (options.preview_width, options.preview_height)
        self.still_size = (options.still_width, options.still_height)
        self._sources: list[Path] = []
        self._index = 0
        self._video: cv2.VideoCapture | None = None
        self._current: np.ndarray | None = None
        self._rng = np.random.default_rng()
        self._last_frame_at = 0.0
        self._preview_of: tuple[np.ndarray, np.ndarray] | None = None  # (scene, the scene at preview size)
        self._noise: list[tuple[np.ndarray, np.ndarray]] = []  # (added, subtracted) per plane

    def inject(self, fault: DeviceFault | str) -> None:
        self.faults.add(fault)

    def clear(self, fault: DeviceFault | str | None = None) -> None:
        self.faults.discard(fault)

    # --- primitives ---
    def _open(self) -> None:
        if DeviceFault.DISCONNECT in self.faults:
            raise CameraUnavailable("simulated camera unplugged", device="camera")
        folder = self.options.folder
        self._sources = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES | VIDEO_SUFFIXES) \
            if folder is not None and folder.is_dir() else []
        if not self._sources:
            log.info("simulated camera: no images in %s, generating frames", folder)
        self._index = 0
        self._current = None

    def _next_source_frame(self) -> np.ndarray:
        """The current full-size picture of the scene (advances through the folder)."""
        if not self._sources:
            return _empty_desk(*self.still_size)
        while True:
            if self._video is not None:
                ok, frame = self._video.read()
                if ok:
                    return frame
                self._video.release()
                self._video = None
            path = self._sources[self._index % len(self._sources)]
            self._index += 1
            if path.suffix.lower() in VIDEO_SUFFIXES:
                self._video = cv2.VideoCapture(str(path))
                if not self._video.isOpened():
                    self._video = None
                    continue
                continue
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if image is not None:
                return image

    def _scene(self) -> np.ndarray:
        # a still image stays in view for a second of frames, like a document held under the camera
        due = self._current is None or self._video is not None or (
            self._sources and self.frames_delivered % max(1, int(self.fps)) == 0)
        if due:
            self._current = self._next_source_frame()
        assert self._current is not None
        return self._current

    def _pace(self) -> None:
        interval = 1.0 / self.options.fps
        if DeviceFault.SLOW in self.faults:
            interval += self.options.slow_s
        wait = self._last_frame_at + interval - time.monotonic()
        if wait > 0:
            self._stop.wait(wait)
        self._last_frame_at = time.monotonic()

    def _read_preview(self) -> np.ndarray | None:
        self._pace()
        if DeviceFault.DISCONNECT in self.faults:
            return None
        if DeviceFault.GARBAGE_FRAMES in self.faults:
            return self._rng.integers(0, 256, (self.preview_size[1], self.preview_size[0], 3), dtype=np.uint8)
        scene = self._scene()
        if self._preview_of is None or self._preview_of[0] is not scene:  # a picture stays for a second of frames
            self._preview_of = (scene, cv2.resize(scene, self.preview_size, interpolation=cv2.INTER_AREA))
        frame = self._preview_of[1]
        added, subtracted = self._sensor_noise(frame.shape)
        return cv2.subtract(cv2.add(frame, added), subtracted)  # +-2 grey levels, saturated at 0 and 255

    def _sensor_noise(self, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The next of the NOISE_PLANES planes of -2..+2 noise for a frame of ``shape``, as what to add and what to
        subtract (unsigned, for OpenCV's saturating arithmetic)."""
        if not self._noise or self._noise[0][0].shape != shape:
            self._noise = []
            for _ in range(NOISE_PLANES):
                noise = self._rng.integers(-2, 3, shape, dtype=np.int16)
                self._noise.append((noise.clip(0, None).astype(np.uint8), (-noise).clip(0, None).astype(np.uint8)))
        return self._noise[self.frames_delivered % NOISE_PLANES]

    def _read_still(self) -> np.ndarray:
        if DeviceFault.SLOW in self.faults:
            time.sleep(self.options.slow_s)
        if DeviceFault.DISCONNECT in self.faults:
            raise CameraUnavailable("simulated camera unplugged during still capture", device="camera")
        if DeviceFault.GARBAGE_FRAMES in self.faults:
            return self._rng.integers(0, 256, (self.still_size[1], self.still_size[0], 3), dtype=np.uint8)
        scene = self._scene()
        if (scene.shape[1], scene.shape[0]) == self.still_size:
            return scene.copy()
        return cv2.resize(scene, self.still_size, interpolation=cv2.INTER_CUBIC)

    def _close(self) -> None:
        if self._video is not None:
            self._video.release()
            self._video = None
