"""The device adapters' one background-thread helper (devices/monitor.py) and how each adapter reports a crash.

Finding (code quality, ``duplicates``): the monitor thread's start / stop event / join-with-timeout /
"already running" logic was written five times (PC/SC card reader, serial, simulated and camera QR
readers, the streaming camera); it is now one ``MonitorThread``. Before, an exception that escaped a
monitor thread killed it silently and left the device's state as it was (e.g. online); now it is
logged on the adapter's logger and the device reports a technician-level hardware error.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import NoReturn, Protocol

import numpy as np
import pytest

from devices.base import (
    CameraError,
    DeviceError,
    DeviceHardwareError,
    DeviceState,
    DeviceStatus,
    ErrorAction,
    QrReaderError,
    StatusNotifier,
)
from devices.camera.simulated import SimulatedCamera
from devices.camera.stream import StreamingCamera
from devices.monitor import MonitorTarget, MonitorThread
from devices.options import (
    CameraQrReaderOptions,
    PcscCardReaderOptions,
    SerialQrReaderOptions,
    SimulatedCameraOptions,
    SimulatedQrReaderOptions,
)
from devices.qr.camera_reader import CameraQrReader
from devices.qr.decoders import QrResult
from devices.qr.serial import SerialQrReader
from devices.qr.simulated import SimulatedQrReader

log = logging.getLogger("devices.test.monitor")


class _Device(Protocol):
    notifier: StatusNotifier

    def start(self) -> None: ...


@pytest.fixture
def monitor() -> Iterator[MonitorThread]:
    thread = MonitorThread("test-monitor", logger=log, join_timeout_s=5.0)
    yield thread
    thread.stop()


def _until_stopped(started: threading.Event, calls: list[threading.Thread]) -> MonitorTarget:
    def target(stop: threading.Event) -> None:
        calls.append(threading.current_thread())
        started.set()
        stop.wait()
    return target



# ------------------------------------------------------------------------------------------- the helper
def test_start_twice_runs_the_target_once(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): a second start while running does nothing."""
    started, calls = threading.Event(), []
    assert monitor.start(_until_stopped(started, calls)) is True
    assert started.wait(5)
    assert monitor.start(_until_stopped(threading.Event(), calls)) is False
    assert monitor.running
    assert monitor.stop() is True
    assert len(calls) == 1
    assert [t for t in threading.enumerate() if t.name == "test-monitor"] == []


def test_the_thread_is_a_named_daemon(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): each adapter's thread keeps its name and is a daemon."""
    started, calls = threading.Event(), []
    monitor.start(_until_stopped(started, calls))
    assert started.wait(5)
    assert calls[0].name == "test-monitor" and calls[0].daemon


def test_stop_before_start_is_harmless_and_does_not_stop_the_next_run(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): stop before start returns at once; a later run gets a fresh event."""
    assert monitor.stop() is True
    assert not monitor.running
    started, calls = threading.Event(), []
    monitor.start(_until_stopped(started, calls))
    assert started.wait(5)
    assert monitor.running and not monitor.stop_event.is_set()


def test_stop_sets_the_event_and_joins(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): when stop returns, the target has seen its event and finished."""
    started, finished = threading.Event(), []
    given: list[threading.Event] = []

    def target(stop: threading.Event) -> None:
        given.append(stop)
        started.set()
        stop.wait()
        finished.append(threading.current_thread())

    monitor.start(target)
    assert started.wait(5)
    assert given[0] is monitor.stop_event
    assert monitor.stop() is True
    assert given[0].is_set()
    assert len(finished) == 1 and not finished[0].is_alive()
    assert not monitor.running


