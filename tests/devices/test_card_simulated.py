"""Issue 16 point 1: the simulated chip card reader runs the real reading code against the in-process test chip,
and injects each fault the PC/SC reader can have (no reader, card removed mid-read, wrong CAN, unsupported
card, slow card)."""
from __future__ import annotations

import time

import pytest

from devices.base import (
    CardAccessDenied,
    CardReader,
    CardReaderUnavailable,
    CardRemoved,
    CardUnsupported,
    DeviceState,
)
from devices.card_reader.access import CanKey
from devices.card_reader.simulated import SimulatedCardReader
from devices.faults import DeviceFault
from devices.options import SimulatedCardReaderOptions
from devices.registry import DeviceSet
from kiosk_app.identity.chip_identity import identify
from kiosk_app.identity.passive_auth import CscaStore, TrustLevel


@pytest.fixture
def reader(qapp) -> SimulatedCardReader:
    device = SimulatedCardReader(SimulatedCardReaderOptions(slow_s=1.0))
    device.start()
    yield device
    device.stop()


def can(reader: SimulatedCardReader) -> CanKey:
    return CanKey(reader.card.citizen.can)


def test_simulated_reader_is_a_card_reader_and_reads_a_verified_card(reader: SimulatedCardReader) -> None:
    """Issue 16: the simulated reader satisfies the CardReader protocol and its card verifies against its CSCA."""
    assert isinstance(reader, CardReader)
    assert reader.status.state is DeviceState.ONLINE and reader.card_present
    reading = reader.read_card(can(reader))
    identity = identify(reading, CscaStore.from_pem(reader.trust_anchor))
    assert identity.trust is TrustLevel.CHIP_VERIFIED
    assert identity.applicant.full_name == reader.card.citizen.full_name


def test_progress_is_reported_up_to_the_whole_card(reader: SimulatedCardReader, qtbot) -> None:
    """Issue 16: read_progress goes up to the bytes of every file read."""
    seen: list[tuple[int, int]] = []
    reader.notifier.read_progress.connect(lambda done, total: seen.append((done, total)))
    reader.read_card(can(reader))
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == seen[-1][1])
    expected = sum(len(reader.card.files.files[fid]) for fid in reader.card.files.files) + \
        len(reader.card.files.card_access or b"")
    assert seen[-1] == (expected, expected)


def test_no_reader_fault(reader: SimulatedCardReader, qtbot) -> None:
    """Issue 16: DISCONNECT is no_device; a reading raises CardReaderUnavailable; clearing it brings the reader back."""
    with qtbot.waitSignal(reader.notifier.state_changed, check_params_cb=lambda s: s.state is DeviceState.NO_DEVICE):
        reader.inject(DeviceFault.DISCONNECT)
    with pytest.raises(CardReaderUnavailable):
        reader.read_card(can(reader))
    reader.clear(DeviceFault.DISCONNECT)
    assert reader.status.state is DeviceState.ONLINE
    assert reader.read_card(can(reader)).access == "PACE"


def test_card_removed_mid_read_fault_then_clean_retry(reader: SimulatedCardReader, qtbot) -> None:
    """Issue 16: CARD_REMOVED pulls the card mid-read (CardRemoved, card_removed signal); put back, it reads."""
    reader.inject(DeviceFault.CARD_REMOVED)
    with qtbot.waitSignal(reader.notifier.card_removed):
        with pytest.raises(CardRemoved):
            reader.read_card(can(reader))
    assert not reader.card_present
    reader.clear(DeviceFault.CARD_REMOVED)
    with qtbot.waitSignal(reader.notifier.card_present):
        reader.present_card()
    assert 13 in reader.read_card(can(reader)).data_groups


def test_wrong_can_fault_then_retry(reader: SimulatedCardReader) -> None:
    """Issue 16: WRONG_CAN makes PACE fail with CardAccessDenied; without it the same CAN opens the card."""
    reader.inject(DeviceFault.WRONG_CAN)
    with pytest.raises(CardAccessDenied):
        reader.read_card(can(reader))
    reader.clear(DeviceFault.WRONG_CAN)
    assert reader.read_card(can(reader)).access == "PACE"


def test_unsupported_card_fault(reader: SimulatedCardReader) -> None:
    """Issue 16: UNSUPPORTED_CARD (no eMRTD application) is CardUnsupported."""
    reader.inject(DeviceFault.UNSUPPORTED_CARD)
    with pytest.raises(CardUnsupported):
        reader.read_card(can(reader))


def test_slow_card_fault(reader: SimulatedCardReader) -> None:
    """Issue 16: SLOW spreads slow_s over the reading's APDUs: the reading still succeeds, later."""
    start = time.monotonic()
    reader.read_card(can(reader))
    fast = time.monotonic() - start
    reader.inject(DeviceFault.SLOW)
    start = time.monotonic()
    reader.read_card(can(reader))
    assert time.monotonic() - start > fast + 0.2


def test_device_set_builds_the_card_reader_from_a_profile(qapp) -> None:
    """Issue 16: the registry knows the card kind and its adapters; health reports it."""
    devices = DeviceSet({"card": ("simulated", False, {"faults": ["wrong_can"]})})
    devices.start()
    try:
        assert isinstance(devices["card"], SimulatedCardReader)
        assert [h.kind for h in devices.health()] == ["card"]
        assert DeviceFault.WRONG_CAN in devices["card"].faults
    finally:
        devices.stop()
