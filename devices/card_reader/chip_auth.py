"""Chip authentication (ICAO 9303 part 11 §6.2; BSI TR-03110 part 3 §B.1 for the protocol detail), terminal side.

DG14 names the chip's static key agreement key (``ChipAuthenticationPublicKeyInfo``) and the protocol
(``ChipAuthenticationInfo``: ECDH with 3DES or AES secure messaging). The terminal sends an ephemeral
public key on the chip key's curve (MSE:Set KAT for 3DES; MSE:Set AT + GENERAL AUTHENTICATE for AES), both
sides compute K = x(sk · PK) and derive new session keys with the KDF of PACE (part 11 §9.7.1), and secure
messaging restarts with them (SSC 0). Only a chip holding the private key of its DG14 can answer under the
new keys: a copied chip (DG14 and EF.SOD copied, the private key not) breaks secure messaging on the next
command. DG14 itself is checked by passive authentication, like every data group read.

Only ECDH is implemented (DH chip authentication is reported as not checked). Point arithmetic is the EC
group of PACE (``ecdsa`` package); the test chip computes its side with ``cryptography``'s ECDH.
"""
from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import core, keys

from devices.base import CardAccessDenied, CardReadFailed
from devices.card_reader import crypto
from devices.card_reader.access import oid_der
from devices.card_reader.apdu import CommandApdu, read_tlv, tlv
from devices.card_reader.channel import CardChannel
from devices.card_reader.crypto import KDF_ENC, KDF_MAC, CipherKind
from devices.card_reader.ec import STANDARD_CURVES, EcGroup, PointError
from devices.card_reader.security_infos import ID_CA, ID_PK_ECDH, parse_security_infos
from devices.card_reader.sm import SessionKeys

# id-CA-ECDH-{3DES-CBC-CBC, AES-CBC-CMAC-128/192/256} (part 11 §9.2.5)
CA_ECDH: dict[str, CipherKind] = {
    f"{ID_CA}.2.1": CipherKind.TDES,
    f"{ID_CA}.2.2": CipherKind.AES128,
    f"{ID_CA}.2.3": CipherKind.AES192,
    f"{ID_CA}.2.4": CipherKind.AES256,
}
ID_PK_DH = "0.4.0.127.0.7.2.2.1.1"
ID_CA_DH_PREFIX = f"{ID_CA}.1."


class ChipAuthUnsupported(ValueError):
    """DG14 offers chip authentication in a form this reader does not perform (DH, an unknown curve)."""


@dataclass(frozen=True)
class ChipAuthKey:
    """The chip's static public key from DG14, on one of the standardised curves."""

    parameter_id: int  # the standardised domain parameter id of its curve (part 11 §9.5.1)
    point: bytes  # uncompressed encoding 04 || X || Y
    key_id: int | None = None


@dataclass(frozen=True)
class ChipAuthOffer:
    """What DG14 offers: the protocol (its cipher) and the key to run it with."""

    protocol: str
    cipher: CipherKind
    key: ChipAuthKey


def _curve_id(parameters: keys.ECDomainParameters) -> int:
    """The standardised id of a named curve or of explicit parameters equal to a standardised curve's."""
    if parameters.name == "named":
        name = parameters.chosen.native
        for number, curve in STANDARD_CURVES.items():
            if curve.oid == tuple(int(part) for part in parameters.chosen.dotted.split(".")):
                return number
        raise ChipAuthUnsupported(f"chip authentication on curve {name}")
    if parameters.name != "specified":
        raise ChipAuthUnsupported("chip authentication key without domain parameters")
    specified = parameters.chosen
    prime = int(specified["field_id"]["parameters"].native)
    a = int.from_bytes(specified["curve"]["a"].native, "big")
    b = int.from_bytes(specified["curve"]["b"].native, "big")
    order = int(specified["order"].native)
    for number, curve in STANDARD_CURVES.items():
        field = curve.curve
        if (int(field.p()), int(field.a()) % int(field.p()), int(field.b()), int(curve.order)) == \
                (prime, a % prime, b, order):
            group = EcGroup.standard(number)
            if group.encode(group.generator) == bytes(specified["base"].native):
                return number
    raise ChipAuthUnsupported("chip authentication on a curve that is not standardised")


