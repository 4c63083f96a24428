"""QR decoders, the kiosk pipeline, the `kiosk qr` command and every QR reader adapter."""
from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from devices.base import DeviceState, ErrorAction, QrReader, QrReaderUnavailable, QrUnreadable
from devices.camera.simulated import SimulatedCamera
from devices.clock import ManualClock
from devices.faults import DeviceFault
from devices.options import (
    CameraQrReaderOptions,
    HidQrReaderOptions,
    SerialQrReaderOptions,
    SimulatedCameraOptions,
    SimulatedQrReaderOptions,
)
from devices.qr.camera_reader import CameraQrReader
from devices.qr.decoders import DECODER_NAMES, make_decoder
from devices.qr.decoders.pipeline import KioskQrPipeline
from devices.qr.hid import HidQrReader, HidWedge, Scanned, Typed
from devices.qr.serial import SerialQrReader
from devices.qr.simulated import SimulatedQrReader
from kiosk_app.commands import qr as qr_command
from testkit.qr_captures import generate_capture

CCCD = "001090123456|012345678|Nguyễn Văn Ánh|01011990|Nam|Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội|15042021"
CODE = "000.00.00.G06-261128-0001"


@pytest.mark.parametrize("name", DECODER_NAMES)
def test_every_decoder_reads_a_clean_vietnamese_payload(name: str, make_qr_image) -> None:
    results = make_decoder(name).decode(make_qr_image(CCCD, module_px=5))
    assert [r.text for r in results] == [CCCD]
    assert results[0].decoder.startswith(name) and len(results[0].corners) == 4


@pytest.mark.parametrize("name", DECODER_NAMES)
def test_decoders_find_nothing_in_a_blank_frame(name: str) -> None:
    assert make_decoder(name).decode(np.full((720, 1280, 3), 128, np.uint8)) == []


def test_pipeline_corners_match_ground_truth() -> None:
    rng = np.random.default_rng(3)
    pipeline = KioskQrPipeline()
    checked = 0
    for _ in range(6):
        capture = generate_capture(rng, "receipt")
        results = pipeline.decode(capture.image)
        if not results:
            continue
        found = np.array(results[0].corners)
        centre_error = np.linalg.norm(found.mean(axis=0) - capture.corners.mean(axis=0))
        assert centre_error < 0.1 * np.ptp(capture.corners, axis=0).max()
        checked += 1
    assert checked >= 4


@pytest.mark.parametrize(("ppm", "sigma"), [(1.6, 0.6), (1.8, 0.8), (2.0, 1.0), (2.4, 1.2)])
def test_pipeline_reads_small_blurred_codes_zxing_alone_misses(ppm: float, sigma: float, make_qr_image) -> None:
    """Small modules under defocus: zxing-cpp alone misses them, a later pipeline stage reads them."""
    code = make_qr_image(CODE, module_px=10, border=20)
    small = cv2.resize(code, None, fx=ppm / 10, fy=ppm / 10, interpolation=cv2.INTER_AREA)
    frame = np.full((720, 1280, 3), 150, np.uint8)
    frame[300:300 + small.shape[0], 500:500 + small.shape[1]] = small
    frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    assert make_decoder("zxing-cpp").decode(frame) == []
    pipeline = KioskQrPipeline()
    assert [r.text for r in pipeline.decode(frame)] == [CODE]
    assert pipeline.last_stage not in (None, "plain")


def test_synthetic_captures_are_realistic_frames() -> None:
    rng = np.random.default_rng(11)
    for kind in ("receipt", "id_card", "phone"):
        capture = generate_capture(rng, kind)
        assert capture.image.shape == (720, 1280, 3) and capture.kind == kind
        assert (capture.corners >= 0).all() and (capture.corners[:, 0] < 1280).all()
    assert "|" in generate_capture(rng, "id_card").payload


