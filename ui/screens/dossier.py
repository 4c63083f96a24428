"""DOSSIER: a tracked dossier in plain words — status, working days used, appointed date, the stages'
timeline with overdue marks, a fee to pay (VietQR), a supplement request with a way to answer it, and the papers
issued about it (issue 14).

Renders ``session.tracking.tracked`` (a DossierTracking stored by TRACK). When the visitor scanned the receipt's
QR (the proof is its tracking token) and the dossier was accepted, form 01 as issued is reprinted on thermal paper
once (``session.tracking.form01_printing``).
"""
from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk_app import receipts
from kiosk_app.api.schemas import (
    DeliveryMethod,
    DossierStatus,
    DossierTracking,
    IssuedFormView,
    PaymentInfo,
    StageView,
    SupplementRequestView,
    TimeUnit,
)
from kiosk_app.domain.tracking_qr import receipt_qr_payload
from kiosk_app.domain.vietqr import VietQrPayment
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.processing_time import time_text
from kiosk_app.visitor_state import TicketPrinting, TrackingProof
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import day, kinetic_list, localized, print_in_job, transparent_scroll, vnd
from ui.theme import palette_of
from ui.widgets.qr_view import QrView

FINISHED = {DossierStatus.RESULT_READY, DossierStatus.RESULT_RETURNED}
CLOSED = {DossierStatus.REFUSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED}


