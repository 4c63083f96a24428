"""Command and response APDUs (ISO/IEC 7816-4), short and extended length, and BER-TLV helpers.

Written here rather than taken from pyscard: its ``smartcard.util`` works on lists of ints and knows neither
extended length nor the TLV shapes ICAO 9303 uses; these few functions are what the reader and the test
chip need.
"""
from __future__ import annotations

from dataclasses import dataclass

SW_OK = 0x9000


@dataclass(frozen=True)
class CommandApdu:
    """One command. ``le`` None: no response data expected; 0: as much as possible (256 / 65536)."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    @property
    def extended(self) -> bool:
        return len(self.data) > 255 or (self.le is not None and self.le > 256)

    def to_bytes(self) -> bytes:
        header = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.extended:
            body = b""
            if self.data:
                body += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = (self.le & 0xFFFF).to_bytes(2, "big")
                body += le if self.data else b"\x00" + le
            return header + body
        body = bytes((len(self.data),)) + self.data if self.data else b""
        if self.le is not None:
            body += bytes((self.le & 0xFF,))
        return header + body

    @classmethod
    def parse(cls, raw: bytes) -> CommandApdu:
        """Parse a command (all four ISO cases, short or extended); ValueError when malformed."""
        if len(raw) < 4:
            raise ValueError("APDU shorter than its header")
        cla, ins, p1, p2 = raw[:4]
        body = raw[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or 256)
        if body[0] == 0 and len(body) >= 3:  # extended
            if len(body) == 3:
                return cls(cla, ins, p1, p2, le=int.from_bytes(body[1:3], "big") or 65536)
            lc = int.from_bytes(body[1:3], "big")
            data = body[3:3 + lc]
            rest = body[3 + lc:]
            if len(data) != lc or len(rest) not in (0, 2):
                raise ValueError("extended APDU length mismatch")
            le = (int.from_bytes(rest, "big") or 65536) if rest else None
            return cls(cla, ins, p1, p2, data, le)
        lc = body[0]
        data = body[1:1 + lc]
        rest = body[1 + lc:]
        if len(data) != lc or len(rest) > 1:
            raise ValueError("short APDU length mismatch")
        return cls(cla, ins, p1, p2, data, (rest[0] or 256) if rest else None)


@dataclass(frozen=True)
class ResponseApdu:
    """Response data and status word."""

    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")

    @classmethod
    def parse(cls, raw: bytes) -> ResponseApdu:
        if len(raw) < 2:
            raise ValueError("response shorter than a status word")
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))


def encode_length(length: int) -> bytes:
    """BER definite length."""
    if length < 0x80:
        return bytes((length,))
    octets = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(octets),)) + octets


def tlv(tag: int, value: bytes) -> bytes:
    """One BER-TLV object (tags of one to three bytes given as an int)."""
    tag_bytes = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return tag_bytes + encode_length(len(value)) + value


def read_tlv(data: bytes, offset: int = 0) -> tuple[int, bytes, int]:
    """Parse the TLV at ``offset``: (tag, value, offset after it). ValueError when truncated."""
    if offset >= len(data):
        raise ValueError("no TLV at offset")
    tag = data[offset]
    offset += 1
    if tag & 0x1F == 0x1F:
        while True:
            if offset >= len(data):
                raise ValueError("truncated tag")
            tag = (tag << 8) | data[offset]
            offset += 1
            if not data[offset - 1] & 0x80:
                break
    length, offset = read_length(data, offset)
    end = offset + length
    if end > len(data):
        raise ValueError("TLV value truncated")
    return tag, data[offset:end], end


def read_length(data: bytes, offset: int) -> tuple[int, int]:
    """A BER length at ``offset``: (length, offset after it)."""
    if offset >= len(data):
        raise ValueError("truncated length")
    first = data[offset]
    offset += 1
    if first < 0x80:
        return first, offset
    count = first & 0x7F
    if count == 0 or count > 3 or offset + count > len(data):
        raise ValueError("unsupported BER length")
    return int.from_bytes(data[offset:offset + count], "big"), offset + count


def parse_tlvs(data: bytes) -> dict[int, bytes]:
    """The TLVs of a flat sequence by tag (the last one wins)."""
    out: dict[int, bytes] = {}
    offset = 0
    while offset < len(data):
        tag, value, offset = read_tlv(data, offset)
        out[tag] = value
    return out
