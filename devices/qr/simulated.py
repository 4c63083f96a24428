"""The simulated QR reader: scripted payloads, or image files decoded by the kiosk pipeline, with faults.

``present()`` shows the next scripted payload (or a given one) as if a citizen held it up;
``present_image()`` decodes a picture. With ``interval_s`` > 0 the script plays by itself.
Faults: DISCONNECT (no device), SLOW (results arrive ``slow_s`` late), UNREADABLE_CODE (the code is
seen but not read: the ``unreadable`` signal fires with a RETRY error), GARBAGE_FRAMES (scanned images
are noise, so nothing decodes).
"""
from __future__ import annotations

import itertools
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from devices.base import (
    DeviceState,
    QrNotifier,
    QrReaderError,
    QrReaderUnavailable,
    QrScan,
    QrUnreadable,
    StatusHolder,
)
from devices.faults import DeviceFault, FaultSet
from devices.monitor import MonitorThread
from devices.options import SimulatedQrReaderOptions

if TYPE_CHECKING:
    from devices.qr.decoders import QrDecoder

log = logging.getLogger("devices.qr.simulated")


class SimulatedQrReader(StatusHolder):
    """QrReader with a script and fault injection."""

    def __init__(self, options: SimulatedQrReaderOptions) -> None:
        self._init_status(QrNotifier())
        self.options = options
        self.faults = FaultSet(options.faults)
        self._script = itertools.cycle(options.payloads) if options.payloads else None
        self._images = sorted(p for p in options.images.iterdir() if p.is_file()) \
            if options.images is not None and options.images.is_dir() else []
        self._image_iter = itertools.cycle(self._images) if self._images else None
        self._decoder: QrDecoder | None = None
        self._running = False
        self._player = MonitorThread("qr-simulated", logger=log, on_crash=self._player_failed)

    def start(self) -> None:
        self._running = True
        self._refresh()
        if self.options.interval_s > 0:
            self._player.start(self._play)

    def stop(self) -> None:
        self._running = False
        self._player.stop()
        self._set_status(DeviceState.OFFLINE, error=None)

    def inject(self, fault: DeviceFault | str) -> None:
        self.faults.add(fault)
        self._refresh()

    def clear(self, fault: DeviceFault | str | None = None) -> None:
        self.faults.discard(fault)
        self._refresh()

    def _refresh(self) -> None:
        if not self._running:
            return
        if DeviceFault.DISCONNECT in self.faults:
            self._set_status(DeviceState.NO_DEVICE, error=QrReaderUnavailable("simulated scanner unplugged", device="qr"))
        elif DeviceFault.HARDWARE_ERROR in self.faults:
            from devices.base import DeviceHardwareError

            self._set_status(DeviceState.HARDWARE_ERROR, error=DeviceHardwareError("simulated scanner failure", device="qr"))
        else:
            self._set_status(DeviceState.ONLINE, error=None)

    def _player_failed(self, exc: Exception) -> None:
        """The script player died of an unexpected error (e.g. nothing to play): the scanner is broken."""
        self._set_status(DeviceState.HARDWARE_ERROR,
                         error=QrReaderError(f"simulated scanner script failed: {exc!r}", device="qr"))

    def _play(self, stop: threading.Event) -> None:
        while not stop.wait(self.options.interval_s):
            if self._image_iter is not None and not self.options.payloads:
                self.present_image(next(self._image_iter))
            else:
                self.present()

    def present(self, payload: str | None = None) -> None:
        """A citizen shows a code: the next scripted payload unless one is given."""
        if payload is None:
            if self._script is None:
                raise ValueError("no scripted payloads; pass one")
            payload = next(self._script)
        self._deliver([payload])

    def present_image(self, image: Path | str | np.ndarray) -> None:
        """A citizen shows a picture: it is decoded with the kiosk pipeline."""
        frame = cv2.imread(str(image), cv2.IMREAD_COLOR) if not isinstance(image, np.ndarray) else image
        if DeviceFault.GARBAGE_FRAMES in self.faults or frame is None:
            frame = np.random.default_rng().integers(0, 256, (720, 1280, 3), dtype=np.uint8)
        if self._decoder is None:
            from devices.qr.decoders import make_decoder

            self._decoder = make_decoder("kiosk")
        self._deliver([r.text for r in self._decoder.decode(frame)])

    def _deliver(self, texts: list[str]) -> None:
        if not self._running or not self._status.state.usable:
            log.info("simulated scanner is %s: code ignored", self._status.state.value)
            return
        if DeviceFault.SLOW in self.faults:
            timer = threading.Timer(self.options.slow_s, self._emit, args=(texts,))
            timer.daemon = True
            timer.start()
        else:
            self._emit(texts)

    def _emit(self, texts: list[str]) -> None:
        if DeviceFault.UNREADABLE_CODE in self.faults or not texts:
            self.notifier.post("unreadable", QrUnreadable("code seen but not decoded", device="qr"))
            return
        for text in texts:
            self.notifier.post("code_read", QrScan(text, "simulated"))
