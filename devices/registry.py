"""Which adapters exist for each device kind, their option schemas, and building them from a profile.

Hardware libraries are imported only when their adapter is built (``module`` is imported lazily).
``DeviceSet`` holds the devices a profile names, summarises their health and tells the kiosk when a
required device fails (out of service) or recovers, and when an optional one degrades the flow.
"""
from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict
from PySide6.QtCore import Signal

from devices import options as opt
from devices.base import DeviceState, DeviceStatus, ThreadSafeNotifier
from devices.log_limit import RepeatLimitedLog

log = logging.getLogger("devices.registry")

DEVICE_KINDS = ("camera", "qr", "printer", "card")


class AnyOptions(BaseModel):
    """Option schema for adapters that take arbitrary settings (none of the shipped ones do)."""

    model_config = ConfigDict(extra="allow")


@dataclass(frozen=True)
class AdapterSpec:
    """Where an adapter lives and how its options are validated."""

    module: str
    factory: str
    options: type[BaseModel] = AnyOptions


ADAPTERS: dict[str, dict[str, AdapterSpec]] = {
    "camera": {
        "simulated": AdapterSpec("devices.camera.simulated", "SimulatedCamera", opt.SimulatedCameraOptions),
        "opencv": AdapterSpec("devices.camera.opencv", "OpenCvCamera", opt.OpenCvCameraOptions),
    },
    "qr": {
        "simulated": AdapterSpec("devices.qr.simulated", "SimulatedQrReader", opt.SimulatedQrReaderOptions),
        "camera": AdapterSpec("devices.qr.camera_reader", "CameraQrReader", opt.CameraQrReaderOptions),
        "hid": AdapterSpec("devices.qr.hid", "HidQrReader", opt.HidQrReaderOptions),
        "serial": AdapterSpec("devices.qr.serial", "SerialQrReader", opt.SerialQrReaderOptions),
    },
    "printer": {
        "simulated": AdapterSpec("devices.printer.simulated", "SimulatedPrinter", opt.SimulatedPrinterOptions),
        "escpos": AdapterSpec("devices.printer.escpos", "EscposPrinter", opt.EscposPrinterOptions),
    },
    "card": {
        "simulated": AdapterSpec("devices.card_reader.simulated", "SimulatedCardReader", opt.SimulatedCardReaderOptions),
        "pcsc": AdapterSpec("devices.card_reader.pcsc", "PcscCardReader", opt.PcscCardReaderOptions),
    },
}


def adapter_spec(kind: str, adapter: str) -> AdapterSpec:
    """The spec of one adapter; KeyError with the valid choices when unknown."""
    try:
        return ADAPTERS[kind][adapter]
    except KeyError:
        choices = ", ".join(sorted(ADAPTERS.get(kind, {})))
        raise KeyError(f"unknown {kind} adapter {adapter!r}; choose one of: {choices}") from None


def validate_options(kind: str, adapter: str, options: dict[str, Any]) -> BaseModel:
    """Validate one device's options (pydantic ValidationError names a wrong or misspelt key)."""
    return adapter_spec(kind, adapter).options.model_validate(options)


def build(kind: str, adapter: str, options: dict[str, Any]) -> Any:
    """Import the adapter's module (only now) and construct it with validated options."""
    spec = adapter_spec(kind, adapter)
    validated = spec.options.model_validate(options)
    module = importlib.import_module(spec.module)
    return getattr(module, spec.factory)(validated)


