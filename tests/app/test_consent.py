"""Issue 14, "Consent on record": the consent text as a versioned document, and the wizard's consent, without Qt.

The text depends on the language, the chosen delivery (the postal service is named only with delivery by
post) and the procedure's documents (sensitive data is flagged); its version is the SHA-256 of the text
shown. The wizard records the version agreed to and puts it, with language, time and kiosk, into the dossier.
"""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk_app.api.consent import consent_text
from kiosk_app.api.schemas import ConsentRecord, DeliveryMethod
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.clock import ManualClock
from kiosk_app.session import CitizenSession
from kiosk_app.wizard import DossierIncomplete, Step, SubmissionWizard, TransitionNotAllowed

CATALOGUE = CatalogueCache(Path("/nonexistent/catalogue.json"))  # no cache file: the shipped catalogue
MAINTENANCE = "1.005164"  # no sensitive document
RADIATION_WORKER = "1.009846"  # asks for a health certificate: sensitive personal data
NOW = datetime(2026, 11, 28, 9, 30, 15, tzinfo=UTC)


def components(code: str):  # noqa: ANN201 - the catalogue's component list
    procedure = CATALOGUE.get(code)
    assert procedure is not None
    return procedure.components


@pytest.fixture
def wizard(tmp_path: Path) -> SubmissionWizard:
    return SubmissionWizard(CitizenSession(tmp_path / "sessions"), lambda: CATALOGUE,
                            clock=ManualClock(NOW.timestamp()), kiosk_id=lambda: "KIOSK-HN-07")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_version_is_the_sha256_of_the_exact_text_shown(language: str) -> None:
    """Issue 14: the consent text is a versioned document; its version is the SHA-256 of the text in the citizen's
    language, so each variant (language, post, sensitive documents) has its own version."""
    texts = [consent_text(language, components(code), post) for code in (MAINTENANCE, RADIATION_WORKER)
             for post in (False, True)]
    for shown in texts:
        assert shown.version == hashlib.sha256(shown.text.encode("utf-8")).hexdigest()
    assert len({t.version for t in texts}) == 4
    assert consent_text(language, components(MAINTENANCE), False).version != consent_text(
        "en" if language == "vi" else "vi", components(MAINTENANCE), False).version


def test_the_postal_service_is_named_only_with_delivery_by_post() -> None:
    """Issue 14: who else receives the data — the postal service, only when delivery by post is chosen."""
    counter_vi, post_vi = (consent_text("vi", components(MAINTENANCE), post) for post in (False, True))
    counter_en, post_en = (consent_text("en", components(MAINTENANCE), post) for post in (False, True))
    assert "VNPost" not in counter_vi.text and "bưu" not in counter_vi.text
    assert "VNPost" not in counter_en.text and "post" not in counter_en.text.lower()
    assert "đơn vị bưu chính (VNPost) cũng nhận họ tên, số điện thoại và địa chỉ nhận" in post_vi.text
    assert "the postal service (VNPost) also receives your name, phone number and postal address" in post_en.text
    assert post_en.post_paragraph in post_en.text and post_en.post_paragraph not in counter_en.text


def test_a_sensitive_document_is_flagged_by_name() -> None:
    """Issue 14: the text flags sensitive data when a component of the procedure carries it (the catalogue marks
    the radiation worker's health certificate ``sensitive``)."""
    flagged = [c.id for c in components(RADIATION_WORKER) if c.sensitive]
    assert flagged == ["health_check"]
    vi = consent_text("vi", components(RADIATION_WORKER), False)
    en = consent_text("en", components(RADIATION_WORKER), False)
    assert "Dữ liệu nhạy cảm: thủ tục này yêu cầu “Giấy chứng nhận sức khỏe (không quá 6 tháng)”" in vi.text
    assert "Sensitive data: this procedure asks for “Health certificate (at most 6 months old)”" in en.text
    assert "nhạy cảm" not in consent_text("vi", components(MAINTENANCE), False).text
    assert "Sensitive" not in consent_text("en", components(MAINTENANCE), False).text


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_text_states_controller_purpose_data_retention_and_rights_truthfully(language: str) -> None:
    """Issue 14: controller, purpose, data, retention (the kiosk keeps nothing; the ministry keeps the dossier as
    the archiving rules require — no promise of deletion on request) and the rights (access, correction,
    withdrawal)."""
    text = consent_text(language, components(MAINTENANCE), False).text
    if language == "vi":
        for part in ("Bộ phận Một cửa của Bộ Khoa học và Công nghệ", "91/2025/QH15", "Nghị định 356/2025/NĐ-CP",
                     "kiosk này không giữ lại gì", "quy định về lưu trữ hồ sơ thủ tục hành chính",
                     "xem dữ liệu", "yêu cầu sửa", "rút lại sự đồng ý"):
            assert part in text
        assert "xoá dữ liệu" not in text and "yêu cầu xoá" not in text
    else:
        for part in ("one-stop department", "Ministry of Science and Technology", "this kiosk keeps nothing",
                     "archiving rules", "see your data", "have it corrected", "withdraw your consent"):
            assert part in text
        assert "delete your data" not in text


