"""The chip side of ICAO 9303 part 11 for the test card: access control, secure messaging, files.

Written against the standard, separately from the terminal code in devices/card_reader (only the
``cryptography``-backed primitives and the EC group are shared); the appendix G.1 test drives this chip with
the example's keys and checks its answers byte for byte, so reader and chip cannot share a protocol mistake
unnoticed.
"""
from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from devices.card_reader import crypto
from devices.card_reader.access import CanKey, MrzKey, oid_der, public_key_data
from devices.card_reader.apdu import CommandApdu, parse_tlvs, read_tlv, tlv
from devices.card_reader.chip_auth import CA_ECDH
from devices.card_reader.crypto import KDF_ENC, KDF_MAC, CipherKind
from devices.card_reader.ec import EcGroup, PointError
from devices.card_reader.security_infos import PACE_ECDH_GM, PaceInfo
from devices.card_reader.sm import SessionKeys

EMRTD_AID = bytes.fromhex("A0000002471001")
SW_OK = b"\x90\x00"


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


@dataclass
class ChipFiles:
    """The card's elementary files by FID, its access keys and its active authentication key."""

    card_access: bytes | None
    files: dict[int, bytes]
    can: str
    mrz: MrzKey
    aa_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None
    has_emrtd: bool = True
    ca_key: ec.EllipticCurvePrivateKey | None = None  # the chip authentication key whose public half is in DG14


@dataclass
class ChipTestHooks:
    """Fixed randomness for reproducing worked examples (None: random)."""

    nonce: bytes | None = None
    aa_hash: str = "sha1"  # the hash of an RSA active authentication signature (sha1: trailer BC; else ..CC)
    mapping_key: int | None = None
    agreement_key: int | None = None
    rnd_ic: bytes | None = None
    k_ic: bytes | None = None


@dataclass
class _Pace:
    info: PaceInfo
    password: bytes
    nonce: int = 0
    group: EcGroup | None = None
    mapped: EcGroup | None = None
    sk_map: int = 0
    sk_eph: int = 0
    pk_eph_ifd: bytes = b""
    pk_eph_ic: bytes = b""
    keys: SessionKeys | None = None
    step: int = 0


@dataclass
class ChipState:
    """Per power cycle."""

    app_selected: bool = False
    selected: int | None = None
    sm: SessionKeys | None = None
    pace: _Pace | None = None
    rnd_ic: bytes = b""
    ca_protocol: str | None = None  # chip authentication: the protocol MSE:Set AT chose
    next_sm: SessionKeys | None = None  # chip authentication: the keys secure messaging restarts with
    log: list[str] = field(default_factory=list)


