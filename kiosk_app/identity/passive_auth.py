"""Passive and active authentication of a chip reading (ICAO 9303 part 11 §5.1, §6.1) and its trust level.

Passive authentication: EF.SOD is CMS SignedData over the LDS security object. Its signature is verified
with the document signer's certificate inside it, the signer certificate against a CSCA certificate of the
store configured in the profile (none is shipped as trusted), both certificates' validity is checked, and
every data group read is hashed and compared with the SOD's value. A data group that does not match, or a
signature that does not verify, rejects the reading (:class:`ChipNotAuthentic`). A good signature by a
signer no configured CSCA vouches for gives ``chip-unverified-signer``. Active authentication (DG15 with
an ECDSA key, or an RSA key with ISO/IEC 9796-2 signatures) is checked when the chip offers it. Parsing
with asn1crypto, every signature with cryptography (but the one RSA recovery of 9796-2, see below).
"""
from __future__ import annotations

import datetime as dt
import enum
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from devices.card_reader.apdu import read_tlv
from kiosk_app.identity.lds import LDS_SECURITY_OBJECT_OID, SOD_TAG, LdsSecurityObject

log = logging.getLogger("kiosk.identity")

_HASHES: dict[str, Any] = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
                           "sha384": hashes.SHA384, "sha512": hashes.SHA512}


class TrustLevel(str, enum.Enum):
    """How far the applicant's identity data can be trusted (recorded with the dossier)."""

    CHIP_VERIFIED = "chip-verified"  # SOD signed by a signer chained to a configured CSCA, all hashes match
    CHIP_UNVERIFIED_SIGNER = "chip-unverified-signer"  # read from the chip, hashes match, signer not vouched for
    QR_ONLY = "qr-only"  # typed from the card's printed QR: nothing verified
    # A chip that fails chip authentication (DG14) or active authentication (DG15) gets no level at all: the
    # reading is refused (ChipNotAuthentic, "the data on this card could not be confirmed"), so the applicant
    # can only be filled from the QR or by hand, which is qr-only. A copied chip never reaches chip-*.


class ChipNotAuthentic(Exception):
    """The chip's data fails passive or active authentication: a forged, altered or cloned card."""

    code = "chip_not_authentic"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.params: dict[str, Any] = {}


class CscaStore:
    """The CSCA certificates the kiosk trusts (from the profile; empty by default)."""

    def __init__(self, certificates: Iterable[x509.Certificate] = ()) -> None:
        self.certificates = list(certificates)

    @classmethod
    def from_path(cls, path: Path | None) -> CscaStore:
        """PEM or DER certificates from a file or every file of a directory (None: an empty store)."""
        if path is None:
            return cls()
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        certificates: list[x509.Certificate] = []
        for file in files:
            data = file.read_bytes()
            if b"-----BEGIN CERTIFICATE-----" in data:
                certificates.extend(x509.load_pem_x509_certificates(data))
            else:
                certificates.append(x509.load_der_x509_certificate(data))
        return cls(certificates)

    @classmethod
    def from_pem(cls, pem: bytes) -> CscaStore:
        return cls(x509.load_pem_x509_certificates(pem))

    def __len__(self) -> int:
        return len(self.certificates)


@dataclass(frozen=True)
class PassiveAuthResult:
    """The trust level and why (``reason`` is technician text without personal data)."""

    trust: TrustLevel
    signer: str
    reason: str


def _sod_signed_data(sod: bytes) -> cms.SignedData:
    try:
        tag, content, _ = read_tlv(sod)
        if tag != SOD_TAG:
            raise ValueError(f"tag {tag:X} is not EF.SOD")
        info = cms.ContentInfo.load(content)
        if info["content_type"].native != "signed_data":
            raise ValueError("not CMS SignedData")
        return info["content"]
    except (ValueError, TypeError, KeyError) as exc:
        raise ChipNotAuthentic(f"EF.SOD is not a signed security object: {exc}") from None


