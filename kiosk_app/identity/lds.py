"""ASN.1 of the logical data structure (ICAO 9303 part 10 §4.6.2): the LDS security object inside EF.SOD.

Declared with asn1crypto (the CMS around it is asn1crypto.cms): ``LDSSecurityObject ::= SEQUENCE { version,
hashAlgorithm, dataGroupHashValues SEQUENCE OF DataGroupHash }``.
"""
from __future__ import annotations

from asn1crypto import algos, core

LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
SOD_TAG = 0x77


class DataGroupHash(core.Sequence):  # type: ignore[misc]  # asn1crypto ships no types
    _fields = [("data_group_number", core.Integer), ("data_group_hash_value", core.OctetString)]


class DataGroupHashValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):  # type: ignore[misc]
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]
