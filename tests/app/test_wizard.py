"""Issue 19, "Session and wizard in kiosk_app": the SubmissionWizard, unit-tested without Qt widgets.

Plain pytest: no qtbot, no QApplication. The wizard runs on a real CitizenSession and the shipped
catalogue; pages are tiny encoded grey images.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from kiosk_app.api.schemas import ApplicantType, DeliveryMethod, DossierCreate
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.pages import PagesLocked
from kiosk_app.digitize.pdf import encode_page
from kiosk_app.domain.citizen_id import CitizenIdError
from kiosk_app.dossier_form import ScannedPage
from kiosk_app.session import CitizenSession
from kiosk_app.session_models import ReceiptKind, SubmittedDossier
from kiosk_app.submission import SubmissionResult
from kiosk_app.wizard import (
    STEPS,
    DossierIncomplete,
    DossierNotSaved,
    Step,
    SubmissionWizard,
    TransitionNotAllowed,
)

CATALOGUE = CatalogueCache(Path("/nonexistent/catalogue.json"))  # no cache file: the shipped catalogue
MAINTENANCE = "1.005164"  # two required components: request, fee_receipt; a fee
NOW = datetime(2026, 11, 28, 9, 30, 15, 123456)
# A chip ID card's QR payload: id|old id|name|birth ddmmyyyy|sex|address|issue ddmmyyyy
CARD = "001190012345|123456789|Nguyễn Thị Lan|05091990|Nữ|Số 12 Trần Duy Hưng, Cầu Giấy, Hà Nội|01012021"


def page() -> ScannedPage:
    encoded = encode_page(np.full((42, 30), 250, np.uint8), EnhanceMode.GREY, 150)
    return ScannedPage(encoded, b"png", (), EnhanceMode.GREY)


@pytest.fixture
def session(tmp_path: Path) -> CitizenSession:
    return CitizenSession(tmp_path / "sessions")


@pytest.fixture
def wizard(session: CitizenSession) -> SubmissionWizard:
    return SubmissionWizard(session, lambda: CATALOGUE, now=lambda: NOW)


def fill_until_consent(wizard: SubmissionWizard) -> None:
    wizard.choose_procedure(MAINTENANCE)
    for name, text in (("full_name", "Trần Văn Bình"), ("id_number", "001190012345"), ("address", "Hà Nội")):
        wizard.enter(Step.APPLICANT, name, text)
    assert wizard.next().ok
    wizard.enter(Step.CONTACT, "phone", "0912 345 678")
    assert wizard.next().ok
    assert wizard.next().ok  # delivery: the counter by default
    assert wizard.step is Step.CONSENT


class FakeSubmitter:
    """Stands in for the outbox: records what it was given and answers a provisional reference."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple[DossierCreate, list[tuple[str, Path]]]] = []

    def submit(self, dossier: DossierCreate, files: list[tuple[str, Path]]) -> SubmissionResult:
        if self.fail:
            raise OSError("disk full")
        self.calls.append((dossier, files))
        return SubmissionResult("TAM-TEST-0001", None)