def _verify(public_key: Any, signature: bytes, data: bytes, algorithm: str, digest: str) -> None:
    """Verify one signature; InvalidSignature or ValueError when it does not hold."""
    hash_algorithm = _HASHES[digest]()
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, data, ec.ECDSA(hash_algorithm))
    elif isinstance(public_key, rsa.RSAPublicKey):
        if "pss" in algorithm:
            public_key.verify(signature, data, padding.PSS(padding.MGF1(hash_algorithm), padding.PSS.AUTO),
                              hash_algorithm)
        else:
            public_key.verify(signature, data, padding.PKCS1v15(), hash_algorithm)
    else:
        raise ValueError(f"unsupported signer key {type(public_key).__name__}")


def passive_authentication(sod: bytes, data_groups: dict[int, bytes], store: CscaStore,
                           now: dt.datetime | None = None) -> PassiveAuthResult:
    """Check EF.SOD and every data group read; the trust level, or ChipNotAuthentic."""
    now = now or dt.datetime.now(dt.UTC)
    signed = _sod_signed_data(sod)
    encap = signed["encap_content_info"]
    if encap["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
        raise ChipNotAuthentic("EF.SOD does not hold an LDS security object")
    lds_bytes = bytes(encap["content"].contents)
    lds = LdsSecurityObject.load(lds_bytes)
    digest_name = lds["hash_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise ChipNotAuthentic(f"unsupported data group hash {digest_name}")
    expected = {int(entry["data_group_number"].native): bytes(entry["data_group_hash_value"].native)
                for entry in lds["data_group_hash_values"]}
    for number, content in sorted(data_groups.items()):
        if number not in expected:
            raise ChipNotAuthentic(f"DG{number} has no hash in EF.SOD")
        if hashlib.new(digest_name, content).digest() != expected[number]:
            raise ChipNotAuthentic(f"DG{number} does not match its hash in EF.SOD")

    signer_infos = signed["signer_infos"]
    if len(signer_infos) != 1:
        raise ChipNotAuthentic(f"EF.SOD has {len(signer_infos)} signers, expected 1")
    signer_info = signer_infos[0]
    signer = _signer_certificate(signed, signer_info)
    attrs = signer_info["signed_attrs"]
    signer_digest = signer_info["digest_algorithm"]["algorithm"].native
    if signer_digest not in _HASHES:
        raise ChipNotAuthentic(f"unsupported signature digest {signer_digest}")
    values = {attr["type"].native: attr["values"][0] for attr in attrs}
    if values.get("content_type") is None or values["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
        raise ChipNotAuthentic("signed attributes name another content type")
    if "message_digest" not in values or bytes(values["message_digest"].native) != \
            hashlib.new(signer_digest, lds_bytes).digest():
        raise ChipNotAuthentic("the security object does not match its signed digest")
    signed_bytes = b"\x31" + attrs.dump()[1:]  # the signature covers the attributes as a SET OF
    try:
        _verify(signer.public_key(), bytes(signer_info["signature"].native), signed_bytes,
                signer_info["signature_algorithm"]["algorithm"].native, signer_digest)
    except (InvalidSignature, ValueError) as exc:
        raise ChipNotAuthentic(f"EF.SOD signature does not verify: {type(exc).__name__}") from None

    return _result(signer, store, now, signer.subject.rfc4514_string())


def _result(signer: x509.Certificate, store: CscaStore, now: dt.datetime, subject: str) -> PassiveAuthResult:
    if not (signer.not_valid_before_utc <= now <= signer.not_valid_after_utc):
        return PassiveAuthResult(TrustLevel.CHIP_UNVERIFIED_SIGNER, subject, "document signer certificate not valid now")
    if not len(store):
        return PassiveAuthResult(TrustLevel.CHIP_UNVERIFIED_SIGNER, subject, "no CSCA configured")
    for csca in store.certificates:
        if csca.subject != signer.issuer:
            continue
        try:
            signer.verify_directly_issued_by(csca)
        except (InvalidSignature, ValueError, TypeError):
            continue
        if not (csca.not_valid_before_utc <= now <= csca.not_valid_after_utc):
            return PassiveAuthResult(TrustLevel.CHIP_UNVERIFIED_SIGNER, subject, "issuing CSCA not valid now")
        return PassiveAuthResult(TrustLevel.CHIP_VERIFIED, subject, "signer chained to a configured CSCA")
    return PassiveAuthResult(TrustLevel.CHIP_UNVERIFIED_SIGNER, subject, "signer not issued by a configured CSCA")


def _signer_certificate(signed: cms.SignedData, signer_info: cms.SignerInfo) -> x509.Certificate:
    sid = signer_info["sid"]
    for choice in signed["certificates"]:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            match = (cert.issuer == sid.chosen["issuer"]
                     and cert.serial_number == sid.chosen["serial_number"].native)
        else:
            match = cert.key_identifier == sid.chosen.native
        if match:
            return x509.load_der_x509_certificate(cert.dump())
    raise ChipNotAuthentic("EF.SOD does not carry its document signer certificate")


def active_authentication(dg15: bytes, challenge: bytes, signature: bytes) -> None:
    """Verify the chip's INTERNAL AUTHENTICATE answer to ``challenge`` with DG15's key (part 11 §6.1).

    ECDSA keys: a plain r||s signature over SHA-256. RSA keys: ISO/IEC 9796-2 scheme 1 (see
    :func:`recover_9796_2`). ChipNotAuthentic when it does not verify (a copied chip cannot sign);
    ValueError for a key type the standard does not name, which the caller reports as not checked.
    """
    _tag, spki, _ = read_tlv(dg15)
    key = serialization.load_der_public_key(spki)
    if isinstance(key, rsa.RSAPublicKey):
        recover_9796_2(key, challenge, signature)
        return
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise ValueError(f"active authentication with a {type(key).__name__} is not checked")
    half = len(signature) // 2
    if not signature or len(signature) % 2:
        raise ChipNotAuthentic("active authentication signature malformed")
    der = encode_dss_signature(int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big"))
    try:
        key.verify(der, challenge, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise ChipNotAuthentic("active authentication signature does not verify") from None


# ISO/IEC 10118-3 hash identifiers in a two-byte 9796-2 trailer (0x..CC); 0xBC alone means SHA-1.
_TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}


def recover_9796_2(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> bytes:
    """Check an ISO/IEC 9796-2 scheme 1 signature with partial message recovery over ``challenge``; M1 back.

    The chip signs M = M1 || challenge as F = 0x6A || M1 || H(M) || trailer. Verifying means *recovering*
    F = s^e mod n and checking its parts; ``cryptography`` (like the other Python libraries at hand) offers
    RSA public operations only inside PKCS #1 v1.5 or PSS verification and no 9796-2 message recovery, so
    the one modular exponentiation is Python's ``pow`` on the key's public numbers; the hashes are hashlib's.
    ChipNotAuthentic when any part does not hold.
    """
    numbers = key.public_numbers()
    n, size = numbers.n, (numbers.n.bit_length() + 7) // 8
    s = int.from_bytes(signature, "big")
    if len(signature) != size or not 0 < s < n:
        raise ChipNotAuthentic("active authentication signature malformed")
    j = pow(s, numbers.e, n)
    # 9796-2 lets the signer send min(s, n - s): the representative ends in nibble 0xC either way
    representative = j if j % 16 == 12 else n - j
    f = representative.to_bytes(size, "big")
    if f[0] != 0x6A:
        raise ChipNotAuthentic("active authentication signature does not verify (header)")
    if f[-1] == 0xBC:
        digest_name, trailer = "sha1", 1
    elif f[-1] == 0xCC and f[-2] in _TRAILER_HASHES:
        digest_name, trailer = _TRAILER_HASHES[f[-2]], 2
    else:
        raise ChipNotAuthentic("active authentication signature does not verify (trailer)")
    length = hashlib.new(digest_name).digest_size
    m1, digest = f[1:-(trailer + length)], f[-(trailer + length):-trailer]
    if hashlib.new(digest_name, m1 + challenge).digest() != digest:
        raise ChipNotAuthentic("active authentication signature does not verify")
    return m1
