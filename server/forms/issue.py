"""Issuing the papers: the submission confirmation when a kiosk's dossier comes in, and forms 01-04 when an officer
acts on it in the staff console. Each issued paper gets a yearly number, its PDF is stored (content-addressed) and
recorded with the dossier together with the data it was rendered from."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy.orm import Session

from kiosk_app.api.schemas import (
    DeliveryMethod,
    DocumentForm,
    DossierReceipt,
    IssuedFormKind,
    IssuedFormView,
    ReceiptSlip,
    SlipDocument,
    TimeUnit,
)
from server import sequences
from server.backend import Backend
from server.forms import render
from server.forms.content import ApologyNotice, RefusalNotice, SupplementNotice
from server.lifecycle import Action, ActionInput, time_unit
from server.models import Dossier, IssuedForm, Procedure
from server.settings import VIETNAM_TZ

K = IssuedFormKind
NUMBER_SUFFIX = {K.SUBMISSION_CONFIRMATION: "XNNHS", K.RECEIPT_AND_APPOINTMENT: "TNHS", K.SUPPLEMENT_REQUEST: "YCBS",
                 K.REFUSAL: "TCTN", K.APOLOGY_NEW_DATE: "XLHL"}
TITLES = {K.SUBMISSION_CONFIRMATION: ("Phiếu xác nhận nộp hồ sơ", "Submission confirmation"),
          K.RECEIPT_AND_APPOINTMENT: ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)",
                                      "Receipt and appointment slip (form 01)"),
          K.SUPPLEMENT_REQUEST: ("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02)",
                                 "Request to supplement the dossier (form 02)"),
          K.REFUSAL: ("Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03)", "Refusal of the dossier (form 03)"),
          K.APOLOGY_NEW_DATE: ("Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04)",
                               "Apology and new return date (form 04)")}
FORM_OF_ACTION = {Action.ACCEPT: K.RECEIPT_AND_APPOINTMENT, Action.REQUEST_SUPPLEMENT: K.SUPPLEMENT_REQUEST,
                  Action.REFUSE: K.REFUSAL, Action.APOLOGISE: K.APOLOGY_NEW_DATE}
"""The officer's actions that issue a form."""
SETS = 1
"""A kiosk submission is one set of documents (form 01's "số lượng hồ sơ")."""


def mask(text: str, keep_start: int = 3, keep_end: int = 3) -> str:
    """``0912345678`` -> ``091****678``: what a printed form shows of a phone number."""
    hidden = max(0, len(text) - keep_start - keep_end)
    return text[:keep_start] + "*" * hidden + text[len(text) - keep_end:] if hidden else text


def mask_email(email: str | None) -> str | None:
    """``nguyen.van.a@example.vn`` -> ``n***@example.vn``."""
    if not email or "@" not in email:
        return email
    local, domain = email.split("@", 1)
    return f"{local[:1]}***@{domain}"


def form_view(form: IssuedForm) -> IssuedFormView:
    """How tracking lists an issued paper."""
    kind = IssuedFormKind(form.kind)
    title_vi, title_en = TITLES[kind]
    return IssuedFormView(id=form.id, kind=kind, number=form.number, title_vi=title_vi, title_en=title_en,
                          issued_at=form.issued_at.astimezone(VIETNAM_TZ))


def latest(dossier: Dossier, kind: IssuedFormKind) -> IssuedForm | None:
    """The dossier's last issued paper of ``kind``."""
    return next((f for f in reversed(dossier.forms) if f.kind == kind.value), None)


