"""The test card's files: DG1, DG2, DG13, DG14, DG15, EF.COM and EF.SOD, signed at test time.

A throw-away CSCA (self-signed) issues a document signer certificate, which signs the LDS security object
(CMS SignedData built with asn1crypto, signatures by ``cryptography``). Nothing here is trusted by the
product: a test or the simulated profile hands the CSCA certificate to the kiosk's CSCA store itself.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field, replace

from asn1crypto import algos, cms, core, keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from ecdsa import curves as ecdsa_curves
from PIL import Image, ImageDraw

from devices.card_reader.access import MrzKey
from devices.card_reader.apdu import read_tlv, tlv
from devices.card_reader.chip_auth import CA_ECDH
from devices.card_reader.security_infos import ID_PK_ECDH, PaceInfo, encode_pace_info
from kiosk_app.identity.dg13 import encode_dg13
from kiosk_app.identity.lds import LDS_SECURITY_OBJECT_OID, SOD_TAG, LdsSecurityObject
from testkit.cccd_chip.chip import ChipFiles

PACE_AES128_BRAINPOOL256 = PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, 13)
ID_AA = "2.23.136.1.1.5"
ECDSA_PLAIN_SHA256 = "0.4.0.127.0.7.1.1.4.1.3"
CA_ECDH_AES128 = next(p for p, kind in CA_ECDH.items() if kind.value == "AES-128")
EC_CURVES_BY_NAME = {"brainpoolP256r1": ecdsa_curves.BRAINPOOLP256r1, "secp256r1": ecdsa_curves.NIST256p,
                     "brainpoolP384r1": ecdsa_curves.BRAINPOOLP384r1, "secp384r1": ecdsa_curves.NIST384p}
DG_TAG_OF = {1: 0x61, 2: 0x75, 13: 0x6D, 14: 0x6E, 15: 0x6F}


@dataclass(frozen=True)
class CardHolder:
    """The person on the test card (fictitious)."""

    id_number: str = "001190012345"  # 1: a woman born in the 20th century; 90: born 1990
    full_name: str = "Nguyễn Thị Minh Khai"
    date_of_birth: dt.date = dt.date(1990, 2, 1)
    sex: str = "Nữ"
    nationality: str = "Việt Nam"
    ethnicity: str = "Kinh"
    religion: str = "Không"
    home_town: str = "Xã Đông Hội, huyện Đông Anh, Hà Nội"
    residence: str = "Số 18 phố Hàng Bài, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội"
    identifying_marks: str = "Nốt ruồi cách 2 cm trên đầu lông mày trái"
    issue_date: dt.date = dt.date(2021, 6, 15)
    expiry_date: dt.date = dt.date(2030, 2, 1)
    father_name: str = "Nguyễn Văn Bình"
    mother_name: str = "Trần Thị Cúc"
    spouse_name: str = ""
    old_id_number: str = "012345678"

    @property
    def can(self) -> str:
        """The CAN printed on a CCCD: the last 6 digits of the ID number."""
        return self.id_number[-6:]

    def __repr__(self) -> str:
        return "CardHolder(...)"


@dataclass
class CardPki:
    """The throw-away CSCA and document signer."""

    csca_key: ec.EllipticCurvePrivateKey
    csca: x509.Certificate
    signer_key: ec.EllipticCurvePrivateKey
    signer: x509.Certificate

    @property
    def csca_pem(self) -> bytes:
        return self.csca.public_bytes(serialization.Encoding.PEM)


def make_pki(country: str = "VN", now: dt.datetime | None = None, signer_days: int = 3650) -> CardPki:
    """A CSCA and a document signer it issued, both valid from yesterday."""
    now = now or dt.datetime.now(dt.UTC)
    csca_key = ec.generate_private_key(ec.SECP256R1())
    csca_name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                           x509.NameAttribute(NameOID.COMMON_NAME, "Test CSCA (throw-away)")])
    csca = (x509.CertificateBuilder().subject_name(csca_name).issuer_name(csca_name)
            .public_key(csca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=4000))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .sign(csca_key, hashes.SHA256()))
    signer_key = ec.generate_private_key(ec.SECP256R1())
    signer = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                                       x509.NameAttribute(NameOID.COMMON_NAME, "Test document signer")]))
              .issuer_name(csca_name).public_key(signer_key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=signer_days))
              .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
              .sign(csca_key, hashes.SHA256()))
    return CardPki(csca_key, csca, signer_key, signer)


def face_jpeg(size: tuple[int, int] = (420, 560)) -> bytes:
    """A synthetic portrait (an oval face on a plain background), JPEG like the card's DG2 image."""
    image = Image.new("RGB", size, (226, 232, 240))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.25, h * 0.18, w * 0.75, h * 0.72), fill=(224, 186, 150), outline=(120, 90, 60), width=4)
    draw.rectangle((w * 0.15, h * 0.78, w * 0.85, h), fill=(40, 60, 120))
    for x in (0.4, 0.6):
        draw.ellipse((w * x - 14, h * 0.4 - 8, w * x + 14, h * 0.4 + 8), fill=(40, 30, 30))
    draw.arc((w * 0.4, h * 0.5, w * 0.6, h * 0.62), 20, 160, fill=(150, 60, 60), width=5)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def mrz_td1(citizen: CardHolder) -> tuple[str, MrzKey]:
    """The TD1 MRZ of a CCCD (document number: the last 9 digits of the ID number) and its BAC key."""
    from devices.card_reader.crypto import check_digit

    number = citizen.id_number[-9:]
    dob = citizen.date_of_birth.strftime("%y%m%d")
    expiry = citizen.expiry_date.strftime("%y%m%d")
    line1 = f"IDVNM{number}{check_digit(number)}{citizen.id_number}".ljust(30, "<")[:30]
    sex = "F" if citizen.sex == "Nữ" else "M"
    line2 = f"{dob}{check_digit(dob)}{sex}{expiry}{check_digit(expiry)}VNM".ljust(29, "<")
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += check_digit(composite)
    line3 = "TEST<<CITIZEN".ljust(30, "<")
    return line1 + line2 + line3, MrzKey(number, dob, expiry)


