"""DG13 of the Vietnamese chip ID card (CCCD): the citizen's data as UTF-8 strings, into the applicant record.

DG13 (tag 6D) holds a sequence of SEQUENCE { INTEGER field-id, string value(s) } entries. Field ids as public
readers of the card decode them — nguyenddat/ript-virtual-recep, server/app/services/ExtractCCCD.py (tags
02 01 01…02 01 0D) and a published "VN-CCCD-2024" ICAO document profile (fields 1–13 and 16):
1 ID number, 2 full name, 3 date of birth (dd/mm/yyyy), 4 sex (Nam/Nữ), 5 nationality, 6 ethnicity,
7 religion, 8 home town, 9 place of residence, 10 identifying marks, 11 issue date, 12 expiry date,
13 father's and mother's names (two strings), 14 spouse, 16 old ID number. Field 14 follows the order of the
printed card and is the least attested; unknown fields are ignored, never guessed.

The applicant record is the QR parser's :class:`~kiosk_app.domain.citizen_id.CitizenIdCard`, built through
:func:`~kiosk_app.domain.citizen_id.parse_citizen_id_qr` so the chip and the QR share one set of validation
rules; the chip's extra fields travel in :class:`ChipPersonalData`.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from asn1crypto import core

from devices.card_reader.apdu import read_tlv, tlv
from kiosk_app.domain.citizen_id import (
    SEPARATOR,
    CitizenIdCard,
    CitizenIdError,
    CitizenIdProblem,
    mask_id_number,
    parse_citizen_id_qr,
)

DG13_TAG = 0x6D
STRING_TYPES = (core.UTF8String, core.PrintableString, core.IA5String, core.VisibleString, core.BMPString)


@dataclass(frozen=True)
class ChipPersonalData:
    """DG13's fields beyond the applicant record (kept for the session only)."""

    nationality: str = ""
    ethnicity: str = ""
    religion: str = ""
    home_town: str = ""
    identifying_marks: str = ""
    expiry_date: date | None = None
    father_name: str = ""
    mother_name: str = ""
    spouse_name: str = ""

    def __repr__(self) -> str:
        return "ChipPersonalData(...)"


def dg13_fields(dg13: bytes) -> dict[int, list[str]]:
    """Field id → its strings. CitizenIdError(FIELD_COUNT) when DG13 is not this structure."""
    try:
        tag, contents, _end = read_tlv(dg13)
        if tag != DG13_TAG:
            raise ValueError(f"tag {tag:X} is not DG13")
        fields: dict[int, list[str]] = {}
        offset = 0
        while offset < len(contents):
            start = offset
            _tag, _value, offset = read_tlv(contents, offset)
            entry = core.load(contents[start:offset], strict=False)
            if not isinstance(entry, core.Sequence):
                continue
            children = [core.load(c, strict=False) for c in _children(entry.contents)]
            if not children or not isinstance(children[0], core.Integer):
                continue
            values = [_text(child) for child in children[1:]]
            fields[int(children[0].native)] = [v for v in values if v is not None]
        return fields
    except (ValueError, TypeError) as exc:
        raise CitizenIdError(CitizenIdProblem.FIELD_COUNT, f"DG13 is not the CCCD structure: {exc}") from None


def _children(contents: bytes) -> list[bytes]:
    out, offset = [], 0
    while offset < len(contents):
        start = offset
        _tag, _value, offset = read_tlv(contents, offset)
        out.append(contents[start:offset])
    return out


def _text(value: core.Asn1Value) -> str | None:
    if isinstance(value, STRING_TYPES):
        return unicodedata.normalize("NFC", str(value.native))
    if isinstance(value, core.Sequence):  # some cards nest each parent's name in its own SEQUENCE
        texts = [_text(core.load(c, strict=False)) for c in _children(value.contents)]
        return " ".join(t for t in texts if t)
    return None


def _date(text: str, problem: CitizenIdProblem) -> str:
    """dd/mm/yyyy → ddMMyyyy of the QR format (validated by the QR parser)."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").strftime("%d%m%Y")
    except ValueError:
        raise CitizenIdError(problem, f"DG13 date is not dd/mm/yyyy (length {len(text)})") from None


def parse_dg13(dg13: bytes, today: date | None = None) -> tuple[CitizenIdCard, ChipPersonalData]:
    """The applicant record and the chip's extra fields; CitizenIdError when a required field is missing or bad."""
    fields = dg13_fields(dg13)

    def one(number: int, problem: CitizenIdProblem) -> str:
        values = fields.get(number) or [""]
        value = values[0]
        if SEPARATOR in value:
            raise CitizenIdError(problem, f"DG13 field {number} contains '|'")
        return value

    id_number = one(1, CitizenIdProblem.ID_NUMBER)
    old_id = one(16, CitizenIdProblem.OLD_ID)
    payload = SEPARATOR.join([
        id_number, old_id, one(2, CitizenIdProblem.NAME),
        _date(one(3, CitizenIdProblem.DATE_OF_BIRTH), CitizenIdProblem.DATE_OF_BIRTH),
        one(4, CitizenIdProblem.SEX), one(9, CitizenIdProblem.ADDRESS),
        _date(one(11, CitizenIdProblem.ISSUE_DATE), CitizenIdProblem.ISSUE_DATE),
    ])
    card = parse_citizen_id_qr(payload, today=today)
    parents = fields.get(13, [])
    expiry_text = (fields.get(12) or [""])[0]
    expiry: date | None = None
    try:
        expiry = datetime.strptime(expiry_text.strip(), "%d/%m/%Y").date() if expiry_text else None
    except ValueError:
        expiry = None  # "Không thời hạn" (no expiry) and other texts
    extra = ChipPersonalData(
        nationality=(fields.get(5) or [""])[0], ethnicity=(fields.get(6) or [""])[0],
        religion=(fields.get(7) or [""])[0], home_town=(fields.get(8) or [""])[0],
        identifying_marks=(fields.get(10) or [""])[0], expiry_date=expiry,
        father_name=parents[0] if parents else "", mother_name=parents[1] if len(parents) > 1 else "",
        spouse_name=(fields.get(14) or [""])[0])
    return card, extra


def encode_dg13(fields: dict[int, list[str]]) -> bytes:
    """DG13 bytes from field id → strings (UTF8String each): the test card's, and the inverse of dg13_fields."""
    entries = b"".join(
        bytes(core.Sequence(contents=core.Integer(number).dump()
                            + b"".join(core.UTF8String(v).dump() for v in values)).dump())
        for number, values in sorted(fields.items()))
    return tlv(DG13_TAG, entries)


__all__ = ["ChipPersonalData", "dg13_fields", "encode_dg13", "mask_id_number", "parse_dg13"]