class FormIssuer:
    """Numbers, renders, stores and records the papers of dossiers."""

    def __init__(self, backend: Backend, tracking_url: Callable[[str], str]) -> None:
        self.backend = backend
        self.tracking_url = tracking_url

    def _number(self, session: Session, kind: IssuedFormKind, now: datetime) -> str:
        year = now.astimezone(VIETNAM_TZ).year
        seq = sequences.next_value(session, f"form{kind.value}:{self.backend.settings.agency_code}", date(year, 1, 1))
        return f"{seq:04d}/{year}/{NUMBER_SUFFIX[kind]}"

    def _record(self, dossier: Dossier, kind: IssuedFormKind, number: str, content: BaseModel, pdf: bytes,
                officer: str | None, now: datetime) -> IssuedForm:
        form = IssuedForm(kind=kind.value, number=number, issued_at=now, issued_by=officer,
                          sha256=self.backend.files.put(pdf).sha256, content=content.model_dump(mode="json"))
        dossier.forms.append(form)
        return form

    def _link(self, dossier: Dossier) -> tuple[str, str]:
        return self.backend.tracking_token(dossier.code), self.tracking_url(dossier.code)

    # ------------------------------------------------------------ at submission

    def confirmation(self, session: Session, dossier: Dossier, receipt: DossierReceipt, now: datetime) -> IssuedForm:
        """The submission confirmation of a dossier a kiosk just sent (not form 01: no officer has checked it)."""
        number = self._number(session, K.SUBMISSION_CONFIRMATION, now)
        pdf = render.submission_confirmation(receipt, dossier.applicant_name, number)
        return self._record(dossier, K.SUBMISSION_CONFIRMATION, number, receipt, pdf, None, now)

    # ------------------------------------------------------------ officers' actions

    def after_action(self, session: Session, dossier: Dossier, procedure: Procedure, action: Action,
                     given: ActionInput, old_date: date, now: datetime) -> IssuedForm | None:
        """The form an action just applied by an officer issues, if any (``old_date``: the appointment before)."""
        kind = FORM_OF_ACTION.get(action)
        if kind is None:
            return None
        number = self._number(session, kind, now)
        token, url = self._link(dossier)
        settings = self.backend.settings
        head = {"number": number, "code": dossier.code, "agency": settings.agency_name,
                "applicant_name": dossier.organisation_name or dossier.applicant_name,
                "applicant_address": dossier.applicant_address, "procedure_code": procedure.code,
                "procedure_name_vi": procedure.name_vi, "issued_at": now, "officer": given.handler}
        content: BaseModel
        if kind is K.RECEIPT_AND_APPOINTMENT:
            content = self.slip(dossier, procedure, number, given.handler, now)
            pdf = render.receipt_and_appointment(content, token, url)
        elif kind is K.SUPPLEMENT_REQUEST:
            request = dossier.supplement_requests[-1]
            content = SupplementNotice(**head, missing=list(request.missing), reason=request.note,
                                       due_date=request.due_date)
            pdf = render.supplement_request(content, token, url)
        elif kind is K.REFUSAL:
            content = RefusalNotice(**head, reason=given.reason or "")
            pdf = render.refusal(content, token, url)
        else:
            form01 = latest(dossier, K.RECEIPT_AND_APPOINTMENT)
            content = ApologyNotice(**head, accepted_at=dossier.accepted_at,
                                    receipt_number=form01.number if form01 else None, old_date=old_date,
                                    new_date=dossier.appointed_date, new_time=settings.office_opens,
                                    reason=given.reason or "")
            pdf = render.apology(content, token, url)
        return self._record(dossier, kind, number, content, pdf, given.handler, now)

    def slip(self, dossier: Dossier, procedure: Procedure, number: str, officer: str, now: datetime) -> ReceiptSlip:
        """Form 01's content for a dossier accepted at ``now``."""
        components = {c["id"]: c for c in procedure.data["components"]}
        documents = [SlipDocument(
            name_vi=components.get(d.component_id, {}).get("name_vi", d.component_id),
            name_en=components.get(d.component_id, {}).get("name_en", d.component_id),
            form=DocumentForm(components.get(d.component_id, {}).get("form", "copy")),
            copies=components.get(d.component_id, {}).get("copies", 1), pages=d.pages) for d in dossier.documents]
        return ReceiptSlip(
            number=number, code=dossier.code, agency=self.backend.settings.agency_name,
            applicant_name=dossier.organisation_name or dossier.applicant_name,
            applicant_address=dossier.applicant_address, phone_masked=mask(dossier.phone),
            email_masked=mask_email(dossier.email), procedure_code=procedure.code, procedure_name_vi=procedure.name_vi,
            procedure_name_en=procedure.name_en, documents=documents, sets=SETS,
            processing_amount=dossier.processing_days, processing_unit=TimeUnit(time_unit(procedure, dossier.channel)),
            accepted_at=now.astimezone(VIETNAM_TZ), appointed_date=dossier.appointed_date,
            appointed_time=self.backend.settings.office_opens, delivery_method=DeliveryMethod(dossier.delivery_method),
            officer=officer)

    def act(self, session: Session, dossier: Dossier, procedure: Procedure, action: Action, given: ActionInput,
            now: datetime) -> IssuedForm | None:
        """Apply an officer's action and issue the form it calls for, in the same transaction."""
        old_date = self.backend.lifecycle.effective_appointed_date(dossier, now)
        self.backend.lifecycle.apply(dossier, procedure, action, given, now)
        return self.after_action(session, dossier, procedure, action, given, old_date, now)
