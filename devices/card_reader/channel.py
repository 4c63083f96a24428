"""A channel to one chip: sends APDUs (protected once secure messaging is on), counts APDUs and bytes.

The transport is any ``transmit(bytes) -> bytes`` (pyscard's connection, or a test chip called
in-process); it raises :class:`~devices.base.CardRemoved` when the card is gone.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from devices.base import CardReadFailed
from devices.card_reader.apdu import CommandApdu, ResponseApdu
from devices.card_reader.sm import SecureMessaging, SecureMessagingError

Transmit = Callable[[bytes], bytes]


@dataclass
class ApduCounters:
    """What went over the wire (for the benchmark and diagnostics; never the content)."""

    apdus: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0


class CardChannel:
    """Sends commands to a chip; wraps them in secure messaging once :attr:`sm` is set."""

    def __init__(self, transmit: Transmit) -> None:
        self._transmit = transmit
        self.sm: SecureMessaging | None = None
        self.counters = ApduCounters()

    def send(self, command: CommandApdu) -> ResponseApdu:
        """One command and its (unprotected) response."""
        protected = self.sm.wrap(command) if self.sm is not None else command
        raw = protected.to_bytes()
        answer = self._transmit(raw)
        self.counters.apdus += 1
        self.counters.bytes_sent += len(raw)
        self.counters.bytes_received += len(answer)
        try:
            response = ResponseApdu.parse(answer)
        except ValueError as exc:
            raise CardReadFailed("response shorter than a status word", device="card") from exc
        if self.sm is None:
            return response
        if response.sw in (0x6987, 0x6988):
            raise CardReadFailed(f"chip rejected secure messaging (SW {response.sw:04X})", device="card")
        if not response.data:  # an error status without SM objects (e.g. 6A82 file not found)
            return response
        try:
            return self.sm.unwrap(response)
        except SecureMessagingError as exc:
            raise CardReadFailed(str(exc), device="card") from exc
