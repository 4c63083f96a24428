"""Wire contract between the kiosk and the reference backend (API v1).

Pure pydantic v2 models and enums, shared by ``server/`` and the kiosk's backend client. This module
imports nothing else from ``kiosk_app`` and nothing from Qt, so the server can use it without the GUI.
Every free-text field is normalised to Unicode NFC on the way in; the applicant's names and addresses
are also cleaned of control, bidi and zero-width characters and must contain a letter.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from enum import Enum, IntEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

API_PREFIX = "/api/v1"
PROVISIONAL_REF_PATTERN = r"^TAM-[A-Z0-9]{1,6}-\d{6}-[A-Z2-9]{6}$"


def _nfc(value: str) -> str:
    """Normalise to NFC and strip surrounding white space (Vietnamese text arrives in NFD too)."""
    return unicodedata.normalize("NFC", value).strip()


NfcStr = Annotated[str, AfterValidator(_nfc)]
"""A string normalised to NFC; use for every human-entered text field."""

# Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-character ones): dropped whole,
# so that "\x1b[31m" leaves nothing behind rather than "[31m".
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
"""Control characters (NUL, ESC, C1), format characters (bidi overrides and isolates U+202A-U+202E,
U+2066-U+2069, zero-width U+200B-U+200F, BOM U+FEFF, soft hyphen...) and lone surrogates."""


def clean_text(value: str) -> str:
    """Free text as it may be stored and printed: NFC, no control/format characters, single spaces.

    White space of any kind (tabs, line breaks, no-break spaces) becomes one space; control, bidi
    and zero-width characters are removed; the result is stripped.
    """
    value = " ".join(_ESCAPE_SEQUENCE.sub("", value).split())
    value = "".join(ch for ch in value if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES)
    return " ".join(unicodedata.normalize("NFC", value).split())


def has_letter(value: str) -> bool:
    """True when ``value`` contains at least one letter (Unicode category L*)."""
    return any(unicodedata.category(ch).startswith("L") for ch in value)


def _personal_text(value: str) -> str:
    cleaned = clean_text(value)
    if not has_letter(cleaned):
        raise ValueError("must contain at least one letter")
    return cleaned


EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def _email(value: str) -> str:
    cleaned = clean_text(value)
    if not re.fullmatch(EMAIL_PATTERN, cleaned):
        raise ValueError("not an e-mail address once invisible characters are removed")
    return cleaned


CleanStr = Annotated[str, AfterValidator(clean_text)]
"""Free text cleaned by :func:`clean_text` (may end up empty)."""
PersonalText = Annotated[str, AfterValidator(_personal_text)]
"""A name or an address: cleaned by :func:`clean_text` and containing at least one letter."""
EmailText = Annotated[str, AfterValidator(_email)]
"""An e-mail address without control or invisible characters."""


class DossierStatus(IntEnum):
    """Status codes of the National Public Service Portal (DOMAIN.md)."""

    NEW = 1
    ACCEPTED = 2
    REFUSED = 3
    PROCESSING = 4
    SUPPLEMENT_REQUESTED = 5
    FEE_REQUESTED = 6
    WITHDRAWN = 7
    STOPPED = 8
    RESULT_READY = 9
    RESULT_RETURNED = 10


STATUS_NAMES: dict[DossierStatus, tuple[str, str]] = {
    DossierStatus.NEW: ("Mới đăng ký", "Newly registered"),
    DossierStatus.ACCEPTED: ("Được tiếp nhận", "Accepted"),
    DossierStatus.REFUSED: ("Không được tiếp nhận", "Refused at reception"),
    DossierStatus.PROCESSING: ("Đang xử lý", "Being processed"),
    DossierStatus.SUPPLEMENT_REQUESTED: ("Yêu cầu bổ sung giấy tờ", "Supplement requested"),
    DossierStatus.FEE_REQUESTED: ("Yêu cầu thực hiện nghĩa vụ tài chính", "Fee requested"),
    DossierStatus.WITHDRAWN: ("Công dân yêu cầu rút hồ sơ", "Withdrawn by the applicant"),
    DossierStatus.STOPPED: ("Dừng xử lý", "Processing stopped"),
    DossierStatus.RESULT_READY: ("Đã xử lý xong", "Result ready"),
    DossierStatus.RESULT_RETURNED: ("Đã trả kết quả", "Result returned"),
}
"""Vietnamese and English name of every status (Vietnamese first)."""


class DeliveryMethod(IntEnum):
    """How the result is returned (portal codes): 0 at the counter, 1 by post."""

    COUNTER = 0
    POST = 1


class ApplicantType(IntEnum):
    """Portal applicant type: 1 citizen, 2 business/organisation."""

    CITIZEN = 1
    BUSINESS = 2


class SubmissionChannel(IntEnum):
    """Portal channel codes: 1 in person, 2 online, 3 via public postal service."""

    IN_PERSON = 1
    ONLINE = 2
    POST = 3


class DocumentForm(str, Enum):
    """In which form a document component is handed in."""

    ORIGINAL = "original"
    CERTIFIED_COPY = "certified_copy"
    COPY = "copy"


class TimeUnit(str, Enum):
    """The unit a legal processing time is stated in (issue 14: keep the unit with every time)."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"


