"""The real escpos adapter over TCP against a fake network printer that answers DLE EOT status queries."""
from __future__ import annotations

import socket
import threading

import pytest

from devices.base import DeviceState, DeviceUnavailable, MediaState, PrinterPaperOut
from devices.options import EscposPrinterOptions
from devices.printer.escpos import EscposPrinter
from devices.printer.job import PrintJob


class FakeNetworkPrinter:
    """Listens on localhost, records what it receives, answers the four real-time status requests."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.paper = 0x12  # DLE EOT 4 answer; 0x72 = paper out, 0x1E = near end
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    if chunk[-3:-1] == b"\x10\x04":  # a status request (TCP may glue it to the data)
                        self.received += chunk[:-3]
                        conn.sendall(bytes((self.paper if chunk[-1] == 4 else 0x12,)))
                    else:
                        self.received += chunk

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def network_printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def job() -> PrintJob:
    return PrintJob().text("Phiếu hẹn trả kết quả", bold=True, align="center").qr("000.00.00.G06-261128-0001").cut()


def test_network_printer_confirms_by_status(network_printer: FakeNetworkPrinter) -> None:
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


def test_network_printer_reports_paper_states(network_printer: FakeNetworkPrinter) -> None:
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


def test_network_printer_not_listening_is_no_device() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    printer = EscposPrinter(EscposPrinterOptions(transport="network", host="127.0.0.1", port=port, timeout_s=1))
    printer.start()
    assert printer.status.state is DeviceState.NO_DEVICE
    with pytest.raises(DeviceUnavailable):
        printer.print_job(job())
    printer.stop()
