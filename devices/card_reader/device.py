"""What every card reader adapter shares: the state model, presence events, one reading with typed errors.

An adapter supplies :meth:`CardReaderBase._open` (a transport to the card on the reader: ``transmit`` and the
ATR) and its presence monitoring; the reading itself (PACE/BAC, secure messaging, files) is the same code
for the PC/SC reader and the simulated one.
"""
from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager

from devices.base import (
    CardNotifier,
    CardReaderError,
    CardReadFailed,
    DeviceState,
    StatusHolder,
)
from devices.card_reader.access import AccessKey
from devices.card_reader.reading import ChipReading, ChipSession, supports_extended_length

log = logging.getLogger("devices.card_reader")

Transport = tuple[Callable[[bytes], bytes], bytes]  # transmit, ATR


class CardReaderBase(StatusHolder, ABC):
    """Shared logic of the card reader adapters."""

    def __init__(self) -> None:
        self._init_status(CardNotifier())
        self.notifier: CardNotifier
        self._present = False
        self._read_lock = threading.Lock()
        self.last_counters: dict[str, int] = {}

    @property
    def card_present(self) -> bool:
        return self._present

    def _set_present(self, present: bool, atr: bytes = b"") -> None:
        if present == self._present:
            return
        self._present = present
        if present:
            self.notifier.post("card_present", atr)
        else:
            self.notifier.post("card_removed")

    @abstractmethod
    def _open(self) -> AbstractContextManager[Transport]:
        """A transport to the card now on the reader (CardRemoved / CardReaderUnavailable otherwise)."""

    def _extended_length(self, atr: bytes) -> bool:
        return supports_extended_length(atr)

    def read_card(self, key: AccessKey) -> ChipReading:
        """Open the card with ``key`` and read it (blocking). Errors are CardReaderError subclasses."""
        with self._read_lock:
            previous = self.status.state
            if previous.usable:
                self._set_status(DeviceState.BUSY, error=None)
            try:
                with self._open() as (transmit, atr):
                    session = ChipSession(transmit, extended_length=self._extended_length(atr),
                                          progress=lambda done, total: self.notifier.post("read_progress", done, total))
                    reading = session.read(key)
                counters = reading.counters
                self.last_counters = {"apdus": counters.apdus, "bytes_sent": counters.bytes_sent,
                                      "bytes_received": counters.bytes_received}
                log.info("card read: %s, %d APDUs", reading.access, counters.apdus)
                return reading
            except CardReaderError as exc:
                log.info("card reading failed: %s", exc.code)
                raise
            except (ValueError, KeyError) as exc:  # a malformed answer the protocol code did not expect
                raise CardReadFailed(f"malformed chip answer: {type(exc).__name__}", device="card") from exc
            finally:
                if self.status.state is DeviceState.BUSY:
                    self._set_status(DeviceState.ONLINE, error=None)

