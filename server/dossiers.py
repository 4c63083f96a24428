"""Dossier services: submission with idempotency and code assignment, the receipt, tracking with
proof of ownership, and supplement upload."""
from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from kiosk_app.api.schemas import (
    STATUS_NAMES,
    ConsentRecord,
    DossierCreate,
    DossierReceipt,
    DossierStatus,
    DossierTracking,
    ErrorCode,
    IssuedFormKind,
    PaymentInfo,
    ReceiptSlip,
    ReceivedDocument,
    Requirement,
    StageView,
    SubmissionChannel,
    SubmittedDocument,
    SupplementProof,
    SupplementReceipt,
    SupplementRequestView,
)
from server import auth, sequences
from server.backend import Backend
from server.errors import ApiError
from server.forms.issue import FormIssuer, form_view, latest
from server.lifecycle import Action, ActionInput, time_unit
from server.models import Dossier, DossierDocument, Procedure
from server.payment_ref import dossier_id_from_note, payment_reference
from server.pdf_check import PdfChecker
from server.pdf_inspect import PdfLimits
from server.settings import VIETNAM_TZ
from server.storage import StoredFile

log = logging.getLogger("server.dossiers")
MAX_CODE_LENGTH = 64
"""A longer dossier code or provisional reference is answered 404 at once: no look-up, no throttle state."""
CONSENT_CLOCK_SKEW = timedelta(minutes=5)
"""How far a kiosk's clock may run ahead: a consent given later than now plus this is refused (issue 14)."""
_NO_DIGITS = "\x00" * 4
"""What an unknown code's phone digits are compared with (no real phone ends with NULs)."""


@dataclass(frozen=True)
class UploadedFile:
    """The bytes of one uploaded file, already read from the request."""

    data: bytes


def mask_phone(phone: str) -> str:
    """A phone number fit for a log line."""
    return "*" * max(0, len(phone) - 3) + phone[-3:]


def canonical_code(text: str) -> str:
    """A dossier code or provisional reference as issued: case and spaces typed by a citizen do not count.

    The same rule as the kiosk's ``kiosk_app.domain.dossier_code.normalise_code`` (the server shares only
    the wire schemas with the kiosk; tests/server/test_server_tracking.py checks that the two agree).
    """
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def _match(code: str) -> ColumnElement[bool]:
    # A provisional reference printed by an offline kiosk finds the dossier it became.
    code = canonical_code(code)
    return Dossier.provisional_ref == code if code.startswith("TAM-") else Dossier.code == code


def _find_dossier(session: Session, code: str) -> Dossier | None:
    """The dossier of a code or provisional reference, without its relationships: one query whether
    or not it exists, so the answer's timing does not tell."""
    return session.scalars(select(Dossier).where(_match(code))).first()


def _load_dossier(session: Session, code: str, with_documents: bool = True) -> Dossier | None:
    options = [selectinload(Dossier.stages), selectinload(Dossier.forms)]
    if with_documents:
        options += [selectinload(Dossier.documents), selectinload(Dossier.supplement_requests)]
    dossier = session.scalars(select(Dossier).where(_match(code)).options(*options)).first()
    if dossier is not None and not with_documents and dossier.status == DossierStatus.SUPPLEMENT_REQUESTED:
        dossier.supplement_requests  # noqa: B018 (load now: the object is used after the session closes)
    return dossier


def _procedure(session: Session, code: str) -> Procedure:
    procedure = session.get(Procedure, code)
    if procedure is None or not procedure.active:
        raise ApiError(404, ErrorCode.PROCEDURE_NOT_FOUND, {"procedure_code": code})
    return procedure


def _check_documents(procedure: Procedure, documents: list[SubmittedDocument], files: list[UploadedFile],
                     backend: Backend, require_all: bool, pdf_checker: PdfChecker) -> None:
    """Files match the list, belong to the procedure, required ones are present, every one is a PDF."""
    if len(documents) != len(files):
        raise ApiError(400, ErrorCode.FILE_COUNT_MISMATCH, {"documents": len(documents), "files": len(files)})
    components = {c["id"]: c for c in procedure.data["components"]}
    given = [d.component_id for d in documents]
    unknown = sorted(set(given) - set(components))
    if unknown:
        raise ApiError(400, ErrorCode.UNKNOWN_COMPONENT, {"component_ids": unknown})
    if len(given) != len(set(given)):
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "one file per component")
    if require_all:
        missing = [cid for cid, c in components.items()
                   if c["requirement"] == Requirement.REQUIRED.value and cid not in given]
        if missing:
            raise ApiError(400, ErrorCode.MISSING_COMPONENT, {"component_ids": missing})
    pdf_checker.check_files([upload.data for upload in files], backend.settings.max_file_bytes)


