"""Parsing the QR payload of the chip citizen ID card (CCCD / Căn cước) into the applicant's fields.

The payload is text with seven ``|``-separated fields (DOMAIN.md)::

    ID number (12 digits)|old ID (9 digits or empty)|full name|date of birth ddMMyyyy|sex (Nam/Nữ)|
    permanent address|issue date ddMMyyyy

Newer cards may append more fields; those are accepted and kept in ``extra_fields`` untouched.
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
_OLD_ID_RE = re.compile(r"[0-9]{9}")
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
        raise CitizenIdError(CitizenIdProblem.OLD_ID, f"old ID is not empty nor 9 digits (length {len(old_id)})")
    if not full_name.strip() or full_name != full_name.strip() or any(c.isdigit() for c in full_name):
        raise CitizenIdError(CitizenIdProblem.NAME, "full name is empty, padded or contains digits")
    date_of_birth = _parse_date(dob_text, CitizenIdProblem.DATE_OF_BIRTH, "date of birth")
    if sex not in _SEXES:
        raise CitizenIdError(CitizenIdProblem.SEX, f"sex is {sex!r}, expected Nam or Nữ")
    if not address.strip():
        raise CitizenIdError(CitizenIdProblem.ADDRESS, "address is empty")
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
