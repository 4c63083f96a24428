"""The submission wizard: its steps, the transitions between them, each step's checks, and the dossier.

:class:`SubmissionWizard` works on one visitor's :class:`~kiosk_app.session.CitizenSession`
(``session.procedure_code`` and the typed ``session.submission``); it keeps nothing of its own, so a
screen can hold one wizard for the life of the kiosk and a wipe forgets everything. No widgets: the
submit screen renders what the wizard says and calls it when the citizen taps; the unit tests drive it
without a QApplication.

The order of the steps is the tuple :data:`STEPS`. Issue 21 (GOV.UK patterns): a start page (what is
needed, the fee, how long it takes, consent) comes before any personal data is typed; declining is
confirmed before it wipes; "Change" on the review returns to the review; the checklist's "No" answers
take conditional documents off the scanning step.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk_app.api.consent import ConsentText, consent_text
from kiosk_app.api.schemas import (
    ApplicantType,
    ConsentRecord,
    DeliveryMethod,
    DocumentComponent,
    DossierCreate,
    FeeItem,
    ProcedureDetail,
    Requirement,
)
from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.digitize.enhance import EnhanceMode, default_mode
from kiosk_app.domain.citizen_id import CitizenIdCard, parse_citizen_id_qr
from kiosk_app.domain.formatting import localized
from kiosk_app.dossier_form import (
    ScannedPage,
    applicant_errors,
    build_dossier,
    component_kind,
    contact_errors,
    delivery_errors,
    missing_required,
    write_component_pdfs,
)
from kiosk_app.errors import KioskError
from kiosk_app.identity.passive_auth import TrustLevel
from kiosk_app.session_models import (
    ApplicantDetails,
    CardReadStatus,
    Consent,
    ContactDetails,
    DeliveryChoice,
    ReceiptKind,
    ReceiptState,
    ScanState,
    SubmissionState,
    SubmittedDossier,
    SubmittedSummary,
)

if TYPE_CHECKING:
    from kiosk_app.identity.chip_identity import ChipIdentity
    from kiosk_app.session import CitizenSession
    from kiosk_app.submission import SubmissionResult

log = logging.getLogger("kiosk.wizard")
DEFAULT_KIOSK_ID = "KIOSK-01"
"""The profile's default ``[kiosk] id``: the consent record's kiosk when no services are attached (screenshots)."""


class Step(str, Enum):
    """One page of the wizard (the value is the name the screen and the screenshots use)."""

    PROCEDURE = "procedure"
    START = "start"  # what is needed, the fee, how long, whether this kiosk takes dossiers now, and consent
    APPLICANT = "applicant"
    CONTACT = "contact"
    DELIVERY = "delivery"
    SCAN = "scan"
    REVIEW = "review"


# The order the citizen goes through. Every rule below follows this tuple, so reordering is one edit here.
# Consent is on the start page: before any personal data is typed (issue 21 finding 4).
STEPS: tuple[Step, ...] = (Step.PROCEDURE, Step.START, Step.APPLICANT, Step.CONTACT, Step.DELIVERY,
                           Step.SCAN, Step.REVIEW)

# The steps whose fields the citizen types in (the field names are the models' attribute names).
FIELD_STEPS = (Step.APPLICANT, Step.CONTACT, Step.DELIVERY)


class TransitionNotAllowed(ValueError):
    """A jump to a step the wizard cannot be on now (a step before it is not complete, or the wizard ended)."""


class DossierIncomplete(KioskError):
    """Submitting was asked for while a step is not complete (the review is reached only when all are)."""

    code = "dossier_incomplete"


class DossierNotSaved(KioskError):
    """Building or queueing the dossier failed at this kiosk: nothing was sent."""

    code = "dossier_not_saved"


class ProcedureSource(Protocol):
    """Where the wizard looks procedures up (the kiosk's catalogue cache)."""

    def get(self, code: str) -> ProcedureDetail | None: ...


class Submitter(Protocol):
    """What takes the finished dossier (``kiosk_app.submission.SubmissionService``)."""

    def submit(self, dossier: DossierCreate, files: list[tuple[str, Path]]) -> SubmissionResult: ...


@dataclass(frozen=True)
class StepProblems:
    """What keeps the citizen on a step: field messages, required documents without pages, no consent."""

    fields: Mapping[str, str]
    missing: tuple[DocumentComponent, ...] = ()
    needs_consent: bool = False
    needs_procedure: bool = False

    @property
    def ok(self) -> bool:
        return not (self.fields or self.missing or self.needs_consent or self.needs_procedure)


NO_PROBLEMS = StepProblems({})


@dataclass(frozen=True)
class Review:
    """What the review step shows: the entries and, per component with pages, the page count."""

    procedure: ProcedureDetail | None
    applicant: ApplicantDetails
    contact: ContactDetails
    delivery: DeliveryChoice
    documents: tuple[tuple[DocumentComponent, int], ...]


@dataclass(frozen=True)
class BuiltDossier:
    """The request for the server and the component PDFs written for it: (component id, path, pages)."""

    dossier: DossierCreate
    documents: tuple[tuple[str, Path, int], ...]


@dataclass(frozen=True)
class DossierDraft:
    """A snapshot of the wizard taken on the GUI thread; building and submitting it may run on a worker.

    The citizen's entries are copies and the pages are frozen tuples, so nothing the GUI does meanwhile
    changes what is submitted.
    """

    procedure: ProcedureDetail
    applicant: ApplicantDetails
    contact: ContactDetails
    delivery: DeliveryChoice
    consent: ConsentRecord
    pages: Mapping[str, tuple[ScannedPage, ...]]
    folder: Path
    language: str
    now: Callable[[], datetime]

    def build(self) -> BuiltDossier:
        """Write one PDF per component with pages and build the ``DossierCreate``."""
        procedure = self.procedure
        documents = write_component_pdfs(self.pages, procedure.components, f"{procedure.code} {procedure.name_vi}",
                                         self.folder, self.language)
        dossier = build_dossier(procedure, self.applicant, self.contact, self.delivery, self.consent, documents,
                                self.language)
        return BuiltDossier(dossier, tuple(documents))

    def submit(self, submitter: Submitter) -> SubmittedDossier:
        """Build and hand the dossier to ``submitter`` (the outbox); :class:`DossierNotSaved` if that fails."""
        try:
            built = self.build()
            result = submitter.submit(built.dossier, [(cid, path) for cid, path, _n in built.documents])
        except Exception as exc:  # noqa: BLE001 - any local failure means the same to the citizen: nothing sent
            raise DossierNotSaved(repr(exc)) from exc
        procedure, language = self.procedure, self.language
        names = {c.id: localized(language, c.name_vi, c.name_en) for c in procedure.components}
        summary = SubmittedSummary(
            procedure.code, localized(language, procedure.name_vi, procedure.name_en),
            self.applicant.display_name, tuple((names[cid], n) for cid, _p, n in built.documents), self.now(),
            self.delivery.post, procedure.fee_vnd, tuple(p for _c, p, _n in built.documents),
            tuple(procedure.fees), procedure.fee_paid_before_submission)
        return SubmittedDossier(result, summary)


class SubmissionWizard:
    """The steps of submitting a dossier over one session's typed state."""

    def __init__(self, session: CitizenSession, catalogue: Callable[[], ProcedureSource],
                 clock: Clock = SYSTEM_CLOCK, steps: Sequence[Step] = STEPS,
                 kiosk_id: Callable[[], str] = lambda: DEFAULT_KIOSK_ID) -> None:
        self.session = session
        self._catalogue = catalogue
        self._kiosk_id = kiosk_id  # a getter, like the catalogue: the profile comes with the services
        self.clock = clock
        self.steps = tuple(steps)

    def now(self) -> datetime:
        """The local date and time from the wizard's clock (consent time, date checks, submitted at)."""
        return datetime.fromtimestamp(self.clock.time())

    # ------------------------------------------------------------------ what the wizard is on
    @property
    def state(self) -> SubmissionState:
        """The visitor's state (read from the session each time: a wipe replaces it)."""
        return self.session.submission

    @property
    def catalogue(self) -> ProcedureSource:
        """The catalogue the procedures come from."""
        return self._catalogue()  # a getter: the kiosk's services may be attached after the screen is built

    def procedure(self) -> ProcedureDetail | None:
        code = self.session.procedure_code
        return self.catalogue.get(code) if code else None

    @property
    def step(self) -> Step:
        """The current step; on a fresh session the first one, skipping the procedure when it is chosen."""
        step = self.state.step
        if step is not None and step in self.steps:
            return step
        return self._first_step()

    def _first_step(self) -> Step:
        chosen = self.procedure() is not None
        return next(s for s in self.steps if not (s is Step.PROCEDURE and chosen))

    @property
    def index(self) -> int:
        return self.steps.index(self.step)

    @property
    def submitted(self) -> SubmittedDossier | None:
        return self.state.submitted

    @property
    def declined(self) -> bool:
        return self.state.declined

    @property
    def finished(self) -> bool:
        """Submitted, or ended by declining consent: no step can be shown any more."""
        return self.state.submitted is not None or self.state.declined

    def following(self, step: Step) -> Step | None:
        index = self.steps.index(step)
        return self.steps[index + 1] if index + 1 < len(self.steps) else None

    def preceding(self, step: Step) -> Step | None:
        index = self.steps.index(step)
        return self.steps[index - 1] if index > 0 else None

    # ------------------------------------------------------------------ checks
    def check(self, step: Step) -> StepProblems:
        """What is missing or wrong on ``step`` (``ok`` when the citizen may leave it forwards)."""
        state = self.state
        if step is Step.PROCEDURE:
            return NO_PROBLEMS if self.procedure() is not None else StepProblems({}, needs_procedure=True)
        if step is Step.APPLICANT:
            return StepProblems(applicant_errors(state.applicant, self.now().date()))
        if step is Step.CONTACT:
            return StepProblems(contact_errors(state.contact))
        if step is Step.DELIVERY:
            # post: the postal service receives data, which the consent given on the start page did not name
            return StepProblems(delivery_errors(state.delivery),
                                needs_consent=state.delivery.post and not state.consent.post)
        if step is Step.START:
            return NO_PROBLEMS if state.consent.agreed else StepProblems({}, needs_consent=True)
        if step is Step.SCAN:
            procedure = self.procedure()
            missing = missing_required(state.scans.pages, self.components()) if procedure is not None else []
            return StepProblems({}, missing=tuple(missing), needs_procedure=procedure is None)
        return NO_PROBLEMS  # REVIEW: nothing to enter

    def incomplete(self, before: Step | None = None) -> Step | None:
        """The first step (before ``before``, or of all) that is not complete; None when all are."""
        end = self.steps.index(before) if before is not None else len(self.steps)
        return next((s for s in self.steps[:end] if not self.check(s).ok), None)

    # ------------------------------------------------------------------ transitions
    def can_go(self, target: Step) -> bool:
        """Back to any earlier step (Back, "Change"); forwards only when every step before ``target`` is complete."""
        if self.finished or target not in self.steps:
            return False
        if self.steps.index(target) <= self.index:
            return True
        return self.incomplete(before=target) is None

    def goto(self, target: Step, *, checked: bool = True) -> None:
        """Show ``target``. ``checked=False`` skips the checks: for screenshots of each step with sample data."""
        if checked and not self.can_go(target):
            raise TransitionNotAllowed(f"{self.step.value} -> {target.value}")
        self.state.step = target

    def next(self) -> StepProblems:
        """Leave the current step forwards if it is complete; else stay and say what is wrong.

        After "Change" on the review, a complete step returns to the review (when every step is complete)."""
        step = self.step
        problems = self.check(step)
        following = self.following(step)
        if problems.ok and following is not None and not self.finished:
            back_to_review = self.state.changing and Step.REVIEW in self.steps and self.can_go(Step.REVIEW)
            self.state.step = Step.REVIEW if back_to_review else following
            if self.state.step is Step.REVIEW:
                self.state.changing = False
        return problems

    def back(self) -> bool:
        """One step back (entries are kept); False on the first step (Back then leaves the wizard)."""
        if not self.can_step_back:
            return False
        previous = self.preceding(self.step)
        if previous is None:
            return False
        self.state.step = previous
        self.state.changing = False  # Back is one step back, as everywhere
        return True

    @property
    def can_step_back(self) -> bool:
        """Whether Back stays inside the wizard (one step back); False on the first step and once finished."""
        previous = self.preceding(self.step)
        if previous is Step.PROCEDURE and not self.state.picked_here:
            return False  # the procedure was chosen before the wizard (procedure screen): Back returns there
        return not self.finished and previous is not None

    def change(self, step: Step) -> None:
        """"Change" on the review: show ``step``; finishing it ("Next") returns to the review."""
        if self.step is not Step.REVIEW:
            raise TransitionNotAllowed(f"change {step.value} from {self.step.value}")
        self.goto(step)
        self.state.changing = True

    @property
    def changing(self) -> bool:
        """A step is shown for "Change" from the review (its Next returns there)."""
        return self.state.changing and not self.finished and self.step is not Step.REVIEW

    # ------------------------------------------------------------------ entering data
    def choose_procedure(self, code: str) -> None:
        """The citizen picked the procedure: pages of another procedure are dropped; on to the next step."""
        if self.catalogue.get(code) is None:
            raise KeyError(code)
        if code != self.session.procedure_code:
            self.state.consent = Consent()  # the consent text names the procedure's sensitive documents: ask again
        self.session.procedure_code = code
        self.state.picked_here = True
        self.state.scans = ScanState()
        following = self.following(Step.PROCEDURE)
        if following is not None:
            self.state.step = following

    def enter(self, step: Step, name: str, text: str) -> None:
        """What the citizen typed into field ``name`` of ``step`` (applicant, contact or delivery).

        Changing a field the ID card filled in ends the card's claim on the applicant: the dossier then
        records no identity trust (the details are typed)."""
        section = self._section(step)
        if (isinstance(section, ApplicantDetails) and section.identity_trust and text != section.text(name)
                and name in ("full_name", "id_number", "date_of_birth", "address")):
            section.identity_trust = ""
        section.set_text(name, text)

    def text(self, step: Step, name: str) -> str:
        return self._section(step).text(name)

    def _section(self, step: Step) -> ApplicantDetails | ContactDetails | DeliveryChoice:
        state = self.state
        sections: dict[Step, ApplicantDetails | ContactDetails | DeliveryChoice] = {
            Step.APPLICANT: state.applicant, Step.CONTACT: state.contact, Step.DELIVERY: state.delivery}
        if step not in sections:
            raise KeyError(step)
        return sections[step]

    def set_applicant_type(self, kind: ApplicantType) -> None:
        self.state.applicant.type = kind

    def set_delivery(self, method: DeliveryMethod) -> None:
        """The delivery chosen; back to the counter, the consent on record is the text without the postal service."""
        self.state.delivery.method = method
        consent = self.state.consent
        if method is not DeliveryMethod.POST and consent.agreed and consent.post:
            shown = self.consent_text(consent.language, post=False)
            consent.post, consent.version = False, shown.version if shown is not None else ""

    def use_home_address(self) -> None:
        """Post the result to the applicant's address."""
        self.state.delivery.postal_address = self.state.applicant.address

    @property
    def accepts_id_card(self) -> bool:
        """An ID card's QR code fills the applicant only while the applicant step is shown."""
        return not self.finished and self.step is Step.APPLICANT

    def read_id_card(self, payload: str | bytes) -> CitizenIdCard:
        """Fill the applicant from a chip ID card's QR code; ``CitizenIdError`` when it is not one."""
        card = parse_citizen_id_qr(payload, today=self.now().date())
        applicant = self.state.applicant
        applicant.full_name = card.full_name
        applicant.id_number = card.id_number
        applicant.date_of_birth = card.date_of_birth.strftime("%d/%m/%Y")
        applicant.address = card.address
        applicant.from_card = True
        if not applicant.identity_trust.startswith("chip"):
            applicant.identity_trust = "qr-only"
        log.info("applicant read from ID card %s", card.masked_id)
        return card

    # ------------------------------------------------------------------ the chip ID card (issue 16)
    def card_access_number(self) -> str | None:
        """The CAN to open the card: typed by the citizen, or the last 6 digits of a 12-digit ID number already
        known (typed or read from the card's QR); None when it must be asked for."""
        card = self.state.card
        if len(card.can) == 6 and card.can.isdigit():
            return card.can
        number = self.state.applicant.id_number.strip()
        if len(number) == 12 and number.isdigit():
            return number[-6:]
        return None

    def set_card_access_number(self, text: str) -> None:
        self.state.card.can = "".join(c for c in text if c.isdigit())[:6]

    def card_reading_started(self) -> None:
        card = self.state.card
        card.status, card.progress, card.error = CardReadStatus.READING, 0.0, None

    def card_progress(self, done: int, total: int) -> None:
        if self.state.card.status is CardReadStatus.READING and total > 0:
            self.state.card.progress = min(1.0, done / total)

    def card_read(self, identity: ChipIdentity) -> None:
        """Fill the applicant from a verified chip reading (DG13); the face image is not kept."""
        card = identity.applicant
        applicant = self.state.applicant
        applicant.type = ApplicantType.CITIZEN
        applicant.full_name = card.full_name
        applicant.id_number = card.id_number
        applicant.date_of_birth = card.date_of_birth.strftime("%d/%m/%Y")
        applicant.address = card.address
        applicant.from_card = True
        applicant.identity_trust = identity.trust.value
        identity.wipe()  # no procedure of the catalogue needs the portrait: it is not kept
        state = self.state.card
        state.status = CardReadStatus.VERIFIED if identity.trust is TrustLevel.CHIP_VERIFIED \
            else CardReadStatus.UNVERIFIED
        state.progress, state.error = 1.0, None
        log.info("applicant read from the chip of ID card %s (%s)", card.masked_id, identity.trust.value)

    def card_failed(self, error: BaseException) -> None:
        state = self.state.card
        state.status, state.progress, state.error = CardReadStatus.FAILED, 0.0, error

    # ------------------------------------------------------------------ consent
    def consent_text(self, language: str, post: bool | None = None) -> ConsentText | None:
        """The consent text for this procedure's documents and the delivery (``post`` overrides it); None without
        a procedure (issue 14: the postal service only with delivery by post, the sensitive documents named)."""
        if self.procedure() is None:
            return None
        return consent_text(language, self.components(), self.state.delivery.post if post is None else post)

    def give_consent(self, language: str = "vi") -> None:
        """The citizen agreed to the text shown in ``language`` (its version and the time are recorded); from the
        start page the wizard moves on."""
        shown = self.consent_text(language)
        self.state.consent = Consent(True, self.now().replace(microsecond=0).astimezone(), language,
                                     shown.version if shown is not None else "", shown.post if shown else False)
        self.state.declining = False
        if self.step is Step.START:
            following = self.following(Step.START)
            if following is not None:
                self.state.step = following

    def agree_post(self, language: str) -> None:
        """With delivery by post: the citizen agreed to the paragraph naming the postal service; the consent on
        record is now the text with it (in the language of the consent already given)."""
        consent = self.state.consent
        if not consent.agreed or not self.state.delivery.post:
            raise TransitionNotAllowed("the postal service is agreed to after consent, with delivery by post")
        shown = self.consent_text(consent.language or language, post=True)
        assert shown is not None  # consent is given on the start page, after the procedure
        consent.post, consent.version, consent.language = True, shown.version, shown.language
        consent.at = self.now().replace(microsecond=0).astimezone()

    def consent_record(self) -> ConsentRecord:
        """The consent as the dossier carries it (issue 14); the text's version is computed if it was not kept."""
        consent = self.state.consent
        language = consent.language if consent.language in ("vi", "en") else "vi"
        version = consent.version
        if not version:
            shown = self.consent_text(language)
            version = shown.version if shown is not None else ""
        given_at = consent.at if consent.at is not None else self.now().replace(microsecond=0)
        return ConsentRecord(version=version, language="en" if language == "en" else "vi",
                             given_at=given_at.astimezone(), kiosk_id=self._kiosk_id())

    def ask_decline(self) -> None:
        """ "I do not agree": ask "are you sure?" first (nothing is deleted yet)."""
        if not self.finished:
            self.state.declining = True

    def cancel_decline(self) -> None:
        """ "No, go back": the start page again, nothing changed."""
        self.state.declining = False

    @property
    def declining(self) -> bool:
        """The "are you sure you do not agree?" question is shown."""
        return self.state.declining and not self.finished

    def decline_consent(self) -> None:
        """A confirmed "no" ends the session: wipe everything now, then the page that offers a counter ticket."""
        self.session.wipe()
        self.state.declined = True  # on the fresh, empty session: nothing personal is left
        log.info("consent declined: session wiped")

    # ------------------------------------------------------------------ the documents that apply
    def answer(self, component_id: str) -> bool | None:
        """The checklist's answer to "does this apply to you?" for a conditional document (None: not asked)."""
        code = self.session.procedure_code
        checklist = self.session.browse.checklist
        if not code or checklist is None or checklist.procedure_code != code:
            return None
        return checklist.applies.get(component_id)

    def components(self) -> tuple[DocumentComponent, ...]:
        """The procedure's documents for this citizen: a conditional one answered "No" in the checklist is left out."""
        procedure = self.procedure()
        if procedure is None:
            return ()
        return tuple(c for c in procedure.components
                     if not (c.requirement is Requirement.CONDITIONAL and self.answer(c.id) is False))

    def fees(self) -> tuple[FeeItem, ...]:
        """The procedure's fee items as it states them (a fixed part and per-item parts are separate items)."""
        procedure = self.procedure()
        return tuple(procedure.fees) if procedure is not None else ()

    # ------------------------------------------------------------------ scanning
    def scan_component(self) -> DocumentComponent | None:
        """The component being scanned (the first one that applies until the citizen chooses)."""
        components = self.components()
        if not components:
            return None
        scans = self.state.scans
        current = next((c for c in components if c.id == scans.component), None)
        if current is None:
            current = components[0]
            scans.component = current.id
        return current

    def choose_component(self, component_id: str) -> DocumentComponent:
        component = next((c for c in self.components() if c.id == component_id), None)
        if component is None:
            raise KeyError(component_id)
        self.state.scans.component = component.id
        return component

    @staticmethod
    def scan_mode(component: DocumentComponent) -> EnhanceMode:
        """How the pages of ``component`` are cleaned (colour for photos and certificates, grey for text)."""
        return default_mode(component_kind(component))

    # ------------------------------------------------------------------ review and submitting
    def review(self) -> Review:
        procedure = self.procedure()
        scans = self.state.scans
        documents = tuple((c, scans.count(c.id)) for c in self.components() if scans.count(c.id))
        state = self.state
        return Review(procedure, state.applicant, state.contact, state.delivery, documents)

    def draft(self, language: str) -> DossierDraft:
        """A snapshot to build and submit (possibly on a worker); :class:`DossierIncomplete` if a step is not done."""
        procedure = self.procedure()
        missing = self.incomplete(before=Step.REVIEW) if Step.REVIEW in self.steps else self.incomplete()
        if procedure is None or missing is not None or self.finished:
            raise DossierIncomplete(f"step not complete: {missing.value if missing else 'procedure'}")
        state = self.state
        applying = {c.id for c in self.components()}  # pages of a document answered "No" are not sent
        return DossierDraft(
            procedure, replace(state.applicant), replace(state.contact), replace(state.delivery),
            self.consent_record(),
            {cid: pages.pages for cid, pages in state.scans.pages.items() if cid in applying},
            self.session.scratch_dir / "dossier", language, self.now)

    def build_dossier(self, language: str) -> BuiltDossier:
        """The ``DossierCreate`` and its component PDFs, now (on this thread)."""
        return self.draft(language).build()

    def record_submitted(self, outcome: SubmittedDossier) -> None:
        """The dossier is in the outbox: keep the outcome, freeze the pages, and prepare its receipt."""
        for pages in self.state.scans.pages.values():
            pages.submit()
        self.state.submitted = outcome
        self.session.receipt = ReceiptState(kind=ReceiptKind.DOSSIER)