def dg13_of(citizen: CardHolder) -> bytes:
    fields: dict[int, list[str]] = {
        1: [citizen.id_number], 2: [citizen.full_name], 3: [citizen.date_of_birth.strftime("%d/%m/%Y")],
        4: [citizen.sex], 5: [citizen.nationality], 6: [citizen.ethnicity], 7: [citizen.religion],
        8: [citizen.home_town], 9: [citizen.residence], 10: [citizen.identifying_marks],
        11: [citizen.issue_date.strftime("%d/%m/%Y")], 12: [citizen.expiry_date.strftime("%d/%m/%Y")],
        13: [citizen.father_name, citizen.mother_name], 14: [citizen.spouse_name], 16: [citizen.old_id_number],
    }
    return encode_dg13(fields)


def _security_info(protocol: str, required: core.Asn1Value, optional: core.Asn1Value | None = None) -> bytes:
    body = core.ObjectIdentifier(protocol).dump() + required.dump() + (optional.dump() if optional is not None else b"")
    return bytes(core.Sequence(contents=body).dump())


def chip_auth_public_key_info(key: ec.EllipticCurvePublicKey) -> bytes:
    """A ChipAuthenticationPublicKeyInfo with the key's curve as explicit parameters (as passports carry it)."""
    curve = EC_CURVES_BY_NAME[key.curve.name]
    field = curve.curve
    size = (int(field.p()).bit_length() + 7) // 8
    point = key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    generator = curve.generator
    base = b"\x04" + int(generator.x()).to_bytes(size, "big") + int(generator.y()).to_bytes(size, "big")
    domain = keys.SpecifiedECDomain({
        "version": "ecdpVer1",
        "field_id": {"field_type": "prime_field", "parameters": core.Integer(int(field.p()))},
        "curve": {"a": (int(field.a()) % int(field.p())).to_bytes(size, "big"), "b": int(field.b()).to_bytes(size, "big")},
        "base": base, "order": int(curve.order), "cofactor": 1,
    })
    spki = keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": keys.ECDomainParameters(name="specified", value=domain)},
        "public_key": point,
    })
    return _security_info(ID_PK_ECDH, spki)


def security_infos(pace_info: PaceInfo | None, aa: bool, ca_key: ec.EllipticCurvePrivateKey | None,
                   ca_protocol: str = CA_ECDH_AES128) -> bytes:
    """DG14's content: the PACEInfo, an ActiveAuthenticationInfo naming ECDSA-plain-SHA256 and the chip
    authentication infos, as the card has them."""
    infos = []
    if pace_info is not None:
        pace = encode_pace_info(pace_info)
        _tag, body, _ = read_tlv(pace)
        infos.append(body)
    if aa:
        infos.append(_security_info(ID_AA, core.Integer(1), core.ObjectIdentifier(ECDSA_PLAIN_SHA256)))
    if ca_key is not None:
        infos.append(_security_info(ca_protocol, core.Integer(1)))
        infos.append(chip_auth_public_key_info(ca_key.public_key()))
    return bytes(tlv(0x31, b"".join(infos)))


@dataclass
class IssuedCard:
    """Everything a test needs about one card: files for the chip, the person, the PKI that signed it."""

    citizen: CardHolder
    pki: CardPki
    files: ChipFiles
    data_groups: dict[int, bytes] = field(default_factory=dict)

    def with_data_group(self, number: int, content: bytes) -> IssuedCard:
        """A copy whose data group ``number`` is replaced AFTER signing (a tampered card)."""
        files = dict(self.files.files)
        files[0x0100 + number] = content
        groups = dict(self.data_groups)
        groups[number] = content
        return replace(self, files=replace(self.files, files=files), data_groups=groups)


