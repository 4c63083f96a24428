"""The simulated receipt printer: the real ESC/POS code path against a Dummy transport that fails on command.

Each job's bytes are kept (``<job>.bin``) and its raster rendering written as ``<job>.png`` in the
output folder. The transport answers DLE EOT status queries from its simulated paper roll and the
injected faults, so the same status logic as on a real printer runs.

Receipts carry personal data: the folder is 0700, the files 0600, only the last ``keep_jobs`` jobs are
kept, and :meth:`SimulatedPrinter.wipe_output` deletes them all (the kiosk calls it when a session is
wiped, outside the QA profile).
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any, BinaryIO

from escpos.escpos import Escpos
from escpos.printer import Dummy
from PIL import Image as PILImage

from devices.base import DeviceUnavailable
from devices.faults import DeviceFault, FaultSet
from devices.options import SimulatedPrinterOptions
from devices.printer.base import EscposReceiptPrinter
from devices.printer.job import PrintJob
from devices.printer.status import DLE_EOT, ERROR_CAUSE, OFFLINE_CAUSE, PAPER, PRINTER, RealtimeStatus
from devices.printer.writer import WriteResult, set_paper_width

log = logging.getLogger("devices.printer.simulated")
PRIVATE_DIR_MODE, PRIVATE_FILE_MODE = 0o700, 0o600
JOB_SUFFIXES = (".bin", ".png")


class SimulatedTransport(Dummy):  # type: ignore[misc]  # python-escpos ships no types: Dummy is Any to mypy
    """A Dummy printer with a paper roll, a cover, a cutter and a cable that can be pulled."""

    def __init__(self, faults: FaultSet, paper_mm: float, near_end_mm: float, slow_s: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.faults = faults
        self.paper_left_mm = paper_mm
        self.near_end_mm = near_end_mm
        self.slow_s = slow_s
        self._pending_query: int | None = None

    def _check_cable(self) -> None:
        if DeviceFault.DISCONNECT in self.faults:
            raise OSError("simulated printer disconnected")
        if DeviceFault.SLOW in self.faults:
            time.sleep(self.slow_s)

    def _raw(self, msg: bytes) -> None:
        self._check_cable()
        if msg[:2] == DLE_EOT and len(msg) == 3:
            self._pending_query = msg[2]  # real-time status requests are not printed
            return
        super()._raw(msg)

    def _read(self) -> bytes:
        self._check_cable()
        n, self._pending_query = self._pending_query, None
        report = self.report()
        index = {PRINTER: 0, OFFLINE_CAUSE: 1, ERROR_CAUSE: 2, PAPER: 3}.get(n or 0)
        return report.to_bytes()[index] if index is not None else b""

    def report(self) -> RealtimeStatus:
        f = self.faults
        out = DeviceFault.PAPER_OUT in f or self.paper_left_mm <= 0
        near = DeviceFault.PAPER_NEAR_END in f or self.paper_left_mm <= self.near_end_mm
        cover = DeviceFault.COVER_OPEN in f
        jam = DeviceFault.JAM in f
        hard = DeviceFault.HARDWARE_ERROR in f
        offline = out or cover or jam or hard
        return RealtimeStatus(
            printer=0x12 | (0x08 if offline else 0),
            offline_cause=0x12 | (0x04 if cover else 0) | (0x20 if out else 0) | (0x40 if jam or hard else 0),
            error_cause=0x12 | (0x08 if jam else 0) | (0x20 if hard else 0),
            paper=0x12 | (0x0C if near else 0) | (0x60 if out else 0),
        )


class SimulatedPrinter(EscposReceiptPrinter):
    """ReceiptPrinter that records ESC/POS bytes and PNG renderings instead of burning paper."""

    def __init__(self, options: SimulatedPrinterOptions) -> None:
        super().__init__(paper_mm=options.paper_mm, text_mode=options.text_mode, qr_mode=options.qr_mode,
                         codepage=options.codepage, query_status=options.query_status,
                         unconfirmed=options.unconfirmed, roll_length_mm=options.roll_length_mm,
                         near_end_mm=options.near_end_mm, poll_interval_s=options.poll_interval_s)
        self.options = options
        self.output_dir = Path(options.output_dir)
        self.faults = FaultSet(options.faults)
        self.transport = SimulatedTransport(self.faults, options.sim_paper_mm, options.sim_near_end_mm,
                                            options.slow_s)
        set_paper_width(self.transport, options.paper_mm)
        self.last_bytes = b""
        self._sequence = 0

    def _open_transport(self) -> SimulatedTransport:
        if DeviceFault.DISCONNECT in self.faults:
            raise DeviceUnavailable("simulated printer disconnected", device="printer")
        return self.transport

    def _close_transport(self) -> None:
        self._transport = None  # the simulated cable is re-plugged by clear()

    def inject(self, fault: DeviceFault | str) -> None:
        """Inject a fault now (as if it happened on the hardware) and publish the new state."""
        log.info("simulated printer: fault %s injected", DeviceFault(fault).value)
        self.faults.add(fault)
        self.refresh_status()

    def clear(self, fault: DeviceFault | str | None = None) -> None:
        """Clear one fault (or all); e.g. clear(DeviceFault.DISCONNECT) reconnects the printer."""
        self.faults.discard(fault)
        self.refresh_status()

    def paper_replaced(self, roll_length_mm: float | None = None) -> None:
        self.faults.discard(DeviceFault.PAPER_OUT)
        self.faults.discard(DeviceFault.PAPER_NEAR_END)
        self.transport.paper_left_mm = roll_length_mm or self.options.sim_paper_mm
        super().paper_replaced(roll_length_mm)

    def _send(self, transport: Escpos, job: PrintJob) -> WriteResult:
        transport.clear()
        written = super()._send(transport, job)
        self.transport.paper_left_mm -= written.length_mm
        self.last_bytes = transport.output
        return written

    def _private_file(self, path: Path) -> BinaryIO:
        """``path`` opened for binary writing, created 0600."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        os.fchmod(fd, PRIVATE_FILE_MODE)
        return os.fdopen(fd, "wb")

    def job_files(self) -> list[Path]:
        """The receipt files in the output folder, oldest first."""
        if not self.output_dir.is_dir():
            return []
        files = [p for p in self.output_dir.iterdir() if p.suffix in JOB_SUFFIXES and p.is_file()]
        return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))

    def wipe_output(self) -> int:
        """Delete every receipt file in the output folder; returns how many were deleted."""
        files = self.job_files()
        for path in files:
            path.unlink(missing_ok=True)
        if files:
            log.info("simulated printer: %d receipt files deleted", len(files))
        return len(files)

    def _keep_last_jobs(self) -> None:
        # A job's files share their name up to the suffix (the job id may contain dots: no with_suffix).
        jobs = list(dict.fromkeys(p.name.removesuffix(p.suffix) for p in self.job_files()))
        for base in jobs[:-self.options.keep_jobs]:
            for suffix in JOB_SUFFIXES:
                (self.output_dir / f"{base}{suffix}").unlink(missing_ok=True)

    def _after_print(self, job: PrintJob, written: WriteResult) -> str | None:
        self.output_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        self.output_dir.chmod(PRIVATE_DIR_MODE)
        self._sequence += 1  # a reprint of the same job gets its own files
        base = f"{time.strftime('%Y%m%d-%H%M%S')}-{self._sequence:04d}-{job.title}-{job.job_id}"
        with self._private_file(self.output_dir / f"{base}.bin") as handle:
            handle.write(self.last_bytes)
        png = self.output_dir / f"{base}.png"
        if written.images:
            width = max(i.width for i in written.images)
            gap = 24
            sheet = PILImage.new("L", (width, sum(i.height for i in written.images) + gap * len(written.images)), 255)
            y = 0
            for image in written.images:
                sheet.paste(image.convert("L"), (0, y))
                y += image.height + gap  # the gap marks a cut
        else:
            sheet = PILImage.new("L", (1, 1), 255)
        with self._private_file(png) as handle:
            sheet.save(handle, format="PNG")
        self._keep_last_jobs()
        return str(png)