def test_restart_after_stop_runs_a_new_thread(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): start, stop, start runs the target again on a new thread."""
    calls: list[threading.Thread] = []
    first, second = threading.Event(), threading.Event()
    monitor.start(_until_stopped(first, calls))
    assert first.wait(5)
    monitor.stop()
    monitor.start(_until_stopped(second, calls))
    assert second.wait(5)
    assert len(calls) == 2 and calls[0] is not calls[1] and not calls[0].is_alive()


@pytest.mark.expect_log(logger="devices.test.monitor", level="ERROR", message=r"^test-monitor thread failed$")
def test_a_target_that_raises_is_logged_and_reported(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): an exception in the target is logged with its traceback and
    handed to on_crash; the monitor is not running any more and start runs the target again."""
    reported: list[Exception] = []
    crashed = threading.Event()

    def on_crash(exc: Exception) -> None:
        reported.append(exc)
        crashed.set()

    monitor.on_crash = on_crash

    def target(stop: threading.Event) -> None:
        raise RuntimeError("driver bug")

    monitor.start(target)
    assert crashed.wait(5)
    assert [str(e) for e in reported] == ["driver bug"]
    assert not monitor.running  # set before on_crash runs
    started, calls = threading.Event(), []
    assert monitor.start(_until_stopped(started, calls)) is True
    assert started.wait(5)


@pytest.mark.expect_log(logger="devices.test.monitor", level="WARNING",
                        message=r"test-monitor thread did not stop within 0\.1 s")
