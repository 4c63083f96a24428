"""Issue 16 point 4: the applicant step's chip ID card reading in the wizard (no Qt): the CAN is asked only when it
cannot be derived, DG13 fills the applicant with its trust level, the dossier records it, and the session wipe
forgets it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from devices.base import CardAccessDenied
from devices.card_reader.access import CanKey
from devices.card_reader.reading import ChipSession
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.clock import ManualClock
from kiosk_app.dossier_form import build_applicant
from kiosk_app.identity.chip_identity import ChipIdentity, identify
from kiosk_app.identity.passive_auth import CscaStore
from kiosk_app.session import CitizenSession
from kiosk_app.session_models import CardReadStatus
from kiosk_app.wizard import Step, SubmissionWizard
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import atr, make_card

CATALOGUE = CatalogueCache(Path("/nonexistent/catalogue.json"))
NOW = datetime(2026, 11, 28, 9, 30, 15)
CARD = make_card()


def chip_identity(trusted: bool = True) -> ChipIdentity:
    reading = ChipSession(VirtualChip(CARD.files, atr()).execute).read(CanKey(CARD.citizen.can))
    return identify(reading, CscaStore([CARD.pki.csca]) if trusted else CscaStore())


@pytest.fixture
def session(tmp_path: Path) -> CitizenSession:
    return CitizenSession(tmp_path / "sessions")


@pytest.fixture
def wizard(session: CitizenSession) -> SubmissionWizard:
    wizard = SubmissionWizard(session, lambda: CATALOGUE, clock=ManualClock(NOW.timestamp()))
    wizard.choose_procedure("1.005164")
    wizard.give_consent()
    assert wizard.step is Step.APPLICANT
    return wizard


def test_the_can_is_asked_only_when_it_cannot_be_derived(wizard: SubmissionWizard) -> None:
    """Issue 16: no ID number yet → ask; a typed 12-digit ID number → its last 6 digits; a typed CAN wins."""
    assert wizard.card_access_number() is None
    wizard.enter(Step.APPLICANT, "id_number", "001190012345")
    assert wizard.card_access_number() == "012345"
    wizard.set_card_access_number("65 43 21")
    assert wizard.card_access_number() == "654321"


def test_a_verified_chip_fills_the_applicant_and_the_dossier_records_it(wizard: SubmissionWizard) -> None:
    """Issue 16: DG13 fills the applicant step; the trust level travels in the dossier; no face image is kept."""
    wizard.card_reading_started()
    wizard.card_progress(50, 100)
    assert (wizard.state.card.status, wizard.state.card.progress) == (CardReadStatus.READING, 0.5)
    identity = chip_identity()
    wizard.card_read(identity)
    applicant = wizard.state.applicant
    assert wizard.state.card.status is CardReadStatus.VERIFIED
    assert (applicant.full_name, applicant.id_number, applicant.date_of_birth) == \
        ("Nguyễn Thị Minh Khai", "001190012345", "01/02/1990")
    assert applicant.identity_trust == "chip-verified" and applicant.from_card
    assert identity.face_jpeg is None
    assert wizard.next().ok  # the applicant step is complete
    assert build_applicant(wizard.state.applicant).identity_trust == "chip-verified"  # what the dossier sends


def test_an_unverified_signer_is_recorded_as_such(wizard: SubmissionWizard) -> None:
    """Issue 16: a card whose signer no configured CSCA vouches for fills the step as chip-unverified-signer."""
    wizard.card_read(chip_identity(trusted=False))
    assert wizard.state.card.status is CardReadStatus.UNVERIFIED
    assert wizard.state.applicant.identity_trust == "chip-unverified-signer"


def test_editing_a_card_field_drops_the_trust_level(wizard: SubmissionWizard) -> None:
    """Issue 16: a name changed by hand after the chip filled it is typed data: no trust level is claimed."""
    wizard.card_read(chip_identity())
    wizard.enter(Step.APPLICANT, "full_name", "Nguyễn Thị Minh Khai")  # unchanged: kept
    assert wizard.state.applicant.identity_trust == "chip-verified"
    wizard.enter(Step.APPLICANT, "full_name", "Someone Else")
    assert wizard.state.applicant.identity_trust == ""


def test_the_qr_fallback_is_qr_only(wizard: SubmissionWizard) -> None:
    """Issue 16: the card's printed QR stays a fallback and is recorded as qr-only."""
    wizard.read_id_card("001190012345|123456789|Nguyễn Thị Lan|05091990|Nữ|Số 12 Trần Duy Hưng, Hà Nội|01012021")
    assert wizard.state.applicant.identity_trust == "qr-only"


def test_a_failed_reading_keeps_its_error_and_the_wipe_forgets_everything(wizard: SubmissionWizard,
                                                                          session: CitizenSession) -> None:
    """Issue 16 point 7: a wrong CAN is kept for the message; the session wipe forgets the CAN and the card state."""
    wizard.set_card_access_number("000000")
    wizard.card_failed(CardAccessDenied("PACE refused", device="card"))
    assert wizard.state.card.status is CardReadStatus.FAILED
    assert isinstance(wizard.state.card.error, CardAccessDenied)
    wizard.card_read(chip_identity())
    session.wipe()
    assert session.submission.card.can == "" and session.submission.card.status is CardReadStatus.WAITING
    assert session.submission.applicant.identity_trust == ""
