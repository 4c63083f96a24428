"""Parsing the QR payload of the chip citizen ID card (CCCD / Căn cước) into the applicant's fields.

The payload is text with seven ``|``-separated fields (DOMAIN.md)::

    ID number (12 digits)|old ID (9 digits or empty)|full name|date of birth ddMMyyyy|sex (Nam/Nữ)|
    permanent address|issue date ddMMyyyy

Newer cards may append more fields; those are accepted and kept in ``extra_fields`` untouched.

The old ID (field 2) is the number of the card it replaced: a 9-digit CMND, or a 12-digit CMND issued
2012-2016 (issue 14). Which is which is decided by the field's position, never by the number's length,
so a 12-digit value there is the old number even though a CCCD number also has 12 digits. The CCCD
number's 4th digit encodes century and sex (0/1: 1900s man/woman, 2/3: 2000s, 4/5: 2100s...) and its
5th-6th digits the year of birth; they must agree with the card's date of birth and sex. Text that was
UTF-8 decoded as Latin-1/cp1252 (mojibake such as "Nguyá»…n") is refused with a request to scan again.
Anything else is rejected with a :class:`CitizenIdError` that carries a reason code (worded for the
citizen by ``ui.messages``) and a technician-facing detail. The parser never crashes on odd input and never
guesses (no trimming of digits, no date repair). It does not know where the text came from, so the
camera, a HID/serial scanner or typed input all use the same function.

Written here rather than taken from a library: no maintained Python package parses this format.
"""
from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SEPARATOR = "|"
FIELD_COUNT = 7
_ID_RE = re.compile(r"[0-9]{12}")
_OLD_ID_RE = re.compile(r"[0-9]{9}|[0-9]{12}")
_DATE_RE = re.compile(r"[0-9]{8}")
_SEXES = ("Nam", "Nữ")
_MAX_PAYLOAD = 2000


class CitizenIdProblem(enum.Enum):
    """Why a payload was rejected (stable codes for logs, tests and the UI)."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    FIELD_COUNT = "field_count"
    ID_NUMBER = "id_number"
    OLD_ID = "old_id"
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    SEX = "sex"
    ADDRESS = "address"
    ISSUE_DATE = "issue_date"
    MOJIBAKE = "mojibake"
    ID_MISMATCH = "id_mismatch"


class CitizenIdError(ValueError):
    """A citizen ID QR payload that cannot be used.

    ``code`` (the :class:`CitizenIdProblem`) is what ``ui.messages`` words for the citizen, ``detail``
    is for the technician's log; neither contains the ID number unmasked.
    """

    def __init__(self, problem: CitizenIdProblem, detail: str) -> None:
        self.problem = problem
        self.detail = detail
        self.params: dict[str, Any] = {}
        super().__init__(f"{problem.value}: {detail}")

    @property
    def code(self) -> CitizenIdProblem:
        return self.problem


@dataclass(frozen=True)
class CitizenIdCard:
    """The applicant's fields read from a chip ID card."""

    id_number: str
    old_id_number: str | None
    full_name: str
    date_of_birth: date
    sex: str
    address: str
    issue_date: date
    extra_fields: tuple[str, ...] = field(default=())

    @property
    def masked_id(self) -> str:
        """The ID number safe for logs."""
        return mask_id_number(self.id_number)

    def __repr__(self) -> str:  # never leak personal data through a stray log of the object
        return f"CitizenIdCard(id_number={self.masked_id!r}, ...)"


def mask_id_number(value: str) -> str:
    """Mask an ID number for logs, keeping the first 3 and last 3 characters: ``001******456``.

    Short values (6 characters or fewer) are masked entirely.
    """
    if len(value) <= 6:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 6) + value[-3:]


def _parse_date(text: str, problem: CitizenIdProblem, what: str) -> date:
    if not _DATE_RE.fullmatch(text):
        raise CitizenIdError(problem, f"{what} is not 8 digits ddMMyyyy (length {len(text)})")
    day, month, year = int(text[0:2]), int(text[2:4]), int(text[4:8])
    try:
        value = date(year, month, day)
    except ValueError:
        raise CitizenIdError(problem, f"{what} is not a calendar date ({text})") from None
    if year < 1900:
        raise CitizenIdError(problem, f"{what} year {year} is before 1900")
    return value


