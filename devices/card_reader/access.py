"""Access control of part 11: BAC (§4.3) and PACE with ECDH generic mapping (§4.4), terminal side.

Both end with :class:`~devices.card_reader.sm.SessionKeys` for secure messaging. Randomness and the
terminal's ephemeral keys can be injected so tests reproduce the standard's worked examples byte for byte.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from devices.base import CardAccessDenied, CardReadFailed, CardUnsupported
from devices.card_reader import crypto
from devices.card_reader.apdu import CommandApdu, parse_tlvs, read_tlv, tlv
from devices.card_reader.channel import CardChannel
from devices.card_reader.crypto import KDF_ENC, KDF_MAC, KDF_PACE, CipherKind
from devices.card_reader.ec import EcGroup, PointError
from devices.card_reader.security_infos import PaceInfo
from devices.card_reader.sm import SessionKeys

Random = Callable[[int], bytes]


@dataclass(frozen=True)
class CanKey:
    """The Card Access Number printed on the card (for a CCCD: the last 6 digits of the ID number)."""

    can: str

    def __repr__(self) -> str:  # never log the CAN
        return "CanKey(***)"

    @property
    def password_reference(self) -> int:
        return 0x02

    def pace_secret(self) -> bytes:
        """f(π) of part 11 §9.7.3: the CAN's characters as ISO 8859-1."""
        return self.can.encode("latin-1")


@dataclass(frozen=True)
class MrzKey:
    """Document number, date of birth and date of expiry (YYMMDD) from the MRZ: the BAC key."""

    document_number: str
    date_of_birth: str
    date_of_expiry: str

    def __repr__(self) -> str:
        return "MrzKey(***)"

    @property
    def password_reference(self) -> int:
        return 0x01

    def pace_secret(self) -> bytes:
        return crypto.mrz_key_seed(self.document_number, self.date_of_birth, self.date_of_expiry)

    def bac_seed(self) -> bytes:
        return self.pace_secret()[:16]


AccessKey = CanKey | MrzKey


# ----------------------------------------------------------------------------------------------- BAC
def bac(channel: CardChannel, key: MrzKey, random: Random = os.urandom) -> SessionKeys:
    """Basic access control: mutual authentication with keys from the MRZ; 3DES session keys."""
    seed = key.bac_seed()
    k_enc = crypto.kdf(seed, KDF_ENC, CipherKind.TDES)
    k_mac = crypto.kdf(seed, KDF_MAC, CipherKind.TDES)
    challenge = channel.send(CommandApdu(0x00, 0x84, 0x00, 0x00, le=8))
    if not challenge.ok or len(challenge.data) != 8:
        raise CardUnsupported(f"GET CHALLENGE answered SW {challenge.sw:04X}", device="card")
    rnd_ic = challenge.data
    rnd_ifd, k_ifd = random(8), random(16)
    cryptogram = crypto.encrypt_cbc(CipherKind.TDES, k_enc, rnd_ifd + rnd_ic + k_ifd)
    mac = crypto.retail_mac(k_mac, crypto.pad(cryptogram, 8))
    answer = channel.send(CommandApdu(0x00, 0x82, 0x00, 0x00, cryptogram + mac, le=40))
    if answer.sw in (0x6300, 0x6982) or (answer.ok and len(answer.data) != 40):
        raise CardAccessDenied(f"BAC mutual authentication refused (SW {answer.sw:04X})", device="card")
    if not answer.ok:
        raise CardReadFailed(f"EXTERNAL AUTHENTICATE answered SW {answer.sw:04X}", device="card")
    e_ic, m_ic = answer.data[:32], answer.data[32:]
    if crypto.retail_mac(k_mac, crypto.pad(e_ic, 8)) != m_ic:
        raise CardAccessDenied("BAC: the chip's MAC does not verify", device="card")
    plain = crypto.decrypt_cbc(CipherKind.TDES, k_enc, e_ic)
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise CardAccessDenied("BAC: the chip did not return our challenge", device="card")
    k_ic = plain[16:32]
    session_seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    ssc = int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big")
    return SessionKeys(CipherKind.TDES, crypto.kdf(session_seed, KDF_ENC, CipherKind.TDES),
                       crypto.kdf(session_seed, KDF_MAC, CipherKind.TDES), ssc)


# ---------------------------------------------------------------------------------------------- PACE
@dataclass(frozen=True)
class PaceEphemeral:
    """The terminal's two private keys of one PACE run (mapping, key agreement) and its chip authentication
    key (devices.card_reader.chip_auth); None: random."""

    mapping: int | None = None
    agreement: int | None = None
    chip_auth: int | None = None


def oid_der(dotted: str) -> bytes:
    """The content octets of an OBJECT IDENTIFIER (for MSE:Set AT and the public key data object)."""
    from asn1crypto.core import ObjectIdentifier

    der = bytes(ObjectIdentifier(dotted).dump())
    _tag, value, _end = read_tlv(der)
    return value


