"""Receipt extras for the receipt screen: the supplement receipt, a receipt as a PDF, the on-screen QR text.

``kiosk_app.receipts`` holds form 01 and the provisional receipt; this module adds the supplement
variant (what was received for a supplement request) and renders any receipt print job to a PDF with
the printer's own rasteriser, so the stored copy looks exactly like the paper one.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from devices.base import DeviceError, PrintResult
from devices.printer.job import PrintJob
from devices.printer.raster import RasterRenderer
from kiosk_app.api.schemas import SupplementReceipt
from kiosk_app.domain.formatting import day, moment
from kiosk_app.errors import KioskError
from kiosk_app.privacy import ensure_private_dir, open_private
from kiosk_app.receipts import scanned_copy_text

SUPPLEMENT_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ BỔ SUNG"
AGENCY = "Bộ phận Một cửa – Bộ Khoa học và Công nghệ"
DOTS_PER_INCH = 203  # 8 dots per mm, the thermal printer's resolution


def supplement_receipt(receipt: SupplementReceipt, procedure_name: str, language: str,
                       agency: str = AGENCY) -> PrintJob:
    """What was received for a supplement request, and the new appointed date."""
    job = PrintJob(title=f"supplement-{receipt.code}")
    job.text("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "normal", bold=True, align="center")
    job.text(agency, "small", align="center")
    job.rule()
    job.text(SUPPLEMENT_TITLE, "large", bold=True, align="center")
    job.text(QCoreApplication.translate("Receipt", "Dossier code"), "small", align="center")
    job.text(receipt.code, "large", bold=True, align="center")
    job.rule(dashed=True)
    job.text(QCoreApplication.translate("Receipt", "Procedure") + f": {procedure_name}")
    job.text(QCoreApplication.translate("Receipt", "Documents received") + ":", bold=True)
    for index, document in enumerate(receipt.documents, 1):
        name = document.name_vi if language == "vi" else document.name_en
        job.text(f"{index}. {name} – {scanned_copy_text(document.pages)}", "small")
    job.rule(dashed=True)
    job.text(QCoreApplication.translate("Receipt", "Received at") + f": {moment(receipt.received_at)}")
    job.text(QCoreApplication.translate("Receipt", "Result appointed for") + f": {day(receipt.appointed_date)}", bold=True)
    job.rule()
    received_by = QCoreApplication.translate("Receipt", "Received by")
    job.text(received_by + ": " + QCoreApplication.translate("Receipt", "self-service kiosk"), "small")
    job.feed(2)
    return job.cut()


def job_to_pdf(job: PrintJob, path: Path, paper_mm: int = 80) -> Path:
    """The print job rendered as the printer would (one PDF page per cut section)."""
    renderer = RasterRenderer(paper_mm)
    images = [renderer.render(elements).convert("L") for elements, _cut in job.sections()]
    ensure_private_dir(path.parent)
    with open_private(path) as handle:  # the receipt names the citizen: 0600
        images[0].save(handle, "PDF", resolution=DOTS_PER_INCH, save_all=True, append_images=images[1:])
    return path


def documents_text(documents: Sequence[tuple[str, int]]) -> str:
    """'1. name – scanned copy, 2 page(s)' lines for the screen, worded as on the paper receipt."""
    return "\n".join(f"{i}. {name} – {scanned_copy_text(pages)}" for i, (name, pages) in enumerate(documents, 1))


class ReceiptNotPrinted(KioskError):
    """No printer, or the receipt failed before reaching it (a printer fault keeps its own message)."""

    code = "receipt_not_printed"


class ReceiptPrinter(Protocol):
    def print_job(self, job: PrintJob) -> PrintResult: ...


def print_and_keep(job: PrintJob, printer: ReceiptPrinter | None, pdf_path: Path) -> PrintResult:
    """Keep a PDF copy of ``job`` at ``pdf_path``, then print it (run it in a job).

    A printer fault (``DeviceError``) is raised as it is; no printer, or any other failure, as
    :class:`ReceiptNotPrinted`. The PDF may exist even when printing failed.
    """
    try:
        job_to_pdf(job, pdf_path)
        if printer is None:
            raise ReceiptNotPrinted("no printer")
        return printer.print_job(job)
    except (DeviceError, ReceiptNotPrinted):
        raise
    except Exception as exc:  # noqa: BLE001 - to the citizen every other failure means the same
        raise ReceiptNotPrinted(repr(exc)) from exc
