"""Issue 16 point 3 (chip authentication, ICAO 9303 part 11 §6.2): DG14's key proves the chip is not a copy.

No worked example of chip authentication with every intermediate value could be found in the reference
corpora (ICAO 9303 part 11 prints none; BSI's "Worked Example for EAC" was found only as a title, without
its values). The key agreement is therefore checked against the published ECDH test vector of RFC 7027
appendix A.1 (brainpoolP256r1, the curve of CCCD chips), and the session keys against the KDF rule of part 11
§9.7.1 computed here with hashlib, independently of devices/card_reader/crypto.py (whose KDF the appendix G.1
PACE example already reproduces byte for byte, see test_card_icao_vectors.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from asn1crypto import core, keys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from devices.card_reader.access import CanKey, PaceEphemeral
from devices.card_reader.apdu import tlv
from devices.card_reader.channel import CardChannel
from devices.card_reader.chip_auth import (
    CA_ECDH,
    ChipAuthUnsupported,
    chip_auth_offer,
    chip_authentication,
)
from devices.card_reader.crypto import CipherKind
from devices.card_reader.reading import ChipSession
from devices.card_reader.security_infos import ID_PK_ECDH, PaceInfo
from kiosk_app.identity.chip_identity import identify
from kiosk_app.identity.passive_auth import ChipNotAuthentic, CscaStore, TrustLevel
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import atr, make_card, make_pki

PKI = make_pki()
CA_AES128 = "0.4.0.127.0.7.2.2.3.2.2"
CA_3DES = "0.4.0.127.0.7.2.2.3.2.1"

# RFC 7027 appendix A.1: ECDH on brainpoolP256r1 (A = the chip's static key, B = the terminal's ephemeral key).
D_A = int("81DB1EE100150FF2EA338D708271BE38300CB54241D79950F77B063039804F1D", 16)
Q_A = bytes.fromhex("04"
                    "44106E913F92BC02A1705D9953A8414DB95E1AAA49E81D9E85F929A8E3100BE5"
                    "8AB4846F11CACCB73CE49CBDD120F5A900A69FD32C272223F789EF10EB089BDC")
D_B = int("55E40BC41E37E3E2AD25C3C6654511FFA8474A91A0032087593852D3E7D76BD3", 16)
Q_B = bytes.fromhex("04"
                    "8D2D688C6CF93E1160AD04CC4429117DC2C41825E1E9FCA0ADDD34E6F1B39F7B"
                    "990C57520812BE512641E47034832106BC7D3E8DD0E4C7F1136D7006547CEC6A")
Z_AB = bytes.fromhex("89AFC39D41D3B327814B80940B042590F96556EC91E6AE7939BCE31F3A18BF2B")


def kdf_9_7_1(shared: bytes, counter: int, length: int, digest: str) -> bytes:
    """Part 11 §9.7.1 written out: the first ``length`` bytes of H(K || counter as 32 bits)."""
    return hashlib.new(digest, shared + counter.to_bytes(4, "big")).digest()[:length]


def rfc7027_card(protocol: str = CA_AES128):  # type: ignore[no-untyped-def]
    return make_card(pki=PKI, ca_key=ec.derive_private_key(D_A, ec.BrainpoolP256R1()), ca_protocol=protocol)


class Recorder:
    """A chip stand-in that answers 9000 to everything and keeps the commands (no secure messaging)."""

    def __init__(self) -> None:
        self.commands: list[bytes] = []

    def __call__(self, command: bytes) -> bytes:
        self.commands.append(command)
        return b"\x90\x00"


def test_chip_authentication_reproduces_rfc7027_and_the_part11_kdf() -> None:
    """Issue 16: CA with AES-128: the terminal sends exactly RFC 7027's Q_B (MSE:Set AT with the CA OID, then
    GENERAL AUTHENTICATE 7C{80 Q_B}) and derives KS_enc/KS_MAC = KDF(Z_AB) with Z_AB the RFC's shared secret."""
    card = rfc7027_card()
    offer = chip_auth_offer(card.data_groups[14])
    assert offer is not None and offer.key.point == Q_A and offer.key.parameter_id == 13
    assert offer.protocol == CA_AES128 and offer.cipher is CipherKind.AES128
    recorder = Recorder()
    keys_ = chip_authentication(CardChannel(recorder), offer, ephemeral=D_B)
    assert recorder.commands == [
        bytes.fromhex("0022 41A4 0C 800A04007F00070202030202".replace(" ", "")),
        bytes.fromhex("0086 0000 45 7C43 8041") + Q_B + b"\x00",
    ]
    assert keys_.ks_enc == kdf_9_7_1(Z_AB, 1, 16, "sha1")
    assert keys_.ks_mac == kdf_9_7_1(Z_AB, 2, 16, "sha1")
    assert keys_.ssc == 0


def test_the_test_chip_agrees_the_same_keys_from_rfc7027() -> None:
    """Issue 16: the test chip (cryptography's ECDH with D_A) given Q_B restarts secure messaging with KDF(Z_AB):
    chip and reader reach the published shared secret by separate code."""
    card = rfc7027_card()
    chip = VirtualChip(card.files, atr())
    data, status = chip._ca_agree(Q_B, CipherKind.AES128)  # noqa: SLF001 - the chip's key agreement alone
    assert status == b"\x90\x00"
    assert chip.state.next_sm is not None
    assert chip.state.next_sm.ks_enc == kdf_9_7_1(Z_AB, 1, 16, "sha1")
    assert chip.state.next_sm.ks_mac == kdf_9_7_1(Z_AB, 2, 16, "sha1")