class FeeKind(str, Enum):
    """Phí (a fee for a service) or lệ phí (a charge for a state act): the law keeps them apart."""

    FEE = "phi"
    CHARGE = "le_phi"


class Requirement(str, Enum):
    """Whether a document component is required, needed only under a condition, or optional."""

    REQUIRED = "required"
    CONDITIONAL = "conditional"
    OPTIONAL = "optional"


class ProcedureField(str, Enum):
    """The ministry's fields (lĩnh vực)."""

    SCIENCE_TECHNOLOGY = "science_technology"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    STANDARDS_METROLOGY_QUALITY = "standards_metrology_quality"
    RADIATION_SAFETY = "radiation_safety"
    TELECOMMUNICATIONS = "telecommunications"
    RADIO_FREQUENCIES = "radio_frequencies"
    POSTAL_SERVICES = "postal_services"


class ServiceArea(str, Enum):
    """Areas of the assisted counter a queue ticket can be drawn for."""

    GENERAL = "general"
    SCIENCE_TECHNOLOGY = "science_technology"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    STANDARDS_METROLOGY_QUALITY = "standards_metrology_quality"
    RADIATION_SAFETY = "radiation_safety"
    TELECOMMUNICATIONS = "telecommunications"
    RADIO_FREQUENCIES = "radio_frequencies"
    POSTAL_SERVICES = "postal_services"
    RESULT_RETURN = "result_return"


class ErrorCode(str, Enum):
    """Machine-readable codes of every 4xx answer; the kiosk maps them to its own messages."""

    INVALID_REQUEST = "invalid_request"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNAUTHORISED_KIOSK = "unauthorised_kiosk"
    PROCEDURE_NOT_FOUND = "procedure_not_found"
    DOSSIER_NOT_FOUND = "dossier_not_found"
    CONSENT_REQUIRED = "consent_required"
    MISSING_COMPONENT = "missing_component"
    UNKNOWN_COMPONENT = "unknown_component"
    FILE_COUNT_MISMATCH = "file_count_mismatch"
    FILE_TOO_LARGE = "file_too_large"
    REQUEST_TOO_LARGE = "request_too_large"
    NOT_A_PDF = "not_a_pdf"
    UNSAFE_PDF = "unsafe_pdf"
    IDEMPOTENCY_KEY_REQUIRED = "idempotency_key_required"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    PROVISIONAL_REF_REUSED = "provisional_ref_reused"
    ILLEGAL_TRANSITION = "illegal_transition"
    SUPPLEMENT_NOT_REQUESTED = "supplement_not_requested"
    RATE_LIMITED = "rate_limited"
    TOO_MANY_ATTEMPTS = "too_many_attempts"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- errors and health


class ErrorBody(_Model):
    """One error: code for machines, a Vietnamese and an English message for people."""

    code: ErrorCode
    message_vi: str
    message_en: str
    detail: Any | None = None


class ErrorResponse(_Model):
    """Body of every 4xx answer."""

    error: ErrorBody


class Health(_Model):
    """Liveness answer of ``GET /health``."""

    status: Literal["ok"] = "ok"
    version: str


# ---------------------------------------------------------------- catalogue


