"""VietQR payment payloads (NAPAS, EMVCo merchant-presented QR) for fees due on a dossier.

The format is small and fixed (TLV fields plus a CRC-16/CCITT-FALSE), and no maintained Python
library builds VietQR payloads, so it is written here and checked against the published vectors.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

NAPAS_AID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
SERVICE_TO_CARD = "QRIBFTTC"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def tlv(tag: str, value: str) -> str:
    """One EMVCo field: 2-digit tag, 2-digit length, value (at most 99 characters)."""
    if len(value) > 99:
        raise ValueError(f"field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def ascii_text(text: str) -> str:
    """Strip Vietnamese diacritics (đ → d) and drop anything else outside printable ASCII."""
    text = text.replace("đ", "d").replace("Đ", "D")
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(c for c in folded if " " <= c <= "~")


@dataclass(frozen=True)
class VietQrPayment:
    """A transfer to a bank account; ``amount_vnd`` set makes it a dynamic (one-off) code."""

    bank_bin: str
    account: str
    amount_vnd: int | None = None
    purpose: str = ""
    to_card: bool = False

    def __post_init__(self) -> None:
        if not (self.bank_bin.isdigit() and len(self.bank_bin) == 6):
            raise ValueError("bank BIN must be 6 digits")
        if not self.account or not self.account.isalnum():
            raise ValueError("account must be letters and digits")
        if self.amount_vnd is not None and self.amount_vnd <= 0:
            raise ValueError("amount must be positive")

    def payload(self) -> str:
        """The QR text, ending with field 63 (the CRC over everything before it, tag and length included)."""
        beneficiary = tlv("00", self.bank_bin) + tlv("01", self.account)
        service = SERVICE_TO_CARD if self.to_card else SERVICE_TO_ACCOUNT
        merchant = tlv("00", NAPAS_AID) + tlv("01", beneficiary) + tlv("02", service)
        body = tlv("00", "01") + tlv("01", "12" if self.amount_vnd else "11") + tlv("38", merchant) + tlv("53", "704")
        if self.amount_vnd:
            body += tlv("54", str(self.amount_vnd))
        body += tlv("58", "VN")
        if self.purpose:
            body += tlv("62", tlv("08", ascii_text(self.purpose)[:60]))
        body += "6304"
        return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"


def parse_tlv(text: str) -> dict[str, str]:
    """Split a payload into its top-level fields (for checking a payload; raises ValueError if malformed)."""
    fields: dict[str, str] = {}
    i = 0
    while i < len(text):
        if i + 4 > len(text):
            raise ValueError("truncated field header")
        tag, length = text[i : i + 2], int(text[i + 2 : i + 4])
        value = text[i + 4 : i + 4 + length]
        if len(value) != length:
            raise ValueError(f"field {tag} truncated")
        fields[tag] = value
        i += 4 + length
    return fields


def verify(payload: str) -> bool:
    """True when the payload's CRC matches its content."""
    if len(payload) < 8 or payload[-8:-4] != "6304":
        return False
    return f"{crc16_ccitt_false(payload[:-4].encode('ascii')):04X}" == payload[-4:]