def test_chip_authentication_with_3des_uses_mse_set_kat() -> None:
    """Issue 16: id-CA-ECDH-3DES-CBC-CBC: MSE:Set KAT (41A6) carries Q_B in DO'91'; 3DES keys with DES parity."""
    offer = chip_auth_offer(rfc7027_card(CA_3DES).data_groups[14])
    assert offer is not None and offer.cipher is CipherKind.TDES
    recorder = Recorder()
    keys_ = chip_authentication(CardChannel(recorder), offer, ephemeral=D_B)
    assert recorder.commands == [bytes.fromhex("0022 41A6 43 9141".replace(" ", "")) + Q_B]
    assert keys_.ks_enc[:1] != b"" and len(keys_.ks_enc) == 16
    raw = kdf_9_7_1(Z_AB, 1, 16, "sha1")
    assert all((a ^ b) in (0, 1) for a, b in zip(keys_.ks_enc, raw, strict=True))  # only parity bits differ
    assert all(bin(byte).count("1") % 2 == 1 for byte in keys_.ks_enc)


@pytest.mark.parametrize("protocol", sorted(CA_ECDH))
def test_genuine_chip_passes_chip_authentication_with_each_cipher(protocol: str) -> None:
    """Issue 16: a genuine chip: CA verified, the rest of the card read under the keys agreed with the chip
    (PACE 3DES, then secure messaging in the CA protocol's cipher), trust chip-verified."""
    card = make_card(pki=PKI, pace_info=PaceInfo("0.4.0.127.0.7.2.2.4.2.1", 2, 13), ca_protocol=protocol)
    chip = VirtualChip(card.files, atr())
    reading = ChipSession(chip.execute).read(CanKey(card.citizen.can))
    assert reading.chip_auth == "verified"
    assert reading.data_groups == card.data_groups
    assert chip.state.sm is not None and chip.state.sm.kind is CA_ECDH[protocol]
    identity = identify(reading, CscaStore([PKI.csca]))
    assert identity.trust is TrustLevel.CHIP_VERIFIED and identity.chip_auth == "verified"


def test_the_reader_uses_the_injected_ephemeral_key() -> None:
    """Issue 16: with the terminal's CA key injected, the whole reading of the RFC 7027 card still verifies."""
    card = rfc7027_card()
    session = ChipSession(VirtualChip(card.files, atr()).execute, ephemeral=PaceEphemeral(chip_auth=D_B))
    assert session.read(CanKey(card.citizen.can)).chip_auth == "verified"


def test_a_cloned_chip_fails_chip_authentication_and_is_not_verified() -> None:
    """Issue 16: a copy of a genuine card (same DG14 and EF.SOD, hashes and signature all good) on a chip with
    another private key: chip authentication fails, the reading stops after DG14, and the card is refused
    (ChipNotAuthentic: the citizen is told the data could not be confirmed); no chip trust level at all."""
    card = make_card(pki=PKI)
    clone = replace(card.files, ca_key=ec.generate_private_key(ec.BrainpoolP256R1()))
    reading = ChipSession(VirtualChip(clone, atr()).execute).read(CanKey(card.citizen.can))
    assert reading.chip_auth == "failed"
    assert sorted(reading.data_groups) == [14] and reading.sod == b""  # nothing else read from a copy
    with pytest.raises(ChipNotAuthentic, match="chip authentication failed"):
        identify(reading, CscaStore([PKI.csca]))


def test_a_chip_refusing_chip_authentication_fails_it() -> None:
    """Issue 16: a chip that offers CA in DG14 but refuses MSE:Set AT (a copy on a chip without the protocol)."""
    card = make_card(pki=PKI)
    chip = VirtualChip(replace(card.files, ca_key=None), atr())
    reading = ChipSession(chip.execute).read(CanKey(card.citizen.can))
    assert reading.chip_auth == "failed"
    with pytest.raises(ChipNotAuthentic):
        identify(reading, CscaStore([PKI.csca]))


def test_a_card_without_dg14_still_reads() -> None:
    """Issue 16: a test-chip variant without DG14: no chip authentication offered, read and verified by PA."""
    card = make_card(pki=PKI, dg14=False)
    reading = ChipSession(VirtualChip(card.files, atr()).execute).read(CanKey(card.citizen.can))
    assert reading.chip_auth == "not-offered" and 14 not in reading.data_groups
    identity = identify(reading, CscaStore([PKI.csca]))
    assert identity.trust is TrustLevel.CHIP_VERIFIED and identity.chip_auth == "not-offered"


def test_a_dg14_without_chip_authentication_info_means_ecdh_3des() -> None:
    """Issue 16 (part 11 §9.2.5): a ChipAuthenticationPublicKeyInfo alone implies id-CA-ECDH-3DES-CBC-CBC; a named
    curve in the SubjectPublicKeyInfo is read as well as explicit parameters."""
    spki = keys.PublicKeyInfo.load(ec.derive_private_key(D_A, ec.BrainpoolP256R1()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
    info = core.Sequence(contents=core.ObjectIdentifier(ID_PK_ECDH).dump() + spki.dump()).dump()
    offer = chip_auth_offer(tlv(0x6E, tlv(0x31, info)))
    assert offer is not None and offer.protocol == CA_3DES and offer.key.point == Q_A


def test_dh_chip_authentication_is_reported_not_checked() -> None:
    """Issue 16: DG14 offering only DH chip authentication: ChipAuthUnsupported (the reading says not-checked)."""
    dh_ca = core.Sequence(contents=core.ObjectIdentifier("0.4.0.127.0.7.2.2.3.1.2").dump() + core.Integer(1).dump())
    dh_pk = core.Sequence(contents=core.ObjectIdentifier("0.4.0.127.0.7.2.2.1.1").dump() + core.Null().dump())
    with pytest.raises(ChipAuthUnsupported):
        chip_auth_offer(tlv(0x6E, tlv(0x31, dh_ca.dump() + dh_pk.dump())))