def test_a_thread_that_does_not_stop_in_time_is_let_go_with_a_warning(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): join has a timeout; a stuck thread is reported and later runs
    do not revive it (each run has its own stop event)."""
    release, started = threading.Event(), threading.Event()
    old_events: list[threading.Event] = []

    def stuck(stop: threading.Event) -> None:
        old_events.append(stop)
        started.set()
        release.wait(10)  # ignores its stop event for a while (a blocking driver call)

    monitor.start(stuck)
    assert started.wait(5)
    assert monitor.stop(timeout=0.1) is False
    assert not monitor.running
    second, calls = threading.Event(), []
    monitor.start(_until_stopped(second, calls))
    assert second.wait(5)
    assert old_events[0].is_set() and not monitor.stop_event.is_set()
    release.set()


def test_stop_from_the_target_itself_does_not_deadlock(monitor: MonitorThread) -> None:
    """Finding (duplicated monitor thread): a target (or a listener it calls) may stop its own monitor."""
    done = threading.Event()
    results: list[bool] = []

    def target(stop: threading.Event) -> None:
        results.append(monitor.stop())
        done.set()

    monitor.start(target)
    assert done.wait(5)
    assert results == [True] and not monitor.running


# --------------------------------------------------------------------- each adapter reports a crash
def _driver_bug(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError("driver bug")


def _start_until_crash_reported(qtbot, device: _Device) -> DeviceError:
    """Start ``device``, wait for the hardware error its crashed thread reports and return that error."""
    with qtbot.waitSignal(device.notifier.state_changed, timeout=5000,
                          check_params_cb=lambda s: s.state is DeviceState.HARDWARE_ERROR) as blocker:
        device.start()
    status: DeviceStatus = blocker.args[0]
    assert status.error is not None and status.action is ErrorAction.TECHNICIAN
    return status.error


@pytest.mark.expect_log(logger="devices.qr.simulated", level="ERROR", message=r"qr-simulated thread failed")
def test_simulated_qr_script_crash_is_a_hardware_error(qtbot) -> None:
    """Finding (duplicated monitor thread): a script with nothing to play crashed the player silently; now the
    simulated scanner reports a hardware error for a technician."""
    reader = SimulatedQrReader(SimulatedQrReaderOptions(payloads=[], interval_s=0.02))
    try:
        assert isinstance(_start_until_crash_reported(qtbot, reader), QrReaderError)
    finally:
        reader.stop()
    assert reader.status.state is DeviceState.OFFLINE


@pytest.mark.expect_log(logger="devices.qr.serial", level="ERROR", message=r"qr-serial thread failed")
def test_serial_qr_reader_crash_is_a_hardware_error(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    """Finding (duplicated monitor thread): an unexpected error while opening the port is reported in the state."""
    monkeypatch.setattr("devices.qr.serial.serial.serial_for_url", _driver_bug)
    reader = SerialQrReader(SerialQrReaderOptions(url="loop://"))
    try:
        error = _start_until_crash_reported(qtbot, reader)
        assert isinstance(error, QrReaderError) and "driver bug" in error.detail
    finally:
        reader.stop()


class _BrokenDecoder:
    """Returns something that is not a QrResult: the decoding thread fails on it."""

    name = "broken"

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        return [object()]  # type: ignore[list-item]


@pytest.mark.expect_log(logger="devices.qr.camera", level="ERROR", message=r"qr-camera-decoder thread failed")
def test_camera_qr_decoder_crash_is_a_hardware_error_the_camera_does_not_hide(tmp_path, qtbot) -> None:
    """Finding (duplicated monitor thread): a crashed decoder is a hardware error, and the camera's next state
    change does not turn the QR reader online again (it is not running)."""
    camera = SimulatedCamera(SimulatedCameraOptions(fps=30))
    reader = CameraQrReader(CameraQrReaderOptions(), camera=camera, decoder=_BrokenDecoder())  # type: ignore[arg-type]
    camera.start()
    try:
        assert isinstance(_start_until_crash_reported(qtbot, reader), QrReaderError)
        camera.stop()  # the camera goes offline, then online again
        with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
            camera.start()
        assert reader.status.state is DeviceState.HARDWARE_ERROR
    finally:
        reader.stop()
        camera.stop()


class _CrashingCamera(StreamingCamera):
    """A camera whose driver raises something unexpected when opened."""

    def _open(self) -> None:
        _driver_bug()

    def _read_preview(self) -> np.ndarray | None:
        return None

    def _read_still(self) -> np.ndarray:
        raise AssertionError("never opened")

    def _close(self) -> None:
        pass


@pytest.mark.expect_log(logger="devices.camera", level="ERROR", message=r"_CrashingCamera-capture thread failed")
def test_camera_capture_crash_is_a_hardware_error_and_stills_fail_at_once(qtbot) -> None:
    """Finding (duplicated monitor thread): a crashed capture thread is a camera error for a technician, and
    a still request fails with it instead of waiting for its timeout."""
    camera = _CrashingCamera(fps=15, reconnect_interval_s=0.05, frame_timeout_s=1.0)
    try:
        assert isinstance(_start_until_crash_reported(qtbot, camera), CameraError)
        with pytest.raises(CameraError, match="driver bug"):
            camera.capture_still(timeout=60)
    finally:
        camera.stop()
    assert camera.status.state is DeviceState.OFFLINE


@pytest.mark.expect_log(logger="devices.card_reader.pcsc", level="ERROR", message=r"card-pcsc thread failed")
def test_pcsc_monitor_crash_is_a_hardware_error(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    """Finding (duplicated monitor thread): an unexpected error in the PC/SC monitor is reported in the state
    (the reader is no longer followed), with no pcscd needed."""
    from devices.card_reader import pcsc

    monkeypatch.setattr(pcsc, "SCardEstablishContext", _driver_bug)
    reader = pcsc.PcscCardReader(PcscCardReaderOptions(poll_s=0.1))
    try:
        assert isinstance(_start_until_crash_reported(qtbot, reader), DeviceHardwareError)
        assert not reader.card_present
    finally:
        reader.stop()


@pytest.mark.expect_log(logger="devices.printer", level="ERROR", message=r"printer-status thread failed")
def test_printer_status_poll_crash_is_a_hardware_error(monkeypatch: pytest.MonkeyPatch, tmp_path, qtbot) -> None:
    """Finding (duplicated monitor thread): the printer's status thread (the sixth copy) runs through the helper; an
    unexpected error while polling is reported as a hardware error instead of ending the polling silently."""
    from devices.base import PrinterHardwareError
    from devices.options import SimulatedPrinterOptions
    from devices.printer.simulated import SimulatedPrinter

    printer = SimulatedPrinter(SimulatedPrinterOptions(output_dir=tmp_path, poll_interval_s=0.02))
    printer.start()
    try:
        with qtbot.waitSignal(printer.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.HARDWARE_ERROR) as blocker:
            monkeypatch.setattr(printer, "refresh_status", _driver_bug)
        error = blocker.args[0].error
        assert isinstance(error, PrinterHardwareError) and "driver bug" in error.detail
    finally:
        monkeypatch.undo()
        printer.stop()