class VirtualChip:
    """Answers command APDUs. Thread-safe; ``delay_s`` slows every answer (a slow card)."""

    def __init__(self, files: ChipFiles, atr: bytes, hooks: ChipTestHooks | None = None,
                 delay_s: float = 0.0) -> None:
        self.files = files
        self.atr = atr
        self.hooks = hooks or ChipTestHooks()
        self.delay_s = delay_s
        self.state = ChipState()
        self.apdus = 0
        self._lock = threading.Lock()

    def power_on(self) -> None:
        with self._lock:
            self.state = ChipState()

    def execute(self, raw: bytes) -> bytes:
        with self._lock:
            self.apdus += 1
            if self.delay_s:
                time.sleep(self.delay_s)
            try:
                command = CommandApdu.parse(raw)
            except ValueError:
                return sw(0x6700)
            if command.cla & 0x0C == 0x0C:
                return self._secure(command)
            if self.state.sm is not None:  # a plain command ends secure messaging
                self.state.sm = None
                self.state.app_selected = False
            return self._plain(command)

    # ------------------------------------------------------------------------------ plain commands
    def _plain(self, command: CommandApdu) -> bytes:
        ins = command.ins
        if ins == 0xA4:
            return self._select(command, protected=False)[1]
        if ins == 0xB0:
            if self.state.selected != 0x011C:
                return sw(0x6982)
            data, status = self._read(command)
            return data + status
        if ins == 0x22:
            return self._mse(command)
        if ins == 0x86:
            return self._general_authenticate(command)
        if ins == 0x84:
            return self._get_challenge(command)
        if ins == 0x82:
            return self._external_authenticate(command)
        return sw(0x6D00)

    def _select(self, command: CommandApdu, protected: bool) -> tuple[bytes, bytes]:
        if command.p1 == 0x04:
            if command.data == EMRTD_AID and self.files.has_emrtd:
                self.state.app_selected = True
                self.state.selected = None
                return b"", SW_OK
            return b"", sw(0x6A82)
        if command.p1 == 0x00 and command.data == b"\x3F\x00":
            self.state.app_selected = False
            return b"", SW_OK
        if command.p1 == 0x02 and len(command.data) == 2:
            fid = int.from_bytes(command.data, "big")
            if fid == 0x011C and self.files.card_access is not None and not self.state.app_selected:
                self.state.selected = fid
                return b"", SW_OK
            if self.state.app_selected and fid in self.files.files:
                if not protected:
                    return b"", sw(0x6982)
                self.state.selected = fid
                return b"", SW_OK
            return b"", sw(0x6A82)
        return b"", sw(0x6A86)

    def _current_file(self) -> bytes | None:
        selected = self.state.selected
        if selected == 0x011C:
            return self.files.card_access
        return self.files.files.get(selected) if selected is not None else None

    def _read(self, command: CommandApdu) -> tuple[bytes, bytes]:
        content = self._current_file()
        if content is None:
            return b"", sw(0x6986)
        offset = (command.p1 << 8) | command.p2
        if command.p1 & 0x80:
            return b"", sw(0x6A86)
        if offset > len(content):
            return b"", sw(0x6B00)
        length = command.le or 256
        data = content[offset:offset + length]
        return data, (SW_OK if len(data) == length or offset + len(data) == len(content) else sw(0x6282))

    # ----------------------------------------------------------------------------------- PACE, chip side
    def _mse(self, command: CommandApdu) -> bytes:
        if command.p1 != 0xC1 or command.p2 != 0xA4:
            return sw(0x6A86)
        try:
            objects = parse_tlvs(command.data)
        except ValueError:
            return sw(0x6A80)
        oid = objects.get(0x80, b"")
        protocol = next((p for p in PACE_ECDH_GM if oid_der(p) == oid), None)
        parameter = objects.get(0x84, b"\x0d")[0]
        reference = objects.get(0x83, b"\x00")[0]
        if protocol is None or self.files.card_access is None:
            return sw(0x6A80)
        if reference == 0x02:
            password = CanKey(self.files.can).pace_secret()
        elif reference == 0x01:
            password = self.files.mrz.pace_secret()
        else:
            return sw(0x6A88)
        self.state.pace = _Pace(PaceInfo(protocol, 2, parameter), password)
        self.state.sm = None
        return SW_OK

    def _general_authenticate(self, command: CommandApdu) -> bytes:
        run = self.state.pace
        if run is None:
            return sw(0x6985)
        try:
            _tag, inner, _ = read_tlv(command.data)
            objects = parse_tlvs(inner)
            return self._pace_step(run, objects, last=not command.cla & 0x10)
        except (ValueError, PointError, KeyError):
            self.state.pace = None
            return sw(0x6A80)

    def _pace_step(self, run: _Pace, objects: dict[int, bytes], last: bool) -> bytes:
        cipher = run.info.cipher
        hooks = self.hooks
        if run.step == 0:
            run.group = EcGroup.standard(run.info.parameter_id or 13)
            nonce = hooks.nonce or os.urandom(cipher.block_size)
            run.nonce = int.from_bytes(nonce, "big")
            z = crypto.encrypt_cbc(cipher, crypto.kdf(run.password, crypto.KDF_PACE, cipher), nonce)
            run.step = 1
            return tlv(0x7C, tlv(0x80, z)) + SW_OK
        group = run.group
        assert group is not None
        if run.step == 1:
            pk_map_ifd = group.decode(objects[0x81])
            run.sk_map = hooks.mapping_key or group.new_private_key()
            run.mapped = group.mapped(run.nonce, group.multiply(run.sk_map, pk_map_ifd))
            run.step = 2
            return tlv(0x7C, tlv(0x82, group.encode(group.multiply(run.sk_map)))) + SW_OK
        mapped = run.mapped
        assert mapped is not None
        if run.step == 2:
            run.pk_eph_ifd = objects[0x83]
            pk_ifd = mapped.decode(run.pk_eph_ifd)
            run.sk_eph = hooks.agreement_key or mapped.new_private_key()
            run.pk_eph_ic = mapped.encode(mapped.multiply(run.sk_eph))
            shared = mapped.x_bytes(mapped.multiply(run.sk_eph, pk_ifd))
            run.keys = SessionKeys(cipher, crypto.kdf(shared, KDF_ENC, cipher), crypto.kdf(shared, KDF_MAC, cipher), 0)
            run.step = 3
            return tlv(0x7C, tlv(0x84, run.pk_eph_ic)) + SW_OK
        if run.step == 3 and last and run.keys is not None:
            keys = run.keys
            expected = crypto.token_mac(cipher, keys.ks_mac, public_key_data(run.info.protocol, run.pk_eph_ic))
            self.state.pace = None
            if objects.get(0x85) != expected:
                return sw(0x6300)  # wrong password: the terminal's token does not verify
            self.state.sm = keys
            token = crypto.token_mac(cipher, keys.ks_mac, public_key_data(run.info.protocol, run.pk_eph_ifd))
            return tlv(0x7C, tlv(0x86, token)) + SW_OK
        self.state.pace = None
        return sw(0x6985)

    # ------------------------------------------------------------------------------------ BAC, chip side
    def _get_challenge(self, command: CommandApdu) -> bytes:
        self.state.rnd_ic = self.hooks.rnd_ic or os.urandom(8)
        return self.state.rnd_ic + SW_OK

    def _external_authenticate(self, command: CommandApdu) -> bytes:
        seed = self.files.mrz.bac_seed()
        k_enc = crypto.kdf(seed, KDF_ENC, CipherKind.TDES)
        k_mac = crypto.kdf(seed, KDF_MAC, CipherKind.TDES)
        data = command.data
        if len(data) != 40 or not self.state.rnd_ic:
            return sw(0x6700)
        if crypto.retail_mac(k_mac, crypto.pad(data[:32], 8)) != data[32:]:
            return sw(0x6300)
        plain = crypto.decrypt_cbc(CipherKind.TDES, k_enc, data[:32])
        rnd_ifd, rnd_ic, k_ifd = plain[:8], plain[8:16], plain[16:32]
        if rnd_ic != self.state.rnd_ic:
            return sw(0x6300)
        k_ic = self.hooks.k_ic or os.urandom(16)
        answer = crypto.encrypt_cbc(CipherKind.TDES, k_enc, rnd_ic + rnd_ifd + k_ic)
        answer += crypto.retail_mac(k_mac, crypto.pad(answer, 8))
        seed2 = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        self.state.sm = SessionKeys(CipherKind.TDES, crypto.kdf(seed2, KDF_ENC, CipherKind.TDES),
                                    crypto.kdf(seed2, KDF_MAC, CipherKind.TDES),
                                    int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"))
        self.state.rnd_ic = b""
        return answer + SW_OK

    # -------------------------------------------------------------------------- secure messaging, chip side
    def _secure(self, command: CommandApdu) -> bytes:
        keys = self.state.sm
        if keys is None:
            return sw(0x6988)
        try:
            plain = self._unwrap(keys, command)
        except ValueError:
            self.state.sm = None  # part 11 §9.8.4: an SM error ends the session
            return sw(0x6988)
        data, status = self._protected(plain)
        answer = self._wrap(keys, data, status)
        if self.state.next_sm is not None:  # chip authentication done: its answer went under the old keys
            self.state.sm, self.state.next_sm = self.state.next_sm, None
        return answer

    def _unwrap(self, keys: SessionKeys, command: CommandApdu) -> CommandApdu:
        ssc = keys.next_ssc()
        objects = parse_tlvs(command.data)
        header = crypto.pad(bytes((command.cla, command.ins, command.p1, command.p2)), keys.size)
        do87 = tlv(0x87, objects[0x87]) if 0x87 in objects else b""
        do97 = tlv(0x97, objects[0x97]) if 0x97 in objects else b""
        mac = crypto.sm_mac(keys.kind, keys.ks_mac, crypto.pad(ssc + header + do87 + do97, keys.size))
        if objects.get(0x8E) != mac:
            raise ValueError("command MAC")
        data = b""
        if 0x87 in objects:
            data = crypto.unpad(crypto.decrypt_cbc(keys.kind, keys.ks_enc, objects[0x87][1:], keys.iv(ssc)))
        le = None
        if 0x97 in objects:
            le = int.from_bytes(objects[0x97], "big") or (256 if len(objects[0x97]) == 1 else 65536)
        return CommandApdu(command.cla & ~0x0C & 0xFF, command.ins, command.p1, command.p2, data, le)

    def _wrap(self, keys: SessionKeys, data: bytes, status: bytes) -> bytes:
        ssc = keys.next_ssc()
        do87 = b""
        if data:
            encrypted = crypto.encrypt_cbc(keys.kind, keys.ks_enc, crypto.pad(data, keys.size), keys.iv(ssc))
            do87 = tlv(0x87, b"\x01" + encrypted)
        do99 = tlv(0x99, status)
        mac = crypto.sm_mac(keys.kind, keys.ks_mac, crypto.pad(ssc + do87 + do99, keys.size))
        return do87 + do99 + tlv(0x8E, mac) + status

    def _protected(self, command: CommandApdu) -> tuple[bytes, bytes]:
        if command.ins == 0xA4:
            return self._select(command, protected=True)
        if command.ins == 0xB0:
            if not self.state.app_selected and self.state.selected != 0x011C:
                return b"", sw(0x6986)
            return self._read(command)
        if command.ins == 0x88:
            return self._internal_authenticate(command)
        if command.ins == 0x22:
            return self._ca_mse(command)
        if command.ins == 0x86:
            return self._ca_general_authenticate(command)
        return b"", sw(0x6D00)

    # ----------------------------------------------------------------- chip authentication, chip side
    def _ca_mse(self, command: CommandApdu) -> tuple[bytes, bytes]:
        """MSE:Set KAT (41A6, 3DES: the terminal's key in DO'91') or MSE:Set AT (41A4, AES: the protocol in DO'80')."""
        if self.files.ca_key is None:
            return b"", sw(0x6A80)
        try:
            objects = parse_tlvs(command.data)
        except ValueError:
            return b"", sw(0x6A80)
        if (command.p1, command.p2) == (0x41, 0xA6) and 0x91 in objects:
            return self._ca_agree(objects[0x91], CipherKind.TDES)
        if (command.p1, command.p2) == (0x41, 0xA4):
            protocol = next((p for p, kind in CA_ECDH.items() if oid_der(p) == objects.get(0x80)), None)
            if protocol is None or CA_ECDH[protocol] is CipherKind.TDES:
                return b"", sw(0x6A80)
            self.state.ca_protocol = protocol
            return b"", SW_OK
        return b"", sw(0x6A86)

    def _ca_general_authenticate(self, command: CommandApdu) -> tuple[bytes, bytes]:
        protocol, self.state.ca_protocol = self.state.ca_protocol, None
        if protocol is None:
            return b"", sw(0x6985)
        try:
            _tag, inner, _ = read_tlv(command.data)
            public = parse_tlvs(inner)[0x80]
        except (ValueError, KeyError):
            return b"", sw(0x6A80)
        data, status = self._ca_agree(public, CA_ECDH[protocol])
        return (b"\x7C\x00", status) if status == SW_OK else (data, status)

    def _ca_agree(self, terminal_key: bytes, cipher: CipherKind) -> tuple[bytes, bytes]:
        """ECDH with the chip's static key (cryptography's, independent of the terminal's EC code)."""
        key = self.files.ca_key
        assert key is not None
        try:
            peer = ec.EllipticCurvePublicKey.from_encoded_point(key.curve, terminal_key)
        except ValueError:
            return b"", sw(0x6A80)
        shared = key.exchange(ec.ECDH(), peer)
        self.state.next_sm = SessionKeys(cipher, crypto.kdf(shared, KDF_ENC, cipher),
                                         crypto.kdf(shared, KDF_MAC, cipher), 0)
        return b"", SW_OK

    def _internal_authenticate(self, command: CommandApdu) -> tuple[bytes, bytes]:
        key = self.files.aa_key
        if key is None or len(command.data) != 8:
            return b"", sw(0x6D00 if key is None else 0x6700)
        if isinstance(key, rsa.RSAPrivateKey):
            return sign_9796_2(key, command.data, self.hooks.aa_hash), SW_OK
        r, s = decode_dss_signature(key.sign(command.data, ec.ECDSA(hashes.SHA256())))
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big"), SW_OK


# ISO/IEC 10118-3 hash identifiers for the two-byte trailer of ISO/IEC 9796-2.
HASH_IDS = {"sha1": 0x33, "sha256": 0x34, "sha512": 0x35, "sha384": 0x36, "sha224": 0x38}


def sign_9796_2(key: rsa.RSAPrivateKey, challenge: bytes, hash_name: str = "sha1") -> bytes:
    """The chip's ISO/IEC 9796-2 scheme 1 signature (partial recovery) of M1 || challenge, M1 random.

    F = 0x6A || M1 || H(M1 || challenge) || trailer (0xBC for SHA-1, hash id || 0xCC otherwise), as big
    as the modulus; s = F^d mod n (``cryptography`` signs only with PKCS #1 v1.5 or PSS padding, so the
    test chip uses the private numbers), sent as min(s, n - s) as 9796-2 allows.
    """
    numbers = key.private_numbers()
    n = numbers.public_numbers.n
    size = (n.bit_length() + 7) // 8
    trailer = b"\xBC" if hash_name == "sha1" else bytes((HASH_IDS[hash_name], 0xCC))
    digest_size = hashlib.new(hash_name).digest_size
    m1 = os.urandom(size - 1 - digest_size - len(trailer))
    f = b"\x6A" + m1 + hashlib.new(hash_name, m1 + challenge).digest() + trailer
    s = pow(int.from_bytes(f, "big"), numbers.d, n)
    return min(s, n - s).to_bytes(size, "big")
