"""Cameras: contract over the simulated and OpenCV adapters, faults, unplug/replug."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.base import (
    Camera,
    CameraBadFrames,
    CameraUnavailable,
    DeviceState,
    DeviceTimeout,
    ErrorAction,
)
from devices.camera.opencv import OpenCvCamera
from devices.camera.simulated import SimulatedCamera, desk_frame
from devices.camera.stream import frame_looks_broken
from devices.faults import DeviceFault
from devices.options import OpenCvCameraOptions, SimulatedCameraOptions

PREVIEW = (320, 180)


def sim(folder: Path | None = None, **kw) -> SimulatedCamera:
    return SimulatedCamera(SimulatedCameraOptions(
        folder=folder, preview_width=PREVIEW[0], preview_height=PREVIEW[1], still_width=800, still_height=600,
        fps=30, reconnect_interval_s=0.05, **kw))


def write_video(path: Path, frames: int = 12, size: tuple[int, int] = (640, 360)) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, size)
    assert writer.isOpened()
    for i in range(frames):
        frame = np.full((size[1], size[0], 3), 90, np.uint8)
        cv2.rectangle(frame, (20 + 10 * i, 40), (200 + 10 * i, 300), (230, 230, 230), -1)
        cv2.putText(frame, f"page {i}", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (20, 20, 20), 2)
        writer.write(frame)
    writer.release()
    return path


@pytest.fixture(params=["simulated-generated", "simulated-folder", "opencv-video"])
def camera_case(request, tmp_path: Path):
    if request.param == "simulated-generated":
        return sim(tmp_path / "empty"), (600, 800)
    if request.param == "simulated-folder":
        folder = tmp_path / "photos"
        folder.mkdir()
        image = np.full((1200, 1600, 3), 200, np.uint8)
        cv2.putText(image, "Don de nghi", (100, 300), cv2.FONT_HERSHEY_SIMPLEX, 4, (0, 0, 0), 8)
        cv2.imwrite(str(folder / "page1.jpg"), image)
        return sim(folder), (600, 800)
    video = write_video(tmp_path / "capture.avi")
    return OpenCvCamera(OpenCvCameraOptions(source=str(video), preview_width=PREVIEW[0], preview_height=PREVIEW[1],
                                            fps=30, reconnect_interval_s=0.05)), (360, 640)


def test_contract_preview_frames_and_full_resolution_still(camera_case, qtbot) -> None:
    camera, still_shape = camera_case
    assert isinstance(camera, Camera)
    seen: list[np.ndarray] = []
    camera.add_frame_listener(seen.append)
    with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000) as blocker:
        camera.start()
    try:
        frame = blocker.args[0]
        assert frame.dtype == np.uint8 and frame.shape == (PREVIEW[1], PREVIEW[0], 3)
        assert camera.status.state is DeviceState.ONLINE
        qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
        assert camera.latest_frame() is not None
        still = camera.capture_still(timeout=5)
        assert still.shape[:2] == still_shape and not frame_looks_broken(still)
    finally:
        camera.stop()
    assert camera.status.state is DeviceState.OFFLINE


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost")
def test_disconnect_then_reconnect(qtbot) -> None:
    camera = sim()
    with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
        camera.start()
    try:
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE) as blocker:
            camera.inject(DeviceFault.DISCONNECT)
        error = blocker.args[0].error
        assert isinstance(error, CameraUnavailable) and error.action is ErrorAction.RETRY
        with pytest.raises(CameraUnavailable):
            camera.capture_still(timeout=1)
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.ONLINE):
            camera.clear(DeviceFault.DISCONNECT)
        with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
            pass
    finally:
        camera.stop()


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost: simulated camera unplugged")
def test_disconnected_from_the_profile_reports_no_device(qtbot) -> None:
    camera = sim(faults=[DeviceFault.DISCONNECT])
    with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                          check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE):
        camera.start()
    camera.stop()


def test_garbage_frames_are_a_hardware_error_and_not_delivered(qtbot) -> None:
    camera = sim()
    with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
        camera.start()
    try:
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.HARDWARE_ERROR) as blocker:
            camera.inject(DeviceFault.GARBAGE_FRAMES)
        assert isinstance(blocker.args[0].error, CameraBadFrames)
        assert blocker.args[0].action is ErrorAction.TECHNICIAN
        assert not frame_looks_broken(camera.latest_frame())
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.ONLINE):
            camera.clear(DeviceFault.GARBAGE_FRAMES)
    finally:
        camera.stop()


def test_slow_camera_goes_offline_and_its_still_times_out(qtbot) -> None:
    camera = sim(slow_s=0.4, frame_timeout_s=0.2)
    with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
        camera.start()
    try:
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.OFFLINE) as blocker:
            camera.inject(DeviceFault.SLOW)
        assert isinstance(blocker.args[0].error, DeviceTimeout) and blocker.args[0].action is ErrorAction.RETRY
        with pytest.raises(DeviceTimeout) as info:
            camera.capture_still(timeout=0.05)
        assert info.value.action is ErrorAction.RETRY
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.ONLINE):
            camera.clear(DeviceFault.SLOW)
        assert camera.capture_still(timeout=5).shape == (600, 800, 3)
    finally:
        camera.stop()


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost")
def test_opencv_camera_survives_unplug_and_replug(tmp_path: Path, qtbot) -> None:
    video = write_video(tmp_path / "video0.avi")
    camera = OpenCvCamera(OpenCvCameraOptions(source=str(video), preview_width=PREVIEW[0],
                                              preview_height=PREVIEW[1], reconnect_interval_s=0.05))
    with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
        camera.start()
    unplugged = tmp_path / "unplugged.avi"
    try:
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE):
            video.rename(unplugged)
        with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.ONLINE):
            unplugged.rename(video)
        with qtbot.waitSignal(camera.notifier.frame_ready, timeout=5000):
            pass
    finally:
        camera.stop()


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost: camera source .* does not exist")
def test_missing_opencv_camera_is_no_device(qtbot) -> None:
    camera = OpenCvCamera(OpenCvCameraOptions(source="/dev/video-nonexistent", reconnect_interval_s=0.05))
    with qtbot.waitSignal(camera.notifier.state_changed, timeout=5000,
                          check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE):
        camera.start()
    camera.stop()


def test_broken_frame_heuristic() -> None:
    rng = np.random.default_rng(1)
    assert frame_looks_broken(rng.integers(0, 256, (180, 320, 3), dtype=np.uint8))
    assert frame_looks_broken(np.zeros((180, 320, 3), np.uint8))
    assert frame_looks_broken(None)
    scene = cv2.GaussianBlur(rng.integers(0, 256, (180, 320, 3), dtype=np.uint8), (0, 0), 6)
    assert not frame_looks_broken(scene)


def test_generated_desk_follows_its_formula() -> None:
    """The desk a camera without pictures shows is built from a row and a column (a full grid of coordinates took
    5 s at the still size, longer than a camera stop waits); it is still the formula's wood grain and light,
    written out here on the full grid, within the one grey level of rounding."""
    width, height, t = 320, 240, 0.7
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float64)
    grain = 6 * np.sin(xx / (width / 90) + 2 * np.sin(yy / (height / 8)))
    light = 1 - 0.25 * (((xx / width - 0.5) ** 2 + (yy / height - 0.5) ** 2) * 2)
    expected = (np.array([70, 110, 150])[None, None, :] + grain[..., None]) * light[..., None] * (1 + 0.01 * np.sin(t))
    frame = desk_frame(width, height, t)
    assert frame.shape == (height, width, 3) and frame.dtype == np.uint8
    assert np.abs(frame.astype(np.float64) - expected).max() <= 0.51