def test_the_wizard_module_needs_no_widgets_and_no_application() -> None:
    """Issue 19 done-when: the wizard's tests run without a QApplication (nor QtWidgets imported)."""
    code = ("import sys; import kiosk_app.wizard, kiosk_app.session; "
            "from PySide6.QtCore import QCoreApplication; "
            "assert 'PySide6.QtWidgets' not in sys.modules and 'PySide6.QtGui' not in sys.modules, 'widgets'; "
            "assert QCoreApplication.instance() is None, 'application'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


def test_first_step_depends_on_whether_a_procedure_is_chosen(session: CitizenSession,
                                                             wizard: SubmissionWizard) -> None:
    """Issue 19: explicit steps; a fresh session starts at the procedure, or at the applicant once one is chosen."""
    assert wizard.step is Step.PROCEDURE and wizard.check(Step.PROCEDURE).needs_procedure
    session.procedure_code = MAINTENANCE
    assert wizard.step is Step.APPLICANT
    assert wizard.procedure() is not None and wizard.procedure().code == MAINTENANCE


def test_each_step_is_validated_before_moving_on(wizard: SubmissionWizard) -> None:
    """Issue 19: validation per step lives behind the wizard; a step with errors keeps the citizen on it."""
    wizard.choose_procedure(MAINTENANCE)
    assert wizard.step is Step.APPLICANT
    problems = wizard.next()
    assert wizard.step is Step.APPLICANT and {"full_name", "id_number", "address"} <= set(problems.fields)
    wizard.enter(Step.APPLICANT, "full_name", "Trần Văn Bình")
    wizard.enter(Step.APPLICANT, "id_number", "0011900")
    wizard.enter(Step.APPLICANT, "date_of_birth", "31/02/1980")
    wizard.enter(Step.APPLICANT, "address", "Hà Nội")
    problems = wizard.next()
    assert wizard.step is Step.APPLICANT and set(problems.fields) == {"id_number", "date_of_birth"}
    wizard.enter(Step.APPLICANT, "id_number", "001190012345")
    wizard.enter(Step.APPLICANT, "date_of_birth", "05091980")
    assert wizard.next().ok and wizard.step is Step.CONTACT
    wizard.enter(Step.CONTACT, "phone", "0912")
    wizard.enter(Step.CONTACT, "email", "lan@")
    assert set(wizard.next().fields) == {"phone", "email"} and wizard.step is Step.CONTACT
    wizard.enter(Step.CONTACT, "phone", "+84 912 345 678")
    wizard.enter(Step.CONTACT, "email", "")
    assert wizard.next().ok and wizard.step is Step.DELIVERY
    wizard.set_delivery(DeliveryMethod.POST)
    assert set(wizard.next().fields) == {"postal_address"} and wizard.step is Step.DELIVERY
    wizard.use_home_address()
    assert wizard.text(Step.DELIVERY, "postal_address") == "Hà Nội"
    assert wizard.next().ok and wizard.step is Step.CONSENT
    assert wizard.next().needs_consent and wizard.step is Step.CONSENT  # silence is not consent


def test_a_business_needs_organisation_and_tax_code(wizard: SubmissionWizard) -> None:
    wizard.choose_procedure(MAINTENANCE)
    wizard.set_applicant_type(ApplicantType.BUSINESS)
    for name, text in (("full_name", "A"), ("address", "B"), ("tax_code", "12")):
        wizard.enter(Step.APPLICANT, name, text)
    assert set(wizard.check(Step.APPLICANT).fields) == {"organisation_name", "tax_code"}  # no ID number needed
    wizard.enter(Step.APPLICANT, "organisation_name", "Công ty TNHH An Bình")
    wizard.enter(Step.APPLICANT, "tax_code", "0101234567")
    assert wizard.check(Step.APPLICANT).ok


def test_transitions_forward_only_over_complete_steps_back_always(wizard: SubmissionWizard) -> None:
    """Issue 19: explicit transitions: a jump forwards past an incomplete step is refused; back is always allowed."""
    wizard.choose_procedure(MAINTENANCE)
    assert not wizard.can_go(Step.CONTACT)
    with pytest.raises(TransitionNotAllowed):
        wizard.goto(Step.REVIEW)
    assert wizard.step is Step.APPLICANT
    fill_until_consent(wizard)
    assert wizard.can_go(Step.CONSENT) and not wizard.can_go(Step.SCAN)
    wizard.goto(Step.APPLICANT)  # "Change" on the review, Back: entries are kept
    assert wizard.step is Step.APPLICANT and wizard.text(Step.APPLICANT, "full_name") == "Trần Văn Bình"
    wizard.goto(Step.CONSENT)  # forwards again over complete steps
    assert wizard.back() and wizard.step is Step.DELIVERY
    wizard.goto(Step.PROCEDURE)
    assert not wizard.back() and wizard.step is Step.PROCEDURE  # the first step has no step before it
    wizard.goto(Step.REVIEW, checked=False)  # screenshots only: sample data on any step
    assert wizard.step is Step.REVIEW


def test_consent_agreed_is_recorded_with_its_time_and_moves_on(wizard: SubmissionWizard) -> None:
    fill_until_consent(wizard)
    wizard.give_consent()
    consent = wizard.state.consent
    assert consent.given is True and consent.at == NOW.replace(microsecond=0)
    assert wizard.step is Step.SCAN


def test_declining_consent_wipes_everything_and_leaves_only_the_thank_you(session: CitizenSession,
                                                                          wizard: SubmissionWizard) -> None:
    """Issue 19: declining consent is the wizard's; the wipe clears the typed models and the scratch files."""
    fill_until_consent(wizard)
    (session.scratch_dir / "page.jpg").write_bytes(b"scan")
    old_id = session.id
    wizard.decline_consent()
    assert session.id != old_id and not any(session.scratch_dir.iterdir())
    assert wizard.declined and wizard.finished
    assert session.procedure_code == "" and wizard.state.applicant.full_name == ""
    assert not session.has_personal_data  # the thank-you page keeps nothing personal
    assert not wizard.can_go(Step.APPLICANT)
    session.wipe()  # Finish, or the idle timer: the next visitor starts afresh
    assert not wizard.declined and wizard.step is Step.PROCEDURE


def test_the_id_card_fills_the_applicant_only_on_its_step(wizard: SubmissionWizard) -> None:
    wizard.choose_procedure(MAINTENANCE)
    assert wizard.accepts_id_card
    wizard.read_id_card(CARD)
    applicant = wizard.state.applicant
    assert (applicant.full_name, applicant.id_number, applicant.date_of_birth, applicant.from_card) == (
        "Nguyễn Thị Lan", "001190012345", "05/09/1990", True)
    assert wizard.check(Step.APPLICANT).ok
    with pytest.raises(CitizenIdError):
        wizard.read_id_card("not a card")
    assert wizard.next().ok and not wizard.accepts_id_card


def test_scanning_requires_every_required_component(wizard: SubmissionWizard) -> None:
    fill_until_consent(wizard)
    wizard.give_consent()
    assert wizard.scan_component().id == "request"  # the first component until the citizen chooses
    problems = wizard.next()
    assert [c.id for c in problems.missing] == ["request", "fee_receipt"] and wizard.step is Step.SCAN
    wizard.state.scans.of("request").add(page())
    assert wizard.choose_component("fee_receipt").id == "fee_receipt"
    assert wizard.scan_component().id == "fee_receipt"
    assert [c.id for c in wizard.next().missing] == ["fee_receipt"]
    wizard.state.scans.of("fee_receipt").add(page())
    assert wizard.next().ok and wizard.step is Step.REVIEW
    review = wizard.review()
    assert [(c.id, n) for c, n in review.documents] == [("request", 1), ("fee_receipt", 1)]
    assert review.applicant.full_name == "Trần Văn Bình"


def test_build_dossier_writes_the_pdfs_and_the_request(session: CitizenSession, wizard: SubmissionWizard) -> None:
    """Issue 19: building DossierCreate (and the component PDFs) is the wizard's, not the screen's."""
    fill_until_consent(wizard)
    with pytest.raises(DossierIncomplete):  # no consent, no pages: nothing is built
        wizard.build_dossier("vi")
    wizard.give_consent()
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("fee_receipt").add(page())
    built = wizard.build_dossier("en")
    dossier = built.dossier
    assert dossier.procedure_code == MAINTENANCE and dossier.consent is True and dossier.language == "en"
    assert dossier.contact.phone == "0912345678" and dossier.applicant.full_name == "Trần Văn Bình"
    assert dossier.delivery.method is DeliveryMethod.COUNTER and dossier.delivery.postal_address is None
    assert [(d.component_id, d.pages) for d in dossier.documents] == [("request", 2), ("fee_receipt", 1)]
    for _cid, path, _n in built.documents:
        assert path.read_bytes().startswith(b"%PDF") and path.is_relative_to(session.scratch_dir)


def test_submitting_records_the_outcome_freezes_pages_and_prepares_the_receipt(
        session: CitizenSession, wizard: SubmissionWizard) -> None:
    fill_until_consent(wizard)
    wizard.give_consent()
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("fee_receipt").add(page())
    draft = wizard.draft("vi")  # taken on the GUI thread: later edits do not change what is sent
    wizard.enter(Step.APPLICANT, "full_name", "Someone else")
    submitter = FakeSubmitter()
    outcome = draft.submit(submitter)
    assert isinstance(outcome, SubmittedDossier) and not outcome.confirmed
    (dossier, files), = submitter.calls
    assert dossier.applicant.full_name == "Trần Văn Bình" and [cid for cid, _p in files] == ["request", "fee_receipt"]
    summary = outcome.summary
    assert summary.applicant_name == "Trần Văn Bình" and summary.fee_vnd == 120000 and summary.submitted_at == NOW
    assert [n for _name, n in summary.documents] == [1, 1] and len(summary.pdfs) == 2
    wizard.record_submitted(outcome)
    assert wizard.submitted is outcome and wizard.finished and not wizard.can_go(Step.REVIEW)
    assert session.receipt.kind is ReceiptKind.DOSSIER and not session.receipt.printed
    with pytest.raises(PagesLocked):
        wizard.state.scans.of("request").add(page())


def test_a_local_failure_while_submitting_is_a_citizen_error(wizard: SubmissionWizard) -> None:
    fill_until_consent(wizard)
    wizard.give_consent()
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("fee_receipt").add(page())
    with pytest.raises(DossierNotSaved) as caught:
        wizard.draft("vi").submit(FakeSubmitter(fail=True))
    assert caught.value.code == "dossier_not_saved" and "disk full" in caught.value.detail
    assert wizard.submitted is None and not wizard.finished  # the citizen can try again


def test_the_step_order_is_one_tuple(session: CitizenSession) -> None:
    """Issue 21 may ask for consent first: the wizard follows whatever order it is given."""
    consent_first = (Step.CONSENT, *(s for s in STEPS if s is not Step.CONSENT))
    wizard = SubmissionWizard(session, lambda: CATALOGUE, now=lambda: NOW, steps=consent_first)
    session.procedure_code = MAINTENANCE
    assert wizard.step is Step.CONSENT
    assert wizard.next().needs_consent
    wizard.give_consent()
    assert wizard.step is Step.PROCEDURE
    assert wizard.next().ok and wizard.step is Step.APPLICANT


def test_wipe_replaces_the_typed_state(session: CitizenSession, wizard: SubmissionWizard) -> None:
    """Issue 19: the session's wipe clears the models; has_personal_data looks at them."""
    assert not session.has_personal_data
    wizard.choose_procedure(MAINTENANCE)
    assert session.has_personal_data
    session.procedure_code = ""
    wizard.enter(Step.CONTACT, "phone", "0912345678")
    assert session.has_personal_data
    session.receipt.printed = True
    session.scan_hint_seen = True
    session.wipe()
    assert session.submission.contact.phone == "" and not session.receipt.printed and not session.scan_hint_seen
    assert session.receipt.kind is ReceiptKind.NONE and not session.has_personal_data