class DocumentComponent(_Model):
    """One document of a procedure's dossier (thành phần hồ sơ)."""

    id: str = Field(pattern=r"^[a-z0-9_]{1,40}$", description="Stable id within the procedure")
    name_vi: NfcStr
    name_en: NfcStr
    form: DocumentForm
    copies: int = Field(ge=1, le=20)
    requirement: Requirement
    condition_vi: NfcStr | None = None
    condition_en: NfcStr | None = None
    template_form: NfcStr | None = Field(default=None, description="Name of the template form, e.g. 'Mẫu 05'")
    template_url: str | None = Field(default=None, max_length=2000, description="Where the template form is published")
    particulars_known: bool = Field(
        default=True,
        description="False when the source gave no original/copy, number or requirement (an import from the "
                    "national database's export): form, copies and requirement are then placeholders to confirm")
    sensitive: bool = Field(
        default=False,
        description="The document carries sensitive personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP: e.g. "
                    "health, criminal record); the consent text names it (issue 14)")

    @model_validator(mode="after")
    def _condition_when_conditional(self) -> DocumentComponent:
        if self.requirement is Requirement.CONDITIONAL and not self.condition_vi:
            raise ValueError(f"component {self.id}: a conditional component needs condition_vi")
        return self


class FeeItem(_Model):
    """One fee or charge of a procedure, in VND (0 when free; None when only described, see the description)."""

    amount_vnd: int | None = Field(ge=0)
    description_vi: NfcStr
    description_en: NfcStr
    kind: FeeKind | None = Field(default=None, description="phí or lệ phí; None when the source does not say")
    case_vi: NfcStr | None = Field(default=None, description="The case the amount applies to")
    payer_vi: NfcStr | None = Field(default=None, description="Who pays it")
    code: str | None = Field(default=None, max_length=40, description="Fee code in the national database")


class ProcessingTime(_Model):
    """A legal processing time with its unit, for one channel or case where the source distinguishes them."""

    amount: int = Field(ge=0)
    unit: TimeUnit
    channel: SubmissionChannel | None = None
    description_vi: NfcStr | None = None
    description_en: NfcStr | None = None


class LegalDocument(_Model):
    """A legal basis of a procedure: the instrument's number, title and dates where known."""

    number: NfcStr = Field(min_length=1, max_length=200)
    title_vi: NfcStr | None = None
    issued_on: date | None = None
    effective_from: date | None = None


class PublishingDecision(_Model):
    """The decision that published the procedure in the national database, and who issued it."""

    number: NfcStr | None = None
    agency_code: str | None = Field(default=None, max_length=60)
    issued_on: date | None = None


class Verification(_Model):
    """Where a catalogue entry's facts were checked, and when; an entry without one is unverified."""

    source: NfcStr = Field(min_length=1, max_length=2000)
    checked_on: date


class StageTemplate(_Model):
    """A regulated processing stage of a procedure and its share of the processing time."""

    name_vi: NfcStr
    name_en: NfcStr
    unit: NfcStr
    working_days: int = Field(ge=0)


class ProcedureSummary(_Model):
    """What a procedure list shows."""

    code: str = Field(description="Code in the national procedure database, e.g. 1.009846")
    name_vi: NfcStr
    name_en: NfcStr
    field: ProcedureField
    processing_days: int = Field(ge=0, description="Legal processing time: working days unless the detail's "
                                 "processing_times states another unit (issue 14)")
    fee_vnd: int = Field(ge=0, description="Fee charged when the dossier is submitted (first fee item)")
    processing_unit: TimeUnit = Field(
        default=TimeUnit.WORKING_DAYS, description="The unit of processing_days (issue 14)")
    confirm_at_counter: bool = Field(
        default=False, description="The entry is not verified against a source: its time and fee are to be "
                                   "confirmed at the counter (issue 14)")