def test_kiosk_qr_command_prints_one_json_line_per_file(tmp_path: Path, make_qr_image) -> None:
    good = tmp_path / "receipt.png"
    cv2.imwrite(str(good), make_qr_image(CODE))
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((100, 100, 3), 255, np.uint8))
    parser = argparse.ArgumentParser(prog="kiosk")
    qr_command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["qr", str(good), str(blank)])
    out = io.StringIO()
    assert args.func(args, out=out) == 1  # one file has no code
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["file"] == str(good) and lines[0]["text"] == CODE and lines[0]["decoder"].startswith("kiosk")
    assert isinstance(lines[0]["ms"], float)
    assert lines[1]["text"] is None
    args = parser.parse_args(["qr", str(good)])
    assert qr_command.run(args, out=io.StringIO()) == 0


# --- readers ---
def qr_folder(tmp_path: Path, image: np.ndarray) -> Path:
    folder = tmp_path / "qr"
    folder.mkdir()
    canvas = np.full((720, 1280, 3), 120, np.uint8)
    canvas[100:100 + image.shape[0], 400:400 + image.shape[1]] = image
    cv2.imwrite(str(folder / "code.png"), canvas)
    return folder


def camera_reader(tmp_path: Path, make_qr_image, **kw) -> tuple[CameraQrReader, SimulatedCamera]:
    camera = SimulatedCamera(SimulatedCameraOptions(folder=qr_folder(tmp_path, make_qr_image(CODE, module_px=6)),
                                                    fps=20, reconnect_interval_s=0.05))
    return CameraQrReader(CameraQrReaderOptions(**kw), camera=camera), camera


@pytest.fixture(params=["simulated", "camera", "hid", "serial"])
def reader_case(request, tmp_path: Path, make_qr_image, qtbot):
    """(reader, how to make it read CODE, cleanup)."""
    if request.param == "simulated":
        reader = SimulatedQrReader(SimulatedQrReaderOptions(payloads=[CODE]))
        yield reader, reader.present
    elif request.param == "camera":
        reader, camera = camera_reader(tmp_path, make_qr_image)
        camera.start()
        yield reader, lambda: None  # the code is in front of the camera
        camera.stop()
    elif request.param == "hid":
        reader = HidQrReader(HidQrReaderOptions())

        def type_burst() -> None:
            for i, ch in enumerate(CODE + "\r"):
                reader.feed_key(ch, 10.0 + i * 0.004)
        yield reader, type_burst
    else:
        reader = SerialQrReader(SerialQrReaderOptions(url="loop://", read_timeout_s=0.05))
        yield reader, lambda: reader.port.write((CODE + "\r").encode())
    reader.stop()


def test_contract_reader_goes_online_and_reads(reader_case, qtbot) -> None:
    reader, show_code = reader_case
    assert isinstance(reader, QrReader)
    # listening from the start: a camera goes online with its first frame, which may already show the code
    with qtbot.waitSignal(reader.notifier.code_read, timeout=5000) as blocker:
        reader.start()
        qtbot.waitUntil(lambda: reader.status.state is DeviceState.ONLINE, timeout=5000)
        if isinstance(reader, SerialQrReader):
            assert reader.wait_connected(5)
        show_code()
    assert blocker.args[0].text == CODE
    reader.stop()
    assert reader.status.state is DeviceState.OFFLINE


def test_camera_reader_emits_a_held_code_once(tmp_path: Path, make_qr_image, qtbot) -> None:
    reader, camera = camera_reader(tmp_path, make_qr_image, repeat_holdoff_s=60)
    scans = []
    reader.notifier.code_read.connect(scans.append)
    camera.start()
    reader.start()
    try:
        qtbot.waitUntil(lambda: reader.frames_decoded >= 6 and len(scans) >= 1, timeout=8000)
        reader.stop()  # joins the decoding thread: every scan it found is posted to this thread's queue now
        QCoreApplication.sendPostedEvents()  # ... and delivered: no fixed wait for late signals
        assert [s.text for s in scans] == [CODE]
    finally:
        reader.stop()
        camera.stop()


