"""The real escpos adapter over TCP against a fake network printer that answers DLE EOT status queries."""
from __future__ import annotations

import socket

import pytest

from devices.base import DeviceState, DeviceUnavailable, MediaState, PrinterPaperOut
from devices.options import EscposPrinterOptions
from devices.printer.escpos import EscposPrinter
from devices.printer.job import PrintJob


def job() -> PrintJob:
    return PrintJob().text("Phiếu hẹn trả kết quả", bold=True, align="center").qr("000.00.00.G06-261128-0001").cut()


def test_network_printer_confirms_by_status(network_printer) -> None:
    printer = EscposPrinter(EscposPrinterOptions(transport="network", host="127.0.0.1", port=network_printer.port,
                                                 timeout_s=2, paper_mm=58))
    printer.start()
    try:
        assert printer.status.state is DeviceState.ONLINE and printer.status.media is MediaState.OK
        result = printer.print_job(job())
        assert result.confirmed_by == "printer"
    finally:
        printer.stop()
    assert network_printer.received.startswith(b"\x1b@") and b"\x1dv0" in network_printer.received


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: paper_out")
def test_network_printer_reports_paper_states(network_printer) -> None:
    printer = EscposPrinter(EscposPrinterOptions(transport="network", host="127.0.0.1", port=network_printer.port,
                                                 timeout_s=2))
    printer.start()
    try:
        network_printer.paper = 0x1E
        assert printer.refresh_status().media is MediaState.NEAR_END
        network_printer.paper = 0x72
        status = printer.refresh_status()
        assert status.media is MediaState.OUT and isinstance(status.error, PrinterPaperOut)
        with pytest.raises(PrinterPaperOut):
            printer.print_job(job())
    finally:
        printer.stop()


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: no_device")
def test_network_printer_not_listening_is_no_device() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    printer = EscposPrinter(EscposPrinterOptions(transport="network", host="127.0.0.1", port=port, timeout_s=1))
    printer.start()
    assert printer.status.state is DeviceState.NO_DEVICE
    with pytest.raises(DeviceUnavailable):
        printer.print_job(job())
    printer.stop()