def public_key_data(protocol: str, encoded_point: bytes) -> bytes:
    """The public key data object 7F49 {06 OID, 86 point} that PACE tokens MAC (part 11 §4.4.3.4)."""
    return tlv(0x7F49, tlv(0x06, oid_der(protocol)) + tlv(0x86, encoded_point))


def pace_password_key(key: AccessKey, cipher: CipherKind) -> bytes:
    """K_π = KDF_π(f(π)) (part 11 §9.7.3)."""
    return crypto.kdf(key.pace_secret(), KDF_PACE, cipher)


def _general_authenticate(channel: CardChannel, tag: int, value: bytes | None, last: bool) -> bytes:
    """One GENERAL AUTHENTICATE step: 7C {tag value} out, the 7C contents' single object back."""
    data = tlv(0x7C, tlv(tag, value)) if value is not None else b"\x7C\x00"
    response = channel.send(CommandApdu(0x00 if last else 0x10, 0x86, 0x00, 0x00, data, le=256))
    if response.sw in (0x6300, 0x6982) or (response.sw & 0xFFF0) == 0x63C0:
        raise CardAccessDenied(f"PACE refused (SW {response.sw:04X})", device="card")
    if not response.ok:
        raise CardReadFailed(f"GENERAL AUTHENTICATE answered SW {response.sw:04X}", device="card")
    try:
        outer_tag, inner, _ = read_tlv(response.data)
        if outer_tag != 0x7C:
            raise ValueError("no dynamic authentication data")
        return inner
    except ValueError as exc:
        raise CardReadFailed(f"malformed GENERAL AUTHENTICATE response: {exc}", device="card") from exc


def pace(channel: CardChannel, key: AccessKey, info: PaceInfo,
         ephemeral: PaceEphemeral | None = None) -> SessionKeys:
    """PACE with ECDH generic mapping (the variant ``info`` names); secure messaging keys with SSC 0."""
    if not info.supported or info.parameter_id is None:
        raise CardUnsupported(f"PACE variant {info.protocol} / parameters {info.parameter_id} not supported",
                              device="card")
    ephemeral = ephemeral or PaceEphemeral()
    cipher = info.cipher
    group = EcGroup.standard(info.parameter_id)
    mse = (tlv(0x80, oid_der(info.protocol)) + tlv(0x83, bytes((key.password_reference,)))
           + tlv(0x84, bytes((info.parameter_id,))))
    answer = channel.send(CommandApdu(0x00, 0x22, 0xC1, 0xA4, mse))
    if not answer.ok:
        raise CardUnsupported(f"MSE:Set AT answered SW {answer.sw:04X}", device="card")

    # 1. the encrypted nonce
    objects = parse_tlvs(_general_authenticate(channel, 0, None, last=False))
    if 0x80 not in objects:
        raise CardReadFailed("no encrypted nonce", device="card")
    k_pi = pace_password_key(key, cipher)
    nonce = int.from_bytes(crypto.decrypt_cbc(cipher, k_pi, objects[0x80]), "big")

    try:
        # 2. mapping: H = sk·PK_chip, G' = s·G + H
        sk_map = ephemeral.mapping or group.new_private_key()
        objects = parse_tlvs(_general_authenticate(channel, 0x81, group.encode(group.multiply(sk_map)), last=False))
        chip_map = group.decode(objects[0x82])
        mapped = group.mapped(nonce, group.multiply(sk_map, chip_map))

        # 3. key agreement on G'
        sk_eph = ephemeral.agreement or mapped.new_private_key()
        pk_eph = mapped.encode(mapped.multiply(sk_eph))
        objects = parse_tlvs(_general_authenticate(channel, 0x83, pk_eph, last=False))
        chip_eph_bytes = objects[0x84]
        if chip_eph_bytes == pk_eph:
            raise CardAccessDenied("PACE: the chip echoed our ephemeral key", device="card")
        chip_eph = mapped.decode(chip_eph_bytes)
        shared = mapped.x_bytes(mapped.multiply(sk_eph, chip_eph))
    except (PointError, KeyError) as exc:
        raise CardReadFailed(f"PACE key exchange failed: {exc}", device="card") from exc

    ks_enc = crypto.kdf(shared, KDF_ENC, cipher)
    ks_mac = crypto.kdf(shared, KDF_MAC, cipher)
    # 4. mutual authentication with tokens over the other side's public key
    token = crypto.token_mac(cipher, ks_mac, public_key_data(info.protocol, chip_eph_bytes))
    objects = parse_tlvs(_general_authenticate(channel, 0x85, token, last=True))
    expected = crypto.token_mac(cipher, ks_mac, public_key_data(info.protocol, pk_eph))
    if objects.get(0x86) != expected:
        raise CardAccessDenied("PACE: the chip's authentication token does not verify", device="card")
    return SessionKeys(cipher, ks_enc, ks_mac, 0)