@pytest.mark.expect_log(logger="devices.camera", level="WARNING", message=r"camera lost")
def test_camera_reader_follows_camera_state(tmp_path: Path, make_qr_image, qtbot) -> None:
    reader, camera = camera_reader(tmp_path, make_qr_image)
    camera.start()
    reader.start()
    try:
        with qtbot.waitSignal(reader.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE) as blocker:
            camera.inject(DeviceFault.DISCONNECT)
        assert isinstance(blocker.args[0].error, QrReaderUnavailable)
        with qtbot.waitSignal(reader.notifier.state_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is DeviceState.ONLINE):
            camera.clear(DeviceFault.DISCONNECT)
    finally:
        reader.stop()
        camera.stop()


def test_repeat_holdoff() -> None:
    clock = ManualClock(0.0)
    reader = CameraQrReader(CameraQrReaderOptions(repeat_holdoff_s=3), decoder=make_decoder("zxing-cpp"),
                            clock=clock)
    assert [s.text for s in reader.process(["A"])] == ["A"]
    for t in (1.0, 2.5, 4.0):  # held in view: not again
        clock.set(t)
        assert reader.process(["A", "B"] if t == 4.0 else ["A"]) == [] or t == 4.0
    clock.set(4.5)
    assert reader.process(["A"]) == []
    clock.set(8.0)  # out of sight for 3.5 s > hold-off: a new presentation
    assert [s.text for s in reader.process(["A"])] == ["A"]


def test_hid_wedge_tells_scanner_from_typing() -> None:
    wedge = HidWedge(HidQrReaderOptions())
    events = []
    for i, ch in enumerate("SCAN-1234\r"):
        events += wedge.feed(ch, 1.0 + i * 0.005)
    assert events == [Scanned("SCAN-1234")]
    events = []
    for i, ch in enumerate("hoso"):  # a person typing, 180 ms a key
        events += wedge.feed(ch, 5.0 + i * 0.18)
    events += wedge.feed("\r", 5.8)
    assert "".join(e.text for e in events if isinstance(e, Typed)) == "hoso\r"
    assert not any(isinstance(e, Scanned) for e in events)
    assert wedge.feed("x", 9.0) == [] and wedge.flush(9.5) == [Typed("x")]


def test_hid_wedge_prefix_and_no_suffix() -> None:
    wedge = HidWedge(HidQrReaderOptions(prefix="]Q1", suffix="", burst_timeout_ms=50))
    for i, ch in enumerate("]Q1ABCDEF"):
        assert wedge.feed(ch, 2.0 + i * 0.003) == []
    assert wedge.flush(2.01) == []  # still within the burst
    assert wedge.flush(2.2) == [Scanned("ABCDEF")]
    for i, ch in enumerate("ABCDEF"):  # fast, but without the scanner's prefix: typed (e.g. a paste)
        wedge.feed(ch, 3.0 + i * 0.003)
    assert wedge.flush(3.5) == [Typed("ABCDEF")]


def test_serial_reader_decodes_utf8_and_reports_missing_port(qtbot) -> None:
    reader = SerialQrReader(SerialQrReaderOptions(url="loop://", read_timeout_s=0.05))
    reader.start()
    try:
        assert reader.wait_connected(5)
        with qtbot.waitSignal(reader.notifier.code_read, timeout=5000) as blocker:
            reader.port.write(CCCD.encode() + b"\r")
        assert blocker.args[0].text == CCCD
    finally:
        reader.stop()
    missing = SerialQrReader(SerialQrReaderOptions(url="/dev/ttyNOPE0", reconnect_interval_s=0.05))
    with qtbot.waitSignal(missing.notifier.state_changed, timeout=5000,
                          check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE) as blocker:
        missing.start()
    assert blocker.args[0].action is ErrorAction.RETRY
    missing.stop()