def check_consent(consent: ConsentRecord | bool, now: datetime) -> None:
    """Refuse a dossier without explicit consent, or with a consent given in the future (issue 14).

    ``true`` alone comes from a kiosk of an older version (accepted: nothing more is known); a record's
    version is well-formed by the schema; whether it is the text this server would show is told on the
    console's dossier page (a kiosk's catalogue may lag behind the server's, so it is not refused)."""
    if consent is False:
        raise ApiError(400, ErrorCode.CONSENT_REQUIRED)
    if isinstance(consent, ConsentRecord) and consent.given_at > now + CONSENT_CLOCK_SKEW:
        raise ApiError(400, ErrorCode.CONSENT_REQUIRED, {"given_at": "in the future"})


def record_consent(dossier: Dossier, consent: ConsentRecord | bool) -> None:
    """Keep the consent record with the dossier (nothing for a bare ``true``)."""
    if isinstance(consent, ConsentRecord):
        dossier.consent_version = consent.version
        dossier.consent_language = consent.language
        dossier.consent_given_at = consent.given_at
        dossier.consent_kiosk_id = consent.kiosk_id


def fingerprint(request: DossierCreate, files: list[UploadedFile]) -> str:
    """A hash of what was submitted, to tell a true retry from a reused idempotency key."""
    digest = hashlib.sha256(json.dumps(request.model_dump(mode="json"), sort_keys=True).encode("utf-8"))
    for upload in files:
        digest.update(hashlib.sha256(upload.data).digest())
    return digest.hexdigest()


