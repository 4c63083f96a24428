"""Receipt printer: raster rendering, escpos bytes, contract over adapters, every fault via the simulator."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from escpos.printer import Dummy
from PIL import Image as PILImage

from devices.base import (
    DeviceState,
    DeviceUnavailable,
    ErrorAction,
    MediaState,
    PrinterCoverOpen,
    PrinterHardwareError,
    PrinterJammed,
    PrinterPaperOut,
    PrintNotConfirmed,
    ReceiptPrinter,
)
from devices.faults import DeviceFault
from devices.options import EscposPrinterOptions, SimulatedPrinterOptions
from devices.printer.escpos import EscposPrinter
from devices.printer.job import PrintJob
from devices.printer.raster import RasterRenderer
from devices.printer.simulated import SimulatedPrinter
from devices.printer.writer import set_paper_width
from devices.qr.decoders import make_decoder

TITLE = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
CODE = "000.00.00.G06-261128-0001"


def receipt_job() -> PrintJob:
    job = PrintJob(title="receipt", job_id="test0001")
    job.text("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "large", bold=True, align="center")
    job.text(TITLE, bold=True, align="center").rule()
    job.text(f"Mã hồ sơ: {CODE}").text("Người nộp: Đặng Thị Hường")
    job.qr(CODE).rule(dashed=True).text("Ngày hẹn trả: 12/12/2026", align="right").feed(2).cut()
    return job


def simulated(tmp_path: Path, **kw) -> SimulatedPrinter:
    return SimulatedPrinter(SimulatedPrinterOptions(output_dir=tmp_path / "out", **kw))


def test_raster_receipt_has_vietnamese_text_and_readable_qr(tmp_path: Path) -> None:
    for paper_mm, dots in ((58, 384), (80, 576)):
        image = RasterRenderer(paper_mm).render(receipt_job().elements)
        assert image.width == dots and image.mode == "1"
        grey = np.array(image.convert("L"))
        assert (grey == 0).mean() > 0.03  # ink on paper
        assert make_decoder("zxing-cpp").decode(np.dstack([grey] * 3))[0].text == CODE
        image.save(tmp_path / f"receipt-{paper_mm}.png")


def test_title_diacritics_render_distinctly() -> None:
    """Diacritics change the rendering: the title differs from its unaccented spelling."""
    renderer = RasterRenderer(80)
    job_vi = PrintJob().text(TITLE, bold=True)
    job_ascii = PrintJob().text("Giay tiep nhan ho so va hen tra ket qua", bold=True)
    vi = np.array(renderer.render(job_vi.elements).convert("L"))
    ascii_ = np.array(renderer.render(job_ascii.elements).convert("L"))
    assert vi.shape == ascii_.shape
    assert (vi == 0).sum() > (ascii_ == 0).sum()  # accents add ink
    assert (vi != ascii_).mean() > 0.01


def test_simulated_bytes_equal_escpos_dummy_for_same_operations(tmp_path: Path) -> None:
    printer = simulated(tmp_path)
    printer.start()
    result = printer.print_job(receipt_job())
    reference = set_paper_width(Dummy(), 80)
    reference.hw("INIT")
    reference.image(RasterRenderer(80).render(receipt_job().elements), impl="bitImageRaster")
    reference.cut(mode="FULL")
    assert printer.last_bytes == reference.output
    assert result.confirmed_by == "printer"
    png = Path(result.output or "")
    assert png.suffix == ".png" and png.exists() and png.with_suffix(".bin").read_bytes() == reference.output
    with PILImage.open(png) as image:
        assert image.width == 576


def test_codepage_mode_and_native_qr_bytes(tmp_path: Path) -> None:
    printer = simulated(tmp_path, text_mode="codepage", qr_mode="native", paper_mm=58)
    printer.start()
    job = PrintJob().text("Ma ho so", bold=True, align="center").qr(CODE).cut(partial=True)
    printer.print_job(job)
    reference = set_paper_width(Dummy(), 58)
    reference.hw("INIT")
    reference.set(align="center", bold=True, double_height=False, double_width=False, font="a")
    reference.textln("Ma ho so")
    reference.set(align="center")
    reference.qr(CODE, size=6, native=True)
    reference.set(align="left")
    reference.set(align="left", bold=False, double_height=False, double_width=False, font="a")
    reference.cut(mode="PART")
    assert printer.last_bytes == reference.output
    assert b"\x1d(k" in printer.last_bytes  # GS ( k: the printer draws the QR itself


# --- contract: every ReceiptPrinter adapter ---
@pytest.fixture(params=["simulated", "escpos-file", "escpos-network"])
def any_printer(request, tmp_path: Path) -> ReceiptPrinter:
    if request.param == "simulated":
        return simulated(tmp_path)
    if request.param == "escpos-network":
        fake = request.getfixturevalue("network_printer")
        return EscposPrinter(EscposPrinterOptions(transport="network", host="127.0.0.1", port=fake.port, timeout_s=2))
    return EscposPrinter(EscposPrinterOptions(transport="file", file_path=tmp_path / "lp0"))


def test_contract_prints_and_reports(any_printer: ReceiptPrinter, qtbot) -> None:
    assert isinstance(any_printer, ReceiptPrinter)
    with qtbot.waitSignal(any_printer.notifier.state_changed, timeout=2000):
        any_printer.start()
    assert any_printer.status.state is DeviceState.ONLINE
    before = any_printer.paper_left_mm
    with qtbot.waitSignal(any_printer.notifier.job_finished, timeout=5000) as blocker:
        result = any_printer.print_job(receipt_job())
    assert blocker.args[0] == result
    assert result.confirmed_by in ("printer", "policy") and result.length_mm > 50
    assert any_printer.paper_left_mm == pytest.approx(before - result.length_mm)
    any_printer.stop()
    assert any_printer.status.state is DeviceState.OFFLINE


def test_file_transport_receives_the_escpos_bytes(tmp_path: Path) -> None:
    printer = EscposPrinter(EscposPrinterOptions(transport="file", file_path=tmp_path / "lp0", paper_mm=58))
    printer.start()
    result = printer.print_job(receipt_job())
    printer.stop()
    data = (tmp_path / "lp0").read_bytes()
    assert data.startswith(b"\x1b@") and b"\x1dv0" in data and data.endswith(b"\x1dV\x00")
    assert result.confirmed_by == "policy"  # a file cannot answer status queries


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: no_device")
def test_missing_device_file_is_no_device(tmp_path: Path) -> None:
    printer = EscposPrinter(EscposPrinterOptions(transport="file", file_path=tmp_path / "missing" / "lp0"))
    printer.start()
    assert printer.status.state is DeviceState.NO_DEVICE
    with pytest.raises(DeviceUnavailable):
        printer.print_job(receipt_job())
    printer.stop()


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: print_not_confirmed")
def test_unanswered_status_with_fail_policy_is_not_confirmed(tmp_path: Path, qtbot) -> None:
    printer = simulated(tmp_path, query_status=False, unconfirmed="fail")
    printer.start()
    with qtbot.waitSignal(printer.notifier.job_failed, timeout=2000) as blocker:
        with pytest.raises(PrintNotConfirmed) as info:
            printer.print_job(receipt_job())
    assert blocker.args[0] is info.value and info.value.action is ErrorAction.RETRY


# --- faults through the simulated printer ---
@pytest.mark.parametrize(("fault", "state", "media", "error", "action"), [
    (DeviceFault.PAPER_OUT, DeviceState.USER_ERROR, MediaState.OUT, PrinterPaperOut, ErrorAction.STAFF),
    (DeviceFault.COVER_OPEN, DeviceState.USER_ERROR, MediaState.COVER_OPEN, PrinterCoverOpen, ErrorAction.STAFF),
    (DeviceFault.JAM, DeviceState.USER_ERROR, MediaState.JAMMED, PrinterJammed, ErrorAction.STAFF),
    (DeviceFault.HARDWARE_ERROR, DeviceState.HARDWARE_ERROR, MediaState.OK, PrinterHardwareError,
     ErrorAction.TECHNICIAN),
    (DeviceFault.DISCONNECT, DeviceState.NO_DEVICE, None, DeviceUnavailable, ErrorAction.RETRY),
])
@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: ")
def test_fault_state_signal_action_and_recovery(tmp_path: Path, qtbot, fault, state, media, error, action) -> None:
    printer = simulated(tmp_path)
    printer.start()
    with qtbot.waitSignal(printer.notifier.state_changed, timeout=2000) as blocker:
        printer.inject(fault)
    status = blocker.args[0]
    assert status.state is state and isinstance(status.error, error) and status.action is action
    if media is not None:
        assert status.media is media
    with pytest.raises(error):
        printer.print_job(receipt_job())
    assert not list((tmp_path / "out").glob("*.png")) if (tmp_path / "out").exists() else True
    with qtbot.waitSignal(printer.notifier.state_changed, timeout=2000) as blocker:
        printer.clear(fault)
    assert blocker.args[0].state is DeviceState.ONLINE and blocker.args[0].error is None
    assert printer.reprint_last().confirmed_by == "printer"  # the failed receipt can be reprinted


def test_paper_out_needs_staff_to_replace_paper(tmp_path: Path) -> None:
    printer = simulated(tmp_path)
    printer.start()
    printer.inject(DeviceFault.PAPER_OUT)
    assert printer.status.error is not None and printer.status.error.staff_task == "replace paper"
    printer.paper_replaced()
    assert printer.status.state is DeviceState.ONLINE and printer.status.media is MediaState.OK


def test_paper_near_end_still_prints(tmp_path: Path, qtbot) -> None:
    printer = simulated(tmp_path, faults=[DeviceFault.PAPER_NEAR_END])  # from the profile
    printer.start()
    assert printer.status.state is DeviceState.ONLINE and printer.status.media is MediaState.NEAR_END
    assert printer.print_job(receipt_job()).confirmed_by == "printer"


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: paper_out")
def test_roll_runs_out_while_printing(tmp_path: Path) -> None:
    """The simulated roll is finite: the sensor reports near end, then out; the estimate follows."""
    printer = simulated(tmp_path, sim_paper_mm=200, sim_near_end_mm=150, roll_length_mm=200, near_end_mm=150)
    printer.start()
    printer.print_job(receipt_job())
    assert printer.status.media is MediaState.NEAR_END
    printer.print_job(receipt_job())
    with pytest.raises(PrinterPaperOut):  # the roll ends during this one: not confirmed
        printer.print_job(receipt_job())
    assert printer.status.media is MediaState.OUT
    printer.paper_replaced(80_000)
    assert printer.status.media is MediaState.OK and printer.paper_left_mm == 80_000


def test_slow_printer_still_confirms(tmp_path: Path) -> None:
    printer = simulated(tmp_path, slow_s=0.01)
    printer.start()
    printer.inject(DeviceFault.SLOW)
    assert printer.status.state is DeviceState.ONLINE
    assert printer.print_job(receipt_job()).confirmed_by == "printer"


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: no_device")
def test_disconnect_during_session_then_reconnect(tmp_path: Path) -> None:
    printer = simulated(tmp_path)
    printer.start()
    printer.print_job(receipt_job())
    printer.inject(DeviceFault.DISCONNECT)
    with pytest.raises(DeviceUnavailable):
        printer.print_job(receipt_job())
    printer.clear(DeviceFault.DISCONNECT)
    assert printer.print_job(receipt_job()).confirmed_by == "printer"
    assert len(list((tmp_path / "out").glob("*.png"))) == 2


def test_status_polling_notices_a_fault_without_a_print(tmp_path: Path, qtbot) -> None:
    printer = simulated(tmp_path, poll_interval_s=0.05)
    printer.start()
    try:
        with qtbot.waitSignal(printer.notifier.state_changed, timeout=3000) as blocker:
            printer.faults.add(DeviceFault.COVER_OPEN)  # the hardware changes; nobody calls refresh_status()
        assert blocker.args[0].media is MediaState.COVER_OPEN
    finally:
        printer.stop()


class _SilentPrinter(Dummy):
    """A network printer that takes bytes but never answers a status query (read times out)."""

    def _read(self) -> bytes:
        raise TimeoutError("timed out")


class _SilentEscposPrinter(EscposPrinter):
    def _open_transport(self):
        return set_paper_width(_SilentPrinter(), self.options.paper_mm)


@pytest.mark.parametrize(("policy", "confirmed"), [("assume_printed", "policy"), ("fail", None)])
# only the "fail" policy logs the failed job
@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: print_not_confirmed",
                        optional=True)
def test_printer_that_does_not_answer_follows_the_policy(tmp_path: Path, policy: str, confirmed) -> None:
    printer = _SilentEscposPrinter(EscposPrinterOptions(transport="network", host="printer.local",
                                                        unconfirmed=policy))
    printer.start()
    assert printer.status.state is DeviceState.ONLINE and printer.status.media is MediaState.UNKNOWN
    if confirmed:
        assert printer.print_job(receipt_job()).confirmed_by == confirmed
    else:
        with pytest.raises(PrintNotConfirmed):
            printer.print_job(receipt_job())
    printer.stop()


def test_codepage_cp1258_prints_vietnamese_with_combining_tones(tmp_path: Path) -> None:
    printer = simulated(tmp_path, text_mode="codepage", codepage="CP1258")
    printer.start()
    printer.print_job(PrintJob().text(TITLE))
    assert b"\x1bt" in printer.last_bytes  # ESC t: code page selected
    # "ấ" = "â" (0xE2) + combining acute (0xEC); "ả" = "a" + combining hook (0xD2)
    assert "Giấy tiếp nhận".encode("cp1258", errors="replace") not in printer.last_bytes
    assert b"Gi\xe2\xecy ti\xea\xecp nh\xe2\xf2n" in printer.last_bytes and b"qua\xd2" in printer.last_bytes
    assert b"?" not in printer.last_bytes.split(b"\x1bt", 1)[1]