def test_simulated_reader_faults(tmp_path: Path, make_qr_image, qtbot) -> None:
    reader = SimulatedQrReader(SimulatedQrReaderOptions(payloads=["A1", "B2"], slow_s=0.05))
    reader.start()
    scans = []
    reader.notifier.code_read.connect(scans.append)
    reader.present()
    assert [s.text for s in scans] == ["A1"]
    with qtbot.waitSignal(reader.notifier.state_changed, timeout=2000) as blocker:
        reader.inject(DeviceFault.DISCONNECT)
    assert blocker.args[0].state is DeviceState.NO_DEVICE and blocker.args[0].action is ErrorAction.RETRY
    reader.present()
    assert len(scans) == 1  # an unplugged scanner reads nothing
    reader.clear(DeviceFault.DISCONNECT)
    assert reader.status.state is DeviceState.ONLINE
    reader.inject(DeviceFault.UNREADABLE_CODE)
    with qtbot.waitSignal(reader.notifier.unreadable, timeout=2000) as blocker:
        reader.present()
    assert isinstance(blocker.args[0], QrUnreadable) and blocker.args[0].action is ErrorAction.RETRY
    reader.clear(DeviceFault.UNREADABLE_CODE)
    reader.inject(DeviceFault.SLOW)
    with qtbot.waitSignal(reader.notifier.code_read, timeout=2000) as blocker:
        reader.present("LATE")
    assert blocker.args[0].text == "LATE"
    reader.clear()
    image = tmp_path / "code.png"
    cv2.imwrite(str(image), make_qr_image(CODE))
    with qtbot.waitSignal(reader.notifier.code_read, timeout=5000) as blocker:
        reader.present_image(image)
    assert blocker.args[0].text == CODE
    reader.inject(DeviceFault.GARBAGE_FRAMES)
    with qtbot.waitSignal(reader.notifier.unreadable, timeout=5000):
        reader.present_image(image)
    reader.inject(DeviceFault.HARDWARE_ERROR)
    assert reader.status.state is DeviceState.HARDWARE_ERROR and reader.status.action is ErrorAction.TECHNICIAN
    reader.stop()


def test_simulated_reader_plays_its_script(qtbot) -> None:
    reader = SimulatedQrReader(SimulatedQrReaderOptions(payloads=["X"], interval_s=0.05))
    with qtbot.waitSignal(reader.notifier.code_read, timeout=3000) as blocker:
        reader.start()
    assert blocker.args[0].text == "X"
    reader.stop()


def test_qa_material_folder_plays_through_simulated_camera_reader(tmp_path: Path, qtbot) -> None:
    from testkit.qr_captures import write_captures

    write_captures(str(tmp_path / "qa"), 3, seed=4)
    truth = [json.loads(line) for line in (tmp_path / "qa" / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [t["kind"] for t in truth] == ["receipt", "id_card", "phone"]
    out = io.StringIO()
    parser = argparse.ArgumentParser()
    qr_command.register(parser.add_subparsers())
    qr_command.run(parser.parse_args(["qr", *[str(tmp_path / "qa" / t["file"]) for t in truth]]), out=out)
    decoded = [json.loads(line)["text"] for line in out.getvalue().splitlines()]
    assert sum(d == t["payload"] for d, t in zip(decoded, truth, strict=True)) >= 2
    assert all(d in (None, t["payload"]) for d, t in zip(decoded, truth, strict=True))


def test_quick_decode_runs_only_the_cheap_stages(make_qr_image) -> None:
    pipeline = KioskQrPipeline()
    code = make_qr_image(CODE, module_px=10, border=20)
    small = cv2.resize(code, None, fx=0.2, fy=0.2, interpolation=cv2.INTER_AREA)
    frame = np.full((720, 1280, 3), 150, np.uint8)
    frame[300:300 + small.shape[0], 500:500 + small.shape[1]] = small
    frame = cv2.GaussianBlur(frame, (0, 0), 1.0)  # needs the upscale stage (see above)
    assert pipeline.decode_quick(frame) == []
    assert [r.text for r in pipeline.decode(frame)] == [CODE]
    assert [r.text for r in pipeline.decode_quick(make_qr_image(CODE))] == [CODE]
