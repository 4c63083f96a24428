"""QR reader on the kiosk camera: decodes the newest preview frame on a worker, emits each payload once.

Frames arrive on the camera's capture thread; only the newest is kept (stale ones are dropped), so
decoding never lags behind the camera. A payload held in view is emitted once; it is emitted again
only after it has been out of sight for ``repeat_holdoff_s``. Most preview frames hold no code, so
the kiosk pipeline's slow stages run only on every ``full_cascade_every``-th frame (CPU is shared with
page detection on a two-core kiosk).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from devices.base import (
    Camera,
    DeviceState,
    DeviceStatus,
    QrNotifier,
    QrReaderError,
    QrReaderUnavailable,
    QrScan,
    StatusHolder,
)
from devices.clock import SYSTEM_CLOCK, Clock
from devices.monitor import MonitorThread
from devices.options import CameraQrReaderOptions
from devices.qr.decoders import QrDecoder, QrResult, make_decoder

log = logging.getLogger("devices.qr.camera")


class CameraQrReader(StatusHolder):
    """QrReader over a Camera (attach it before start)."""

    def __init__(self, options: CameraQrReaderOptions, camera: Camera | None = None,
                 decoder: QrDecoder | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self._init_status(QrNotifier())
        self.options = options
        self.decoder = decoder or make_decoder(options.decoder)
        self.clock = clock
        self.camera: Camera | None = None
        self._newest: np.ndarray | None = None
        self._frame_lock = threading.Lock()
        self._frame_ready = threading.Event()
        self._decoder_thread = MonitorThread("qr-camera-decoder", logger=log, on_crash=self._decoder_failed)
        self._last_seen: dict[str, float] = {}
        self.frames_decoded = 0
        if camera is not None:
            self.attach_camera(camera)

    def attach_camera(self, camera: Camera) -> None:
        self.camera = camera
        camera.notifier.add_listener(self._camera_state)

    def _camera_state(self, status: DeviceStatus) -> None:
        if not self._decoder_thread.running:
            return
        if status.state.usable:
            self._set_status(DeviceState.ONLINE, error=None)
        else:
            self._set_status(status.state, error=QrReaderUnavailable(
                f"camera is {status.state.value}", device="qr"))

    def _on_frame(self, frame: np.ndarray) -> None:
        with self._frame_lock:
            self._newest = frame
        self._frame_ready.set()

    def start(self) -> None:
        if self.camera is None:
            self._set_status(DeviceState.NO_DEVICE, error=QrReaderUnavailable("no camera attached", device="qr"))
            return
        if self._decoder_thread.running:
            return
        self.camera.add_frame_listener(self._on_frame)
        self._decoder_thread.start(self._run)
        self._camera_state(self.camera.status)

    def stop(self) -> None:
        self._decoder_thread.request_stop()
        self._frame_ready.set()  # wake the decoder waiting for a frame
        if self.camera is not None:
            self.camera.remove_frame_listener(self._on_frame)
        self._decoder_thread.stop()
        self._set_status(DeviceState.OFFLINE, error=None)

    def _decoder_failed(self, exc: Exception) -> None:
        """The decoding thread died of an unexpected error: no more codes until a restart."""
        self._set_status(DeviceState.HARDWARE_ERROR,
                         error=QrReaderError(f"camera QR decoding thread failed: {exc!r}", device="qr"))

    def _run(self, stop: threading.Event) -> None:
        min_interval = 1.0 / self.options.max_rate_hz
        while not stop.is_set():
            if not self._frame_ready.wait(0.5):
                continue
            self._frame_ready.clear()
            with self._frame_lock:
                frame, self._newest = self._newest, None
            if frame is None:
                continue
            started = time.monotonic()
            quick: Callable[[np.ndarray], list[QrResult]] | None = getattr(self.decoder, "decode_quick", None)
            full = quick is None or self.frames_decoded % self.options.full_cascade_every == 0
            try:
                results = quick(frame) if quick is not None and not full else self.decoder.decode(frame)
            except Exception:  # noqa: BLE001 - one bad frame must not stop the reader
                log.exception("QR decoding failed")
                results = []
            self.frames_decoded += 1
            self.process([r.text for r in results], source=f"camera/{self.decoder.name}")
            spare = min_interval - (time.monotonic() - started)
            if spare > 0:
                stop.wait(spare)

    def process(self, texts: list[str], source: str = "camera") -> list[QrScan]:
        """Apply the once-per-payload rule to what one frame showed; emit and return the new scans."""
        now = self.clock.monotonic()
        emitted = []
        for text in dict.fromkeys(texts):
            last = self._last_seen.get(text)
            self._last_seen[text] = now
            if last is None or now - last > self.options.repeat_holdoff_s:
                scan = QrScan(text, source)
                emitted.append(scan)
                self.notifier.post("code_read", scan)
        return emitted
