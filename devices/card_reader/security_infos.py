"""EF.CardAccess / DG14 SecurityInfos (part 11 §9.2) parsed with asn1crypto: which PACE the chip offers.

``SecurityInfos ::= SET OF SecurityInfo``, ``SecurityInfo ::= SEQUENCE { protocol OID, requiredData ANY,
optionalData ANY OPTIONAL }``; a PACEInfo has the version as requiredData and the standardised domain
parameter id as optionalData.
"""
from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import core

from devices.card_reader.crypto import CipherKind

ID_PACE = "0.4.0.127.0.7.2.2.4"
# id-PACE-ECDH-GM-{3DES, AES-CBC-CMAC-128/192/256} (part 11 §9.2.2)
PACE_ECDH_GM: dict[str, CipherKind] = {
    f"{ID_PACE}.2.1": CipherKind.TDES,
    f"{ID_PACE}.2.2": CipherKind.AES128,
    f"{ID_PACE}.2.3": CipherKind.AES192,
    f"{ID_PACE}.2.4": CipherKind.AES256,
}
ID_CA = "0.4.0.127.0.7.2.2.3"
ID_PK_ECDH = "0.4.0.127.0.7.2.2.1.2"


class SecurityInfo(core.Sequence):  # type: ignore[misc]  # asn1crypto ships no types
    _fields = [
        ("protocol", core.ObjectIdentifier),
        ("required_data", core.Any),
        ("optional_data", core.Any, {"optional": True}),
    ]


class SecurityInfos(core.SetOf):  # type: ignore[misc]
    _child_spec = SecurityInfo


@dataclass(frozen=True)
class PaceInfo:
    """One PACE variant the chip offers."""

    protocol: str
    version: int
    parameter_id: int | None

    @property
    def supported(self) -> bool:
        """ECDH generic mapping with a standardised curve: what this reader implements."""
        from devices.card_reader.ec import STANDARD_CURVES

        return self.protocol in PACE_ECDH_GM and self.parameter_id in STANDARD_CURVES

    @property
    def cipher(self) -> CipherKind:
        return PACE_ECDH_GM[self.protocol]


def parse_security_infos(data: bytes) -> list[tuple[str, bytes, bytes | None]]:
    """Every SecurityInfo as (protocol OID, requiredData DER, optionalData DER or None); ValueError if malformed."""
    try:
        infos = SecurityInfos.load(data, strict=False)
        out: list[tuple[str, bytes, bytes | None]] = []
        for info in infos:
            optional = info["optional_data"]
            out.append((info["protocol"].dotted, info["required_data"].dump(),
                        None if isinstance(optional, core.Void) else optional.dump()))
        return out
    except (ValueError, TypeError) as exc:
        raise ValueError(f"malformed SecurityInfos: {exc}") from exc


def pace_infos(card_access: bytes) -> list[PaceInfo]:
    """The PACEInfos of EF.CardAccess, in the chip's order."""
    out = []
    for protocol, required, optional in parse_security_infos(card_access):
        if protocol.startswith(ID_PACE + ".") and protocol.count(".") == ID_PACE.count(".") + 2:
            version = int(core.Integer.load(required).native)
            parameter = int(core.Integer.load(optional).native) if optional is not None else None
            out.append(PaceInfo(protocol, version, parameter))
    return out


def encode_pace_info(info: PaceInfo) -> bytes:
    """DER of a one-element SecurityInfos holding ``info`` (the test chip's EF.CardAccess)."""
    fields = {"protocol": info.protocol, "required_data": core.Integer(info.version)}
    if info.parameter_id is not None:
        fields["optional_data"] = core.Integer(info.parameter_id)
    return bytes(SecurityInfos([SecurityInfo(fields)]).dump())
