"""ESC/POS real-time status (DLE EOT 1..4): query the printer and parse what it answers.

python-escpos only reads the "online" and "paper" bytes; cover, jam and unrecoverable errors
need the offline-cause and error-cause bytes too, so the four are parsed here.
"""
from __future__ import annotations

from dataclasses import dataclass

from devices.base import (
    MediaState,
    PrinterCoverOpen,
    PrinterError,
    PrinterHardwareError,
    PrinterJammed,
    PrinterOffline,
    PrinterPaperOut,
)

DLE_EOT = b"\x10\x04"
PRINTER = 1
OFFLINE_CAUSE = 2
ERROR_CAUSE = 3
PAPER = 4


def status_request(n: int) -> bytes:
    return DLE_EOT + bytes((n,))


@dataclass(frozen=True)
class RealtimeStatus:
    """The four status bytes a printer answered (each 0x12 when all is well)."""

    printer: int = 0x12
    offline_cause: int = 0x12
    error_cause: int = 0x12
    paper: int = 0x12

    @property
    def offline(self) -> bool:
        return bool(self.printer & 0x08)

    @property
    def cover_open(self) -> bool:
        return bool(self.offline_cause & 0x04)

    @property
    def paper_out(self) -> bool:
        return bool(self.paper & 0x60) or bool(self.offline_cause & 0x20)

    @property
    def paper_near_end(self) -> bool:
        return bool(self.paper & 0x0C)

    @property
    def jammed(self) -> bool:
        """Autocutter error: on thermal receipt printers this is a paper jam at the cutter."""
        return bool(self.error_cause & 0x08)

    @property
    def unrecoverable(self) -> bool:
        return bool(self.error_cause & 0x20)

    @property
    def auto_recoverable(self) -> bool:
        return bool(self.error_cause & 0x40)

    def media(self) -> MediaState:
        if self.jammed:
            return MediaState.JAMMED
        if self.cover_open:
            return MediaState.COVER_OPEN
        if self.paper_out:
            return MediaState.OUT
        if self.paper_near_end:
            return MediaState.NEAR_END
        return MediaState.OK

    def error(self) -> PrinterError | None:
        """The fault this status means, most serious first; None when the printer can print."""
        if self.unrecoverable:
            return PrinterHardwareError("printer reports an unrecoverable error (DLE EOT 3 bit 5)")
        if self.jammed:
            return PrinterJammed("autocutter error / paper jam (DLE EOT 3 bit 3)")
        if self.cover_open:
            return PrinterCoverOpen("cover open (DLE EOT 2 bit 2)")
        if self.paper_out:
            return PrinterPaperOut("paper end sensor (DLE EOT 4 bits 5-6)")
        if self.auto_recoverable:
            return PrinterOffline("auto-recoverable error, e.g. head temperature (DLE EOT 3 bit 6)")
        if self.offline:
            return PrinterOffline("printer reports offline (DLE EOT 1 bit 3)")
        return None

    def to_bytes(self) -> tuple[bytes, bytes, bytes, bytes]:
        return (bytes((self.printer,)), bytes((self.offline_cause,)),
                bytes((self.error_cause,)), bytes((self.paper,)))
