"""The heartbeat: device health, counters and the outbox backlog sent to the backend every N seconds.

A QTimer in the GUI thread starts each beat as a job (HTTP never blocks the screen); a beat still in
flight when the next is due is skipped rather than queued. The staff console's fleet page shows the
last beat of every kiosk and raises alerts (paper near end, device errors) from it.
"""
from __future__ import annotations

import logging
from importlib import metadata
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk_app.api.schemas import DeviceHealth, Heartbeat, HeartbeatAck
from kiosk_app.backend.errors import BackendUnsupported

log = logging.getLogger("kiosk.heartbeat")


def app_version() -> str:
    try:
        return metadata.version("mst-kiosk")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def build_heartbeat(services: Any) -> Heartbeat:
    """What this kiosk reports now (``services``: a KioskServices)."""
    devices: list[DeviceHealth] = []
    counters = {name: int(value) for name, value in services.counters.values.items()}
    in_service = True
    if services.devices is not None:
        in_service = services.devices.in_service
        for health in services.devices.health():
            detail = health.detail or health.staff_task
            devices.append(DeviceHealth(name=health.kind, kind=health.adapter, state=health.state,
                                        detail=detail[:500] if detail else None, media=health.media,
                                        action=health.action))
            left = health.extra.get("paper_left_mm")
            if health.kind == "printer" and isinstance(left, (int, float)):
                counters["paper_left_mm"] = int(left)
    return Heartbeat(app_version=app_version(), devices=devices, counters=counters,
                     outbox_pending=services.outbox.backlog(), out_of_service=not in_service)


class HeartbeatSender(QObject):
    """Sends :func:`build_heartbeat` every ``interval_s`` through the services' client and job runner."""

    sent = Signal(object)  # HeartbeatAck
    failed = Signal(str)  # technician-facing reason

    def __init__(self, services: Any, interval_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.in_flight = False
        self.last_ack: HeartbeatAck | None = None
        self.last_error = ""
        self.unsupported = False  # the connected system takes no heartbeat (OpenCPS): no more beats are sent
        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_s * 1000))
        self._timer.timeout.connect(self.beat)
        # A device changing state (paper near end, an error, a recovery) is reported within seconds,
        # not at the next regular beat; a burst of changes makes one beat.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(2000)
        self._soon.timeout.connect(self.beat)
        self._running = False
        if services.devices is not None:
            services.devices.notifier.device_changed.connect(self._device_changed)

    def start(self) -> None:
        self._running = True
        self._timer.start()
        self.beat()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._soon.stop()

    def _device_changed(self, _kind: str, _status: Any) -> None:
        self.soon()

    def soon(self) -> None:
        """Send a beat within a few seconds (a session ended, a device changed); a burst makes one beat."""
        if self._running:
            self._soon.start()

    def beat(self) -> bool:
        """Start one heartbeat now; False when there is no backend, it takes no heartbeat, or one is on its way."""
        client = self.services.client
        if client is None or self.in_flight or self.unsupported:
            return False
        beat = build_heartbeat(self.services)  # read in the GUI thread: devices and counters are cheap
        self.in_flight = True
        self.services.jobs.run(lambda: client.heartbeat(beat), self._done, self._failed)
        return True

    def _done(self, ack: HeartbeatAck) -> None:
        self.in_flight = False
        self.last_ack, self.last_error = ack, ""
        self.sent.emit(ack)

    def _failed(self, exc: BaseException) -> None:
        self.in_flight = False
        if isinstance(exc, BackendUnsupported):
            # Not a fault: this system keeps no fleet. Said once, then the timers stop.
            self.unsupported = True
            self._timer.stop()
            self._soon.stop()
            log.info("heartbeat not sent: the connected system takes none (%s)", exc.detail)
            return
        self.last_error = str(getattr(exc, "detail", exc))
        log.warning("heartbeat not delivered: %s", self.last_error)
        self.failed.emit(self.last_error)
