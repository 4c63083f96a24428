"""Faults that QA can inject into the simulated devices, from the profile or at run time."""
from __future__ import annotations

import enum
import threading
from collections.abc import Iterable


class DeviceFault(enum.Enum):
    """Every fault a real kiosk device can have, as seen at the device boundary."""

    DISCONNECT = "disconnect"  # unplugged / no answer at all; clear() = reconnect
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    JAM = "jam"
    SLOW = "slow"  # the device answers, but late
    GARBAGE_FRAMES = "garbage_frames"  # camera delivers noise / corrupted frames
    UNREADABLE_CODE = "unreadable_code"  # a code is presented but cannot be decoded
    HARDWARE_ERROR = "hardware_error"  # unrecoverable: needs a technician
    CARD_REMOVED = "card_removed"  # the chip ID card leaves the reader in the middle of a reading
    WRONG_CAN = "wrong_can"  # the card on the reader does not open with the CAN given
    UNSUPPORTED_CARD = "unsupported_card"  # a card that is not an ICAO 9303 chip (a bank card, a transport card)


class FaultSet:
    """The faults active on one simulated device (thread-safe)."""

    def __init__(self, faults: Iterable[DeviceFault | str] = ()) -> None:
        self._lock = threading.Lock()
        self._active: set[DeviceFault] = {DeviceFault(f) for f in faults}

    def add(self, fault: DeviceFault | str) -> None:
        with self._lock:
            self._active.add(DeviceFault(fault))

    def discard(self, fault: DeviceFault | str | None = None) -> None:
        """Remove one fault, or all of them when ``fault`` is None."""
        with self._lock:
            if fault is None:
                self._active.clear()
            else:
                self._active.discard(DeviceFault(fault))

    def __contains__(self, fault: object) -> bool:
        with self._lock:
            return fault in self._active

    def active(self) -> frozenset[DeviceFault]:
        with self._lock:
            return frozenset(self._active)
