"""The transfer note of a fee payment: a short reference banks keep, which maps back to the dossier (issue 14).

Banks shorten a VietQR transfer description and drop anything but letters and digits (a dossier code such
as ``000.00.00.G06-261128-0001`` arrives as ``00000G062611280001`` or cut short), so the note is
``HS`` + the dossier's database id (at least 8 digits) + two ISO 7064 MOD 97-10 check digits (as in an
IBAN): 12 characters for the first hundred million dossiers, letters and digits only, never more than 25.
The check digits catch a mistyped or merged reference, so a bank statement line is never matched to the
wrong dossier.
"""
from __future__ import annotations

import re

PREFIX = "HS"
MAX_LENGTH = 25
_REFERENCE = re.compile(rf"{PREFIX}([0-9]{{10,{MAX_LENGTH - len(PREFIX)}}})")


def _check_digits(number: str) -> str:
    return f"{98 - int(number + '00') % 97:02d}"


def payment_reference(dossier_id: int) -> str:
    """The transfer note for dossier ``dossier_id`` (its primary key), e.g. ``HS0000004217``."""
    if dossier_id <= 0:
        raise ValueError("a dossier id is positive")
    number = f"{dossier_id:08d}"
    reference = PREFIX + number + _check_digits(number)
    if len(reference) > MAX_LENGTH:
        raise ValueError("dossier id too large for a transfer note")
    return reference


def dossier_id_from_note(note: str) -> int | None:
    """The dossier id in a bank statement's transfer description, or None when no valid reference is in it.

    Case, spaces and punctuation the bank added are ignored; a reference whose check digits fail is not used.
    """
    compact = re.sub(r"[^0-9A-Z]", "", note.upper())
    for match in _REFERENCE.finditer(compact):
        digits = match.group(1)
        number, check = digits[:-2], digits[-2:]
        if _check_digits(number) == check and int(number) > 0:
            return int(number)
    return None