def test_consent_records_the_version_of_the_text_shown_language_time_and_kiosk(wizard: SubmissionWizard) -> None:
    """Issue 14: the wizard records which text was agreed to; the dossier carries version, language, given_at
    (with its zone) and the kiosk."""
    wizard.choose_procedure(RADIATION_WORKER)
    shown = wizard.consent_text("en")
    assert shown is not None and "Health certificate" in shown.text
    wizard.give_consent("en")
    record = wizard.consent_record()
    assert record == ConsentRecord(version=shown.version, language="en", given_at=NOW, kiosk_id="KIOSK-HN-07")
    assert record.given_at.utcoffset() is not None


def test_post_delivery_needs_agreement_to_the_postal_paragraph_and_changes_the_version(
        wizard: SubmissionWizard) -> None:
    """Issue 14: consent is given on the start page before the delivery is chosen; choosing post adds a recipient,
    so the delivery step asks for it and the record becomes the text with the postal service; back to the
    counter, the record is the text without it."""
    wizard.choose_procedure(MAINTENANCE)
    wizard.give_consent("vi")
    counter = consent_text("vi", components(MAINTENANCE), False)
    post = consent_text("vi", components(MAINTENANCE), True)
    assert wizard.consent_record().version == counter.version
    for name, text in (("full_name", "Trần Văn Bình"), ("id_number", "001190012345"), ("address", "Hà Nội")):
        wizard.enter(Step.APPLICANT, name, text)
    assert wizard.next().ok
    wizard.enter(Step.CONTACT, "phone", "0912 345 678")
    assert wizard.next().ok and wizard.step is Step.DELIVERY
    wizard.set_delivery(DeliveryMethod.POST)
    wizard.use_home_address()
    problems = wizard.next()
    assert problems.needs_consent and not problems.fields and wizard.step is Step.DELIVERY
    assert not wizard.can_go(Step.SCAN)
    wizard.agree_post("en")  # the screen's language now; the consent stays in the language it was given in
    assert wizard.consent_record().version == post.version and wizard.consent_record().language == "vi"
    wizard.set_delivery(DeliveryMethod.COUNTER)
    assert wizard.consent_record().version == counter.version and wizard.check(Step.DELIVERY).ok
    wizard.set_delivery(DeliveryMethod.POST)
    assert wizard.check(Step.DELIVERY).needs_consent  # the postal service is asked for again
    wizard.agree_post("vi")
    assert wizard.next().ok and wizard.step is Step.SCAN


def test_the_postal_paragraph_is_agreed_only_after_consent_with_post(wizard: SubmissionWizard) -> None:
    """Issue 14: no agreement to the postal service without consent and delivery by post."""
    wizard.choose_procedure(MAINTENANCE)
    with pytest.raises(TransitionNotAllowed):
        wizard.agree_post("vi")
    wizard.give_consent("vi")
    with pytest.raises(TransitionNotAllowed):
        wizard.agree_post("vi")  # the counter: nothing to agree to


def test_another_procedure_asks_for_consent_again(wizard: SubmissionWizard) -> None:
    """Issue 14: the text names the procedure's sensitive documents, so consent to one procedure's text does not
    carry over to another procedure."""
    wizard.choose_procedure(MAINTENANCE)
    wizard.give_consent("vi")
    wizard.goto(Step.PROCEDURE)
    wizard.choose_procedure(RADIATION_WORKER)
    assert wizard.step is Step.START and wizard.check(Step.START).needs_consent


def test_declining_ends_the_wizard_on_the_ticket_offer_with_no_consent_left(wizard: SubmissionWizard) -> None:
    """Issue 14 (declining offers a ticket): the decline transition, without Qt — "I do not agree" asks first; a
    confirmed no wipes the session and ends the wizard on the declined page (the screen offers the ticket there);
    nothing of the consent or the procedure is left and no dossier can be built."""
    wizard.choose_procedure(RADIATION_WORKER)
    wizard.ask_decline()
    assert wizard.declining and not wizard.finished
    wizard.decline_consent()
    assert wizard.declined and wizard.finished and not wizard.declining
    assert wizard.state.consent.given is None and wizard.session.procedure_code == ""
    assert not wizard.can_go(Step.APPLICANT)
    with pytest.raises(DossierIncomplete):
        wizard.draft("vi")