class ProcedureDetail(ProcedureSummary):
    """Everything the kiosk shows and checks about one procedure."""

    implementing_unit_vi: NfcStr
    implementing_unit_en: NfcStr
    applicants: list[ApplicantType]
    applicants_vi: NfcStr
    applicants_en: NfcStr
    cutoff_hour: int | None = Field(
        default=None, ge=0, le=23,
        description="Dossiers received at or after this hour count as received the next working day",
    )
    fees: list[FeeItem]
    fee_paid_before_submission: bool = Field(
        default=False,
        description="The fee is paid before submitting, so the fee receipt is a required document; otherwise it "
                    "is paid afterwards with the receipt's payment code")
    result_vi: NfcStr
    result_en: NfcStr
    legal_basis: list[NfcStr]
    channels: list[SubmissionChannel]
    dossier_sets: int = Field(default=1, ge=1)
    components: list[DocumentComponent]
    stages: list[StageTemplate] = Field(default_factory=list)
    implementing_unit_code: str | None = Field(default=None, max_length=60)
    processing_times: list[ProcessingTime] = Field(
        default_factory=list,
        description="Processing times with their units; empty when the unit is unknown (processing_days is then "
                    "read as working days and must be confirmed at the counter)")
    legal_documents: list[LegalDocument] = Field(default_factory=list, description="Legal bases with their dates")
    published_by: PublishingDecision | None = None
    verified: Verification | None = Field(
        default=None, description="Where and when the entry was checked; None = unverified: the kiosk shows the "
                                  "time and fee with a note to confirm them at the counter")

    @model_validator(mode="after")
    def _summary_facts_from_detail(self) -> ProcedureDetail:
        """The summary's facts follow the detail (issue 14): an entry without a verification has its time and fee
        confirmed at the counter; processing_days is in the unit of the in-person time (else the first stated)."""
        object.__setattr__(self, "confirm_at_counter", self.verified is None)
        if self.processing_times:
            chosen = next((t for t in self.processing_times if t.channel is SubmissionChannel.IN_PERSON),
                          self.processing_times[0])
            object.__setattr__(self, "processing_unit", chosen.unit)
        return self


class CatalogueVersion(_Model):
    """The catalogue version; the kiosk refreshes its copy when it changes."""

    version: str


class Catalogue(_Model):
    """The procedure list."""

    version: str
    procedures: list[ProcedureSummary]


# ---------------------------------------------------------------- dossier submission


class Applicant(_Model):
    """Who applies; for a business the representative's name plus the organisation."""

    type: ApplicantType
    full_name: PersonalText = Field(min_length=1, max_length=200)
    id_number: str | None = Field(default=None, pattern=r"^(\d{9}|\d{12})$")
    date_of_birth: date | None = None
    organisation_name: PersonalText | None = Field(default=None, max_length=300)
    tax_code: str | None = Field(default=None, pattern=r"^\d{10}(-\d{3})?$")
    address: PersonalText = Field(min_length=1, max_length=500)
    identity_trust: Literal["chip-verified", "chip-unverified-signer", "qr-only"] | None = Field(
        default=None, description="how the applicant's identity was established at the kiosk (issue 16): read from the "
                                  "ID card's chip and verified against a configured CSCA, read from the chip with an "
                                  "unverified signer, or read from the card's printed QR only; absent when typed")

    @model_validator(mode="after")
    def _business_has_organisation(self) -> Applicant:
        if self.type is ApplicantType.BUSINESS and not self.organisation_name:
            raise ValueError("organisation_name is required for a business applicant")
        return self


class Contact(_Model):
    """How the centre reaches the applicant."""

    phone: str = Field(pattern=r"^\+?[0-9]{9,15}$")
    email: EmailText | None = Field(default=None, max_length=254, pattern=EMAIL_PATTERN)


class Delivery(_Model):
    """Where the result goes: the counter, or a postal address."""

    method: DeliveryMethod
    postal_address: PersonalText | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _post_needs_address(self) -> Delivery:
        if self.method is DeliveryMethod.POST and not self.postal_address:
            raise ValueError("postal_address is required when the result is sent by post")
        return self


class SubmittedDocument(_Model):
    """Describes the n-th uploaded file: which component it is, how many pages it has."""

    component_id: str = Field(pattern=r"^[a-z0-9_]{1,40}$")
    pages: int = Field(ge=1, le=500)


class ConsentRecord(_Model):
    """The citizen's consent on record (issue 14): which text (its SHA-256), in which language, when, at which kiosk.

    The text is ``kiosk_app.api.consent.consent_text`` for the procedure, the delivery and the language."""

    version: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 (hex) of the consent text shown")
    language: Literal["vi", "en"]
    given_at: datetime = Field(description="When the citizen agreed, with its time zone")
    kiosk_id: NfcStr = Field(min_length=1, max_length=64, description="the kiosk's [kiosk] id")

    @model_validator(mode="after")
    def _aware(self) -> ConsentRecord:
        if self.given_at.tzinfo is None or self.given_at.utcoffset() is None:
            raise ValueError("given_at needs a time zone")
        return self


