"""Shared logic of every ESC/POS receipt printer: status, printing with confirmation, paper estimate.

Adapters differ only in the python-escpos transport they open (USB, serial, network, CUPS, file,
or the simulator's Dummy-based transport), in the spirit of python-escpos and OctoPrint.
"""
from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from typing import Literal

from escpos.escpos import Escpos

from devices.base import (
    DeviceError,
    DeviceState,
    DeviceStatus,
    DeviceUnavailable,
    MediaState,
    PrinterError,
    PrinterHardwareError,
    PrinterNotifier,
    PrinterOffline,
    PrintNotConfirmed,
    PrintResult,
    StatusHolder,
)
from devices.monitor import MonitorThread
from devices.printer.job import PrintJob
from devices.printer.status import ERROR_CAUSE, OFFLINE_CAUSE, PAPER, PRINTER, RealtimeStatus, status_request
from devices.printer.writer import JobWriter, WriteResult

log = logging.getLogger("devices.printer")

UnconfirmedPolicy = Literal["assume_printed", "fail"]


class EscposReceiptPrinter(StatusHolder, ABC):
    """A ReceiptPrinter on top of one python-escpos printer object (the transport)."""

    def __init__(self, *, paper_mm: int = 80, text_mode: Literal["raster", "codepage"] = "raster",
                 qr_mode: Literal["raster", "native"] = "raster", codepage: str | None = None,
                 query_status: bool = True, unconfirmed: UnconfirmedPolicy = "assume_printed",
                 roll_length_mm: float = 80_000.0, near_end_mm: float = 3_000.0,
                 poll_interval_s: float = 0.0) -> None:
        self._init_status(PrinterNotifier(), MediaState.UNKNOWN)
        self.writer = JobWriter(paper_mm, text_mode, qr_mode, codepage)
        self.query_status = query_status
        self.unconfirmed = unconfirmed
        self.roll_length_mm = roll_length_mm
        self.near_end_mm = near_end_mm
        self.poll_interval_s = poll_interval_s
        self._printed_mm = 0.0
        self._transport: Escpos | None = None
        self._lock = threading.RLock()
        self._poll_thread = MonitorThread("printer-status", logger=log, on_crash=self._poll_failed, join_timeout_s=2.0)
        self.last_job: PrintJob | None = None
        self.printed_jobs = 0

    # --- transport ---
    @abstractmethod
    def _open_transport(self) -> Escpos:
        """Open the python-escpos printer object; raise DeviceUnavailable when it is not there."""

    def _close_transport(self) -> None:
        if self._transport is not None:
            try:
                self._transport.close()
            except Exception:  # noqa: BLE001 - closing a dead transport must not mask the fault
                log.debug("closing printer transport failed", exc_info=True)
        self._transport = None

    def _transport_or_open(self) -> Escpos:
        if self._transport is None:
            self._transport = self._open_transport()
        return self._transport

    # --- lifecycle ---
    def start(self) -> None:
        self.refresh_status()
        if self.poll_interval_s > 0:
            self._poll_thread.start(self._poll)

    def stop(self) -> None:
        self._poll_thread.stop()
        with self._lock:
            self._close_transport()
        self._set_status(DeviceState.OFFLINE)

    def _poll(self, stop: threading.Event) -> None:
        while not stop.wait(self.poll_interval_s):
            if self._status.state != DeviceState.BUSY:
                self.refresh_status()

    def _poll_failed(self, exc: Exception) -> None:
        """The status thread died of an unexpected error: the printer's state is no longer followed."""
        self._set_status(DeviceState.HARDWARE_ERROR,
                         error=PrinterHardwareError(f"printer status polling failed: {exc!r}", device="printer"))

    # --- paper estimate ---
    @property
    def paper_left_mm(self) -> float | None:
        """Estimated paper left on the roll, from the length printed since it was replaced."""
        return max(0.0, self.roll_length_mm - self._printed_mm)

    def paper_replaced(self, roll_length_mm: float | None = None) -> None:
        """Staff put in a new roll: restart the estimate and ask the printer again."""
        if roll_length_mm is not None:
            self.roll_length_mm = roll_length_mm
        self._printed_mm = 0.0
        self.refresh_status()

    def _estimated_media(self, reported: MediaState) -> MediaState:
        if reported in (MediaState.OK, MediaState.UNKNOWN) and self.paper_left_mm is not None \
                and self.paper_left_mm <= self.near_end_mm:
            return MediaState.NEAR_END
        return reported

    # --- status ---
    def _read_status(self, transport: Escpos) -> RealtimeStatus | None:
        """Ask the printer its four status bytes; None when it does not answer (or cannot)."""
        if not self.query_status:
            return None
        answers: list[int] = []
        for n in (PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, PAPER):
            try:
                reply = transport.query_status(status_request(n))
            except NotImplementedError:  # the transport cannot read (file, CUPS)
                return None
            except Exception as exc:  # noqa: BLE001 - socket/USB read timeouts: the printer did not answer
                if isinstance(exc, TimeoutError) or "timeout" in type(exc).__name__.lower():
                    return None
                raise
            if not reply:
                return None
            answers.append(reply[0])
        return RealtimeStatus(*answers)

    def refresh_status(self) -> DeviceStatus:
        """Query the printer now and publish its state."""
        with self._lock:
            try:
                transport = self._transport_or_open()
                report = self._read_status(transport)
            except DeviceError as err:
                self._close_transport()
                return self._fail(err)
            except Exception as exc:  # noqa: BLE001 - any transport failure means the printer is gone
                self._close_transport()
                return self._fail(DeviceUnavailable(f"printer transport failed: {exc}", device="printer"))
            return self._apply_report(report)

    def _apply_report(self, report: RealtimeStatus | None) -> DeviceStatus:
        if report is None:
            return self._set_status(DeviceState.ONLINE, media=self._estimated_media(MediaState.UNKNOWN))
        error = report.error()
        if error is not None:
            return self._set_status(error.state, media=report.media(), error=error)
        return self._set_status(DeviceState.ONLINE, media=self._estimated_media(report.media()))

    def _fail(self, error: DeviceError) -> DeviceStatus:
        media = getattr(error, "media", None)
        if media is MediaState.UNKNOWN:
            media = None
        return self._set_status(error.state, media=media, error=error)

    # --- printing ---
    def print_job(self, job: PrintJob) -> PrintResult:
        """Print and return how it was confirmed; raise a PrinterError/DeviceError when it was not.

        Blocking: the kiosk core runs it as a job off the GUI thread. A failed job is reported on
        ``notifier.job_failed`` and stays in ``last_job`` so it can be reprinted.
        """
        self.last_job = job
        with self._lock:
            try:
                result = self._print_locked(job)
            except DeviceError as err:
                log.warning("print job %s failed: %s (action %s)", job.job_id, err, err.action.value)
                self.notifier.post("job_failed", err)
                raise
        self.printed_jobs += 1
        self.notifier.post("job_finished", result)
        return result

    def reprint_last(self) -> PrintResult:
        if self.last_job is None:
            raise PrinterError("nothing to reprint")
        return self.print_job(self.last_job)

    def _print_locked(self, job: PrintJob) -> PrintResult:
        try:
            transport = self._transport_or_open()
            before = self._read_status(transport)
        except DeviceError as err:
            self._close_transport()
            self._fail(err)
            raise
        except Exception as exc:  # noqa: BLE001
            self._close_transport()
            unavailable = DeviceUnavailable(f"printer transport failed: {exc}", device="printer")
            self._fail(unavailable)
            raise unavailable from exc
        refused = before.error() if before is not None else None
        if refused is not None:
            self._set_status(refused.state, media=before.media() if before else None, error=refused)
            raise refused
        self._set_status(DeviceState.BUSY)
        started = time.monotonic()
        try:
            written = self._send(transport, job)
            after = self._read_status(transport)
        except DeviceError as err:
            self._close_transport()
            self._fail(err)
            raise
        except Exception as exc:  # noqa: BLE001
            self._close_transport()
            offline = PrinterOffline(f"sending the job failed: {exc}", device="printer")
            self._fail(offline)
            raise offline from exc
        self._printed_mm += written.length_mm
        if after is not None:
            error = after.error()
            self._apply_report(after)
            if error is not None:
                raise error
            confirmed_by = "printer"
        elif self.unconfirmed == "assume_printed":
            self._apply_report(None)
            confirmed_by = "policy"
        else:
            unconfirmed = PrintNotConfirmed("the printer did not answer the status query after printing")
            self._set_status(DeviceState.ONLINE, media=self._estimated_media(MediaState.UNKNOWN), error=unconfirmed)
            raise unconfirmed
        log.info("printed job %s (%.0f mm) in %.2f s, confirmed by %s", job.job_id,
                 written.length_mm, time.monotonic() - started, confirmed_by)
        return PrintResult(job.job_id, confirmed_by, written.length_mm, self._after_print(job, written))

    def _send(self, transport: Escpos, job: PrintJob) -> WriteResult:
        return self.writer.write(transport, job)

    def _after_print(self, job: PrintJob, written: WriteResult) -> str | None:
        """Hook for adapters that keep what they printed (the simulator); returns its location."""
        return None