class DossierService:
    """Submission, receipt, tracking and supplements on top of a Backend."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        settings = backend.settings
        self.pdf_checker = PdfChecker(PdfLimits(
            max_decoded_bytes=settings.pdf_max_decoded_bytes, max_inflation=settings.pdf_max_inflation,
            seconds=settings.pdf_check_seconds, memory_bytes=settings.pdf_check_memory_bytes))
        self._procedures: dict[str, Procedure] = {}
        self.forms = FormIssuer(backend, self.tracking_url)

    # ------------------------------------------------------------ receipt

    def payment_for(self, dossier: Dossier, amount: int) -> PaymentInfo | None:
        """Where to pay ``amount`` for ``dossier``; None when nothing is due or no account is set.

        The transfer note is the short reference banks keep (server/payment_ref.py, issue 14)."""
        account = self.backend.settings.bank_account
        if amount <= 0 or account is None:
            return None
        return PaymentInfo(amount_vnd=amount, bank_bin=account.bank_bin, account_number=account.account_number,
                           account_name=account.account_name, purpose=payment_reference(dossier.id))

    def code_for_transfer_note(self, note: str) -> str | None:
        """The code of the dossier a bank transfer's description refers to, or None (issue 14)."""
        dossier_id = dossier_id_from_note(note)
        if dossier_id is None:
            return None
        with self.backend.db.read() as session:
            dossier = session.get(Dossier, dossier_id)
            return dossier.code if dossier is not None else None

    def tracking_url(self, code: str) -> str:
        """The address the receipt's QR code points to."""
        base = self.backend.settings.public_base_url.rstrip("/")
        return f"{base}/track/{quote(code, safe='')}?t={quote(self.backend.tracking_token(code), safe='')}"

    def _documents_view(self, dossier: Dossier, procedure: Procedure,
                        supplement_only: bool | None = None) -> list[ReceivedDocument]:
        components = {c["id"]: c for c in procedure.data["components"]}
        views = []
        for document in dossier.documents:
            if supplement_only is not None and (document.supplement_request_id is not None) != supplement_only:
                continue
            component = components.get(document.component_id, {})
            views.append(ReceivedDocument(
                component_id=document.component_id, name_vi=component.get("name_vi", document.component_id),
                name_en=component.get("name_en", document.component_id), form=component.get("form", "copy"),
                copies=component.get("copies", 1), pages=document.pages, sha256=document.sha256))
        return views

    def receipt(self, dossier: Dossier, procedure: Procedure) -> DossierReceipt:
        """The receipt (form 01) data of a dossier."""
        return DossierReceipt(
            code=dossier.code, procedure_code=procedure.code, procedure_name_vi=procedure.name_vi,
            procedure_name_en=procedure.name_en, status=DossierStatus(dossier.status),
            received_at=dossier.received_at.astimezone(VIETNAM_TZ), appointed_date=dossier.appointed_date,
            processing_days=dossier.processing_days, processing_unit=time_unit(procedure, dossier.channel),
            tracking_token=self.backend.tracking_token(dossier.code),
            tracking_url=self.tracking_url(dossier.code), fee_vnd=dossier.fee_vnd,
            payment=self.payment_for(dossier, dossier.fee_vnd), delivery_method=dossier.delivery_method,
            receiving_unit=self.backend.settings.agency_name,
            documents=self._documents_view(dossier, procedure, supplement_only=False),
            provisional_ref=dossier.provisional_ref)

    # ------------------------------------------------------------ submission

    def _replay(self, session: Session, kiosk_id: str, key: str, print_: str) -> DossierReceipt | None:
        existing = session.scalars(select(Dossier).where(
            Dossier.kiosk_id == kiosk_id, Dossier.idempotency_key == key).options(
            selectinload(Dossier.documents))).first()
        if existing is None:
            return None
        if existing.request_fingerprint != print_:
            raise ApiError(409, ErrorCode.IDEMPOTENCY_KEY_REUSED, {"code": None})
        return self.receipt(existing, _procedure_any(session, existing.procedure_code))

    def create(self, kiosk_id: str, key: str, request: DossierCreate,
               files: list[UploadedFile]) -> tuple[DossierReceipt, bool]:
        """Create a dossier, or return the one this idempotency key already made; True when new."""
        backend = self.backend
        check_consent(request.consent, backend.now())
        print_ = fingerprint(request, files)
        with backend.db.read() as session:
            replay = self._replay(session, kiosk_id, key, print_)
            if replay is not None:
                return replay, False
            procedure = _procedure(session, request.procedure_code)
        _check_documents(procedure, request.documents, files, backend, True, self.pdf_checker)
        stored = [backend.files.put(upload.data) for upload in files]
        try:
            return self._insert(kiosk_id, key, request, stored, print_), True
        except _Replayed as replayed:
            return replayed.receipt, False
        except IntegrityError:
            # Which unique row won? A concurrent retry with the same key (answer with its dossier), or
            # another dossier holding the provisional reference (409); anything else is a real fault.
            with backend.db.read() as session:
                replay = self._replay(session, kiosk_id, key, print_)
                if replay is None:
                    _refuse_taken_provisional_ref(session, request.provisional_ref)
            if replay is None:
                raise
            return replay, False

    def _insert(self, kiosk_id: str, key: str, request: DossierCreate, stored: list[StoredFile],
                print_: str) -> DossierReceipt:
        backend = self.backend
        settings = backend.settings
        with backend.db.write() as session:
            replay = self._replay(session, kiosk_id, key, print_)  # SQLite: writers are serialised
            if replay is not None:
                raise _Replayed(replay)
            _refuse_taken_provisional_ref(session, request.provisional_ref)
            procedure = _procedure(session, request.procedure_code)
            now = backend.now()
            local = now.astimezone(VIETNAM_TZ)
            seq = sequences.next_value(session, f"dossier:{settings.agency_code}", local.date())
            code = sequences.format_dossier_code(settings.dossier_code_pattern, settings.agency_code, local, seq)
            applicant, contact, delivery = request.applicant, request.contact, request.delivery
            dossier = Dossier(
                code=code, procedure_code=procedure.code, status=int(DossierStatus.NEW),
                channel=int(SubmissionChannel.ONLINE), applicant_type=int(applicant.type),
                applicant_name=applicant.full_name, applicant_id_number=applicant.id_number,
                applicant_identity_trust=applicant.identity_trust,
                applicant_address=applicant.address, organisation_name=applicant.organisation_name,
                tax_code=applicant.tax_code, phone=contact.phone, email=contact.email,
                delivery_method=int(delivery.method), postal_address=delivery.postal_address,
                language=request.language, received_at=now, processing_days=procedure.processing_days,
                paused_working_days=0, fee_vnd=procedure.fee_vnd, kiosk_id=kiosk_id, idempotency_key=key,
                request_fingerprint=print_, current_unit=settings.agency_name,
                provisional_ref=request.provisional_ref)
            record_consent(dossier, request.consent)
            dossier.appointed_date = backend.lifecycle.appointed_date(dossier, procedure)
            for document, file in zip(request.documents, stored, strict=True):
                dossier.documents.append(DossierDocument(
                    component_id=document.component_id, sha256=file.sha256, size_bytes=file.size_bytes,
                    pages=document.pages, uploaded_at=now))
            backend.lifecycle.open_reception(dossier, procedure, now)
            session.add(dossier)
            session.flush()
            log.info("dossier %s created by kiosk %s for procedure %s (phone %s)", code, kiosk_id,
                     procedure.code, mask_phone(contact.phone))
            receipt = self.receipt(dossier, procedure)
            # The submission confirmation (not form 01: no officer has accepted the dossier yet, issue 14) is
            # kept with the dossier; a rolled-back transaction leaves at most an unreferenced content-addressed file.
            dossier.receipt_sha256 = self.forms.confirmation(session, dossier, receipt, now).sha256
            return receipt

    # ------------------------------------------------------------ tracking

    def _authorise(self, session: Session, code: str, token: str | None, phone_last4: str | None,
                   client: str) -> Dossier:
        """The dossier (without relationships) when the proof matches; otherwise the same 404 whether or
        not the code exists, after the same work (one look-up, one HMAC, two comparisons).

        The receipt's token is never locked: it is unguessable. Wrong phone digits are counted per
        client and dossier (a provisional reference counts as its dossier), per client and for all
        clients together; a client over a limit gets 429 without its digits being checked, while
        other clients and the token holder are not affected.
        """
        backend, rules = self.backend, self.backend.rules
        code = canonical_code(code)  # "000.00.00.g06 -261203-0001" is the dossier 000.00.00.G06-261203-0001
        if len(code) > MAX_CODE_LENGTH:
            raise ApiError(404, ErrorCode.DOSSIER_NOT_FOUND)
        dossier = _find_dossier(session, code)
        canonical = dossier.code if dossier is not None else code
        digit_checks = [(rules.digits_per_code, f"{client}\n{canonical}"), (rules.digits_per_client, client),
                        (rules.digits_global, "*")]
        attempt = None
        if phone_last4 is not None:
            # Counted before the digits are compared (parallel guesses cannot all slip through), and
            # taken back when they match.
            attempt = backend.throttle.attempt(digit_checks)
            if attempt.refused is not None:
                raise ApiError(429, ErrorCode.TOO_MANY_ATTEMPTS,
                               headers={"Retry-After": str(backend.throttle.retry_after(*attempt.refused))})
        expected_digits = dossier.phone[-4:] if dossier is not None else _NO_DIGITS
        token_ok = auth.tokens_equal(token or "", backend.tracking_token(canonical))
        digits_ok = auth.tokens_equal(phone_last4 or "", expected_digits)
        if dossier is None or not ((token is not None and token_ok) or (phone_last4 is not None and digits_ok)):
            raise ApiError(404, ErrorCode.DOSSIER_NOT_FOUND)
        if attempt is not None:
            backend.throttle.forgive(attempt)
        return dossier

    def track(self, code: str, token: str | None, phone_last4: str | None, client: str) -> DossierTracking:
        """What the citizen may see, once the proof matches; ``client`` names the caller for the throttle."""
        with self.backend.db.read() as session:
            found = self._authorise(session, code, token, phone_last4, client)
            dossier = _load_dossier(session, found.code, with_documents=False)
            assert dossier is not None
            by_token = token is not None and auth.tokens_equal(token, self.backend.tracking_token(dossier.code))
            return self.tracking_view(dossier, self._cached_procedure(session, dossier.procedure_code),
                                      with_slip=by_token)

    def form_pdf(self, code: str, token: str, form_id: int, client: str) -> bytes:
        """The PDF of one paper issued about a dossier, for the holder of the tracking link (404 otherwise)."""
        with self.backend.db.read() as session:
            found = self._authorise(session, code, token, None, client)
            dossier = _load_dossier(session, found.code, with_documents=False)
            assert dossier is not None
            form = next((f for f in dossier.forms if f.id == form_id), None)
        if form is None:
            raise ApiError(404, ErrorCode.NOT_FOUND)
        return self.backend.files.read(form.sha256)

    def _cached_procedure(self, session: Session, code: str) -> Procedure:
        """Procedures change only when the catalogue is reloaded at start: keep them in memory."""
        procedure = self._procedures.get(code)
        if procedure is None:
            procedure = _procedure_any(session, code)
            session.expunge(procedure)
            self._procedures[code] = procedure
        return procedure

    def tracking_view(self, dossier: Dossier, procedure: Procedure, with_slip: bool = False) -> DossierTracking:
        """The tracking answer for an authorised caller; ``with_slip``: add form 01's content (the caller holds the
        receipt's token, e.g. a kiosk that scanned the receipt's QR and reprints form 01)."""
        lifecycle, now = self.backend.lifecycle, self.backend.now()
        status = DossierStatus(dossier.status)
        supplement = None
        open_request = None
        if status is DossierStatus.SUPPLEMENT_REQUESTED:
            open_request = next((r for r in reversed(dossier.supplement_requests) if r.fulfilled_at is None), None)
        if open_request is not None:
            supplement = SupplementRequestView(missing=open_request.missing, note=open_request.note,
                                               requested_at=open_request.requested_at, due_date=open_request.due_date)
        return DossierTracking(
            code=dossier.code, procedure_code=procedure.code, procedure_name_vi=procedure.name_vi,
            procedure_name_en=procedure.name_en, status=status, status_name_vi=STATUS_NAMES[status][0],
            status_name_en=STATUS_NAMES[status][1], received_at=dossier.received_at.astimezone(VIETNAM_TZ),
            appointed_date=lifecycle.effective_appointed_date(dossier, now),
            overdue=lifecycle.is_overdue(dossier, now),
            finished_at=dossier.finished_at.astimezone(VIETNAM_TZ) if dossier.finished_at else None,
            current_unit=dossier.current_unit, delivery_method=dossier.delivery_method,
            stages=[StageView(name_vi=s.name_vi, name_en=s.name_en, status=DossierStatus(s.status), unit=s.unit,
                              handler=s.handler, started_at=s.started_at.astimezone(VIETNAM_TZ),
                              regulated_end=s.regulated_end,
                              actual_end=s.actual_end.astimezone(VIETNAM_TZ) if s.actual_end else None,
                              note=s.note, overdue=lifecycle.stage_overdue(s, now)) for s in dossier.stages],
            supplement_request=supplement,
            fee_due=self.payment_for(dossier, dossier.fee_vnd) if status is DossierStatus.FEE_REQUESTED else None,
            refusal_reason=dossier.refusal_reason, processing_days=dossier.processing_days,
            processing_unit=time_unit(procedure, dossier.channel),
            working_days_used=lifecycle.working_days_used(dossier, procedure, now),
            forms=[form_view(form) for form in dossier.forms], receipt_slip=self._slip(dossier) if with_slip else None)

    @staticmethod
    def _slip(dossier: Dossier) -> ReceiptSlip | None:
        """Form 01 as issued, once the dossier was accepted (issue 14)."""
        form = latest(dossier, IssuedFormKind.RECEIPT_AND_APPOINTMENT)
        return ReceiptSlip.model_validate(form.content) if form is not None else None

    # ------------------------------------------------------------ supplements

    def supplement(self, code: str, proof: SupplementProof, files: list[UploadedFile],
                   key: str | None = None, *, client: str) -> tuple[SupplementReceipt, bool]:
        """Store a supplement for a dossier in status 5 and resume its processing; True when new.

        With an idempotency ``key``, a retry of an upload that already went through gets the same
        answer again instead of "no supplement requested".
        """
        backend = self.backend
        with backend.db.read() as session:
            found = self._authorise(session, code, proof.tracking_token, proof.phone_last4, client)
            dossier = _load_dossier(session, found.code)
            assert dossier is not None
            procedure = _procedure_any(session, dossier.procedure_code)
        replay = self._supplement_replay(dossier, procedure, key)
        if replay is not None:
            return replay, False
        if dossier.status != DossierStatus.SUPPLEMENT_REQUESTED:
            raise ApiError(409, ErrorCode.SUPPLEMENT_NOT_REQUESTED, {"status": dossier.status})
        _check_documents(procedure, proof.documents, files, backend, False, self.pdf_checker)
        stored = [backend.files.put(upload.data) for upload in files]
        with backend.db.write() as session:
            dossier = _load_dossier(session, code)
            assert dossier is not None
            replay = self._supplement_replay(dossier, procedure, key)
            if replay is not None:
                return replay, False
            if dossier.status != DossierStatus.SUPPLEMENT_REQUESTED:
                raise ApiError(409, ErrorCode.SUPPLEMENT_NOT_REQUESTED, {"status": dossier.status})
            now = backend.now()
            request = next(r for r in reversed(dossier.supplement_requests) if r.fulfilled_at is None)
            for document, file in zip(proof.documents, stored, strict=True):
                dossier.documents.append(DossierDocument(
                    component_id=document.component_id, sha256=file.sha256, size_bytes=file.size_bytes,
                    pages=document.pages, uploaded_at=now, supplement_request_id=request.id))
            backend.lifecycle.apply(dossier, procedure, Action.RECEIVE_SUPPLEMENT,
                                    ActionInput(handler="kiosk", reason=proof.note), now)
            request.fulfilled_key = key
            session.flush()
            return self._supplement_receipt(dossier, procedure, request.id), True

    def _supplement_replay(self, dossier: Dossier, procedure: Procedure, key: str | None) -> SupplementReceipt | None:
        if key is None:
            return None
        done = next((r for r in dossier.supplement_requests if r.fulfilled_key == key), None)
        return None if done is None else self._supplement_receipt(dossier, procedure, done.id)

    def _supplement_receipt(self, dossier: Dossier, procedure: Procedure, request_id: int) -> SupplementReceipt:
        request = next(r for r in dossier.supplement_requests if r.id == request_id)
        assert request.fulfilled_at is not None
        components = {c["id"]: c for c in procedure.data["components"]}
        documents = []
        for document in dossier.documents:
            if document.supplement_request_id != request_id:
                continue
            component = components.get(document.component_id, {})
            documents.append(ReceivedDocument(
                component_id=document.component_id, name_vi=component.get("name_vi", document.component_id),
                name_en=component.get("name_en", document.component_id), form=component.get("form", "copy"),
                copies=component.get("copies", 1), pages=document.pages, sha256=document.sha256))
        return SupplementReceipt(code=dossier.code, status=DossierStatus(dossier.status),
                                 appointed_date=dossier.appointed_date,
                                 received_at=request.fulfilled_at.astimezone(VIETNAM_TZ), documents=documents)


class _Replayed(Exception):
    """Raised inside the write transaction to leave it when the dossier already exists."""

    def __init__(self, receipt: DossierReceipt) -> None:
        super().__init__("replayed")
        self.receipt = receipt


def _refuse_taken_provisional_ref(session: Session, provisional_ref: str | None) -> None:
    """409 when another dossier already carries this provisional reference (it must stay unique)."""
    if provisional_ref is None:
        return
    taken = session.scalar(select(Dossier.id).where(Dossier.provisional_ref == provisional_ref))
    if taken is not None:
        raise ApiError(409, ErrorCode.PROVISIONAL_REF_REUSED, {"provisional_ref": provisional_ref})


def _procedure_any(session: Session, code: str) -> Procedure:
    """A procedure even if it left the catalogue since (old dossiers still refer to it)."""
    procedure = session.get(Procedure, code)
    if procedure is None:
        raise ApiError(404, ErrorCode.PROCEDURE_NOT_FOUND, {"procedure_code": code})
    return procedure