class DossierScreen(ScreenWidget):
    screen = Screen.DOSSIER

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setSpacing(16)
        self.heading = self.label("title", "dossier_procedure")
        self.code = self.label("body", "dossier_code")
        self.status = self.label("subtitle", "dossier_status")
        self.progress = self.label("subtitle", "dossier_progress")
        self.overdue = self.label("notice", "dossier_overdue", "warning")
        self.supplement = self.label("notice", "dossier_supplement", "warning")
        self.fee = self.label("notice", "dossier_fee")
        self.form01 = self.label("notice", "dossier_form01_print")
        self.forms_heading = self.label("subtitle", "dossier_forms_heading")
        self.forms = self.label("body", "list_forms")
        self.fee_qr = QrView("dossier_fee_qr", 240)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee, 1)
        fee_row.addWidget(self.fee_qr)
        self.timeline_heading = self.label("subtitle", "dossier_timeline_heading")
        self.timeline = self.label("body", "list_stages")
        self.timeline.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        column.addWidget(self.form01)
        column.addWidget(self.overdue)
        column.addWidget(self.supplement)
        column.addLayout(fee_row)
        column.addWidget(self.forms_heading)
        column.addWidget(self.forms)
        column.addWidget(self.timeline_heading)
        column.addWidget(self.timeline)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        kinetic_list(scroll)
        transparent_scroll(scroll, body)
        self.list_scroll = scroll
        self.supplement_button = QPushButton()
        self.supplement_button.setObjectName("btn_supplement")
        self.supplement_button.setProperty("role", "primary")
        self.supplement_button.clicked.connect(lambda: self.flow.go(Screen.SUPPLEMENT))
        self.done = QPushButton()  # issue 21 finding 12: a way out that is not "Home … will be deleted"
        self.done.setObjectName("btn_dossier_done")
        self.done.clicked.connect(lambda: self.flow.reset(reason="finished"))
        for widget in (self.heading, self.code, self.status, self.progress):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(scroll, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.supplement_button)
        actions.addStretch(1)
        actions.addWidget(self.done)
        self.layout_.addLayout(actions)
        flow.theme_changed.connect(lambda _theme: self.refresh())  # the timeline's colours are in its HTML
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Your dossier")

    def help_text(self) -> str:
        return self.tr(
            "This page shows where your dossier is: its status, how many working days have been used, "
            "the date your result is due, and each step with the unit handling it.\n\n"
            "If the ministry asks for more documents, the yellow box says which ones and until when; touch "
            "\"Send the missing documents now\" to scan them here.\n\n"
            "If a fee is due, scan the payment code with your banking app.\n\n"
            "Touch \"Done\" when you have finished: what you typed on this kiosk is deleted; your dossier is "
            "not affected."
        )

    def home_warning(self) -> str:
        return self.tr("The information you just entered on this kiosk will be deleted. "
                       "Your submitted dossier is not affected.")

    def retranslate(self) -> None:
        self.timeline_heading.setText(self.tr("Steps"))
        self.forms_heading.setText(self.tr("Papers issued"))
        self.supplement_button.setText(self.tr("Send the missing documents now"))
        self.done.setText(self.tr("Done"))
        self.refresh()

    def entered(self) -> None:
        self._reprint_form01()
        self.refresh()
        self.list_scroll.verticalScrollBar().setValue(0)

    # --- form 01 reprint (issue 14) --------------------------------------------------------------
    def _reprint_form01(self) -> None:
        """Print form 01 once when the receipt's QR was scanned (token proof) and an officer accepted the dossier."""
        state = self.flow.session.tracking
        tracking, proof = state.tracked, state.proof
        if (tracking is None or tracking.receipt_slip is None or proof is None or not proof.tracking_token
                or state.form01_printing is not TicketPrinting.NOT_STARTED):
            return
        profile = self.flow.services.profile if self.flow.services is not None else None
        public_base = profile.backend.public_tracking_url if profile is not None else ""
        qr = receipt_qr_payload(tracking.code, proof.tracking_token, public_base)
        job = receipts.receipt_slip(tracking.receipt_slip, self.flow.language, qr)
        state.form01_printing = TicketPrinting.PRINTING
        slip = tracking.receipt_slip
        print_in_job(self.flow, job, lambda _result: self._form01_done(slip, None),
                     lambda sentence: self._form01_done(slip, sentence))

    def _form01_done(self, slip: object, problem: str | None) -> None:
        state = self.flow.session.tracking
        if state.tracked is None or state.tracked.receipt_slip is not slip:
            return  # another dossier is shown by now
        state.form01_printing = TicketPrinting.FAILED if problem else TicketPrinting.PRINTED
        state.form01_problem = problem or ""
        self.refresh()

    def prepare_preview(self) -> None:
        self.flow.session.tracking.tracked = preview_tracking()
        self.flow.session.tracking.proof = TrackingProof("000.00.00.G06-261120-0007", phone_last4="5678")
        self.flow.session.tracking.form01_printing = TicketPrinting.PRINTED  # the reprint's notice, for the screenshot

    # --- rendering -------------------------------------------------------------------------------
    def refresh(self) -> None:
        tracking = self.flow.session.tracking.tracked
        widgets = (self.overdue, self.supplement, self.fee, self.fee_qr, self.supplement_button, self.form01,
                   self.forms_heading, self.forms)
        if tracking is None:
            self.heading.setText(self.tr("No dossier to show"))
            for label in (self.code, self.status, self.progress, self.timeline):
                label.setText("")
            for widget in widgets:
                widget.hide()
            self.timeline_heading.hide()
            return
        self.timeline_heading.show()
        self.heading.setText(localized(self.flow, tracking.procedure_name_vi, tracking.procedure_name_en))
        self.code.setText(self.tr("Dossier code: %1").replace("%1", tracking.code))
        status = localized(self.flow, tracking.status_name_vi, tracking.status_name_en)
        self.status.setText(self.tr("Status: %1").replace("%1", status))
        self.progress.setText(self._progress_text(tracking))
        self.overdue.setVisible(tracking.overdue)
        if tracking.overdue:
            late = self.tr("⚠ This dossier is late: the result was due on %1. "
                           "Please ask the staff at the counter about the new date.")
            self.overdue.setText(late.replace("%1", day(tracking.appointed_date)))
        self._render_supplement(tracking.status, tracking.supplement_request)
        self._render_fee(tracking.fee_due)
        self._render_forms(tracking.forms)
        self.timeline.setText(self._timeline_html(tracking))

    def _render_forms(self, forms: list[IssuedFormView]) -> None:
        """The papers issued about the dossier, and where the reprint of form 01 stands."""
        self.forms_heading.setVisible(bool(forms))
        self.forms.setVisible(bool(forms))
        self.forms.setText("\n".join(
            f"• {localized(self.flow, form.title_vi, form.title_en)} – "
            + self.tr("no. %1 of %2").replace("%1", form.number).replace("%2", day(form.issued_at.date()))
            for form in forms))
        printing = self.flow.session.tracking.form01_printing
        self.form01.setVisible(printing is not TicketPrinting.NOT_STARTED)
        if printing is TicketPrinting.PRINTING:
            self.form01.setText(self.tr("Printing your receipt and appointment slip (form 01)…"))
        elif printing is TicketPrinting.PRINTED:
            self.form01.setText(self.tr("Your dossier has been accepted. Please take your receipt and appointment "
                                        "slip (form 01) from the printer below the screen."))
        elif printing is TicketPrinting.FAILED:
            self.form01.setText(self.flow.session.tracking.form01_problem + "\n" + self.tr(
                "Your dossier has been accepted; ask the staff at the counter for your receipt and appointment "
                "slip (form 01)."))

    def _progress_text(self, t: DossierTracking) -> str:
        if t.status in CLOSED:
            text = self.tr("Processing has ended.")
            if t.status is DossierStatus.REFUSED and t.refusal_reason:
                text += " " + self.tr("Reason: %1").replace("%1", t.refusal_reason)
            return text
        if t.status in FINISHED:
            where = (self.tr("at the reception counter") if t.delivery_method is DeliveryMethod.COUNTER
                     else self.tr("by post"))
            finished = day(t.finished_at.date()) if t.finished_at else day(t.appointed_date)
            if t.status is DossierStatus.RESULT_RETURNED:
                return self.tr("Finished on %1. The result has been returned.").replace("%1", finished)
            return self.tr("Finished on %1. Your result is ready %2.").replace("%1", finished).replace("%2", where)
        used, total = t.working_days_used, t.processing_days
        due = day(t.appointed_date)
        if used is None or total is None:
            return self.tr("Result due on %1").replace("%1", due)
        if t.processing_unit is not TimeUnit.WORKING_DAYS:  # days used are working days: no "x of y" (issue 14)
            return (self.tr("Processing time %1, result due on %2")
                    .replace("%1", time_text(total, t.processing_unit)).replace("%2", due))
        return (self.tr("Used %1/%2 working days, result due on %3")
                .replace("%1", str(used)).replace("%2", str(total)).replace("%3", due))

    def _render_supplement(self, status: DossierStatus, request: SupplementRequestView | None) -> None:
        asked = status is DossierStatus.SUPPLEMENT_REQUESTED and request is not None
        self.supplement.setVisible(asked)
        self.supplement_button.setVisible(asked)
        if not asked or request is None:
            return
        lines = [self.tr("The ministry needs more documents from you:")]
        lines += [f"• {item}" for item in request.missing]
        if request.note:
            lines.append(request.note)
        lines.append(self.tr("Please hand them in by %1. The processing time is paused until then.")
                     .replace("%1", day(request.due_date)))
        self.supplement.setText("\n".join(lines))

    def _render_fee(self, fee: PaymentInfo | None) -> None:
        due = fee is not None and fee.amount_vnd > 0
        self.fee.setVisible(due)
        self.fee_qr.setVisible(due)
        if not due or fee is None:
            self.fee_qr.set_data("")
            return
        self.fee.setText("\n".join([
            self.tr("A fee of %1 is due before your dossier can continue.").replace("%1", vnd(fee.amount_vnd)),
            self.tr("Scan the code with your banking app to pay by transfer (VietQR)."),
            f"{fee.account_name} – {fee.account_number}",
            self.tr("Transfer description: %1").replace("%1", fee.purpose),
        ]))
        payment = VietQrPayment(fee.bank_bin, fee.account_number, fee.amount_vnd, fee.purpose)
        self.fee_qr.set_data(payment.payload())

    def _timeline_html(self, t: DossierTracking) -> str:
        today = date.today()
        items = [self._stage_html(index, stage, today) for index, stage in enumerate(t.stages, 1)]
        received = self.tr("Received on %1").replace("%1", t.received_at.strftime("%H:%M %d/%m/%Y"))
        return f"<p style='margin:0 0 12px 0'>{escape(received)}</p>" + "".join(items)

    def _stage_html(self, index: int, stage: StageView, today: date) -> str:
        name = localized(self.flow, stage.name_vi, stage.name_en)
        done = stage.actual_end is not None
        palette = palette_of(self.flow.theme)
        mark = "✓" if done else "●"
        lines = [escape(stage.unit)]
        started = _date(stage.started_at)
        if done and stage.actual_end is not None:
            lines.append(escape(self.tr("From %1 to %2").replace("%1", day(started)).replace("%2", day(_date(stage.actual_end)))))
        else:
            lines.append(escape(self.tr("In progress since %1").replace("%1", day(started))))
        if stage.regulated_end is not None:
            lines.append(escape(self.tr("Due by %1").replace("%1", day(stage.regulated_end))))
        if stage.overdue:
            late = self.tr("finished late") if done else self.tr("late")
            lines.append(f"<span style='color:{palette.error}'><b>⚠ {escape(late)}</b></span>")
        if stage.note:
            lines.append(f"<i>{escape(stage.note)}</i>")
        colour = palette.muted if done else palette.primary
        return (f"<p style='margin:0 0 14px 0'><span style='color:{colour}'><b>{mark} {index}. {escape(name)}</b></span>"
                f"<br>{'<br>'.join(lines)}</p>")


