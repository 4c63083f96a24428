"""Issue 16 point 5: the kiosk reads the test CCCD through a real PC/SC stack (pcscd + vpcd + pyscard).

Every test puts a test chip (testkit/cccd_chip, signed at test time by a throw-away CSCA) on Debian's
vsmartcard-vpcd virtual reader and reads it with the PC/SC adapter exactly as a real reader, then verifies it
with the kiosk's identity code.
"""
from __future__ import annotations

import time
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from devices.base import CardAccessDenied, CardReaderUnavailable, CardRemoved, CardUnsupported, DeviceState
from devices.card_reader.access import CanKey
from devices.card_reader.pcsc import PcscCardReader
from devices.options import PcscCardReaderOptions
from kiosk_app.identity.chip_identity import identify
from kiosk_app.identity.dg13 import dg13_fields
from kiosk_app.identity.passive_auth import ChipNotAuthentic, CscaStore, TrustLevel
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import CardHolder, atr, dg13_of, make_card, make_pki
from tests.devices.card_stack import VirtualReaderBench


def _wait_present(reader: PcscCardReader, present: bool = True, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while reader.card_present is not present:
        assert time.monotonic() < deadline, f"card_present never became {present}"
        time.sleep(0.02)


def test_genuine_card_is_read_and_verified(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 1): a genuine card is read through pcscd and verified: chip-verified, DG13 fields filled."""
    card = make_card()
    virtual_reader.insert(card)
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert reading.access == "PACE"
    assert sorted(reading.data_groups) == [1, 2, 13, 14, 15]
    assert reading.data_groups == card.data_groups
    identity = identify(reading, CscaStore([card.pki.csca]))
    assert identity.trust is TrustLevel.CHIP_VERIFIED
    assert identity.active_auth == "verified"
    assert identity.chip_auth == "verified"  # DG14's key: chip authentication, then the rest under its keys
    applicant = identity.applicant
    assert (applicant.id_number, applicant.full_name, applicant.sex) == \
        ("001190012345", "Nguyễn Thị Minh Khai", "Nữ")
    assert applicant.address == CardHolder().residence
    assert applicant.old_id_number == "012345678"
    assert identity.personal.mother_name == "Trần Thị Cúc"
    assert identity.face_jpeg is not None and identity.face_jpeg.startswith(b"\xff\xd8\xff")
    assert virtual_reader.reader.last_counters["apdus"] > 5


def test_short_apdus_read_the_same_card(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16: without extended length in the ATR the reader falls back to chunked 223-byte READ BINARY."""
    card = make_card()
    virtual_reader.insert(card, extended_length=False)
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert reading.data_groups == card.data_groups
    assert reading.counters.apdus > len(card.data_groups[2]) // 223


def test_tampered_dg13_fails_its_hash(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 2): a DG13 changed after signing is read but fails passive authentication."""
    card = make_card()
    forged = card.with_data_group(13, dg13_of(CardHolder(full_name="Kẻ Mạo Danh")))
    virtual_reader.insert(forged)
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert dg13_fields(reading.data_groups[13])[2] == ["Kẻ Mạo Danh"]
    with pytest.raises(ChipNotAuthentic, match="DG13 does not match its hash"):
        identify(reading, CscaStore([card.pki.csca]))


def test_untrusted_signer_is_reported(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 3): a card signed under a CSCA the kiosk does not trust is chip-unverified-signer."""
    card = make_card()
    virtual_reader.insert(card)
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    other = identify(reading, CscaStore([make_pki().csca]))
    assert (other.trust, other.trust_reason) == \
        (TrustLevel.CHIP_UNVERIFIED_SIGNER, "signer not issued by a configured CSCA")
    none = identify(reading, CscaStore())
    assert (none.trust, none.trust_reason) == (TrustLevel.CHIP_UNVERIFIED_SIGNER, "no CSCA configured")


def test_wrong_can_gives_a_clear_error_and_a_retry_works(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 4): a wrong CAN is CardAccessDenied (a retry action), the right CAN then reads the card."""
    card = make_card()
    virtual_reader.insert(card)
    with pytest.raises(CardAccessDenied) as error:
        virtual_reader.reader.read_card(CanKey("000000"))
    assert error.value.code == "card_access_denied"
    assert error.value.action.value == "retry"
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert identify(reading, CscaStore([card.pki.csca])).trust is TrustLevel.CHIP_VERIFIED


def test_card_removed_mid_read_then_a_clean_retry(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 5): the card leaving the reader mid-read is CardRemoved; put back, it reads in full."""
    card = make_card()
    slot = virtual_reader.insert(card, extended_length=False)
    slot.remove_after_apdus = 30
    with pytest.raises(CardRemoved):
        virtual_reader.reader.read_card(CanKey(card.citizen.can))
    with pytest.raises(CardRemoved):  # nothing on the reader now
        virtual_reader.reader.read_card(CanKey(card.citizen.can))
    virtual_reader.insert(card)
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert reading.data_groups == card.data_groups


def test_unknown_card_gets_a_clear_error(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (done-when 6): a card without the eMRTD application (e.g. a bank card) is CardUnsupported."""
    card = make_card(pace_info=None, has_emrtd=False)
    virtual_reader.insert(card)
    with pytest.raises(CardUnsupported) as error:
        virtual_reader.reader.read_card(CanKey("123456"))
    assert error.value.code == "card_unsupported"


def test_bac_only_card_is_read_with_the_mrz_key(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16: a card that offers only BAC is opened with BAC (3DES secure messaging) from its MRZ data."""
    card = make_card(pace_info=None)
    virtual_reader.insert(card)
    with pytest.raises(CardUnsupported):  # a CAN cannot open a BAC-only card
        virtual_reader.reader.read_card(CanKey(card.citizen.can))
    reading = virtual_reader.reader.read_card(card.files.mrz)
    assert reading.access == "BAC"
    assert identify(reading, CscaStore([card.pki.csca])).trust is TrustLevel.CHIP_VERIFIED


def test_cloned_chip_fails_chip_authentication(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (chip authentication): a genuine card's files copied onto a chip with another private key, read
    through pcscd: chip authentication fails, the card is refused and never chip-verified."""
    card = make_card()
    virtual_reader.insert_chip(VirtualChip(replace(card.files, ca_key=ec.generate_private_key(ec.BrainpoolP256R1())),
                                           atr()))
    reading = virtual_reader.reader.read_card(CanKey(card.citizen.can))
    assert reading.chip_auth == "failed"
    with pytest.raises(ChipNotAuthentic, match="chip authentication failed"):
        identify(reading, CscaStore([card.pki.csca]))


@pytest.mark.parametrize("extended_length", [True, False], ids=["extended", "short"])
def test_rsa_active_authentication(virtual_reader: VirtualReaderBench, extended_length: bool) -> None:
    """Issue 16 (RSA active authentication): a chip with an RSA-2048 DG15 key signs the challenge with ISO/IEC
    9796-2 through pcscd (a 256-byte signature, with short APDUs too): verified, chip-verified."""
    card = make_card(aa_rsa=True)
    virtual_reader.insert(card, extended_length=extended_length)
    identity = identify(virtual_reader.reader.read_card(CanKey(card.citizen.can)), CscaStore([card.pki.csca]))
    assert (identity.active_auth, identity.trust) == ("verified", TrustLevel.CHIP_VERIFIED)


def test_presence_events_follow_the_card(virtual_reader: VirtualReaderBench, qtbot) -> None:
    """Issue 16: the PC/SC adapter goes online and signals card present and removed as the card comes and goes."""
    reader = virtual_reader.reader
    with qtbot.waitSignal(reader.notifier.state_changed, timeout=10_000,
                          check_params_cb=lambda status: status.state is DeviceState.ONLINE):
        reader.start()
    card = make_card()
    with qtbot.waitSignal(reader.notifier.card_present, timeout=10_000) as present:
        virtual_reader.insert(card)
    assert present.args[0][:1] == b"\x3b"
    with qtbot.waitSignal(reader.notifier.card_removed, timeout=10_000):
        virtual_reader.remove()
    assert not reader.card_present


def test_no_reader_is_reported_as_no_device(pcscd: None, qapp, qtbot) -> None:
    """Issue 16: a reader name that matches nothing is no_device and a reading raises CardReaderUnavailable."""
    reader = PcscCardReader(PcscCardReaderOptions(reader="no such reader", poll_s=0.1))
    try:
        with qtbot.waitSignal(reader.notifier.state_changed, timeout=10_000,
                              check_params_cb=lambda status: status.state is DeviceState.NO_DEVICE):
            reader.start()
        with pytest.raises(CardReaderUnavailable):
            reader.read_card(CanKey("123456"))
    finally:
        reader.stop()
