"""One log: a failing camera writes its first failure and then a count, OpenCV's own stderr warnings are
silenced from the profile, and the camera's state (not the log) says it is missing."""
from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from devices.base import CameraUnavailable, DeviceState
from devices.camera.stream import StreamingCamera
from devices.clock import ManualClock
from devices.log_limit import RepeatLimitedLog
from devices.registry import DeviceSet

ROOT = Path(__file__).resolve().parents[2]


class FlappingCamera(StreamingCamera):
    """A USB camera with a bad cable: it opens, then every read fails; after ``unplug_at`` it is gone.

    Each attempt advances the injected clock by one second, as the reconnect interval would.
    """

    def __init__(self, clock: ManualClock, unplug_at: float) -> None:
        super().__init__(fps=30, reconnect_interval_s=0.001, frame_timeout_s=2.0, clock=clock)
        self.clock = clock
        self.unplug_at = unplug_at
        self.attempts = 0
        self.gone = threading.Event()

    def _open(self) -> None:
        self.attempts += 1
        self.clock.advance(1.0)
        if self.clock.monotonic() >= self.unplug_at:
            self.gone.set()
            raise CameraUnavailable("camera 0 could not be opened", device="camera")

    def _read_preview(self) -> np.ndarray | None:
        raise OSError("select() timeout")

    def _read_still(self) -> np.ndarray:
        raise CameraUnavailable("no still", device="camera")

    def _close(self) -> None:
        pass


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost")
@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"out of service: camera")
def test_a_camera_failing_for_a_minute_writes_at_most_two_lines(caplog: pytest.LogCaptureFixture) -> None:
    """Finding 2: a camera that fails every second for 60 s (injected clock) produces at most 2 log lines,
    and its state (no device, with the reason) is what the maintenance page's device list shows."""
    clock = ManualClock(0.0)
    camera = FlappingCamera(clock, unplug_at=60.0)
    devices = DeviceSet({"camera": ("opencv", True, {})}, builder=lambda kind, adapter, options: camera)
    caplog.set_level(logging.INFO, logger="devices")
    camera.start()
    try:
        assert camera.gone.wait(30), "the camera thread did not run through the minute"
        for _ in range(200):  # a few more failed re-opens after the unplug
            if camera.attempts > 65:
                break
            camera.gone.wait(0.01)
    finally:
        health = {h.kind: h for h in devices.health()}["camera"]
        in_service = devices.in_service
        lines = [r for r in caplog.records if r.name.startswith("devices")]  # before stop() reports its own change
        camera.stop()
    assert camera.attempts >= 60
    assert len(lines) <= 2, [r.getMessage() for r in lines]
    assert any("camera lost" in r.getMessage() for r in lines)
    assert health.state == DeviceState.NO_DEVICE.value and health.error
    assert health.detail and "could not be opened" in health.detail
    assert not in_service  # a required camera that is missing takes the kiosk out of service


@pytest.mark.expect_log(logger="devices.test", level="WARNING", message=r"camera lost")
def test_repeated_event_is_logged_once_then_counted(caplog: pytest.LogCaptureFixture) -> None:
    """Finding 2: the first occurrence is logged, then one line with the count every 300 s."""
    clock = ManualClock(0.0)
    limited = RepeatLimitedLog(logging.getLogger("devices.test"), interval_s=300, clock=clock)
    caplog.set_level(logging.INFO, logger="devices.test")
    written = []
    for second in range(0, 601):
        clock.set(float(second))
        written.append(limited.warning("camera lost", "camera lost: %s", "could not be opened"))
    messages = [r.getMessage() for r in caplog.records]
    assert written.count(True) == 3 and written[0] and written[300] and written[600]
    assert messages == ["camera lost: could not be opened",
                        "camera lost: could not be opened (300 times in the last 300 s)",
                        "camera lost: could not be opened (300 times in the last 300 s)"]


@pytest.mark.expect_log(logger="devices.test", level="WARNING", message=r"camera lost")
def test_clearing_an_episode_reports_the_rest_and_logs_the_next_at_once(caplog: pytest.LogCaptureFixture) -> None:
    """Finding 2: when the device recovers, the held-back count is written and a new failure shows at once."""
    clock = ManualClock(0.0)
    limited = RepeatLimitedLog(logging.getLogger("devices.test"), interval_s=300, clock=clock)
    caplog.set_level(logging.INFO, logger="devices.test")
    for second in range(10):
        clock.set(float(second))
        limited.warning("camera lost", "camera lost")
    assert limited.suppressed("camera lost") == 9
    limited.clear("camera lost")
    clock.set(20.0)
    assert limited.warning("camera lost", "camera lost")
    assert [r.getMessage() for r in caplog.records] == ["camera lost", "camera lost: 9 more times before it stopped",
                                                        "camera lost"]


OPEN_MISSING_CAMERA = """
import sys
import cv2
sys.path.insert(0, {root!r})
if sys.argv[1] == "profile":
    from devices.camera.opencv import apply_opencv_log_level
    from devices.options import OpenCvCameraOptions
    apply_opencv_log_level(OpenCvCameraOptions().opencv_log_level)
for _ in range(3):
    cap = cv2.VideoCapture(97, cv2.CAP_V4L2)
    assert not cap.isOpened()
    cap.release()
"""


def _stderr_of_missing_camera(mode: str) -> str:
    script = OPEN_MISSING_CAMERA.format(root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "OPENCV_LOG_LEVEL": "WARNING"})
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="V4L2 is Linux's camera interface")
def test_opencv_warnings_are_silenced_by_the_profile_level() -> None:
    """Finding 2: opening a missing camera repeatedly writes OpenCV `[ WARN` lines to stderr by default, and
    none once the profile's level (default "error") is applied."""
    assert "[ WARN" in _stderr_of_missing_camera("none")  # proves the check below can fail
    assert "[ WARN" not in _stderr_of_missing_camera("profile")
