"""From a raw chip reading to the applicant's verified identity: the one entry point the kiosk uses.

``identify(reading, store)`` refuses a chip that failed chip authentication (DG14), runs passive
authentication over every data group read, active authentication when DG15 is present, parses DG13 into
the QR parser's applicant record and DG2's portrait, and returns a :class:`ChipIdentity` with its trust
level. The object lives in the visitor's session only; ``wipe()`` drops the face image and the raw data;
its repr carries no personal data.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from devices.card_reader.apdu import read_tlv
from devices.card_reader.reading import ChipReading
from kiosk_app.domain.citizen_id import CitizenIdCard, CitizenIdError, CitizenIdProblem
from kiosk_app.identity.dg13 import ChipPersonalData, parse_dg13
from kiosk_app.identity.passive_auth import (
    ChipNotAuthentic,
    CscaStore,
    TrustLevel,
    active_authentication,
    passive_authentication,
)


@dataclass
class ChipIdentity:
    """The applicant as read from the chip, with how far it is trusted."""

    applicant: CitizenIdCard
    personal: ChipPersonalData
    trust: TrustLevel
    trust_reason: str
    access: str  # PACE or BAC
    active_auth: str  # "verified", "not-offered" or "not-checked" (a DG15 key type the standard does not name)
    chip_auth: str = "not-offered"  # "verified", "not-offered" or "not-checked" (a failed one is refused)
    face_jpeg: bytes | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"ChipIdentity({self.applicant.masked_id}, trust={self.trust.value})"

    def wipe(self) -> None:
        self.face_jpeg = None


def face_image(dg2: bytes) -> bytes | None:
    """The portrait in DG2 (the first image data object 5F2E), from its JPEG start marker; None if absent."""
    def find(data: bytes) -> bytes | None:
        offset = 0
        while offset < len(data):
            tag, value, offset = read_tlv(data, offset)
            if tag == 0x5F2E:
                return value
            if tag in (0x75, 0x7F61, 0x7F60, 0xA1) or (tag >> 8 == 0x7F):
                found = find(value)
                if found is not None:
                    return found
        return None

    try:
        image = find(dg2)
    except ValueError:
        return None
    if image is None:
        return None
    start = image.find(b"\xff\xd8\xff")
    return image[start:] if start >= 0 else None


def identify(reading: ChipReading, store: CscaStore, today: dt.date | None = None,
             now: dt.datetime | None = None) -> ChipIdentity:
    """Verify a reading and parse it; ChipNotAuthentic or CitizenIdError when it cannot be used."""
    if reading.chip_auth == "failed":
        # A copy of a genuine card's files on another chip: it cannot agree keys with DG14's public key.
        raise ChipNotAuthentic("chip authentication failed: the chip does not hold the private key of its DG14")
    if 13 not in reading.data_groups:
        raise CitizenIdError(CitizenIdProblem.FIELD_COUNT, "the chip has no DG13 (not a Vietnamese citizen ID card)")
    result = passive_authentication(reading.sod, reading.data_groups, store, now)
    active = "not-offered"
    dg15 = reading.data_groups.get(15)
    if dg15 is not None:
        if reading.active_auth is None:
            raise ChipNotAuthentic("the chip has an active authentication key but did not sign the challenge")
        try:
            active_authentication(dg15, *reading.active_auth)  # ChipNotAuthentic when it does not verify
            active = "verified"
        except ValueError:
            active = "not-checked"
    applicant, personal = parse_dg13(reading.data_groups[13], today=today)
    dg2 = reading.data_groups.get(2)
    return ChipIdentity(applicant, personal, result.trust, result.reason, reading.access, active,
                        reading.chip_auth, face_image(dg2) if dg2 is not None else None)
