"""Names and addresses on the wire are clean text: NFC, no control, bidi or zero-width characters,
single spaces, at least one letter (issue 18, finding 11)."""
from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kiosk_app.api.schemas import Applicant, Contact, Delivery, SupplementProof, clean_text

INVISIBLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
             "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\x00", "\x1b", "\x7f", "\x85"]


def _applicant(**fields: Any) -> Applicant:
    values: dict[str, Any] = {"type": 1, "full_name": "Nguyễn Văn Bình", "address": "Số 1 Tràng Tiền, Hà Nội"}
    values.update(fields)
    return Applicant.model_validate(values)


@pytest.mark.parametrize("name", [
    " ", "\t\n  ", "\u00a0\u3000", "\u200b", "\u200b\u200c\u200d\ufeff", "\x00", "\x1b[31m", "\x1b[0m\x1b[1;31m",
    "\u202e\u202c", "123", "...", "\u0301\u0301",
])
def test_a_name_without_letters_is_refused(name: str) -> None:
    """Finding 11: whitespace-only, zero-width-only, NUL and escape-only names were stored."""
    with pytest.raises(ValidationError, match="at least one letter"):
        _applicant(full_name=name)
    with pytest.raises(ValidationError, match="at least one letter"):
        _applicant(address=name)


@pytest.mark.parametrize(("given_name", "stored"), [
    ("Nguye\u0302\u0303n Va\u0306n Bi\u0300nh", "Nguyễn Văn Bình"),  # NFD in, NFC stored
    ("Nguyễn\x00 Văn Bình", "Nguyễn Văn Bình"),
    ("\x1b[31mNguyễn Văn Bình\x1b[0m", "Nguyễn Văn Bình"),
    ("\u202eNguyễn Văn Bình\u202c", "Nguyễn Văn Bình"),  # right-to-left override and its end
    ("\u202egpj.exe\u202c", "gpj.exe"),  # the override that makes it display as "exe.jpg" is gone
    ("Lê\u2066 Thị\u2069 Hoa\u200b", "Lê Thị Hoa"),
    ("  Trần \t Thị\n\nB  ", "Trần Thị B"),
    ("\ufeffĐỗ Văn Nam", "Đỗ Văn Nam"),
])
def test_names_are_stored_clean(given_name: str, stored: str) -> None:
    """Finding 11: RTL overrides, ANSI escapes and NUL were stored; NFD input is stored as NFC."""
    applicant = _applicant(full_name=given_name, organisation_name=given_name, type=2)
    assert applicant.full_name == stored and applicant.organisation_name == stored
    assert unicodedata.is_normalized("NFC", applicant.full_name)


def test_every_personal_free_text_field_is_cleaned() -> None:
    """Finding 11: addresses, the postal address, the e-mail and the supplement note are cleaned too."""
    assert _applicant(address="\u202eSố 1\x00 Tràng Tiền").address == "Số 1 Tràng Tiền"
    assert Delivery(method=1, postal_address="\x1b[2J12 Lê Lợi, Huế\u200b").postal_address == "12 Lê Lợi, Huế"
    with pytest.raises(ValidationError):
        Delivery(method=1, postal_address="\u200b\u200b")
    assert Contact(phone="0912345678", email="an\u200b@example.vn").email == "an@example.vn"
    with pytest.raises(ValidationError):
        Contact(phone="0912345678", email="\u200b@\u200b.\u200b")
    proof = SupplementProof(phone_last4="5678", documents=[{"component_id": "a", "pages": 1}],
                            note="Bản sao\x1b[31m có công chứng\u202e")
    assert proof.note == "Bản sao có công chứng"


@given(st.text(alphabet=st.sampled_from(["a", "ễ", " ", "\t", "e", "\u0301", "[", "m", *INVISIBLE]), max_size=40))
def test_clean_text_leaves_no_invisible_character_and_is_stable(text: str) -> None:
    """Finding 11: whatever is typed, the cleaned text has none of the listed characters and cleans to itself."""
    cleaned = clean_text(text)
    assert not any(ch in cleaned for ch in INVISIBLE)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == cleaned


def test_the_kiosk_form_asks_again_for_a_name_without_letters() -> None:
    """Finding 11: the kiosk's own form check follows the wire rule, so the citizen hears it at the field."""
    from kiosk_app.api.schemas import ApplicantType, DeliveryMethod  # noqa: PLC0415
    from kiosk_app.dossier_form import applicant_errors, delivery_errors  # noqa: PLC0415
    from kiosk_app.session_models import ApplicantDetails, DeliveryChoice  # noqa: PLC0415

    errors = applicant_errors(ApplicantDetails(type=ApplicantType.BUSINESS, full_name="\u200b", id_number="001090123456",
                                               address=" \x00 ", organisation_name="\u202e", tax_code="0101234567"))
    assert set(errors) == {"full_name", "address", "organisation_name"}
    assert applicant_errors(ApplicantDetails(full_name="Lê Thị Hoa", id_number="001090123456", address="Huế")) == {}
    assert "postal_address" in delivery_errors(DeliveryChoice(DeliveryMethod.POST, postal_address="\ufeff"))
