"""Issue 14: the VietQR transfer note is a short reference banks keep (<= 25 letters and digits) that maps back."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from server.payment_ref import MAX_LENGTH, dossier_id_from_note, payment_reference


@given(st.integers(min_value=1, max_value=10**21 - 1))
def test_every_reference_is_short_alphanumeric_and_round_trips(dossier_id: int) -> None:
    """Issue 14: <= 25 characters, letters and digits only, and the id comes back out of it."""
    reference = payment_reference(dossier_id)
    assert len(reference) <= MAX_LENGTH and reference.isascii() and reference.isalnum()
    assert dossier_id_from_note(reference) == dossier_id


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=2, max_value=11), st.sampled_from("0123456789"))
def test_a_changed_digit_is_never_read_as_a_dossier(dossier_id: int, position: int, digit: str) -> None:
    """Issue 14: a reference with one digit changed maps to no dossier rather than to another one."""
    reference = payment_reference(dossier_id)
    changed = reference[:position] + digit + reference[position + 1:]
    if changed != reference:
        assert dossier_id_from_note(changed) is None


def test_the_first_references_are_twelve_characters() -> None:
    """Issue 14: HS + 8 digits + ISO 7064 MOD 97-10 check digits (421700 mod 97 = 41, 98 - 41 = 57)."""
    assert payment_reference(4217) == "HS0000421757"
    assert len(payment_reference(99_999_999)) == 12
