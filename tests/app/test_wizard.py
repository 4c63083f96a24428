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

from kiosk_app.api.schemas import ApplicantType, ConsentRecord, DeliveryMethod, DossierCreate
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.clock import ManualClock
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
MAINTENANCE = "1.005164"  # one required component (request), a fee receipt only if paid before; a fee
TRADEMARK = "1.005152"  # a filing fee plus a fee per class; conditional documents (regulation, power of attorney)
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
    return SubmissionWizard(session, lambda: CATALOGUE, clock=ManualClock(NOW.timestamp()))


def fill_until_scan(wizard: SubmissionWizard, code: str = MAINTENANCE) -> None:
    wizard.choose_procedure(code)
    assert wizard.step is Step.START
    wizard.give_consent()
    for name, text in (("full_name", "Trần Văn Bình"), ("id_number", "001190012345"), ("address", "Hà Nội")):
        wizard.enter(Step.APPLICANT, name, text)
    assert wizard.next().ok
    wizard.enter(Step.CONTACT, "phone", "0912 345 678")
    assert wizard.next().ok
    assert wizard.next().ok  # delivery: the counter by default
    assert wizard.step is Step.SCAN


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
    """Issue 19: explicit steps; a fresh session starts at the procedure, or at the start page once one is chosen."""
    assert wizard.step is Step.PROCEDURE and wizard.check(Step.PROCEDURE).needs_procedure
    session.procedure_code = MAINTENANCE
    assert wizard.step is Step.START
    assert wizard.procedure() is not None and wizard.procedure().code == MAINTENANCE


def test_each_step_is_validated_before_moving_on(wizard: SubmissionWizard) -> None:
    """Issue 19: validation per step lives behind the wizard; a step with errors keeps the citizen on it."""
    wizard.choose_procedure(MAINTENANCE)
    assert wizard.next().needs_consent and wizard.step is Step.START  # silence is not consent
    wizard.give_consent()
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
    assert wizard.next().needs_consent and wizard.step is Step.DELIVERY  # the postal service is agreed to first
    wizard.agree_post("vi")
    assert wizard.next().ok and wizard.step is Step.SCAN


def test_a_business_needs_organisation_and_tax_code(wizard: SubmissionWizard) -> None:
    wizard.choose_procedure(MAINTENANCE)
    wizard.give_consent()
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
    assert not wizard.can_go(Step.APPLICANT)  # no consent yet: nothing personal can be typed
    with pytest.raises(TransitionNotAllowed):
        wizard.goto(Step.REVIEW)
    assert wizard.step is Step.START
    fill_until_scan(wizard)
    assert wizard.can_go(Step.SCAN) and not wizard.can_go(Step.REVIEW)
    wizard.goto(Step.APPLICANT)  # Back: entries are kept
    assert wizard.step is Step.APPLICANT and wizard.text(Step.APPLICANT, "full_name") == "Trần Văn Bình"
    wizard.goto(Step.SCAN)  # forwards again over complete steps
    assert wizard.back() and wizard.step is Step.DELIVERY
    wizard.goto(Step.PROCEDURE)
    assert not wizard.back() and wizard.step is Step.PROCEDURE  # the first step has no step before it
    wizard.goto(Step.REVIEW, checked=False)  # screenshots only: sample data on any step
    assert wizard.step is Step.REVIEW


def test_consent_agreed_is_recorded_with_its_time_and_moves_on(wizard: SubmissionWizard) -> None:
    wizard.choose_procedure(MAINTENANCE)
    wizard.give_consent()
    consent = wizard.state.consent
    assert consent.given is True and consent.at == NOW.replace(microsecond=0).astimezone()
    assert wizard.step is Step.APPLICANT


def test_declining_consent_wipes_everything_and_leaves_only_the_thank_you(session: CitizenSession,
                                                                          wizard: SubmissionWizard) -> None:
    """Issue 19: declining consent is the wizard's; the wipe clears the typed models and the scratch files."""
    wizard.choose_procedure(MAINTENANCE)
    (session.scratch_dir / "page.jpg").write_bytes(b"scan")
    old_id = session.id
    wizard.ask_decline()
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
    assert not wizard.accepts_id_card  # the start page: no personal data before consent
    wizard.give_consent()
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
    fill_until_scan(wizard)
    assert wizard.scan_component().id == "request"  # the first component until the citizen chooses
    problems = wizard.next()
    assert [c.id for c in problems.missing] == ["request"] and wizard.step is Step.SCAN
    wizard.state.scans.of("request").add(page())
    assert wizard.choose_component("fee_receipt").id == "fee_receipt"  # whoever paid already may add it
    assert wizard.scan_component().id == "fee_receipt"
    wizard.state.scans.of("fee_receipt").add(page())
    assert wizard.next().ok and wizard.step is Step.REVIEW
    review = wizard.review()
    assert [(c.id, n) for c, n in review.documents] == [("request", 1), ("fee_receipt", 1)]
    assert review.applicant.full_name == "Trần Văn Bình"