class DossierCreate(_Model):
    """The JSON part (form field ``dossier``) of ``POST /api/v1/dossiers``.

    ``documents[i]`` describes the i-th file of the multipart field ``files`` (one PDF per component).
    """

    procedure_code: str = Field(min_length=1, max_length=40)
    applicant: Applicant
    contact: Contact
    delivery: Delivery
    documents: list[SubmittedDocument] = Field(max_length=50)
    consent: ConsentRecord | bool = Field(
        description="Explicit consent to processing of personal data: the record of it (issue 14); a kiosk of an "
                    "older version sends true (nothing else is known then); false is refused")
    language: Literal["vi", "en"] = "vi"
    provisional_ref: str | None = Field(
        default=None, pattern=PROVISIONAL_REF_PATTERN,
        description="The kiosk's provisional reference printed while offline; tracking accepts it too")


class PaymentInfo(_Model):
    """Everything the kiosk needs to render a VietQR transfer code for a fee."""

    amount_vnd: int = Field(ge=0)
    bank_bin: str = Field(pattern=r"^\d{6}$")
    account_number: str
    account_name: str
    purpose: str = Field(description="Transfer description to put in the VietQR field 62/08")


class ReceivedDocument(_Model):
    """A document the server stored, as listed on the receipt."""

    component_id: str
    name_vi: str
    name_en: str
    form: DocumentForm
    copies: int
    pages: int
    sha256: str


class DossierReceipt(_Model):
    """Answer to a dossier submission: what the receipt (form 01) prints."""

    code: str
    procedure_code: str
    procedure_name_vi: str
    procedure_name_en: str
    status: DossierStatus
    received_at: datetime
    appointed_date: date
    processing_days: int
    processing_unit: TimeUnit = Field(default=TimeUnit.WORKING_DAYS, description="The unit of processing_days")
    tracking_token: str
    tracking_url: str
    fee_vnd: int
    payment: PaymentInfo | None
    delivery_method: DeliveryMethod
    receiving_unit: str
    documents: list[ReceivedDocument]
    provisional_ref: str | None = None


# ---------------------------------------------------------------- tracking and supplements


class _HolderProof(_Model):
    """Who may see a dossier: the receipt's tracking token or the phone's last 4 digits, exactly one."""

    tracking_token: str | None = Field(default=None, max_length=100)
    phone_last4: str | None = Field(default=None, pattern=r"^\d{4}$")

    @model_validator(mode="after")
    def _one_proof(self) -> _HolderProof:
        if (self.tracking_token is None) == (self.phone_last4 is None):
            raise ValueError("give exactly one of tracking_token and phone_last4")
        return self


class TrackRequest(_HolderProof):
    """A look-up: the dossier code plus the receipt's tracking token or the phone's last 4 digits."""

    code: str = Field(min_length=1, max_length=60)


class StageView(_Model):
    """One processing step: unit, handler, start, regulated end, actual end."""

    name_vi: str
    name_en: str
    status: DossierStatus
    unit: str
    handler: str | None
    started_at: datetime
    regulated_end: date | None
    actual_end: datetime | None
    note: str | None
    overdue: bool


class SupplementRequestView(_Model):
    """What is missing and until when (form 02)."""

    missing: list[str]
    note: str | None
    requested_at: datetime
    due_date: date


class IssuedFormKind(str, Enum):
    """The papers the one-stop desk issues about a dossier (issue 14): the kiosk's submission confirmation, and
    forms 01-04 of Appendix I, Circular 03/2025/TT-VPCP, issued by an officer's action in the staff console."""

    SUBMISSION_CONFIRMATION = "confirmation"
    RECEIPT_AND_APPOINTMENT = "01"
    SUPPLEMENT_REQUEST = "02"
    REFUSAL = "03"
    APOLOGY_NEW_DATE = "04"


class IssuedFormView(_Model):
    """One issued paper as tracking lists it (its PDF is served to the holder of the tracking link)."""

    id: int
    kind: IssuedFormKind
    number: str
    title_vi: str
    title_en: str
    issued_at: datetime


