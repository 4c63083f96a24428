"""Typed state of one visitor's submission and receipt: what :class:`~kiosk_app.session.CitizenSession` keeps.

Plain dataclasses, no Qt. The submission wizard (:mod:`kiosk_app.wizard`) reads and changes them; the
screens render them. Text fields hold what the citizen typed (validated and normalised only when the
wizard checks a step or builds the dossier). A wipe replaces every one of them with a fresh, empty one.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk_app.api.schemas import ApplicantType, DeliveryMethod, FeeItem, SupplementReceipt
from kiosk_app.digitize.pages import ComponentPages

if TYPE_CHECKING:  # annotations only: these modules import the heavy digitising and outbox code
    from kiosk_app.dossier_form import ScannedPage
    from kiosk_app.submission import SubmissionResult
    from kiosk_app.wizard import Step


@dataclass
class ApplicantDetails:
    """Who applies: a citizen (ID number required) or a business (organisation name and tax code)."""

    type: ApplicantType = ApplicantType.CITIZEN
    full_name: str = ""
    id_number: str = ""
    date_of_birth: str = ""  # as typed: dd/mm/yyyy, or ddmmyyyy from the numeric pad
    address: str = ""
    organisation_name: str = ""
    tax_code: str = ""
    from_card: bool = False  # filled in from the chip ID card (its chip or its QR code)
    identity_trust: str = ""  # "chip-verified", "chip-unverified-signer" or "qr-only" while the card's data stands

    TEXT_FIELDS = ("full_name", "id_number", "date_of_birth", "address", "organisation_name", "tax_code")

    @property
    def business(self) -> bool:
        return self.type is ApplicantType.BUSINESS

    @property
    def display_name(self) -> str:
        """The name on the receipt: the organisation for a business, else the person."""
        return self.organisation_name if self.business else self.full_name

    def text(self, name: str) -> str:
        """One text field by name (the screen's field rows are named like the attributes)."""
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        return str(getattr(self, name))

    def set_text(self, name: str, value: str) -> None:
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        setattr(self, name, value)

    @property
    def is_empty(self) -> bool:
        return not any(self.text(name) for name in self.TEXT_FIELDS) and not self.from_card


class CardReadStatus(str, Enum):
    """Where the applicant step's chip ID card reading is."""

    WAITING = "waiting"  # place the card on the reader
    READING = "reading"
    VERIFIED = "verified"  # chip-verified
    UNVERIFIED = "unverified"  # read, but the card's signer is not vouched for by a configured CSCA
    FAILED = "failed"


@dataclass
class ChipCardState:
    """The applicant step's card reading for this visitor (memory only; wiped with the session)."""

    status: CardReadStatus = CardReadStatus.WAITING
    progress: float = 0.0  # 0..1 while reading
    error: BaseException | None = None  # why the last reading failed (worded by ui.messages.citizen_text)
    can: str = ""  # typed by the citizen when it cannot be derived from the ID number; never stored or spoken

    def __repr__(self) -> str:
        return f"ChipCardState({self.status.value})"


@dataclass
class ContactDetails:
    """How the centre reaches the citizen: the phone is required, the e-mail optional."""

    phone: str = ""
    email: str = ""

    TEXT_FIELDS = ("phone", "email")

    def text(self, name: str) -> str:
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        return str(getattr(self, name))

    def set_text(self, name: str, value: str) -> None:
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        setattr(self, name, value)

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.email)


@dataclass
class DeliveryChoice:
    """How the result comes back: collected at the counter, or posted to an address."""

    method: DeliveryMethod = DeliveryMethod.COUNTER
    postal_address: str = ""

    TEXT_FIELDS = ("postal_address",)

    @property
    def post(self) -> bool:
        return self.method is DeliveryMethod.POST

    def text(self, name: str) -> str:
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        return self.postal_address

    def set_text(self, name: str, value: str) -> None:
        if name not in self.TEXT_FIELDS:
            raise KeyError(name)
        self.postal_address = value

    @property
    def is_empty(self) -> bool:
        return self.method is DeliveryMethod.COUNTER and not self.postal_address


@dataclass
class Consent:
    """The answer to the personal-data question: None until asked and answered, True agreed, False declined.

    With a "yes" (issue 14): when (aware local time), in which language, the version (SHA-256) of the text
    agreed to, and whether that text included the postal service (delivery by post)."""

    given: bool | None = None
    at: datetime | None = None
    language: str = ""
    version: str = ""
    post: bool = False

    @property
    def agreed(self) -> bool:
        return self.given is True


@dataclass(frozen=True)
class PendingCapture:
    """A capture that failed a quality check, waiting for the citizen: retake it, or keep it anyway.

    It is not among the component's pages (so the component is not ticked as done) until kept.
    ``replaces`` is the index of the page it retakes, None for a new page.
    """

    component_id: str
    page: ScannedPage
    replaces: int | None = None


