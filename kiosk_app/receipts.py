"""What the kiosk prints: the receipt and appointment slip (form 01), the provisional receipt, tickets.

This module decides the content (in the citizen's language, through Qt translations, context
``Receipt``); the printer in ``devices`` decides how it becomes dots on thermal paper. The official
title of form 01 is always printed in Vietnamese, as the form requires.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from devices.printer.job import PrintJob
from kiosk_app.api.schemas import DeliveryMethod, DossierReceipt, Ticket
from kiosk_app.domain.formatting import FeeLike, day, fee_lines, moment, vnd
from kiosk_app.domain.tracking_qr import is_kiosk_only, receipt_qr_payload
from kiosk_app.domain.vietqr import VietQrPayment
from kiosk_app.processing_time import time_text

FORM_01_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
PROVISIONAL_TITLE = "PHIẾU TIẾP NHẬN TẠM THỜI"


def scanned_copy_text(pages: int) -> str:
    """How a received document is described everywhere (paper, PDF, screen): what the kiosk really received
    is a scanned copy of so many pages ("bản chụp, 1 trang"), never an original (issue 21 finding 6)."""
    return QCoreApplication.translate("Receipt", "scanned copy, %1 page(s)").replace("%1", str(pages))


def _header(job: PrintJob, agency: str) -> None:
    job.text("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "normal", bold=True, align="center")
    job.text(agency, "small", align="center")
    job.rule()


def tracking_qr(receipt: DossierReceipt, public_base: str = "") -> str:
    """What the receipt's tracking QR holds: a link a phone can open, or the kiosk-only payload.

    Never a loopback or private address (the embedded server's own URL is one).
    """
    return receipt_qr_payload(receipt.code, receipt.tracking_token, public_base, receipt.tracking_url)


def tracking_qr_caption(qr_payload: str) -> str:
    """The line under the tracking QR: a kiosk-only code says where it can be read and the other way in."""
    if is_kiosk_only(qr_payload):
        return QCoreApplication.translate(
            "Receipt", "Scan this code at a kiosk to track your dossier, or enter the dossier code and the last 4 "
                       "digits of your phone number")
    return QCoreApplication.translate("Receipt", "Scan to track your dossier")


def dossier_receipt(receipt: DossierReceipt, applicant_name: str, language: str, public_base: str = "",
                    fees: Sequence[FeeLike] = ()) -> PrintJob:
    """Form 01 within a thermal receipt's width: code + QR, applicant, procedure, documents, dates, fee.

    ``public_base`` is the profile's public tracking address (``backend.public_tracking_url``). ``fees``: the
    procedure's fee items, printed as it states them (a fixed part and a per-item part, never one sum).
    """
    job = PrintJob(title=f"receipt-{receipt.code}")
    _header(job, receipt.receiving_unit)
    job.text(FORM_01_TITLE, "large", bold=True, align="center")
    job.text(QCoreApplication.translate("Receipt", "Dossier code"), "small", align="center")
    job.text(receipt.code, "large", bold=True, align="center")
    qr_payload = tracking_qr(receipt, public_base)
    job.qr(qr_payload, module_mm=0.6)
    job.text(tracking_qr_caption(qr_payload), "small", align="center")
    job.rule(dashed=True)
    procedure = receipt.procedure_name_vi if language == "vi" else receipt.procedure_name_en
    job.text(QCoreApplication.translate("Receipt", "Applicant") + f": {applicant_name}")
    job.text(QCoreApplication.translate("Receipt", "Procedure") + f": {procedure} ({receipt.procedure_code})")
    job.text(QCoreApplication.translate("Receipt", "Documents received") + ":", bold=True)
    for index, document in enumerate(receipt.documents, 1):
        name = document.name_vi if language == "vi" else document.name_en
        job.text(f"{index}. {name} – {scanned_copy_text(document.pages)}", "small")
    job.rule(dashed=True)
    job.text(QCoreApplication.translate("Receipt", "Received at") + f": {moment(receipt.received_at)}")
    job.text(QCoreApplication.translate("Receipt", "Legal processing time") + ": "
             + time_text(receipt.processing_days, receipt.processing_unit))
    job.text(QCoreApplication.translate("Receipt", "Result appointed for") + f": {day(receipt.appointed_date)}", bold=True)
    if receipt.delivery_method == DeliveryMethod.COUNTER:
        where = QCoreApplication.translate("Receipt", "at the reception counter")
    else:
        where = QCoreApplication.translate("Receipt", "by post (VNPost)")
    job.text(QCoreApplication.translate("Receipt", "Result returned") + f": {where}")
    fee_items = fee_lines(fees, language)
    if fee_items:
        job.text(QCoreApplication.translate("Receipt", "Fee") + ":", bold=True)
        for line in fee_items:
            job.text(line, "small")
    elif receipt.fee_vnd:
        job.text(QCoreApplication.translate("Receipt", "Fee") + f": {vnd(receipt.fee_vnd)}", bold=True)
    if receipt.payment is not None and receipt.payment.amount_vnd:
        payment = VietQrPayment(receipt.payment.bank_bin, receipt.payment.account_number,
                                receipt.payment.amount_vnd, receipt.payment.purpose)
        job.text(QCoreApplication.translate("Receipt", "Pay the fee by bank transfer (VietQR)"), "small", align="center")
        job.qr(payment.payload(), module_mm=0.5)
        job.text(f"{receipt.payment.account_name} – {receipt.payment.account_number}", "small", align="center")
    job.rule()
    job.text(QCoreApplication.translate("Receipt", "Received by") + ": "
             + QCoreApplication.translate("Receipt", "self-service kiosk"), "small")
    job.feed(2)
    return job.cut()


def provisional_receipt(ref: str, procedure_name: str, submitted_at: datetime,
                        documents: Sequence[tuple[str, int]], agency: str) -> PrintJob:
    """Printed when the backend cannot be reached: the dossier is safe in the kiosk's outbox."""
    job = PrintJob(title=f"provisional-{ref}")
    _header(job, agency)
    job.text(PROVISIONAL_TITLE, "large", bold=True, align="center")
    job.text(QCoreApplication.translate("Receipt", "Provisional reference"), "small", align="center")
    job.text(ref, "large", bold=True, align="center")
    job.qr(ref, module_mm=0.6)
    job.rule(dashed=True)
    job.text(QCoreApplication.translate("Receipt", "Procedure") + f": {procedure_name}")
    job.text(QCoreApplication.translate("Receipt", "Documents") + ":", bold=True)
    for index, (name, pages) in enumerate(documents, 1):
        job.text(f"{index}. {name} – {scanned_copy_text(pages)}", "small")
    job.text(QCoreApplication.translate("Receipt", "Submitted at") + f": {moment(submitted_at)}")
    job.rule(dashed=True)
    job.text(QCoreApplication.translate(
        "Receipt", "Your dossier has been saved at this kiosk and will be sent to the ministry automatically "
                   "as soon as the connection is back. You do not need to submit it again."))
    job.text(QCoreApplication.translate(
        "Receipt", "To check it later, use this reference and the last 4 digits of your phone number "
                   "at any kiosk or at the counter; it will show your dossier code."))
    job.feed(2)
    return job.cut()


def ticket(ticket: Ticket, area_name: str, agency: str) -> PrintJob:
    """A queue ticket for the assisted counter."""
    job = PrintJob(title=f"ticket-{ticket.label}")
    _header(job, agency)
    job.text(QCoreApplication.translate("Receipt", "Your number"), align="center")
    job.text(ticket.label, "huge", bold=True, align="center")
    job.text(area_name, align="center")
    job.text(QCoreApplication.translate("Receipt", "People ahead of you") + f": {ticket.people_ahead}", bold=True, align="center")
    job.text(moment(ticket.issued_at), "small", align="center")
    job.feed(2)
    return job.cut()
