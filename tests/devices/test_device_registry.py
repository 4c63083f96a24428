"""Registry: option schemas, lazy adapter import, the DeviceSet's service state and health summary."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from devices.base import DeviceState
from devices.faults import DeviceFault
from devices.registry import ADAPTERS, AnyOptions, DeviceSet, adapter_spec, build, validate_options


def test_every_adapter_has_a_strict_options_model() -> None:
    for kind, adapters in ADAPTERS.items():
        for name, spec in adapters.items():
            assert spec.options is not AnyOptions, (kind, name)
            assert spec.options.model_config.get("extra") == "forbid"


def test_misspelt_option_is_an_error_naming_the_key() -> None:
    with pytest.raises(ValidationError, match="papr_mm"):
        validate_options("printer", "simulated", {"papr_mm": 58})
    with pytest.raises(ValidationError, match="file_path"):
        validate_options("printer", "escpos", {"transport": "file"})
    with pytest.raises(KeyError, match="choose one of: escpos, simulated"):
        adapter_spec("printer", "laser")


def test_hardware_libraries_are_imported_only_when_used() -> None:
    code = ("import sys, devices.registry as r; r.validate_options('printer', 'escpos', "
            "{'transport': 'network', 'host': 'x'});"
            "print(any(m in sys.modules for m in ('escpos', 'pyzbar', 'zxingcpp', 'serial', 'cv2')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_build_validates_and_constructs(tmp_path: Path) -> None:
    printer = build("printer", "simulated", {"output_dir": str(tmp_path), "paper_mm": 58})
    assert type(printer).__name__ == "SimulatedPrinter" and printer.writer.paper_mm == 58


def kiosk_devices(tmp_path: Path, **printer_options) -> DeviceSet:
    return DeviceSet({
        "printer": ("simulated", True, {"output_dir": str(tmp_path / "out"), **printer_options}),
        "qr": ("simulated", False, {"payloads": ["A"]}),
        "camera": ("simulated", False, {"preview_width": 320, "preview_height": 180, "fps": 30,
                                        "still_width": 640, "still_height": 480,
                                        "reconnect_interval_s": 0.05}),
    })


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"out of service: printer")
def test_required_device_failure_puts_the_kiosk_out_of_service_and_back(tmp_path: Path, qtbot) -> None:
    devices = kiosk_devices(tmp_path)
    changes: list[tuple[bool, list[str]]] = []
    devices.add_service_listener(lambda ok, failed: changes.append((ok, failed)))
    devices.start()
    try:
        assert devices.in_service
        with qtbot.waitSignal(devices.notifier.out_of_service, timeout=2000) as blocker:
            devices["printer"].inject(DeviceFault.PAPER_OUT)
        assert blocker.args[0] == ["printer"] and not devices.in_service
        with qtbot.waitSignal(devices.notifier.back_in_service, timeout=2000):
            devices["printer"].paper_replaced()
        assert devices.in_service and changes == [(False, ["printer"]), (True, [])]
    finally:
        devices.stop()


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"optional device degraded: qr")
def test_optional_device_failure_degrades_only(tmp_path: Path, qtbot) -> None:
    devices = kiosk_devices(tmp_path)
    devices.start()
    try:
        with qtbot.waitSignal(devices.notifier.degraded, timeout=2000) as blocker:
            devices["qr"].inject(DeviceFault.DISCONNECT)
        assert blocker.args[0] == "qr" and devices.in_service and devices.degraded_kinds == ["qr"]
        with qtbot.waitSignal(devices.notifier.restored, timeout=2000):
            devices["qr"].clear(DeviceFault.DISCONNECT)
        assert devices.degraded_kinds == []
    finally:
        devices.stop()


def test_paper_near_end_is_not_out_of_service(tmp_path: Path) -> None:
    devices = kiosk_devices(tmp_path, faults=["paper_near_end"])
    devices.start()
    try:
        assert devices.in_service
        printer = next(h for h in devices.health() if h.kind == "printer")
        assert printer.state == "online" and printer.media == "near_end"
    finally:
        devices.stop()


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"out of service: printer")
def test_health_summary_is_json_for_the_heartbeat(tmp_path: Path, qtbot) -> None:
    devices = kiosk_devices(tmp_path)
    devices.start()
    try:
        qtbot.waitUntil(lambda: devices["camera"].status.state is DeviceState.ONLINE, timeout=5000)
        devices["printer"].inject(DeviceFault.COVER_OPEN)
        health = {h.kind: h for h in devices.health()}
        payload = json.loads(json.dumps([h.to_dict() for h in health.values()]))
        assert len(payload) == 3
        printer = health["printer"]
        assert (printer.state, printer.media, printer.error, printer.action, printer.required) == \
            ("user_error", "cover_open", "cover_open", "staff", True)
        assert printer.staff_task == "close the printer cover" and printer.extra["paper_left_mm"] == 80_000
        assert health["camera"].ok and health["qr"].ok and not printer.ok
    finally:
        devices.stop()


def test_camera_qr_reader_is_wired_to_the_camera(tmp_path: Path) -> None:
    devices = DeviceSet({
        "camera": ("simulated", True, {"preview_width": 320, "preview_height": 180}),
        "qr": ("camera", False, {"decoder": "zxing-cpp"}),
    })
    assert devices["qr"].camera is devices["camera"]


def test_unknown_kind_and_bad_options_fail_before_building(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="scanner"):
        DeviceSet({"scanner": ("simulated", True, {})})
    built = []
    with pytest.raises(ValidationError):
        DeviceSet({"printer": ("simulated", True, {}), "camera": ("simulated", True, {"fsp": 3})},
                  builder=lambda *a: built.append(a))
    assert built == []
