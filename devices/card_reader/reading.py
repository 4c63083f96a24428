"""Reading an ICAO 9303 chip: EF.CardAccess, PACE (or BAC), the eMRTD application's EF.COM, EF.SOD and data groups.

Files are read with chunked READ BINARY under secure messaging: 223 bytes per command with short APDUs (what
fits a protected response in 256 bytes), larger chunks with extended length when the card's ATR offers it.
The result is raw bytes kept in memory only; nothing here logs content. Parsing and verification of what
was read belong to the kiosk core (kiosk_app/identity.py).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from devices.base import CardAccessDenied, CardReadFailed, CardUnsupported
from devices.card_reader.access import AccessKey, CanKey, MrzKey, PaceEphemeral, bac, pace
from devices.card_reader.apdu import CommandApdu, ResponseApdu, read_length, read_tlv
from devices.card_reader.channel import ApduCounters, CardChannel, Transmit
from devices.card_reader.chip_auth import ChipAuthUnsupported, chip_auth_offer, chip_authentication
from devices.card_reader.security_infos import pace_infos
from devices.card_reader.sm import SecureMessaging

log = logging.getLogger("devices.card_reader")

EMRTD_AID = bytes.fromhex("A0000002471001")
FID_CARD_ACCESS = 0x011C
FID_COM = 0x011E
FID_SOD = 0x011D
SHORT_CHUNK = 0xDF
EXTENDED_CHUNK = 0x0F00
# EF.COM tag list (part 10 §4.6.1): data group tag → data group number
DG_TAGS = {0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8, 0x69: 9, 0x6A: 10,
           0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16}
# What the kiosk reads when the chip has it: MRZ, face, Vietnamese data, chip and active authentication keys.
WANTED_DGS = (1, 2, 13, 14, 15)

Progress = Callable[[int, int], None]


@dataclass
class ChipReading:
    """Everything read from one card, raw. Wipe with :meth:`wipe` when the session ends."""

    access: str  # "PACE" or "BAC"
    card_access: bytes | None
    com: bytes
    sod: bytes
    data_groups: dict[int, bytes]
    active_auth: tuple[bytes, bytes] | None = None  # (challenge, signature) when DG15 is present
    counters: ApduCounters = field(default_factory=ApduCounters)
    #: Chip authentication with DG14's key (part 11 §6.2): "verified" (the chip answered under the keys agreed
    #: with it; everything after DG14 was read under them), "failed" (it did not: a copied chip; the reading
    #: stopped after DG14), "not-offered" (no DG14 key), "not-checked" (a variant this reader does not run).
    chip_auth: str = "not-offered"

    def __repr__(self) -> str:
        return f"ChipReading(access={self.access}, dgs={sorted(self.data_groups)})"

    def wipe(self) -> None:
        self.card_access = None
        self.com = b""
        self.sod = b""
        self.data_groups.clear()
        self.active_auth = None


def supports_extended_length(atr: bytes) -> bool:
    """The ATR's card capabilities (historical bytes, compact-TLV tag 7, third byte bit 0x40) offer extended Lc/Le."""
    if len(atr) < 2:
        return False
    count = atr[1] & 0x0F
    index, td = 1, atr[1]
    while True:  # skip the interface bytes
        index += bin(td & 0xF0).count("1")
        if not td & 0x80 or index >= len(atr):
            break
        td = atr[index]
    historical = atr[index + 1:index + 1 + count]
    if not historical or historical[0] != 0x80:
        return False
    offset = 1
    while offset < len(historical):
        tag, length = historical[offset] >> 4, historical[offset] & 0x0F
        value = historical[offset + 1:offset + 1 + length]
        if tag == 0x7 and len(value) >= 3:
            return bool(value[2] & 0x40)
        offset += 1 + length
    return False