def test_build_dossier_writes_the_pdfs_and_the_request(session: CitizenSession, wizard: SubmissionWizard) -> None:
    """Issue 19: building DossierCreate (and the component PDFs) is the wizard's, not the screen's."""
    wizard.choose_procedure(MAINTENANCE)
    with pytest.raises(DossierIncomplete):  # no consent, no pages: nothing is built
        wizard.build_dossier("vi")
    fill_until_scan(wizard)
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("fee_receipt").add(page())
    built = wizard.build_dossier("en")
    dossier = built.dossier
    assert dossier.procedure_code == MAINTENANCE and dossier.language == "en"
    assert isinstance(dossier.consent, ConsentRecord) and dossier.consent.language == "vi"  # agreed in Vietnamese
    assert dossier.contact.phone == "0912345678" and dossier.applicant.full_name == "Trần Văn Bình"
    assert dossier.delivery.method is DeliveryMethod.COUNTER and dossier.delivery.postal_address is None
    assert [(d.component_id, d.pages) for d in dossier.documents] == [("request", 2), ("fee_receipt", 1)]
    for _cid, path, _n in built.documents:
        assert path.read_bytes().startswith(b"%PDF") and path.is_relative_to(session.scratch_dir)


def test_submitting_records_the_outcome_freezes_pages_and_prepares_the_receipt(
        session: CitizenSession, wizard: SubmissionWizard) -> None:
    fill_until_scan(wizard)
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
    fill_until_scan(wizard)
    wizard.state.scans.of("request").add(page())
    wizard.state.scans.of("fee_receipt").add(page())
    with pytest.raises(DossierNotSaved) as caught:
        wizard.draft("vi").submit(FakeSubmitter(fail=True))
    assert caught.value.code == "dossier_not_saved" and "disk full" in caught.value.detail
    assert wizard.submitted is None and not wizard.finished  # the citizen can try again


def test_the_step_order_is_one_tuple(session: CitizenSession) -> None:
    """The wizard follows whatever order it is given (here the start page before the procedure)."""
    start_first = (Step.START, *(s for s in STEPS if s is not Step.START))
    wizard = SubmissionWizard(session, lambda: CATALOGUE, clock=ManualClock(NOW.timestamp()), steps=start_first)
    session.procedure_code = MAINTENANCE
    assert wizard.step is Step.START
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


# ---------------------------------------------------------------- issue 21


def test_start_page_comes_first_and_consent_before_any_personal_data(wizard: SubmissionWizard) -> None:
    """Issue 21 finding 4: the start page (needs, fee, time, consent) comes before any personal data is typed."""
    assert STEPS.index(Step.START) < min(STEPS.index(s) for s in (Step.APPLICANT, Step.CONTACT, Step.DELIVERY))
    wizard.choose_procedure(TRADEMARK)
    assert wizard.step is Step.START and not wizard.can_go(Step.APPLICANT)
    assert [(f.amount_vnd, f.description_en) for f in wizard.fees()] == [
        (150000, "Filing fee"), (550000, "Substantive examination fee (per class)")]
    assert [c.id for c in wizard.components()][:2] == ["declaration", "specimen"]
    wizard.give_consent()
    assert wizard.step is Step.APPLICANT


def test_declining_is_confirmed_before_anything_is_wiped(session: CitizenSession, wizard: SubmissionWizard) -> None:
    """Issue 21 finding 4: "I do not agree" asks first; "No, go back" keeps everything; a confirmed no wipes."""
    wizard.choose_procedure(TRADEMARK)
    wizard.ask_decline()
    assert wizard.declining and session.procedure_code == TRADEMARK and not wizard.finished
    wizard.cancel_decline()
    assert not wizard.declining and wizard.step is Step.START and session.procedure_code == TRADEMARK
    wizard.ask_decline()
    wizard.decline_consent()
    assert wizard.declined and not wizard.declining and session.procedure_code == ""
    assert not wizard.can_step_back  # nothing to go back to: Back must not look active


