"""Fixtures for the chip card tests: a real pcscd + vpcd stack with the test chip inserted through it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.card_reader.pcsc import PcscCardReader
from devices.options import PcscCardReaderOptions
from testkit.cccd_chip import pcsc_stack
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import IssuedCard, atr
from testkit.cccd_chip.vpcd import VirtualCardInReader

READER = "Virtual PCD 00 00"


@pytest.fixture(scope="session")
def _pcscd_owner() -> Iterator[None]:
    """At the end of this test process, stop the pcscd it started, if any (never while another process uses it)."""
    yield
    with pcsc_stack.reader_lock():
        pcsc_stack.stop_pcscd()


@pytest.fixture
def pcscd(_pcscd_owner: None) -> Iterator[None]:
    """Exclusive use of a pcscd offering the vpcd reader (the one CI started, or one started here) for one test.

    Parallel test processes take turns through an flock; a process that started pcscd stops it only at its end
    and under the lock, and the next test of another process starts it again if needed.
    """
    with pcsc_stack.reader_lock():
        pcsc_stack.ensure_pcscd()
        yield


class VirtualReaderBench:
    """The vpcd reader for one test: put test cards on it, read them with the PC/SC adapter."""

    def __init__(self) -> None:
        self.slot: VirtualCardInReader | None = None
        self.reader = PcscCardReader(PcscCardReaderOptions(reader=READER, poll_s=0.1))

    def insert(self, card: IssuedCard, extended_length: bool = True) -> VirtualCardInReader:
        self.remove()
        return self.insert_chip(VirtualChip(card.files, atr(extended_length)))

    def insert_chip(self, chip: VirtualChip) -> VirtualCardInReader:
        self.remove()
        self.slot = VirtualCardInReader(chip)
        self.slot.insert()
        pcsc_stack.wait_for_card(READER, present=True)
        return self.slot

    def remove(self) -> None:
        """Take the card away and wait until pcscd reports the reader empty; after a card pulled mid-read, also
        until its slot has settled (a second event follows a few hundred milliseconds later)."""
        if self.slot is not None:
            slot, self.slot = self.slot, None
            slot.remove()
            pcsc_stack.wait_for_card(READER, present=False, settle_s=0.6 if slot.pulled_mid_read else 0.0)


@pytest.fixture
def virtual_reader(pcscd: None, qapp) -> Iterator[VirtualReaderBench]:
    """The vpcd reader for one test (exclusive through ``pcscd``)."""
    bench = VirtualReaderBench()
    try:
        yield bench
    finally:
        bench.reader.stop()
        bench.remove()
