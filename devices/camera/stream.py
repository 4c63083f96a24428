"""Shared logic of every camera: the capture thread, reconnecting, frame checks and still requests.

Adapters implement four primitives (open, read a preview frame, capture a still, close); this base
runs them on one capture thread (camera handles are not thread-safe), delivers preview frames to
listeners and the Qt signal, and turns failures into states: no device while unplugged (retrying
every ``reconnect_interval_s``), hardware error while frames are garbage, offline (timeout) while
frames come slower than ``frame_timeout_s``.

A camera that keeps failing is reported by its state; the log gets the first occurrence and then a
count every few minutes (:class:`devices.log_limit.RepeatLimitedLog`), not a line per retry.
"""
from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable

import numpy as np

from devices.base import (
    CameraBadFrames,
    CameraError,
    CameraNotifier,
    CameraUnavailable,
    DeviceError,
    DeviceState,
    DeviceTimeout,
    StatusHolder,
)
from devices.clock import SYSTEM_CLOCK, Clock
from devices.log_limit import RepeatLimitedLog
from devices.monitor import MonitorThread

log = logging.getLogger("devices.camera")

BAD_FRAMES_BEFORE_ERROR = 8
# Good frames in a row after which a camera counts as recovered (the next failure is logged at once).
FRAMES_TO_RECOVER = 100


def frame_looks_broken(frame: np.ndarray | None) -> bool:
    """True for frames no real scene produces: empty, wrong type, uniform (black) or pure noise.

    A natural image is smooth almost everywhere; sensor/USB corruption is not. The test is the mean
    absolute difference between horizontal neighbours on a subsample (cheap at frame rate).
    """
    if frame is None or frame.size == 0 or frame.dtype != np.uint8 or frame.ndim not in (2, 3):
        return True
    sample = frame[::4, ::4].astype(np.int16)
    if sample.std() < 1.0:
        return True
    return float(np.abs(np.diff(sample, axis=1)).mean()) > 45.0


