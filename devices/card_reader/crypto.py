"""ICAO 9303 part 11 symmetric primitives: key derivation, 3DES/AES encryption, retail MAC, AES-CMAC, padding.

Every cipher is the ``cryptography`` library's (3DES from its ``decrepit`` module, where the standard's
legacy algorithms live); this module only arranges keys, IVs and blocks the way part 11 prescribes
(9.7.1 KDF, 9.8 secure messaging, D.2/D.3 BAC keys). Nothing here keeps state.
"""
from __future__ import annotations

import enum
import hashlib
from typing import Any

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KDF_ENC = 1
KDF_MAC = 2
KDF_PACE = 3


class CipherKind(enum.Enum):
    """The block ciphers of secure messaging and PACE (with their key lengths in bytes)."""

    TDES = "3DES"
    AES128 = "AES-128"
    AES192 = "AES-192"
    AES256 = "AES-256"

    @property
    def key_length(self) -> int:
        return {CipherKind.TDES: 16, CipherKind.AES128: 16, CipherKind.AES192: 24, CipherKind.AES256: 32}[self]

    @property
    def block_size(self) -> int:
        return 8 if self is CipherKind.TDES else 16


def kdf(shared_secret: bytes, counter: int, kind: CipherKind) -> bytes:
    """Part 11 §9.7.1: the key for ``counter`` (1 = enc, 2 = MAC, 3 = PACE password) from a shared secret.

    3DES and AES-128 use SHA-1, AES-192/256 SHA-256; 3DES keys get odd DES parity as in the worked example.
    """
    data = shared_secret + counter.to_bytes(4, "big")
    if kind in (CipherKind.TDES, CipherKind.AES128):
        digest = hashlib.sha1(data).digest()
    else:
        digest = hashlib.sha256(data).digest()
    key = digest[: kind.key_length]
    return with_des_parity(key) if kind is CipherKind.TDES else key


def with_des_parity(key: bytes) -> bytes:
    """Set the low bit of each byte so it has odd parity (DES ignores it; the standard prints it so)."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | (0 if bin(high).count("1") % 2 else 1))
    return bytes(out)


def mrz_key_seed(document_number: str, date_of_birth: str, date_of_expiry: str) -> bytes:
    """BAC/PACE-MRZ: SHA-1 of the MRZ information (number, birth, expiry, each with its check digit)."""
    return hashlib.sha1(mrz_information(document_number, date_of_birth, date_of_expiry).encode("ascii")).digest()


def mrz_information(document_number: str, date_of_birth: str, date_of_expiry: str) -> str:
    """The MRZ information of part 11 §9.7.2 (document number padded with '<' to 9 characters)."""
    number = document_number.ljust(9, "<")
    return (number + check_digit(number) + date_of_birth + check_digit(date_of_birth)
            + date_of_expiry + check_digit(date_of_expiry))


def check_digit(text: str) -> str:
    """ICAO 9303 part 3 check digit (weights 7, 3, 1)."""
    total = 0
    for index, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif char.isalpha():
            value = ord(char.upper()) - ord("A") + 10
        else:
            value = 0
        total += value * (7, 3, 1)[index % 3]
    return str(total % 10)


def pad(data: bytes, block_size: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros to a block boundary."""
    padded = data + b"\x80"
    return padded + b"\x00" * (-len(padded) % block_size)


def unpad(data: bytes) -> bytes:
    """Remove padding method 2; ValueError when the data is not padded so."""
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise ValueError("bad ISO 9797-1 padding")
    return stripped[:-1]


def _tdes_key(key: bytes) -> bytes:
    """A 24-byte 3DES key (K1 K2 K1) from the standard's 16-byte two-key form."""
    if len(key) == 16:
        return key + key[:8]
    if len(key) == 8:
        return key * 3
    if len(key) == 24:
        return key
    raise ValueError(f"3DES key of {len(key)} bytes")


def _cipher(kind: CipherKind, key: bytes, mode: modes.CBC | modes.ECB) -> Cipher[Any]:
    if kind is CipherKind.TDES:
        return Cipher(TripleDES(_tdes_key(key)), mode)
    return Cipher(algorithms.AES(key), mode)


def encrypt_cbc(kind: CipherKind, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    """CBC encryption of whole blocks (IV zero unless given)."""
    encryptor = _cipher(kind, key, modes.CBC(iv or bytes(kind.block_size))).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def decrypt_cbc(kind: CipherKind, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    """CBC decryption of whole blocks (IV zero unless given)."""
    decryptor = _cipher(kind, key, modes.CBC(iv or bytes(kind.block_size))).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def encrypt_block(kind: CipherKind, key: bytes, block: bytes) -> bytes:
    """One block in ECB mode (the AES secure-messaging IV is E(KSenc, SSC))."""
    encryptor = _cipher(kind, key, modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (the 'retail MAC') over already padded ``data``.

    Single-DES CBC with K1 over all blocks, the last one finished with 3DES (K1, K2, K1): computed as DES-CBC
    of all but the last block, then one 3DES block of (that chain value XOR the last block).
    """
    if len(data) % 8 or not data:
        raise ValueError("retail MAC input must be whole 8-byte blocks")
    k1 = key[:8]
    chain = bytes(8)
    if len(data) > 8:
        chain = encrypt_cbc(CipherKind.TDES, k1 * 3, data[:-8])[-8:]
    last = bytes(a ^ b for a, b in zip(chain, data[-8:], strict=True))
    return encrypt_block(CipherKind.TDES, key, last)


def aes_cmac(key: bytes, data: bytes) -> bytes:
    """AES-CMAC (NIST SP 800-38B) of ``data``, full 16 bytes."""
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()


def sm_mac(kind: CipherKind, key: bytes, padded: bytes) -> bytes:
    """The 8-byte MAC of secure messaging over data the caller already padded (part 11 §9.8.3):
    the retail MAC (3DES) or AES-CMAC truncated to 8 bytes."""
    if kind is CipherKind.TDES:
        return retail_mac(key, padded)
    return aes_cmac(key, padded)[:8]


def token_mac(kind: CipherKind, key: bytes, data: bytes) -> bytes:
    """The 8-byte PACE authentication token MAC (part 11 §4.4.3.4): 3DES pads first, AES-CMAC does not."""
    if kind is CipherKind.TDES:
        return retail_mac(key, pad(data, 8))
    return aes_cmac(key, data)[:8]