def test_back_from_the_start_page_leaves_when_the_procedure_was_chosen_before(session: CitizenSession,
                                                                             wizard: SubmissionWizard) -> None:
    """Issue 21 finding 8: from the wizard's first step (here the start page: the procedure screen chose the
    procedure) Back leaves the wizard instead of showing a procedure search the citizen never saw."""
    session.procedure_code = TRADEMARK
    assert wizard.step is Step.START and not wizard.can_step_back and not wizard.back()
    wizard.give_consent()
    assert wizard.can_step_back and wizard.back() and wizard.step is Step.START


def test_back_is_one_step_and_change_returns_to_the_review(wizard: SubmissionWizard) -> None:
    """Issue 21 finding 8: Back is one step back; "Change" on the review returns to the review after the change."""
    fill_until_scan(wizard)
    wizard.state.scans.of("request").add(page())
    assert wizard.next().ok and wizard.step is Step.REVIEW
    wizard.change(Step.CONTACT)
    assert wizard.step is Step.CONTACT and wizard.changing
    wizard.enter(Step.CONTACT, "phone", "0912")
    assert not wizard.next().ok and wizard.step is Step.CONTACT  # still checked
    wizard.enter(Step.CONTACT, "phone", "0987 654 321")
    assert wizard.next().ok and wizard.step is Step.REVIEW and not wizard.changing
    wizard.change(Step.APPLICANT)
    assert wizard.back() and wizard.step is Step.START and not wizard.changing  # Back: one step, not the review
    assert wizard.back() and wizard.step is Step.PROCEDURE  # the procedure was chosen in the wizard
    assert not wizard.back() and not wizard.can_step_back  # the first step: Back leaves the wizard
    with pytest.raises(TransitionNotAllowed):
        wizard.change(Step.CONTACT)  # "Change" exists only on the review


def test_the_fee_receipt_is_required_only_when_the_fee_is_paid_before(wizard: SubmissionWizard) -> None:
    """Issue 21 finding 7: no fee paid before submitting: the fee receipt is not required; the summary keeps the
    procedure's fee items (150.000 đ + 550.000 đ per class), not one summed number."""
    trademark = CATALOGUE.get(TRADEMARK)
    assert trademark is not None and not trademark.fee_paid_before_submission
    fill_until_scan(wizard, TRADEMARK)
    assert [c.id for c in wizard.next().missing] == ["declaration", "specimen"]
    wizard.state.scans.of("declaration").add(page())
    wizard.state.scans.of("specimen").add(page())
    assert wizard.next().ok and wizard.step is Step.REVIEW  # no fee receipt scanned
    outcome = wizard.draft("en").submit(FakeSubmitter())
    assert [(f.amount_vnd, f.description_vi) for f in outcome.summary.fees] == [
        (150000, "Lệ phí nộp đơn"), (550000, "Phí thẩm định nội dung (mỗi nhóm)")]
    assert outcome.summary.fee_paid_before is False


def test_the_catalogue_requires_the_fee_receipt_exactly_when_paid_before() -> None:
    """Issue 21 finding 7: the catalogue file is checked: a fee receipt is required iff the fee is paid before."""
    from server.catalogue import CatalogueFile, read_catalogue

    data = read_catalogue().model_dump(mode="json")
    procedure = next(p for p in data["procedures"] if p["code"] == TRADEMARK)
    receipt = next(c for c in procedure["components"] if c["id"] == "fee_receipt")
    receipt["requirement"] = "required"
    with pytest.raises(ValueError, match="fee receipt is required exactly when"):
        CatalogueFile.model_validate(data)
    procedure["fee_paid_before_submission"] = True
    assert CatalogueFile.model_validate(data)


def test_checklist_no_answers_take_conditional_documents_off_the_scan_step(session: CitizenSession,
                                                                         wizard: SubmissionWizard) -> None:
    """Issue 21 finding 10: a "No" in the checklist removes that conditional document from the scanning step."""
    answers = session.browse.checklist_for(TRADEMARK)
    answers.applies.update({"regulation": False, "power_of_attorney": True})
    fill_until_scan(wizard, TRADEMARK)
    ids = [c.id for c in wizard.components()]
    assert "regulation" not in ids and "power_of_attorney" in ids and "fee_receipt" in ids
    assert wizard.answer("power_of_attorney") is True and wizard.answer("fee_receipt") is None
    with pytest.raises(KeyError):
        wizard.choose_component("regulation")
    session.browse.checklist_for("1.009846")  # the checklist of another procedure: its answers do not apply
    assert "regulation" in [c.id for c in wizard.components()]
