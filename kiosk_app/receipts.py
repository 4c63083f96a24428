"""What the kiosk prints: the submission confirmation, form 01 reprinted, the provisional receipt, tickets.

At submission the kiosk prints a submission confirmation ("Phiếu xác nhận nộp hồ sơ"), never form 01 (issue 14):
form 01, the receipt and appointment slip, records that an officer accepted the dossier, and carries the
appointment counted from that acceptance. Once accepted, scanning the confirmation's QR at a kiosk's track screen
reprints form 01 from what the server issued (``DossierTracking.receipt_slip``).

This module decides the content (in the citizen's language, through Qt translations, context
``Receipt``); the printer in ``devices`` decides how it becomes dots on thermal paper. The papers' titles are
always printed in Vietnamese, as the forms require.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from devices.printer.job import PrintJob
from kiosk_app.api.schemas import DeliveryMethod, DocumentForm, DossierReceipt, ReceiptSlip, Ticket
from kiosk_app.domain.formatting import FeeLike, day, fee_lines, moment, vnd
from kiosk_app.domain.tracking_qr import is_kiosk_only, receipt_qr_payload
from kiosk_app.domain.vietqr import VietQrPayment
from kiosk_app.processing_time import time_text

FORM_01_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
CONFIRMATION_TITLE = "PHIẾU XÁC NHẬN NỘP HỒ SƠ"
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


def _where(method: DeliveryMethod) -> str:
    if method == DeliveryMethod.COUNTER:
        return QCoreApplication.translate("Receipt", "at the reception counter")
    return QCoreApplication.translate("Receipt", "by post (VNPost)")


def submission_confirmation(receipt: DossierReceipt, applicant_name: str, language: str, public_base: str = "",
                            fees: Sequence[FeeLike] = ()) -> PrintJob:
    """The submission confirmation (issue 14): code + QR, what was received, the EXPECTED date marked as an estimate,
    how to track, and what happens next (an officer checks and accepts; form 01 follows with the appointment).

    ``public_base`` is the profile's public tracking address (``backend.public_tracking_url``). ``fees``: the
    procedure's fee items, printed as it states them (a fixed part and a per-item part, never one sum).
    """
    job = PrintJob(title=f"confirmation-{receipt.code}")
    _header(job, receipt.receiving_unit)
    job.text(CONFIRMATION_TITLE, "large", bold=True, align="center")
    job.text(QCoreApplication.translate("Receipt", "Not an appointment slip: the appointment comes with form 01 "
                                                   "when an officer accepts your dossier"), "small", align="center")
    job.text(QCoreApplication.translate("Receipt", "Dossier code"), "small", align="center")
    job.text(receipt.code, "large", bold=True, align="center")
    qr_payload = tracking_qr(receipt, public_base)
    job.qr(qr_payload, module_mm=0.6)
    job.text(tracking_qr_caption(qr_payload), "small", align="center")
    if not is_kiosk_only(qr_payload):  # the QR is the web tracking link; a kiosk takes the code too
        job.text(QCoreApplication.translate(
            "Receipt", "Or at any kiosk: type the dossier code and the last 4 digits of your phone number"), "small",
            align="center")
    job.rule(dashed=True)
    procedure = receipt.procedure_name_vi if language == "vi" else receipt.procedure_name_en
    job.text(QCoreApplication.translate("Receipt", "Applicant") + f": {applicant_name}")
    job.text(QCoreApplication.translate("Receipt", "Procedure") + f": {procedure} ({receipt.procedure_code})")
    job.text(QCoreApplication.translate("Receipt", "Documents received") + ":", bold=True)
    for index, document in enumerate(receipt.documents, 1):
        name = document.name_vi if language == "vi" else document.name_en
        job.text(f"{index}. {name} – {scanned_copy_text(document.pages)}", "small")
    job.text(QCoreApplication.translate("Receipt", "Submitted at") + f": {moment(receipt.received_at)}")
    job.rule(dashed=True)
    job.text(QCoreApplication.translate("Receipt", "Expected result date (estimate)")
             + f": {day(receipt.appointed_date)}", bold=True)
    job.text(QCoreApplication.translate("Receipt", "Legal processing time") + ": "
             + time_text(receipt.processing_days, receipt.processing_unit) + ", "
             + QCoreApplication.translate("Receipt", "counted from acceptance"), "small")
    job.text(QCoreApplication.translate("Receipt", "Result returned") + f": {_where(receipt.delivery_method)}")
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
    job.text(QCoreApplication.translate("Receipt", "What happens next"), bold=True)
    job.text(QCoreApplication.translate(
        "Receipt", "1. An officer of the one-stop department checks your dossier."), "small")
    job.text(QCoreApplication.translate(
        "Receipt", "2. When it is accepted you receive the receipt and appointment slip (form 01) with the official "
                   "return date: scan this QR code at a kiosk to print it."), "small")
    job.text(QCoreApplication.translate(
        "Receipt", "3. If a document is missing or the dossier cannot be accepted, you are told why and what to "
                   "do."), "small")
    job.feed(2)
    return job.cut()


def form_name(form: DocumentForm) -> str:
    """In which form the procedure asks for a document (original, certified copy, copy)."""
    if form is DocumentForm.ORIGINAL:
        return QCoreApplication.translate("Receipt", "original")
    if form is DocumentForm.CERTIFIED_COPY:
        return QCoreApplication.translate("Receipt", "certified copy")
    return QCoreApplication.translate("Receipt", "copy")


def receipt_slip(slip: ReceiptSlip, language: str, qr_payload: str) -> PrintJob:
    """Form 01 as the server issued it when an officer accepted the dossier, within a thermal receipt's width: its
    number, code + QR, applicant, procedure, documents, sets, legal time, time of receipt, the appointment (date and
    hour, counted from acceptance), where the result is returned, the receiving officer.

    ``qr_payload``: what the citizen scanned to get here (the confirmation's tracking QR)."""
    translate = QCoreApplication.translate
    job = PrintJob(title=f"form01-{slip.code}")
    _header(job, slip.agency)
    job.text(FORM_01_TITLE, "large", bold=True, align="center")
    job.text(translate("Receipt", "Number") + f": {slip.number}", "small", align="center")
    job.text(translate("Receipt", "Dossier code"), "small", align="center")
    job.text(slip.code, "large", bold=True, align="center")
    job.qr(qr_payload, module_mm=0.6)
    job.text(tracking_qr_caption(qr_payload), "small", align="center")
    job.rule(dashed=True)
    procedure = slip.procedure_name_vi if language == "vi" else slip.procedure_name_en
    job.text(translate("Receipt", "Applicant") + f": {slip.applicant_name}")
    job.text(translate("Receipt", "Address") + f": {slip.applicant_address}", "small")
    contact = translate("Receipt", "Phone") + f": {slip.phone_masked}"
    if slip.email_masked:
        contact += f" – {slip.email_masked}"
    job.text(contact, "small")
    job.text(translate("Receipt", "Procedure") + f": {procedure} ({slip.procedure_code})")
    job.text(translate("Receipt", "Documents received") + ":", bold=True)
    for index, document in enumerate(slip.documents, 1):
        name = document.name_vi if language == "vi" else document.name_en
        required = f"{form_name(document.form)}, {document.copies}"
        job.text(f"{index}. {name} ({required}) – {scanned_copy_text(document.pages)}", "small")
    job.text(translate("Receipt", "Number of sets") + f": {slip.sets}", "small")
    job.rule(dashed=True)
    job.text(translate("Receipt", "Legal processing time") + ": "
             + time_text(slip.processing_amount, slip.processing_unit))
    job.text(translate("Receipt", "Accepted at") + f": {moment(slip.accepted_at)}")
    job.text(translate("Receipt", "Result appointed for") + f": {slip.appointed_time:%H:%M} {day(slip.appointed_date)}",
             bold=True)
    job.text(translate("Receipt", "Result returned") + f": {_where(slip.delivery_method)}")
    job.rule()
    job.text(translate("Receipt", "Received by") + f": {slip.officer}", "small")
    job.text(translate("Receipt", "Reprinted at a self-service kiosk"), "small")
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
