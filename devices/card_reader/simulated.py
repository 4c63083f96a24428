"""The simulated chip ID card reader: the SAME reading code as the PC/SC reader, against the in-process test chip.

The card is testkit's virtual CCCD (signed by a throw-away CSCA made at start; ``trust_anchor`` exposes that
CSCA so QA can put it in a CSCA store). Faults: DISCONNECT (no reader), CARD_REMOVED (the card leaves after
``removed_after_apdus`` APDUs, and stays off until ``present_card()``), WRONG_CAN (the card on the reader has
another CAN than the citizen's), UNSUPPORTED_CARD (a card without an eMRTD application), SLOW (the reading
takes ``slow_s`` longer, spread over its APDUs), HARDWARE_ERROR.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace

from devices.base import CardReaderUnavailable, CardRemoved, DeviceHardwareError, DeviceState
from devices.card_reader.device import CardReaderBase, Transport
from devices.faults import DeviceFault, FaultSet
from devices.options import SimulatedCardReaderOptions
from testkit.cccd_chip.chip import ChipFiles, VirtualChip
from testkit.cccd_chip.documents import CardHolder, IssuedCard, atr, make_card, make_pki

SLOW_APDUS = 100  # a reading is about this many APDUs with short lengths


class SimulatedCardReader(CardReaderBase):
    """CardReader with the virtual CCCD on it and fault injection."""

    def __init__(self, options: SimulatedCardReaderOptions, card: IssuedCard | None = None) -> None:
        super().__init__()
        self.options = options
        self.faults = FaultSet(options.faults)
        self.card = card or make_card(CardHolder(), make_pki())
        self._on_reader = options.card_present
        self._running = False

    @property
    def trust_anchor(self) -> bytes:
        """The PEM of the CSCA that signed the simulated card (trusted by nobody unless configured)."""
        return self.card.pki.csca_pem

    def start(self) -> None:
        self._running = True
        self._refresh()

    def stop(self) -> None:
        self._running = False
        self._set_present(False)
        self._set_status(DeviceState.OFFLINE, error=None)

    def inject(self, fault: DeviceFault | str) -> None:
        self.faults.add(fault)
        self._refresh()

    def clear(self, fault: DeviceFault | str | None = None) -> None:
        self.faults.discard(fault)
        self._refresh()

    def present_card(self, card: IssuedCard | None = None) -> None:
        """A citizen puts a card (this one, or the simulated CCCD again) on the reader."""
        if card is not None:
            self.card = card
        self._on_reader = True
        self._refresh()

    def remove_card(self) -> None:
        self._on_reader = False
        self._refresh()

    def _refresh(self) -> None:
        if not self._running:
            return
        if DeviceFault.DISCONNECT in self.faults:
            self._set_present(False)
            self._set_status(DeviceState.NO_DEVICE, error=CardReaderUnavailable("simulated reader unplugged",
                                                                                device="card"))
        elif DeviceFault.HARDWARE_ERROR in self.faults:
            self._set_status(DeviceState.HARDWARE_ERROR, error=DeviceHardwareError("simulated reader failure",
                                                                                   device="card"))
        else:
            self._set_status(DeviceState.ONLINE, error=None)
            self._set_present(self._on_reader, self.card_atr)

    @property
    def card_atr(self) -> bytes:
        return atr(extended_length=True)

    def _chip_files(self) -> ChipFiles:
        files = self.card.files
        if DeviceFault.UNSUPPORTED_CARD in self.faults:
            return ChipFiles(None, {}, files.can, files.mrz, None, has_emrtd=False)
        if DeviceFault.WRONG_CAN in self.faults:
            other = f"{(int(files.can) + 1) % 1_000_000:06d}"
            return replace(files, can=other)
        return files

    @contextlib.contextmanager
    def _open(self) -> Iterator[Transport]:
        if DeviceFault.DISCONNECT in self.faults or not self._running:
            raise CardReaderUnavailable("simulated reader unplugged", device="card")
        if not self._on_reader:
            raise CardRemoved("no card on the simulated reader", device="card")
        slow = DeviceFault.SLOW in self.faults
        chip = VirtualChip(self._chip_files(), self.card_atr, delay_s=self.options.slow_s / SLOW_APDUS if slow else 0.0)
        chip.power_on()
        removed_after = self.options.removed_after_apdus if DeviceFault.CARD_REMOVED in self.faults else None

        def transmit(command: bytes) -> bytes:
            if not self._on_reader:
                raise CardRemoved("card taken off the simulated reader", device="card")
            if removed_after is not None and chip.apdus >= removed_after:
                self._on_reader = False
                self._refresh()
                raise CardRemoved("card taken off the simulated reader mid-read", device="card")
            return chip.execute(command)

        yield transmit, self.card_atr
