"""Issue 16 point 3 (active authentication with an RSA key, ICAO 9303 part 11 §6.1): DG15 holds an RSA key and
the chip signs the challenge with ISO/IEC 9796-2 scheme 1 (partial message recovery). Before, such a chip
was reported "not-checked"; now it is verified, and a wrong signature refuses the card.

The signatures built by hand below are written from ISO/IEC 9796-2 directly (header 0x6A, M1, H(M1 || M2),
trailer), separately from the test chip's signer (testkit/cccd_chip/chip.py ``sign_9796_2``).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card_reader.access import CanKey
from devices.card_reader.apdu import tlv
from devices.card_reader.reading import ChipSession
from kiosk_app.identity.chip_identity import identify
from kiosk_app.identity.passive_auth import ChipNotAuthentic, CscaStore, TrustLevel, active_authentication
from testkit.cccd_chip.chip import ChipTestHooks, VirtualChip
from testkit.cccd_chip.documents import atr, make_card, make_pki
from ui.messages import citizen_text

PKI = make_pki()
KEY = rsa.generate_private_key(65537, 1024)  # the size most passports' active authentication keys have
DG15 = tlv(0x6F, KEY.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo))
CHALLENGE = bytes.fromhex("0123456789ABCDEF")


def signed(representative: bytes, key: rsa.RSAPrivateKey = KEY, complement: bool = False) -> bytes:
    """RSA signature primitive over a message representative (what a chip computes)."""
    numbers = key.private_numbers()
    n = numbers.public_numbers.n
    s = pow(int.from_bytes(representative, "big"), numbers.d, n)
    return (n - s if complement else s).to_bytes(128, "big")


def representative(challenge: bytes = CHALLENGE, header: int = 0x6A, trailer: bytes = b"\xBC",
                   digest: str = "sha1") -> bytes:
    size = hashlib.new(digest).digest_size
    m1 = os.urandom(128 - 1 - size - len(trailer))
    return bytes((header,)) + m1 + hashlib.new(digest, m1 + challenge).digest() + trailer


@pytest.mark.parametrize(("trailer", "digest"), [(b"\xBC", "sha1"), (b"\x33\xCC", "sha1"), (b"\x34\xCC", "sha256"),
                                                  (b"\x36\xCC", "sha384")])
@pytest.mark.parametrize("complement", [False, True], ids=["s", "n-s"])
def test_iso9796_2_signatures_verify(trailer: bytes, digest: str, complement: bool) -> None:
    """Issue 16: the implicit SHA-1 trailer 0xBC and the explicit ones (hash id || 0xCC), with the signature sent
    as s or as n - s (9796-2 allows the smaller), all verify against DG15's key."""
    active_authentication(DG15, CHALLENGE, signed(representative(trailer=trailer, digest=digest), complement=complement))


@pytest.mark.parametrize("case", ["header", "trailer", "challenge", "other key", "pkcs1", "length"])
def test_iso9796_2_signatures_that_do_not_hold_are_refused(case: str) -> None:
    """Issue 16: a wrong header (0x4A, total recovery), an unknown trailer, another challenge, another key, a
    PKCS #1 v1.5 signature and a signature of the wrong length are each refused (ChipNotAuthentic)."""
    if case == "header":
        signature = signed(representative(header=0x4A))
    elif case == "trailer":
        signature = signed(representative(trailer=b"\x99\xCC"))
    elif case == "challenge":
        signature = signed(representative(challenge=bytes(8)))
    elif case == "other key":
        signature = signed(representative(), key=rsa.generate_private_key(65537, 1024))
    elif case == "pkcs1":
        signature = KEY.sign(CHALLENGE, padding.PKCS1v15(), hashes.SHA1())
    else:
        signature = signed(representative())[1:]
    with pytest.raises(ChipNotAuthentic):
        active_authentication(DG15, CHALLENGE, signature)


@pytest.mark.parametrize("digest", ["sha1", "sha256"])
def test_genuine_rsa_chip_is_verified(digest: str) -> None:
    """Issue 16: a chip with an RSA active authentication key (DG15) signs a fresh challenge: "verified",
    chip-verified (it was "not-checked" before)."""
    card = make_card(pki=PKI, aa_rsa=True)
    chip = VirtualChip(card.files, atr(), hooks=ChipTestHooks(aa_hash=digest))
    identity = identify(ChipSession(chip.execute).read(CanKey(card.citizen.can)), CscaStore([PKI.csca]))
    assert identity.active_auth == "verified"
    assert identity.trust is TrustLevel.CHIP_VERIFIED


def test_rsa_chip_signing_with_another_key_is_refused() -> None:
    """Issue 16: DG15 (hashed in EF.SOD) names one RSA key, the chip signs with another (a copied DG15): the
    card is refused, not chip-verified, and the citizen is told the data could not be confirmed."""
    card = make_card(pki=PKI, aa_rsa=True)
    chip = VirtualChip(replace(card.files, aa_key=rsa.generate_private_key(65537, 2048)), atr())
    reading = ChipSession(chip.execute).read(CanKey(card.citizen.can))
    with pytest.raises(ChipNotAuthentic) as refused:
        identify(reading, CscaStore([PKI.csca]))
    assert citizen_text(refused.value, "en") == \
        "The data on this card could not be confirmed. Please go to the reception counter."
