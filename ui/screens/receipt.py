"""The receipt: on screen and printed — dossier code, tracking QR, procedure, documents, dates, fee, VietQR.

Three variants, from the session's typed state: a confirmed dossier (``session.submission.submitted``
with the server's receipt: the submission confirmation, not form 01, issue 14), a provisional receipt while
the backend is unreachable (not confirmed: the TAM- reference), and a supplement (``session.receipt.kind``
is SUPPLEMENT). The paper copy is printed once in a session-scoped job on entering; a PDF of it is kept in the session's scratch
directory (``session.receipt.pdf``). When the printer fails (out of paper…) the screen says so, keeps the
QR large enough to photograph, and tells the citizen to ask the staff.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from devices.base import PrintResult
from devices.printer.job import PrintJob
from kiosk_app import receipts
from kiosk_app.api.schemas import (
    DeliveryMethod,
    DocumentForm,
    DossierReceipt,
    DossierStatus,
    FeeItem,
    PaymentInfo,
    ReceivedDocument,
    SupplementReceipt,
)
from kiosk_app.domain.formatting import day, fee_lines, localized, moment, vnd
from kiosk_app.domain.vietqr import VietQrPayment
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.receipt_files import AGENCY, ReceiptNotPrinted, documents_text, print_and_keep, supplement_receipt
from kiosk_app.session_models import ReceiptKind, ReceiptState, SubmittedDossier, SubmittedSummary
from kiosk_app.submission import SubmissionResult
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.widgets.form import qr_label, qr_pixmap
from ui.widgets.message import MessageKind

log = logging.getLogger("ui.receipt")


class ReceiptScreen(ScreenWidget):
    screen = Screen.RECEIPT

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_.setContentsMargins(56, 24, 56, 24)
        self.layout_.setSpacing(16)
        self._printing = False  # widget state: the print job is running
        self.heading = self.label("title", "receipt_heading")
        self.code = self.label("title", "receipt_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.details = self.label("body", "receipt_details")
        # Issue 21 (GOV.UK confirmation page): what happens next, with the "take your receipt" cue
        self.next_heading = self.label("subtitle", "receipt_next_heading")
        self.next_steps = self.label("body", "receipt_next_steps")
        self.print_status = self.message_box("receipt_print_status")
        self.tracking_qr = qr_label("receipt_tracking_qr")
        self.tracking_caption = self.label("body", "receipt_tracking_caption")
        self.tracking_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payment_qr = qr_label("receipt_payment_qr")
        self.payment_caption = self.label("body", "receipt_payment_caption")
        self.payment_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_again = QPushButton()
        self.print_again.setObjectName("btn_print_again")
        self.print_again.clicked.connect(self.print_receipt)
        self.track = QPushButton()
        self.track.setObjectName("btn_track_dossier")
        self.track.clicked.connect(self._track)
        self.finish = QPushButton()
        self.finish.setObjectName("btn_finish")
        self.finish.setProperty("role", "primary")
        self.finish.clicked.connect(lambda: self.flow.reset(reason="finished"))

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.code)
        left.addWidget(self.details)
        left.addWidget(self.print_status)
        left.addWidget(self.next_heading)
        left.addWidget(self.next_steps)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.tracking_qr)
        right.addWidget(self.tracking_caption)
        right.addWidget(self.payment_qr)
        right.addWidget(self.payment_caption)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_again)
        buttons.addWidget(self.track)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        self.layout_.addLayout(columns, 1)
        self.layout_.addLayout(buttons)
        self.retranslate()

    # ------------------------------------------------------------------ ScreenWidget
    def title(self) -> str:
        return self.tr("Receipt")

    def help_text(self) -> str:
        return self.tr(
            "Your receipt is printed below the screen. Keep it: its code and QR code let you track your "
            "dossier at any kiosk or online.\n\n"
            "If a fee is due, you can pay it by scanning the payment QR code with your banking app.\n\n"
            "If the printer has a problem, take a photo of the QR code on the screen and ask the staff.\n\n"
            "Touch 'Finish' when you are done: everything you entered is deleted from this kiosk."
        )

    def retranslate(self) -> None:
        self.print_again.setText(self.tr("Print again"))
        self.track.setText(self.tr("Track this dossier"))
        self.finish.setText(self.tr("Finish"))
        self._render()

    def entered(self) -> None:
        self.setFocus()  # no field focused on arrival: the keyboard appears when the citizen taps one
        self._render()
        if not self.flow.session.receipt.printed:
            self.print_receipt()

    def prepare_preview(self) -> None:
        now = datetime(2026, 11, 28, 9, 30)
        receipt = DossierReceipt(
            code="000.00.00.G06-261128-0007", procedure_code="1.005164",
            procedure_name_vi="Duy trì hiệu lực văn bằng bảo hộ", procedure_name_en="Maintaining a protection title",
            status=DossierStatus.NEW, received_at=now, appointed_date=date(2026, 12, 8), processing_days=7,
            tracking_token="preview", tracking_url="https://dichvucong.most.gov.vn/tra-cuu?ma=000.00.00.G06-261128-0007",
            fee_vnd=120000,
            payment=PaymentInfo(amount_vnd=120000, bank_bin="970415", account_number="113000000999",
                                account_name="BO KHOA HOC VA CONG NGHE", purpose="000.00.00.G06-261128-0007"),
            delivery_method=DeliveryMethod.COUNTER, receiving_unit="Bộ phận Một cửa",
            documents=[ReceivedDocument(component_id="request", name_vi="Tờ khai yêu cầu duy trì",
                                        name_en="Request form", form=DocumentForm.ORIGINAL, copies=1, pages=2,
                                        sha256="0" * 64)])
        session = self.flow.session
        session.submission.submitted = SubmittedDossier(
            SubmissionResult("TAM-PREVIEW", receipt),
            SubmittedSummary("1.005164", receipt.procedure_name_vi, "Nguyễn Thị Lan", (("Tờ khai yêu cầu duy trì", 2),),
                             now, False, 120000, (),
                             (FeeItem(amount_vnd=120000, description_vi="Lệ phí duy trì hiệu lực (mỗi năm, mỗi điểm)",
                                      description_en="Maintenance fee (per year, per claim)"),)))
        session.receipt = ReceiptState(kind=ReceiptKind.DOSSIER, printed=True)  # a sample: nothing is printed

    # ------------------------------------------------------------------ content
    def _name(self, vi: str, en: str) -> str:
        return localized(self.flow.language, vi, en)

    def _state(self) -> ReceiptState:
        return self.flow.session.receipt

    def _submitted(self) -> SubmittedDossier | None:
        return self.flow.session.submission.submitted

    def _qr_text(self) -> str:
        """What the on-screen QR holds: the tracking link, the dossier code, or the provisional reference."""
        state = self._state()
        if state.kind is ReceiptKind.SUPPLEMENT:
            return state.supplement.code if state.supplement is not None else ""
        submitted = self._submitted()
        if submitted is None:
            return ""
        result = submitted.result
        return receipts.tracking_qr(result.receipt, self._public_base()) if result.receipt is not None \
            else result.provisional_ref

    def _public_base(self) -> str:
        """The profile's public tracking address ("" when none is set)."""
        profile = getattr(self.flow.services, "profile", None)
        return profile.backend.public_tracking_url if profile is not None else ""

    def _render(self) -> None:
        state = self._state()
        submitted = self._submitted()
        self.payment_qr.hide()
        self.payment_caption.hide()
        qr_text = self._qr_text()
        self.tracking_qr.setVisible(bool(qr_text))
        self.tracking_caption.setVisible(bool(qr_text))
        if qr_text:
            self.tracking_qr.setPixmap(qr_pixmap(qr_text, 240))
        self.track.setVisible(False)
        self.next_heading.setText(self.tr("What happens next"))
        self.next_steps.setText("")
        if state.kind is ReceiptKind.SUPPLEMENT:
            self._render_supplement(state.supplement)
        elif submitted is not None:
            self._render_dossier(submitted.result, submitted.summary)
        else:
            self.heading.setText(self.tr("There is no receipt to show."))
            self.code.setText("")
            self.details.setText("")
        self._render_print_status()
        self.next_heading.setVisible(bool(self.next_steps.text()))
        self.next_steps.setVisible(bool(self.next_steps.text()))

    def _fee_text(self, summary: SubmittedSummary | None, fee_vnd: int) -> str:
        """The fee as the procedure states it (a fixed part and per-item parts), not one summed number."""
        lines = fee_lines(summary.fees, self.flow.language) if summary is not None else []
        if not lines:
            return vnd(fee_vnd) if fee_vnd else self.tr("none")
        return "\n".join("  " + line for line in lines) if len(lines) > 1 else lines[0]

    def _next_steps(self, code: str, due: date | None, counter: bool, pay: bool, provisional: bool,
                    per_item: bool = False) -> str:
        """The confirmation's "what happens next", numbered, the receipt first (the ATM's "take your card")."""
        steps = [self.tr("Take your printed receipt from the printer below the screen and keep it.")]
        if provisional:
            steps.append(self.tr("This kiosk sends your dossier to the ministry as soon as the connection is back. "
                                 "You do not need to do anything."))
        # Issue 14: an officer accepts the dossier first; the appointment (form 01) is counted from then
        steps.append(self.tr("An officer checks your dossier. When it is accepted, you receive the receipt and "
                             "appointment slip (form 01) with the official return date: scan this receipt's QR code "
                             "at a kiosk to print it."))
        if due is not None:
            where = self.tr("at the reception counter") if counter else self.tr("by post (VNPost)")
            steps.append(self.tr("Your result is expected on %1 (an estimate until your dossier is accepted), %2.")
                         .replace("%1", day(due)).replace("%2", where))
        if pay:
            pay_text = self.tr("Pay the fee with the payment code (VietQR) on this receipt.")
            if per_item:
                pay_text += " " + self.tr("A fee per item (e.g. per class) is charged as the procedure states it.")
            steps.append(pay_text)
        steps.append(self.tr("Track your dossier with the code %1 (or the QR code) at any kiosk or online.")
                     .replace("%1", code))
        return "\n".join(f"{n}. {text}" for n, text in enumerate(steps, 1))

    def _render_dossier(self, result: SubmissionResult, summary: SubmittedSummary | None) -> None:
        receipt = result.receipt
        if receipt is None:
            self.heading.setText(self.tr("Your dossier is saved at this kiosk"))
            self.code.setText(result.provisional_ref)
            lines = [self.tr("Provisional reference – the connection to the ministry is down right now.")]
            if summary is not None:
                lines += [self.tr("Procedure") + f": {summary.procedure_name}",
                          self.tr("Documents") + ":\n" + documents_text(summary.documents),
                          self.tr("Submitted at") + f": {moment(summary.submitted_at)}"]
            lines.append(self.tr(
                "It will be sent automatically as soon as the connection is back; you do not need to submit it "
                "again. Track it with this reference and the last 4 digits of your phone number."))
            self.details.setText("\n".join(lines))
            self.tracking_caption.setText(self.tr("Provisional reference"))
            self.next_steps.setText(self._next_steps(result.provisional_ref, None, True, False, provisional=True))
            return
        self.heading.setText(self.tr("Your dossier has been received"))
        self.code.setText(receipt.code)
        documents = [(self._name(d.name_vi, d.name_en), d.pages) for d in receipt.documents]
        where = (self.tr("at the reception counter") if receipt.delivery_method is DeliveryMethod.COUNTER
                 else self.tr("by post (VNPost)"))
        lines = [
            self.tr("Procedure") + f": {self._name(receipt.procedure_name_vi, receipt.procedure_name_en)}",
            self.tr("Documents received") + ":\n" + documents_text(documents),
            self.tr("Received at") + f": {moment(receipt.received_at)}",
            self.tr("Expected result date (estimate)") + f": {day(receipt.appointed_date)}",
            self.tr("Result returned") + f": {where}",
            self.tr("Fee") + ": " + self._fee_text(summary, receipt.fee_vnd),
        ]
        self.details.setText("\n".join(lines))
        self.tracking_caption.setText(receipts.tracking_qr_caption(receipts.tracking_qr(receipt, self._public_base())))
        self.track.setVisible(True)
        payment = receipt.payment
        if payment is not None and payment.amount_vnd:
            text = VietQrPayment(payment.bank_bin, payment.account_number, payment.amount_vnd, payment.purpose).payload()
            self.payment_qr.setPixmap(qr_pixmap(text, 180))
            self.payment_caption.setText(self.tr("Pay %1 with your banking app (VietQR)").replace(
                "%1", vnd(payment.amount_vnd)) + f"\n{payment.account_name}")
            self.payment_qr.show()
            self.payment_caption.show()
        paying = payment is not None and bool(payment.amount_vnd)
        self.next_steps.setText(self._next_steps(receipt.code, receipt.appointed_date,
                                                 receipt.delivery_method is DeliveryMethod.COUNTER, paying,
                                                 provisional=False,
                                                 per_item=summary is not None and len(summary.fees) > 1))

    def _render_supplement(self, receipt: SupplementReceipt | None) -> None:
        if receipt is None:
            return
        self.heading.setText(self.tr("Your additional documents have been received"))
        self.code.setText(receipt.code)
        documents = [(self._name(d.name_vi, d.name_en), d.pages) for d in receipt.documents]
        self.details.setText("\n".join([
            self.tr("Documents received") + ":\n" + documents_text(documents),
            self.tr("Received at") + f": {moment(receipt.received_at)}",
            self.tr("Result appointed for") + f": {day(receipt.appointed_date)}",
        ]))
        self.tracking_caption.setText(self.tr("Dossier code"))

    def _render_print_status(self) -> None:
        state = self._state()
        problem = state.print_problem
        self.print_status.set_kind(MessageKind.ERROR if problem is not None and not self._printing
                                   else MessageKind.SUCCESS if state.printed and not self._printing else MessageKind.TIP)
        if self._printing:
            self.print_status.setText(self.tr("Printing your receipt…"))
        elif problem is not None:
            self.print_status.setText(citizen_text(problem, self.flow.language) + "\n" + self.tr(
                "Please take a photo of the QR code on the screen – it holds your dossier code – "
                "and tell the staff at the counter."))
        elif state.printed:
            self.print_status.setText(self.tr("Your receipt has been printed. Please take it from the printer."))
        else:
            self.print_status.setText("")
        self.print_status.setVisible(bool(self.print_status.text()))
        self.print_again.setEnabled(not self._printing)
        self.print_again.setVisible(state.printed or problem is not None)

    # ------------------------------------------------------------------ printing
    def build_job(self) -> PrintJob | None:
        state = self._state()
        language = self.flow.language
        if state.kind is ReceiptKind.SUPPLEMENT:
            name = self._name(state.supplement_procedure_vi, state.supplement_procedure_en)
            return supplement_receipt(state.supplement, name, language) if state.supplement is not None else None
        submitted = self._submitted()
        if submitted is None:
            return None
        result, summary = submitted.result, submitted.summary
        if result.receipt is not None:
            return receipts.submission_confirmation(result.receipt, summary.applicant_name, language, self._public_base(),
                                            fees=summary.fees)
        return receipts.provisional_receipt(result.provisional_ref, summary.procedure_name, summary.submitted_at,
                                            list(summary.documents), AGENCY)

    def print_receipt(self) -> None:
        services = self.flow.services
        job = self.build_job()
        if self._printing or job is None:
            return
        session = self.flow.session
        printer = services.devices.get("printer") if services is not None and services.devices is not None else None
        pdf_path = session.scratch_dir / "receipt" / f"{job.title}.pdf"
        self._printing = True
        self._render_print_status()
        if services is None:
            self._print_failed(pdf_path, ReceiptNotPrinted("no services"))
            return
        # A wipe meanwhile drops the outcome: the receipt belonged to a visitor who has gone.
        services.jobs.run_for_session(session, lambda: print_and_keep(job, printer, pdf_path),
                                      lambda result: self._printed(pdf_path, result),
                                      lambda exc: self._print_failed(pdf_path, exc), on_dropped=self._print_dropped)

    def _printed(self, pdf_path: Path, result: PrintResult) -> None:
        self._printing = False
        state = self._state()
        state.pdf = pdf_path
        state.png = Path(result.output) if result.output else None
        state.printed = True
        state.print_problem = None
        services = self.flow.services
        if services is not None:
            services.counters.add("receipts_printed")
            services.counters.add("paper_mm", int(round(result.length_mm)))
        self._render_print_status()

    def _print_failed(self, pdf_path: Path, exc: BaseException) -> None:
        self._printing = False
        log.warning("receipt not printed: %s", getattr(exc, "detail", repr(exc)))
        state = self._state()
        if pdf_path.exists():
            state.pdf = pdf_path
        state.print_problem = exc
        self._render_print_status()

    def _print_dropped(self) -> None:
        self._printing = False

    def _track(self) -> None:
        self.flow.go(Screen.TRACK)