def _date(value: datetime) -> date:
    return value.date()


def preview_tracking() -> DossierTracking:
    """A sample dossier in status 5 for ``kiosk screenshots`` (no personal data)."""
    from datetime import timedelta

    now = datetime.now().replace(microsecond=0)
    received = now - timedelta(days=10)
    return DossierTracking.model_validate({
        "code": "000.00.00.G06-261120-0007", "procedure_code": "1.009846",
        "procedure_name_vi": "Cấp chứng chỉ nhân viên bức xạ",
        "procedure_name_en": "Issuance of a radiation worker certificate",
        "status": 5, "status_name_vi": "Yêu cầu bổ sung giấy tờ", "status_name_en": "Supplement requested",
        "received_at": received.isoformat(), "appointed_date": (now + timedelta(days=12)).date().isoformat(),
        "overdue": False, "finished_at": None, "current_unit": "Bộ phận Một cửa", "delivery_method": 0,
        "stages": [
            {"name_vi": "Tiếp nhận hồ sơ", "name_en": "Reception", "status": 2, "unit": "Bộ phận Một cửa",
             "handler": None, "started_at": received.isoformat(), "regulated_end": received.date().isoformat(),
             "actual_end": received.isoformat(), "note": None, "overdue": False},
            {"name_vi": "Kiểm tra tính đầy đủ của hồ sơ", "name_en": "Completeness check", "status": 4,
             "unit": "Cục An toàn bức xạ và hạt nhân", "handler": None,
             "started_at": (received + timedelta(days=1)).isoformat(),
             "regulated_end": (received + timedelta(days=5)).date().isoformat(),
             "actual_end": (received + timedelta(days=7)).isoformat(), "note": None, "overdue": True},
            {"name_vi": "Yêu cầu bổ sung giấy tờ", "name_en": "Supplement requested", "status": 5,
             "unit": "Tổ chức, cá nhân nộp hồ sơ", "handler": None,
             "started_at": (received + timedelta(days=7)).isoformat(), "regulated_end": None,
             "actual_end": None, "note": None, "overdue": False},
        ],
        "supplement_request": {"missing": ["Giấy chứng nhận sức khỏe (không quá 6 tháng)"],
                               "note": "Giấy khám sức khỏe đã quá 6 tháng.",
                               "requested_at": (received + timedelta(days=7)).isoformat(),
                               "due_date": (now + timedelta(days=20)).date().isoformat()},
        "fee_due": None, "refusal_reason": None, "processing_days": 15, "working_days_used": 5,
        "forms": [
            {"id": 1, "kind": "confirmation", "number": "0007/2026/XNNHS", "title_vi": "Phiếu xác nhận nộp hồ sơ",
             "title_en": "Submission confirmation", "issued_at": received.isoformat()},
            {"id": 2, "kind": "01", "number": "0005/2026/TNHS",
             "title_vi": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)",
             "title_en": "Receipt and appointment slip (form 01)", "issued_at": (received + timedelta(days=1)).isoformat()},
            {"id": 3, "kind": "02", "number": "0003/2026/YCBS",
             "title_vi": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02)",
             "title_en": "Request to supplement the dossier (form 02)",
             "issued_at": (received + timedelta(days=7)).isoformat()},
        ],
    })