class SlipDocument(_Model):
    """One line of form 01's table of documents received."""

    name_vi: str
    name_en: str
    form: DocumentForm
    copies: int
    pages: int


class ReceiptSlip(_Model):
    """Form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as issued when an officer accepted the dossier: what the
    A4 PDF says and what a kiosk reprints on thermal paper. Phone and e-mail are masked."""

    number: str
    code: str
    agency: str
    applicant_name: str
    applicant_address: str
    phone_masked: str
    email_masked: str | None
    procedure_code: str
    procedure_name_vi: str
    procedure_name_en: str
    documents: list[SlipDocument]
    sets: int = Field(ge=1)
    processing_amount: int = Field(ge=0)
    processing_unit: TimeUnit
    accepted_at: datetime
    appointed_date: date
    appointed_time: time
    delivery_method: DeliveryMethod
    officer: str


class DossierTracking(_Model):
    """What a citizen may see about their dossier."""

    code: str
    procedure_code: str
    procedure_name_vi: str
    procedure_name_en: str
    status: DossierStatus
    status_name_vi: str
    status_name_en: str
    received_at: datetime
    appointed_date: date
    overdue: bool
    finished_at: datetime | None
    current_unit: str | None
    delivery_method: DeliveryMethod
    stages: list[StageView]
    supplement_request: SupplementRequestView | None
    fee_due: PaymentInfo | None
    refusal_reason: str | None
    processing_days: int | None = Field(
        default=None, ge=0, description="Legal processing time of the dossier, in processing_unit")
    processing_unit: TimeUnit = Field(default=TimeUnit.WORKING_DAYS, description="The unit of processing_days")
    working_days_used: int | None = Field(
        default=None, ge=0,
        description="Working days counted so far (from the effective receipt day to the finish or today, "
                    "time waiting for the applicant's supplement excluded)")
    forms: list[IssuedFormView] = Field(
        default_factory=list, description="Papers issued about the dossier, oldest first (issue 14)")
    receipt_slip: ReceiptSlip | None = Field(
        default=None, description="Form 01 once the dossier was accepted; only for the holder of the receipt's "
                                  "tracking token (a kiosk reprints it after the receipt's QR is scanned)")


class SupplementProof(_HolderProof):
    """The JSON part (form field ``supplement``) of a supplement upload."""

    documents: list[SubmittedDocument] = Field(min_length=1, max_length=50)
    note: CleanStr | None = Field(default=None, max_length=1000)


class SupplementReceipt(_Model):
    """Answer to a supplement upload."""

    code: str
    status: DossierStatus
    appointed_date: date
    received_at: datetime
    documents: list[ReceivedDocument]


# ---------------------------------------------------------------- assistance tickets


class TicketRequest(_Model):
    """Draw a queue ticket for the assisted counter."""

    service_area: ServiceArea = ServiceArea.GENERAL


class Ticket(_Model):
    """A numbered queue ticket; numbering restarts every day per service area."""

    label: str = Field(description="What is printed and called, e.g. 'B012'")
    number: int
    service_area: ServiceArea
    issued_at: datetime
    people_ahead: int


# ---------------------------------------------------------------- kiosk fleet


class DeviceHealth(_Model):
    """One device's state as the kiosk sees it."""

    name: str = Field(max_length=60)
    kind: str = Field(max_length=40)
    state: str = Field(max_length=40)
    detail: str | None = Field(default=None, max_length=500)
    media: str | None = Field(default=None, max_length=40, description="receipt printer paper/cover state, e.g. near_end")
    action: str | None = Field(default=None, max_length=40, description="what the fault needs: retry, staff, technician")


class Heartbeat(_Model):
    """What a kiosk reports every minute."""

    app_version: str = Field(max_length=40)
    devices: list[DeviceHealth] = Field(default_factory=list, max_length=20)
    counters: dict[str, int] = Field(default_factory=dict, max_length=100)
    outbox_pending: int = Field(default=0, ge=0)
    out_of_service: bool = False


class HeartbeatAck(_Model):
    """The server's answer: its clock and the current catalogue version."""

    kiosk_id: str
    server_time: datetime
    catalogue_version: str