class ChipSession:
    """One reading of one card through a channel."""

    def __init__(self, transmit: Transmit, *, extended_length: bool = False,
                 progress: Progress | None = None, ephemeral: PaceEphemeral | None = None) -> None:
        self.channel = CardChannel(transmit)
        self.chunk = EXTENDED_CHUNK if extended_length else SHORT_CHUNK
        self._progress = progress or (lambda done, total: None)
        self._ephemeral = ephemeral or PaceEphemeral()
        self._done = 0
        self._expected = 0

    def read(self, key: AccessKey) -> ChipReading:
        """Open the chip with ``key`` and read EF.COM, EF.SOD and the wanted data groups."""
        card_access = self._read_card_access()
        infos = [info for info in pace_infos(card_access) if info.supported] if card_access else []
        if infos:
            self.channel.sm = SecureMessaging(pace(self.channel, key, infos[0], self._ephemeral))
            self._select_application()
            access = "PACE"
        elif isinstance(key, MrzKey):
            self._select_application()
            self.channel.sm = SecureMessaging(bac(self.channel, key))
            access = "BAC"
        else:
            assert isinstance(key, CanKey)
            self._select_application()  # raises CardUnsupported when there is no eMRTD application
            raise CardUnsupported("the chip offers no PACE this reader knows; a CAN cannot open it", device="card")
        com = self.read_file(FID_COM)
        present = self._data_groups_in(com)
        groups: dict[int, bytes] = {}
        chip_auth = "not-offered"
        if 14 in present:  # chip authentication first: what follows is read under the keys agreed with the chip
            groups[14] = self.read_file(0x010E)
            chip_auth = self._chip_authentication(groups[14])
            if chip_auth == "failed":
                return ChipReading(access, card_access, com, b"", groups, None, self.channel.counters, chip_auth)
        sod = self.read_file(FID_SOD)
        groups.update({number: self.read_file(0x0100 + number) for number in WANTED_DGS
                       if number in present and number not in groups})
        active_auth = self._active_authentication() if 15 in groups else None
        return ChipReading(access, card_access, com, sod, dict(sorted(groups.items())), active_auth,
                           self.channel.counters, chip_auth)

    def _chip_authentication(self, dg14: bytes) -> str:
        """Chip authentication with DG14's key, and the proof: a command answered under the new keys."""
        try:
            offer = chip_auth_offer(dg14)
        except ChipAuthUnsupported as exc:
            log.info("chip authentication not checked: %s", exc)
            return "not-checked"
        except ValueError as exc:  # a DG14 that does not parse: passive authentication judges its hash
            log.info("chip authentication not checked: malformed DG14 (%s)", type(exc).__name__)
            return "not-checked"
        if offer is None:
            return "not-offered"
        try:
            keys = chip_authentication(self.channel, offer, self._ephemeral.chip_auth)
        except (CardAccessDenied, CardReadFailed) as exc:
            log.info("chip authentication refused: %s", exc.code)
            return "failed"
        self.channel.sm = SecureMessaging(keys)
        try:
            answer = self.channel.send(CommandApdu(0x00, 0xA4, 0x02, 0x0C, FID_COM.to_bytes(2, "big")))
        except CardReadFailed:
            log.info("chip authentication failed: the chip does not answer under the agreed keys")
            return "failed"
        if not answer.ok:
            log.info("chip authentication failed: SW %04X under the agreed keys", answer.sw)
            return "failed"
        return "verified"

    def _read_card_access(self) -> bytes | None:
        select = self.channel.send(CommandApdu(0x00, 0xA4, 0x02, 0x0C, FID_CARD_ACCESS.to_bytes(2, "big")))
        if not select.ok:
            return None
        try:
            return self._read_selected()
        except CardReadFailed:
            return None

    def _select_application(self) -> None:
        answer = self.channel.send(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID))
        if not answer.ok:
            raise CardUnsupported(f"no eMRTD application (SW {answer.sw:04X})", device="card")

    @staticmethod
    def _data_groups_in(com: bytes) -> set[int]:
        try:
            tag, value, _ = read_tlv(com)
            offset = 0
            while offset < len(value):
                inner, content, offset = read_tlv(value, offset)
                if inner == 0x5C:
                    return {DG_TAGS[t] for t in content if t in DG_TAGS}
        except ValueError as exc:
            raise CardReadFailed(f"malformed EF.COM: {exc}", device="card") from exc
        raise CardReadFailed("EF.COM without a tag list", device="card")

    def read_file(self, fid: int) -> bytes:
        """Select an elementary file of the application and read all of it."""
        answer = self.channel.send(CommandApdu(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")))
        if not answer.ok:
            raise CardReadFailed(f"file {fid:04X} cannot be selected (SW {answer.sw:04X})", device="card")
        return self._read_selected()

    def _read_selected(self) -> bytes:
        first = self._read_binary(0, self.chunk)
        try:
            _tag, after_tag = _skip_tag(first)
            length, header = read_length(first, after_tag)
        except ValueError as exc:
            raise CardReadFailed(f"file does not start with a TLV: {exc}", device="card") from exc
        total = header + length
        self._expected += total
        data = bytearray(first[:total])
        self._done += len(data)
        self._progress(self._done, self._expected)
        while len(data) < total:
            chunk = self._read_binary(len(data), min(self.chunk, total - len(data)))
            if not chunk:
                raise CardReadFailed("READ BINARY returned no data before the end of the file", device="card")
            data += chunk
            self._done += len(chunk)
            self._progress(self._done, self._expected)
        return bytes(data)

    def _read_binary(self, offset: int, length: int) -> bytes:
        if offset > 0x7FFF:
            raise CardReadFailed("file longer than READ BINARY with offsets can address", device="card")
        answer: ResponseApdu = self.channel.send(
            CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, le=length))
        if answer.sw in (0x6982, 0x6985):
            raise CardAccessDenied(f"READ BINARY refused (SW {answer.sw:04X})", device="card")
        if not answer.ok and answer.sw != 0x6282:
            raise CardReadFailed(f"READ BINARY answered SW {answer.sw:04X}", device="card")
        return answer.data

    def _active_authentication(self) -> tuple[bytes, bytes] | None:
        """INTERNAL AUTHENTICATE with a fresh challenge (part 11 §6.1); the kiosk verifies it with DG15's key."""
        challenge = os.urandom(8)
        answer = self.channel.send(CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, le=256))
        if not answer.ok:
            log.info("active authentication not answered (SW %04X)", answer.sw)
            return None
        return challenge, answer.data


def _skip_tag(data: bytes) -> tuple[int, int]:
    if not data:
        raise ValueError("empty file")
    offset = 1
    if data[0] & 0x1F == 0x1F:
        while offset < len(data) and data[offset] & 0x80:
            offset += 1
        offset += 1
    return data[0], offset