class StreamingCamera(StatusHolder, ABC):
    """A Camera on top of the four primitives; subclasses only move pixels."""

    def __init__(self, *, fps: float, reconnect_interval_s: float, frame_timeout_s: float,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self._init_status(CameraNotifier())
        self.repeat_log = RepeatLimitedLog(log, clock=clock)  # a flapping camera writes a count, not a flood
        self._good_frames = 0
        self.fps = fps
        self.reconnect_interval_s = reconnect_interval_s
        self.frame_timeout_s = frame_timeout_s
        self._listeners: list[Callable[[np.ndarray], None]] = []
        self._latest: np.ndarray | None = None
        self._capture = MonitorThread(f"{type(self).__name__}-capture", logger=log, on_crash=self._capture_failed)
        self._still_request = threading.Event()
        self._still_done = threading.Event()
        self._still_result: np.ndarray | DeviceError | None = None
        self._still_lock = threading.Lock()
        self._opened = False
        self.frames_delivered = 0

    @property
    def _stop(self) -> threading.Event:
        """The capture run's stop event: primitives wait on it (``self._stop.wait(s)``) instead of sleeping."""
        return self._capture.stop_event

    # --- primitives ---
    @abstractmethod
    def _open(self) -> None:
        """Open the device; raise CameraUnavailable when it is not there."""

    @abstractmethod
    def _read_preview(self) -> np.ndarray | None:
        """Next preview frame (BGR); None when the device was lost."""

    @abstractmethod
    def _read_still(self) -> np.ndarray:
        """A full-resolution frame; raise a CameraError on failure."""

    @abstractmethod
    def _close(self) -> None:
        """Release the device."""

    # --- Camera protocol ---
    def add_frame_listener(self, callback: Callable[[np.ndarray], None]) -> None:
        """``callback(frame)`` runs on the capture thread for each preview frame: keep it short."""
        self._listeners.append(callback)

    def remove_frame_listener(self, callback: Callable[[np.ndarray], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def latest_frame(self) -> np.ndarray | None:
        return self._latest

    def start(self) -> None:
        self._capture.start(self._run)

    def stop(self) -> None:
        self._capture.stop()
        self._set_status(DeviceState.OFFLINE, error=None)

    def capture_still(self, timeout: float = 5.0) -> np.ndarray:
        """Full-resolution still, taken on the capture thread; blocks the caller (run it as a job)."""
        with self._still_lock:
            if not self._capture.running or not self._status.state.usable:
                raise self._status.error or CameraUnavailable("camera is not running", device="camera")
            self._still_done.clear()
            self._still_result = None
            self._still_request.set()
            if not self._still_done.wait(timeout):
                self._still_request.clear()
                raise DeviceTimeout(f"no still within {timeout:.1f} s", device="camera")
            result = self._still_result
        if isinstance(result, DeviceError):
            raise result
        assert result is not None
        return result

    # --- the capture thread ---
    def _run(self, stop: threading.Event) -> None:
        bad_frames = 0
        first_frame = True
        while not stop.is_set():
            if not self._opened:
                try:
                    self._open()
                    self._opened = True
                    bad_frames = 0
                    first_frame = True  # cameras take a while to deliver their first frame
                    # ONLINE only once a good frame arrives: a camera that opens but never delivers
                    # (a bad cable) stays "no device" instead of flapping in and out of service.
                except CameraUnavailable as err:
                    self._lost(err)
                    stop.wait(self.reconnect_interval_s)
                    continue
            if self._still_request.is_set():
                self._serve_still()
                continue
            started = time.monotonic()
            try:
                frame = self._read_preview()
            except Exception as exc:  # noqa: BLE001 - a driver failure is a lost device
                failure = f"camera read failed: {exc}"
                frame = None
            else:
                failure = "camera stopped delivering frames (unplugged?)"
            took = time.monotonic() - started
            if frame is None:
                self._close_quietly()
                self._good_frames = 0
                self._lost(CameraUnavailable(failure, device="camera"))
                stop.wait(self.reconnect_interval_s)
                continue
            if frame_looks_broken(frame):
                bad_frames += 1
                if bad_frames >= BAD_FRAMES_BEFORE_ERROR:
                    self._set_status(DeviceState.HARDWARE_ERROR,
                                     error=CameraBadFrames(f"{bad_frames} corrupted frames in a row", device="camera"))
                continue
            slow, first_frame = took > self.frame_timeout_s and not first_frame, False
            if slow:  # stalling (USB bandwidth, failing camera): no live preview
                self._set_status(DeviceState.OFFLINE, error=DeviceTimeout(
                    f"preview frame took {took:.1f} s (limit {self.frame_timeout_s:.1f} s)", device="camera"))
            elif self._status.state != DeviceState.ONLINE:
                self._set_status(DeviceState.ONLINE, error=None)
                self.repeat_log.info("camera online", "camera online")
            bad_frames = 0
            self._good_frames += 1
            if self._good_frames == FRAMES_TO_RECOVER:  # steady again: end the episode of repeated failures
                self.repeat_log.clear("camera lost")
                self.repeat_log.clear("camera online", report=False)
            self._latest = frame
            self.frames_delivered += 1
            for callback in list(self._listeners):
                try:
                    callback(frame)
                except Exception:  # noqa: BLE001 - a listener must not kill the capture thread
                    log.exception("frame listener failed")
            self.notifier.post("frame_ready", frame)
        self._close_quietly()

    def _serve_still(self) -> None:
        try:
            self._still_result = self._read_still()
        except DeviceError as err:
            self._still_result = err
        except Exception as exc:  # noqa: BLE001
            self._still_result = CameraUnavailable(f"still capture failed: {exc}", device="camera")
        self._still_request.clear()
        self._still_done.set()

    def _capture_failed(self, exc: Exception) -> None:
        """The capture thread died of an unexpected error: no frames until a restart; a waiting still fails."""
        self._close_quietly()
        err = CameraError(f"camera capture thread failed: {exc!r}", device="camera")
        self._set_status(DeviceState.HARDWARE_ERROR, error=err)
        self._answer_still(err)

    def _lost(self, err: CameraUnavailable) -> None:
        if self._status.state != DeviceState.NO_DEVICE:
            self.repeat_log.warning("camera lost", "camera lost: %s", err.detail)
        self._set_status(DeviceState.NO_DEVICE, error=err)
        self._answer_still(err)

    def _answer_still(self, err: DeviceError) -> None:
        """Fail a still request that is waiting, with ``err``."""
        if self._still_request.is_set():
            self._still_result = err
            self._still_request.clear()
            self._still_done.set()

    def _close_quietly(self) -> None:
        if self._opened:
            try:
                self._close()
            except Exception:  # noqa: BLE001
                log.debug("camera close failed", exc_info=True)
            self._opened = False