@dataclass(frozen=True)
class DeviceHealth:
    """One device's health for maintenance mode and the heartbeat (plain, JSON-serialisable)."""

    kind: str
    adapter: str
    required: bool
    state: str
    media: str | None
    error: str | None
    action: str
    staff_task: str | None
    detail: str | None
    since: float
    extra: dict[str, float | int | str | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.state in (DeviceState.ONLINE.value, DeviceState.BUSY.value)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def device_failed(status: DeviceStatus) -> bool:
    """A device cannot do its job: any state but online/busy, except a clean stop (offline, no error)."""
    if status.state in (DeviceState.ONLINE, DeviceState.BUSY):
        return False
    return status.state != DeviceState.OFFLINE or status.error is not None


class DeviceSetNotifier(ThreadSafeNotifier):
    """Signals of the whole device set."""

    out_of_service = Signal(list)  # kinds of the failed required devices
    back_in_service = Signal()
    degraded = Signal(str)  # an optional device stopped working
    restored = Signal(str)  # an optional device works again
    device_changed = Signal(str, object)  # kind, DeviceStatus


class DeviceSet:
    """The kiosk's devices, built from ``{kind: (adapter, required, options)}``."""

    def __init__(self, config: dict[str, tuple[str, bool, dict[str, Any]]],
                 builder: Callable[[str, str, dict[str, Any]], Any] = build) -> None:
        unknown = set(config) - set(DEVICE_KINDS)
        if unknown:
            raise KeyError(f"unknown device kind(s) {sorted(unknown)}; choose from {', '.join(DEVICE_KINDS)}")
        for kind, (adapter, _required, options) in config.items():  # validate all before building any
            validate_options(kind, adapter, options)
        self.notifier = DeviceSetNotifier()
        self.adapters = {kind: adapter for kind, (adapter, _r, _o) in config.items()}
        self.required = {kind: required for kind, (_a, required, _o) in config.items()}
        self.devices: dict[str, Any] = {kind: builder(kind, adapter, options)
                                        for kind, (adapter, _r, options) in config.items()}
        self._listeners: list[Callable[[bool, list[str]], None]] = []
        self._failed_required: list[str] = []
        self._degraded: set[str] = set()
        self._lock = threading.RLock()
        self._repeat_log = RepeatLimitedLog(log)  # a flapping device changes service state, not the log, each time
        qr, camera = self.devices.get("qr"), self.devices.get("camera")
        if qr is not None and camera is not None and hasattr(qr, "attach_camera"):
            qr.attach_camera(camera)
        for kind, device in self.devices.items():
            device.notifier.add_listener(lambda status, kind=kind: self._on_status(kind, status))

    def __getitem__(self, kind: str) -> Any:
        return self.devices[kind]

    def get(self, kind: str) -> Any | None:
        return self.devices.get(kind)

    def add_service_listener(self, callback: Callable[[bool, list[str]], None]) -> None:
        """``callback(in_service, failed_required_kinds)`` on each change of service state."""
        self._listeners.append(callback)

    @property
    def in_service(self) -> bool:
        return not self._failed_required

    @property
    def failed_required(self) -> list[str]:
        return list(self._failed_required)

    @property
    def degraded_kinds(self) -> list[str]:
        return sorted(self._degraded)

    def start(self) -> None:
        for kind in ("camera", "printer", "qr", "card"):  # the QR reader may depend on the camera
            if kind in self.devices:
                self.devices[kind].start()

    def stop(self) -> None:
        for kind in ("card", "qr", "printer", "camera"):
            if kind in self.devices:
                self.devices[kind].stop()

    def _on_status(self, kind: str, status: DeviceStatus) -> None:
        with self._lock:  # devices report from their own threads
            self._update(kind, status)

    def _update(self, kind: str, status: DeviceStatus) -> None:
        self.notifier.post("device_changed", kind, status)
        failed = device_failed(status)
        if self.required[kind]:
            before = list(self._failed_required)
            if failed and kind not in self._failed_required:
                self._failed_required.append(kind)
            elif not failed and kind in self._failed_required:
                self._failed_required.remove(kind)
            if before != self._failed_required:
                if self._failed_required:
                    self._repeat_log.warning("out of service", "out of service: %s", ", ".join(self._failed_required))
                    self.notifier.post("out_of_service", list(self._failed_required))
                if not self._failed_required:
                    self._repeat_log.info("back in service", "back in service")
                    self.notifier.post("back_in_service", )
                for callback in list(self._listeners):
                    callback(self.in_service, list(self._failed_required))
        else:
            if failed and kind not in self._degraded:
                self._degraded.add(kind)
                self._repeat_log.warning(f"degraded {kind}", "optional device degraded: %s", kind)
                self.notifier.post("degraded", kind)
            elif not failed and kind in self._degraded:
                self._degraded.discard(kind)
                self.notifier.post("restored", kind)

    def health(self) -> list[DeviceHealth]:
        out = []
        for kind, device in self.devices.items():
            status: DeviceStatus = device.status
            err = status.error
            extra: dict[str, float | int | str | None] = {}
            if kind == "printer":
                left = device.paper_left_mm
                extra["paper_left_mm"] = round(left, 1) if left is not None else None
                extra["printed_jobs"] = getattr(device, "printed_jobs", 0)
            if kind == "camera":
                extra["frames_delivered"] = getattr(device, "frames_delivered", 0)
            out.append(DeviceHealth(
                kind=kind, adapter=self.adapters[kind], required=self.required[kind],
                state=status.state.value, media=status.media.value if status.media else None,
                error=err.code if err else None, action=status.action.value,
                staff_task=(err.staff_task or None) if err else None,
                detail=err.detail if err else None, since=status.since, extra=extra))
        return out
