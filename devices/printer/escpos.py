"""The real receipt printer: python-escpos over USB, serial, network, CUPS or a device file."""
from __future__ import annotations

import socket

from escpos.escpos import Escpos

from devices.base import DeviceUnavailable
from devices.options import EscposPrinterOptions
from devices.printer.base import EscposReceiptPrinter
from devices.printer.writer import set_paper_width


class EscposPrinter(EscposReceiptPrinter):
    """ReceiptPrinter over one python-escpos transport chosen by the profile."""

    def __init__(self, options: EscposPrinterOptions) -> None:
        super().__init__(paper_mm=options.paper_mm, text_mode=options.text_mode,
                         qr_mode=options.qr_mode, codepage=options.codepage,
                         query_status=options.query_status and options.transport in ("usb", "serial", "network"),
                         unconfirmed=options.unconfirmed, roll_length_mm=options.roll_length_mm,
                         near_end_mm=options.near_end_mm, poll_interval_s=options.poll_interval_s)
        self.options = options

    def _open_transport(self) -> Escpos:
        o = self.options
        profile = o.escpos_profile
        try:
            if o.transport == "usb":
                from escpos.printer import Usb

                printer: Escpos = Usb(o.usb_vendor_id, o.usb_product_id, timeout=int(o.timeout_s * 1000),
                                      profile=profile)
            elif o.transport == "serial":
                from escpos.printer import Serial

                printer = Serial(o.serial_port, baudrate=o.baudrate, timeout=o.timeout_s, profile=profile)
            elif o.transport == "network":
                from escpos.printer import Network

                printer = Network(o.host, port=o.port, timeout=o.timeout_s, profile=profile)
                # connect here: escpos's own open() leaks its socket when the connection is refused
                printer.device = socket.create_connection((o.host, o.port), timeout=o.timeout_s)
            elif o.transport == "cups":
                from escpos.printer import CupsPrinter

                printer = CupsPrinter(o.cups_printer, profile=profile)
            else:
                from escpos.printer import File

                printer = File(str(o.file_path), profile=profile)
            if o.transport != "network":
                printer.open()
            set_paper_width(printer, o.paper_mm)
        except Exception as exc:  # noqa: BLE001 - escpos raises several types for "not there"
            raise DeviceUnavailable(f"{o.transport} printer could not be opened: {exc}", device="printer") from exc
        return printer
