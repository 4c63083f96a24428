"""The receipt screen's printing is session-scoped and its problems are shown through citizen_text (issue 19)."""
from __future__ import annotations

import threading
from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel

from devices.base import PrinterPaperOut, PrintResult
from devices.printer.job import PrintJob
from kiosk_app.flow import Screen
from kiosk_app.jobs import JobRunner
from kiosk_app.session_models import ReceiptKind, ReceiptState, SubmittedDossier, SubmittedSummary
from kiosk_app.submission import SubmissionResult
from ui.messages import citizen_text


class SlowPrinter:
    """Blocks in print_job until released; fails with ``fault`` when one is given."""

    def __init__(self, fault: Exception | None = None) -> None:
        self.fault = fault
        self.started, self.release = threading.Event(), threading.Event()
        self.jobs: list[PrintJob] = []

    def print_job(self, job: PrintJob) -> PrintResult:
        self.jobs.append(job)
        self.started.set()
        self.release.wait(10)
        if self.fault is not None:
            raise self.fault
        return PrintResult("job-1", "printer", 120.0)


def provisional_dossier(flow) -> None:  # type: ignore[no-untyped-def]
    """A dossier queued while the backend was down (no server receipt), waiting for its receipt."""
    summary = SubmittedSummary("1.005164", "Duy trì hiệu lực văn bằng bảo hộ", "Nguyễn Thị Lan",
                               (("Tờ khai", 2),), datetime(2026, 11, 28, 9, 30), False, 120000, ())
    flow.session.submission.submitted = SubmittedDossier(SubmissionResult("TAM-K01-0001", None), summary)
    flow.session.receipt = ReceiptState(kind=ReceiptKind.DOSSIER)


def fake_services(printer: SlowPrinter, counted: list[str]) -> SimpleNamespace:
    return SimpleNamespace(devices={"printer": printer}, jobs=JobRunner(), profile=None,
                           counters=SimpleNamespace(add=lambda name, n=1: counted.append(name)))


def test_a_receipt_printed_after_the_visitor_left_is_dropped(qtbot, flow, window) -> None:
    """Issue 19: receipt printing runs with JobRunner.run_for_session; after a wipe its outcome reaches nobody."""
    printer, counted = SlowPrinter(), []
    services = fake_services(printer, counted)
    flow.services = services
    provisional_dossier(flow)
    flow.show(Screen.RECEIPT)  # entering prints once
    assert printer.started.wait(10)
    flow.reset(reason="idle")
    printer.release.set()
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=10000)
    assert len(printer.jobs) == 1 and counted == []
    assert flow.session.receipt == ReceiptState() and not flow.session.has_personal_data
    services.jobs.wait()


@pytest.mark.expect_log(logger="ui.receipt", level="WARNING", message=r"receipt not printed")
def test_a_printer_fault_is_kept_and_shown_through_citizen_text(qtbot, flow, window) -> None:
    """Issue 19: the receipt keeps the print problem (typed) and shows it with ui.messages.citizen_text."""
    fault = PrinterPaperOut("paper out", device="printer")
    printer, counted = SlowPrinter(fault), []
    services = fake_services(printer, counted)
    flow.services = services
    provisional_dossier(flow)
    printer.release.set()
    flow.show(Screen.RECEIPT)
    qtbot.waitUntil(lambda: flow.session.receipt.print_problem is not None, timeout=10000)
    state = flow.session.receipt
    assert state.print_problem is fault and not state.printed and counted == []
    assert state.pdf is not None and state.pdf.read_bytes().startswith(b"%PDF")  # the copy is kept for the staff
    status = window.stack.currentWidget().findChild(QLabel, "receipt_print_status").text()
    assert status.startswith(citizen_text(fault, flow.language)) and "photo" in status
    assert window.stack.currentWidget().findChild(QLabel, "receipt_code").text() == "TAM-K01-0001"
    services.jobs.wait()