def make_card(citizen: CardHolder | None = None, pki: CardPki | None = None, *,
              pace_info: PaceInfo | None = PACE_AES128_BRAINPOOL256, active_auth: bool = True,
              face: bytes | None = None, has_emrtd: bool = True, chip_auth: bool = True,
              dg14: bool = True, aa_rsa: bool = False, ca_protocol: str = CA_ECDH_AES128,
              ca_key: ec.EllipticCurvePrivateKey | None = None) -> IssuedCard:
    """A signed test card. ``pace_info=None``: a BAC-only card (no EF.CardAccess); ``chip_auth``: a chip
    authentication key (``ca_key``, or a new brainpoolP256r1 one) in DG14 for ``ca_protocol`` (ECDH, AES-128
    unless another is named); ``dg14=False``: no DG14 at all (nor chip
    authentication); ``aa_rsa``: an RSA-2048 active authentication key (ISO/IEC 9796-2 signatures) instead of
    ECDSA."""
    citizen = citizen or CardHolder()
    pki = pki or make_pki()
    mrz, mrz_key = mrz_td1(citizen)
    aa_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None
    if active_auth:
        aa_key = rsa.generate_private_key(65537, 2048) if aa_rsa else ec.generate_private_key(ec.SECP256R1())
    if chip_auth and dg14:
        ca_key = ca_key or ec.generate_private_key(ec.BrainpoolP256R1())
    else:
        ca_key = None
    image = face if face is not None else face_jpeg()
    biometric = tlv(0x7F61, tlv(0x02, b"\x01") + tlv(0x7F60, tlv(0xA1, tlv(0x80, b"\x01\x01")) + tlv(0x5F2E, image)))
    groups = {1: tlv(0x61, tlv(0x5F1F, mrz.encode("ascii"))), 2: tlv(0x75, biometric), 13: dg13_of(citizen)}
    if dg14 and (pace_info is not None or active_auth or ca_key is not None):
        # ActiveAuthenticationInfo names the signature algorithm of an ECDSA key only (part 11 §9.2.6)
        groups[14] = tlv(0x6E, security_infos(pace_info, active_auth and not aa_rsa, ca_key, ca_protocol))
    if aa_key is not None:
        groups[15] = tlv(0x6F, aa_key.public_key().public_bytes(serialization.Encoding.DER,
                                                                 serialization.PublicFormat.SubjectPublicKeyInfo))
    tags = bytes(DG_TAG_OF[n] for n in sorted(groups))
    com = tlv(0x60, tlv(0x5F01, b"0107") + tlv(0x5F36, b"040000") + tlv(0x5C, tags))
    sod = sign_sod(groups, pki)
    files = {0x011E: com, 0x011D: sod, **{0x0100 + n: content for n, content in groups.items()}}
    chip_files = ChipFiles(encode_pace_info(pace_info) if pace_info is not None else None, files,
                           citizen.can, mrz_key, aa_key, has_emrtd, ca_key)
    return IssuedCard(citizen, pki, chip_files, groups)


def sign_sod(groups: dict[int, bytes], pki: CardPki) -> bytes:
    """EF.SOD: CMS SignedData over the LDS security object with SHA-256 hashes of ``groups``."""
    lds = LdsSecurityObject({
        "version": 0,
        "hash_algorithm": {"algorithm": "sha256"},
        "data_group_hash_values": [{"data_group_number": n, "data_group_hash_value": hashlib.sha256(c).digest()}
                                   for n, c in sorted(groups.items())],
    }).dump()
    signed_attrs = cms.CMSAttributes([
        {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
        {"type": "message_digest", "values": [hashlib.sha256(lds).digest()]},
    ])
    signature = pki.signer_key.sign(signed_attrs.dump(), ec.ECDSA(hashes.SHA256()))
    signer_cert = asn1_x509.Certificate.load(pki.signer.public_bytes(serialization.Encoding.DER))
    signed_data = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": LDS_SECURITY_OBJECT_OID, "content": core.ParsableOctetString(lds)},
        "certificates": [signer_cert],
        "signer_infos": [{
            "version": "v1",
            "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
                "issuer": signer_cert.issuer, "serial_number": signer_cert.serial_number}}),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": signed_attrs,
            "signature_algorithm": {"algorithm": "sha256_ecdsa"},
            "signature": signature,
        }],
    })
    content_info = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return tlv(SOD_TAG, content_info.dump())


def atr(extended_length: bool = True) -> bytes:
    """An ATR for T=1 whose historical bytes announce (or not) extended Lc/Le; TCK made to XOR to zero."""
    historical = bytes.fromhex("80" "73" "00" "00") + bytes((0xC0 if extended_length else 0x80,)) + b"CCCD"
    body = bytes((0x80 | len(historical), 0x01)) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3B" + body + bytes((tck,))