@dataclass
class ScanState:
    """The scanned pages of each document component, the component being scanned now, and a capture
    that failed a quality check and waits for the citizen's decision (issue 21 finding 6)."""

    pages: dict[str, ComponentPages[ScannedPage]] = field(default_factory=dict)
    component: str = ""
    pending: PendingCapture | None = None

    def of(self, component_id: str) -> ComponentPages[ScannedPage]:
        """The pages of one component (an empty list the first time)."""
        if component_id not in self.pages:
            self.pages[component_id] = ComponentPages(component_id)
        return self.pages[component_id]

    def count(self, component_id: str) -> int:
        """The pages of a component that count (a capture waiting for a decision does not)."""
        return len(self.pages.get(component_id, ()))

    def place(self, component_id: str, page: ScannedPage, replaces: int | None = None) -> int:
        """Put an accepted page in its component (replacing page ``replaces`` when given); its index."""
        pages = self.of(component_id)
        if replaces is not None and 0 <= replaces < len(pages):
            pages.retake(replaces, page)
            return replaces
        return pages.add(page)

    def hold(self, component_id: str, page: ScannedPage, replaces: int | None = None) -> PendingCapture:
        """Keep a capture that failed a quality check aside until the citizen decides (replaces any other)."""
        self.pending = PendingCapture(component_id, page, replaces)
        return self.pending

    def keep_pending(self) -> tuple[str, int] | None:
        """The citizen keeps the held capture as it is: it becomes a page. (component id, index), or None."""
        pending, self.pending = self.pending, None
        if pending is None:
            return None
        return pending.component_id, self.place(pending.component_id, pending.page, pending.replaces)

    def discard_pending(self) -> PendingCapture | None:
        """The citizen retakes the held capture: it is dropped (and returned)."""
        pending, self.pending = self.pending, None
        return pending

    @property
    def is_empty(self) -> bool:
        return self.pending is None and not any(len(pages) for pages in self.pages.values())


@dataclass(frozen=True)
class SubmittedSummary:
    """What the receipt screen needs besides the server's answer."""

    procedure_code: str
    procedure_name: str
    applicant_name: str
    documents: tuple[tuple[str, int], ...]  # (name, pages)
    submitted_at: datetime
    delivery_post: bool
    fee_vnd: int
    pdfs: tuple[Path, ...]
    fees: tuple[FeeItem, ...] = ()  # the procedure's fee items as it states them (fixed and per-item parts)
    fee_paid_before: bool = False  # the procedure wants the fee paid before submitting


@dataclass(frozen=True)
class SubmittedDossier:
    """The outcome of submitting: the outbox's answer (confirmed or provisional) and the summary."""

    result: SubmissionResult
    summary: SubmittedSummary

    @property
    def confirmed(self) -> bool:
        return self.result.confirmed


@dataclass
class SubmissionState:
    """Everything the submission wizard keeps for one visitor (the procedure is ``session.procedure_code``)."""

    step: Step | None = None  # None: the wizard's first step that applies (see SubmissionWizard.step)
    applicant: ApplicantDetails = field(default_factory=ApplicantDetails)
    card: ChipCardState = field(default_factory=ChipCardState)
    contact: ContactDetails = field(default_factory=ContactDetails)
    delivery: DeliveryChoice = field(default_factory=DeliveryChoice)
    consent: Consent = field(default_factory=Consent)
    scans: ScanState = field(default_factory=ScanState)
    submitted: SubmittedDossier | None = None
    declined: bool = False  # set on the fresh session after a "no" wiped the old one: the thank-you page
    declining: bool = False  # "I do not agree" was touched: "are you sure?" is asked before anything is wiped
    changing: bool = False  # a step was opened with "Change" from the review: its Next returns there
    picked_here: bool = False  # the procedure was chosen on the wizard's own first step (Back may return there)

    @property
    def has_personal_data(self) -> bool:
        return not (self.applicant.is_empty and self.contact.is_empty and self.delivery.is_empty
                    and self.consent.given is None and self.scans.is_empty and self.submitted is None)


class ReceiptKind(str, Enum):
    """Which receipt the receipt screen shows."""

    NONE = ""
    DOSSIER = "dossier"
    SUPPLEMENT = "supplement"


@dataclass
class ReceiptState:
    """The receipt screen's state: which receipt, whether it was printed, and its files."""

    kind: ReceiptKind = ReceiptKind.NONE
    printed: bool = False
    print_problem: BaseException | None = None  # shown through ui.messages.citizen_text in the current language
    pdf: Path | None = None
    png: Path | None = None
    supplement: SupplementReceipt | None = None  # a supplement's receipt (kind SUPPLEMENT)
    supplement_procedure_vi: str = ""
    supplement_procedure_en: str = ""

    @property
    def has_personal_data(self) -> bool:
        return any(getattr(self, f.name) != f.default for f in fields(self))