def parse_chip_auth_key(spki_der: bytes, key_id: int | None = None) -> ChipAuthKey:
    """The chip's ECDH key from a SubjectPublicKeyInfo (id-ecPublicKey, named or explicit parameters)."""
    info = keys.PublicKeyInfo.load(spki_der)
    algorithm = info["algorithm"]
    if algorithm["algorithm"].native != "ec":
        raise ChipAuthUnsupported(f"chip authentication key of type {algorithm['algorithm'].native}")
    number = _curve_id(algorithm["parameters"])
    point = bytes(info["public_key"].native)
    try:
        EcGroup.standard(number).decode(point)
    except PointError as exc:
        raise ValueError(f"chip authentication key: {exc}") from None
    return ChipAuthKey(number, point, key_id)


def chip_auth_offer(dg14: bytes) -> ChipAuthOffer | None:
    """The chip authentication DG14 offers (None: none); ChipAuthUnsupported / ValueError as the names say.

    A DG14 with a ChipAuthenticationPublicKeyInfo but no ChipAuthenticationInfo means ECDH with 3DES
    (part 11 §9.2.5: the ChipAuthenticationInfo MAY be absent for that protocol)."""
    _tag, content, _ = read_tlv(dg14)
    protocols: list[tuple[str, int | None]] = []
    public_keys: list[tuple[str, bytes, int | None]] = []
    for protocol, required, optional in parse_security_infos(content):
        if protocol not in (ID_PK_ECDH, ID_PK_DH) and not protocol.startswith(ID_CA + "."):
            continue  # PACE, active authentication, terminal authentication …
        key_id = int(core.Integer.load(optional).native) if optional is not None else None
        if protocol in (ID_PK_ECDH, ID_PK_DH):
            public_keys.append((protocol, required, key_id))
        else:
            protocols.append((protocol, key_id))
    if not public_keys:
        return None
    if not protocols:
        protocols = [(f"{ID_CA}.2.1", None)]
    for protocol, key_id in protocols:
        if protocol.startswith(ID_CA_DH_PREFIX):
            continue
        if protocol not in CA_ECDH:
            continue
        for kind, spki, public_key_id in public_keys:
            if kind == ID_PK_ECDH and (key_id is None or public_key_id is None or key_id == public_key_id):
                return ChipAuthOffer(protocol, CA_ECDH[protocol], parse_chip_auth_key(spki, public_key_id))
    raise ChipAuthUnsupported("DG14 offers chip authentication with Diffie-Hellman only, or an unknown variant")


def chip_authentication(channel: CardChannel, offer: ChipAuthOffer, ephemeral: int | None = None) -> SessionKeys:
    """Run the key agreement with the chip's DG14 key; the new session keys (SSC 0) for the caller to switch to.

    The commands go under the current secure messaging. CardAccessDenied when the chip refuses the key
    agreement; the proof that it holds the private key comes with the next command under the new keys.
    """
    group = EcGroup.standard(offer.key.parameter_id)
    chip_key = group.decode(offer.key.point)
    secret = ephemeral or group.new_private_key()
    public = group.encode(group.multiply(secret))
    key_ref = tlv(0x84, offer.key.key_id.to_bytes(max(1, (offer.key.key_id.bit_length() + 7) // 8), "big")) \
        if offer.key.key_id is not None else b""
    if offer.cipher is CipherKind.TDES:
        answer = channel.send(CommandApdu(0x00, 0x22, 0x41, 0xA6, tlv(0x91, public) + key_ref))
        _check(answer.sw, "MSE:Set KAT")
    else:
        answer = channel.send(CommandApdu(0x00, 0x22, 0x41, 0xA4, tlv(0x80, oid_der(offer.protocol)) + key_ref))
        _check(answer.sw, "MSE:Set AT")
        answer = channel.send(CommandApdu(0x00, 0x86, 0x00, 0x00, tlv(0x7C, tlv(0x80, public)), le=256))
        _check(answer.sw, "GENERAL AUTHENTICATE")
    shared = group.x_bytes(group.multiply(secret, chip_key))
    return session_keys(shared, offer.cipher)


def session_keys(shared: bytes, cipher: CipherKind) -> SessionKeys:
    """KS_enc and KS_MAC from the shared secret with the KDF of part 11 §9.7.1, the counter back at 0."""
    return SessionKeys(cipher, crypto.kdf(shared, KDF_ENC, cipher), crypto.kdf(shared, KDF_MAC, cipher), 0)


def _check(sw: int, step: str) -> None:
    if sw == 0x9000:
        return
    if sw in (0x6982, 0x6985, 0x6A80, 0x6A88, 0x6300):
        raise CardAccessDenied(f"chip authentication: {step} refused (SW {sw:04X})", device="card")
    raise CardReadFailed(f"chip authentication: {step} answered SW {sw:04X}", device="card")