_MOJIBAKE_RE = re.compile("[\u00c2-\u00c6\u00e1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                          "\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
"""A lead byte of a 2- or 3-byte UTF-8 sequence (Â-Æ, á) read as Latin-1/cp1252, followed by a continuation
byte read the same way (U+0080-U+00BF or cp1252's punctuation in 0x80-0x9F). Vietnamese written correctly
never has such a pair: a letter like "á" is followed by a letter, a space or the field separator."""


def looks_mis_decoded(text: str) -> bool:
    """Whether ``text`` is UTF-8 that was decoded with a one-byte code page ("Nguyá»…n" for "Nguyễn")."""
    return _MOJIBAKE_RE.search(text) is not None


def _check_birth_digits(id_number: str, date_of_birth: date, sex: str) -> None:
    """The CCCD number's century/sex digit and year digits must agree with the date of birth and sex."""
    code = int(id_number[3])
    century = 1900 + 100 * (code // 2)
    woman = code % 2 == 1
    if not century <= date_of_birth.year < century + 100 or int(id_number[4:6]) != date_of_birth.year % 100:
        raise CitizenIdError(CitizenIdProblem.ID_MISMATCH,
                             "the ID number's century or year digits do not match the date of birth")
    if woman != (sex == "Nữ"):
        raise CitizenIdError(CitizenIdProblem.ID_MISMATCH, "the ID number's sex digit does not match the sex")


def parse_citizen_id_qr(payload: str | bytes, today: date | None = None) -> CitizenIdCard:
    """Parse a CCCD QR payload; raise :class:`CitizenIdError` when it is not a valid one.

    ``today`` (for tests and injectable clocks) rejects a birth or issue date in the future.
    Bytes are decoded as UTF-8 (the encoding the cards use); surrounding line breaks from scanners are
    removed, nothing else is altered.
    """
    if isinstance(payload, (bytes, bytearray)):
        try:
            payload = bytes(payload).decode("utf-8")
        except UnicodeDecodeError:
            raise CitizenIdError(CitizenIdProblem.FIELD_COUNT, "payload is not UTF-8 text") from None
    if not isinstance(payload, str):
        raise CitizenIdError(CitizenIdProblem.EMPTY, f"payload is {type(payload).__name__}, not text")
    text = payload.strip("\r\n\x00")
    if not text.strip():
        raise CitizenIdError(CitizenIdProblem.EMPTY, "payload is empty")
    if len(text) > _MAX_PAYLOAD:
        raise CitizenIdError(CitizenIdProblem.TOO_LONG, f"payload has {len(text)} characters")
    if looks_mis_decoded(text):
        raise CitizenIdError(CitizenIdProblem.MOJIBAKE, "text looks like UTF-8 decoded with a one-byte code page")
    text = unicodedata.normalize("NFC", text)
    fields = text.split(SEPARATOR)
    if len(fields) < FIELD_COUNT:
        raise CitizenIdError(
            CitizenIdProblem.FIELD_COUNT, f"{len(fields)} fields, at least {FIELD_COUNT} expected"
        )
    id_number, old_id, full_name, dob_text, sex, address, issue_text = fields[:FIELD_COUNT]
    extra = tuple(fields[FIELD_COUNT:])

    if not _ID_RE.fullmatch(id_number):
        shape = "".join("9" if c.isdigit() else "x" for c in id_number)
        raise CitizenIdError(CitizenIdProblem.ID_NUMBER, f"ID number is not 12 digits (shape {shape!r})")
    if old_id and not _OLD_ID_RE.fullmatch(old_id):
        raise CitizenIdError(CitizenIdProblem.OLD_ID, f"old ID is not empty, 9 or 12 digits (length {len(old_id)})")
    if not full_name.strip() or full_name != full_name.strip() or any(c.isdigit() for c in full_name):
        raise CitizenIdError(CitizenIdProblem.NAME, "full name is empty, padded or contains digits")
    date_of_birth = _parse_date(dob_text, CitizenIdProblem.DATE_OF_BIRTH, "date of birth")
    if sex not in _SEXES:
        raise CitizenIdError(CitizenIdProblem.SEX, f"sex is {sex!r}, expected Nam or Nữ")
    if not address.strip():
        raise CitizenIdError(CitizenIdProblem.ADDRESS, "address is empty")
    _check_birth_digits(id_number, date_of_birth, sex)
    issue_date = _parse_date(issue_text, CitizenIdProblem.ISSUE_DATE, "issue date")
    if issue_date < date_of_birth:
        raise CitizenIdError(CitizenIdProblem.ISSUE_DATE, "issue date is before the date of birth")
    if today is not None:
        if date_of_birth > today:
            raise CitizenIdError(CitizenIdProblem.DATE_OF_BIRTH, "date of birth is in the future")
        if issue_date > today:
            raise CitizenIdError(CitizenIdProblem.ISSUE_DATE, "issue date is in the future")
    return CitizenIdCard(
        id_number=id_number,
        old_id_number=old_id or None,
        full_name=full_name,
        date_of_birth=date_of_birth,
        sex=sex,
        address=address,
        issue_date=issue_date,
        extra_fields=extra,
    )


def format_citizen_id_qr(card: CitizenIdCard) -> str:
    """The payload of a card (inverse of :func:`parse_citizen_id_qr`), e.g. for test cards."""
    fields = [
        card.id_number,
        card.old_id_number or "",
        card.full_name,
        card.date_of_birth.strftime("%d%m%Y"),
        card.sex,
        card.address,
        card.issue_date.strftime("%d%m%Y"),
        *card.extra_fields,
    ]
    return SEPARATOR.join(fields)
