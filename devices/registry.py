"""Which adapters exist for each device kind, their option schemas, and building them from a profile.

Hardware libraries are imported only when their adapter is built (``module`` is imported lazily).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

DEVICE_KINDS = ("camera", "qr", "printer")


class AnyOptions(BaseModel):
    """Placeholder option schema for adapters that declare none yet."""

    model_config = ConfigDict(extra="allow")


@dataclass(frozen=True)
class AdapterSpec:
    """Where an adapter lives and how its options are validated."""

    module: str
    factory: str
    options: type[BaseModel] = AnyOptions


ADAPTERS: dict[str, dict[str, AdapterSpec]] = {
    "camera": {
        "simulated": AdapterSpec("devices.camera.simulated", "SimulatedCamera"),
        "opencv": AdapterSpec("devices.camera.opencv", "OpenCvCamera"),
    },
    "qr": {
        "simulated": AdapterSpec("devices.qr.simulated", "SimulatedQrReader"),
        "camera": AdapterSpec("devices.qr.camera_reader", "CameraQrReader"),
        "hid": AdapterSpec("devices.qr.hid", "HidQrReader"),
        "serial": AdapterSpec("devices.qr.serial", "SerialQrReader"),
    },
    "printer": {
        "simulated": AdapterSpec("devices.printer.simulated", "SimulatedPrinter"),
        "escpos": AdapterSpec("devices.printer.escpos", "EscposPrinter"),
    },
}


def adapter_spec(kind: str, adapter: str) -> AdapterSpec:
    """The spec of one adapter; KeyError with the valid choices when unknown."""
    try:
        return ADAPTERS[kind][adapter]
    except KeyError:
        choices = ", ".join(sorted(ADAPTERS.get(kind, {})))
        raise KeyError(f"unknown {kind} adapter {adapter!r}; choose one of: {choices}") from None


def build(kind: str, adapter: str, options: dict[str, Any]) -> Any:
    """Import the adapter's module (only now) and construct it with validated options."""
    spec = adapter_spec(kind, adapter)
    validated = spec.options.model_validate(options)
    module = importlib.import_module(spec.module)
    return getattr(module, spec.factory)(validated)
