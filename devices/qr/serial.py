"""Serial (or USB-CDC) QR scanner over pyserial: reads terminated payloads, reconnects when unplugged."""
from __future__ import annotations

import logging
import threading

import serial

from devices.base import DeviceState, QrNotifier, QrReaderError, QrReaderUnavailable, QrScan, StatusHolder
from devices.log_limit import RepeatLimitedLog
from devices.monitor import MonitorThread
from devices.options import SerialQrReaderOptions

log = logging.getLogger("devices.qr.serial")


class SerialQrReader(StatusHolder):
    """QrReader over a serial port or pyserial URL (``loop://`` in tests)."""

    def __init__(self, options: SerialQrReaderOptions) -> None:
        self._init_status(QrNotifier())
        self.options = options
        self.port: serial.SerialBase | None = None
        self._reader_thread = MonitorThread("qr-serial", logger=log, on_crash=self._reader_failed)
        self._connected = threading.Event()
        self.repeat_log = RepeatLimitedLog(log)  # a flapping cable: the first loss, then a count

    def start(self) -> None:
        self._reader_thread.start(self._run)

    def stop(self) -> None:
        self._reader_thread.stop()
        self._close()
        self._set_status(DeviceState.OFFLINE, error=None)

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def _close(self) -> None:
        self._connected.clear()
        if self.port is not None:
            try:
                self.port.close()
            except serial.SerialException:
                pass
            self.port = None

    def _reader_failed(self, exc: Exception) -> None:
        """The reading thread died of an unexpected error: no more codes until a restart."""
        self._set_status(DeviceState.HARDWARE_ERROR,
                         error=QrReaderError(f"serial scanner reading failed: {exc!r}", device="qr"))

    def _run(self, stop: threading.Event) -> None:
        terminator = self.options.terminator.encode()
        buffer = b""
        while not stop.is_set():
            if self.port is None:
                try:
                    self.port = serial.serial_for_url(self.options.url, baudrate=self.options.baudrate,
                                                      timeout=self.options.read_timeout_s)
                    buffer = b""
                    self._connected.set()
                    self._set_status(DeviceState.ONLINE, error=None)
                except (serial.SerialException, ValueError, OSError) as exc:
                    self._set_status(DeviceState.NO_DEVICE, error=QrReaderUnavailable(
                        f"serial scanner {self.options.url!r} not available: {exc}", device="qr"))
                    stop.wait(self.options.reconnect_interval_s)
                    continue
            try:
                waiting: int = self.port.in_waiting  # type: ignore[attr-defined]  # all backends have it, SerialBase's stub not
                chunk = self.port.read(max(1, waiting))
            except (serial.SerialException, OSError) as exc:
                self.repeat_log.warning("serial scanner lost", "serial scanner lost: %s", exc)
                self._close()
                self._set_status(DeviceState.NO_DEVICE, error=QrReaderUnavailable(str(exc), device="qr"))
                continue
            buffer += chunk
            while terminator in buffer:
                line, buffer = buffer.split(terminator, 1)
                text = line.decode(self.options.encoding, errors="replace").strip("\r\n")
                if text:
                    self.notifier.post("code_read", QrScan(text, "serial"))
