"""Secure messaging of ICAO 9303 part 11 §9.8, terminal side: protect commands, verify and open responses.

3DES (after BAC, or PACE with 3DES) and AES (PACE with AES): send sequence counter, MAC over the padded
header and DO'87'/DO'97' (DO'99' and DO'87' in responses), DO'8E' with the 8-byte MAC.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from devices.card_reader import crypto
from devices.card_reader.apdu import CommandApdu, ResponseApdu, parse_tlvs, tlv
from devices.card_reader.crypto import CipherKind


class SecureMessagingError(Exception):
    """A response failed its MAC, or lacked the objects secure messaging requires."""


@dataclass
class SessionKeys:
    """The session keys and send sequence counter of one secure channel."""

    kind: CipherKind
    ks_enc: bytes
    ks_mac: bytes
    ssc: int = 0
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.size = self.kind.block_size

    def next_ssc(self) -> bytes:
        """Increment the counter and return it as one cipher block."""
        self.ssc = (self.ssc + 1) % (1 << (8 * self.size))
        return self.ssc.to_bytes(self.size, "big")

    def iv(self, ssc: bytes) -> bytes:
        """3DES uses a zero IV, AES the encrypted counter (part 11 §9.8.6.1)."""
        if self.kind is CipherKind.TDES:
            return bytes(8)
        return crypto.encrypt_block(self.kind, self.ks_enc, ssc)


class SecureMessaging:
    """Wraps commands and unwraps responses with one set of session keys."""

    def __init__(self, keys: SessionKeys) -> None:
        self.keys = keys

    def wrap(self, command: CommandApdu) -> CommandApdu:
        """The protected form of ``command`` (its CLA gets the SM bits 0x0C)."""
        keys = self.keys
        cla = command.cla | 0x0C
        header = crypto.pad(bytes((cla, command.ins, command.p1, command.p2)), keys.size)
        ssc = keys.next_ssc()
        do87 = b""
        if command.data:
            encrypted = crypto.encrypt_cbc(keys.kind, keys.ks_enc, crypto.pad(command.data, keys.size), keys.iv(ssc))
            do87 = tlv(0x87, b"\x01" + encrypted)
        do97 = b""
        extended = command.extended
        if command.le is not None:
            le = command.le
            if extended or le > 256:
                do97 = tlv(0x97, (le & 0xFFFF).to_bytes(2, "big"))
            else:
                do97 = tlv(0x97, bytes((le & 0xFF,)))
        mac_input = crypto.pad(ssc + header + do87 + do97, keys.size)
        do8e = tlv(0x8E, crypto.sm_mac(keys.kind, keys.ks_mac, mac_input))
        body = do87 + do97 + do8e
        return CommandApdu(cla, command.ins, command.p1, command.p2, body, 65536 if extended else 256)

    def unwrap(self, response: ResponseApdu) -> ResponseApdu:
        """Verify the MAC of a protected response and return its plain data and status word."""
        keys = self.keys
        ssc = keys.next_ssc()
        try:
            objects = parse_tlvs(response.data)
        except ValueError as exc:
            raise SecureMessagingError(f"malformed protected response (SW {response.sw:04X})") from exc
        if 0x8E not in objects:
            raise SecureMessagingError(f"response without MAC (SW {response.sw:04X})")
        do87 = tlv(0x87, objects[0x87]) if 0x87 in objects else b""
        do99 = tlv(0x99, objects[0x99]) if 0x99 in objects else b""
        mac_input = crypto.pad(ssc + do87 + do99, keys.size)
        if crypto.sm_mac(keys.kind, keys.ks_mac, mac_input) != objects[0x8E]:
            raise SecureMessagingError("response MAC does not verify")
        sw = int.from_bytes(objects[0x99], "big") if 0x99 in objects else response.sw
        data = b""
        if 0x87 in objects:
            value = objects[0x87]
            if not value or value[0] != 0x01:
                raise SecureMessagingError("DO'87' without padding indicator 01")
            data = crypto.unpad(crypto.decrypt_cbc(keys.kind, keys.ks_enc, value[1:], keys.iv(ssc)))
        return ResponseApdu(data, sw)
