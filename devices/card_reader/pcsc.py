"""The chip ID card reader through PC/SC (pcscd) with pyscard: contact and contactless readers alike.

A monitor thread follows the reader with SCardGetStatusChange (reader gone → no_device; card put on or
taken off → card_present / card_removed). A reading connects to the card, transmits raw APDUs and maps
pyscard's exceptions to the device errors: no service or reader → CardReaderUnavailable, card gone →
CardRemoved. pyscard is imported only when this adapter is built.
"""
from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from typing import Any

from smartcard.Exceptions import CardConnectionException, NoCardException, SmartcardException
from smartcard.pcsc.PCSCExceptions import BaseSCardException
from smartcard.scard import (
    SCARD_E_NO_READERS_AVAILABLE,
    SCARD_E_TIMEOUT,
    SCARD_S_SUCCESS,
    SCARD_SCOPE_USER,
    SCARD_STATE_CHANGED,
    SCARD_STATE_PRESENT,
    SCARD_STATE_UNAVAILABLE,
    SCARD_STATE_UNAWARE,
    SCARD_STATE_UNKNOWN,
    SCardEstablishContext,
    SCardGetStatusChange,
    SCardListReaders,
    SCardReleaseContext,
)
from smartcard.System import readers

from devices.base import CardReaderUnavailable, CardRemoved, DeviceHardwareError, DeviceState
from devices.card_reader.device import CardReaderBase, Transport
from devices.card_reader.reading import supports_extended_length
from devices.log_limit import RepeatLimitedLog
from devices.monitor import MonitorThread
from devices.options import PcscCardReaderOptions

log = logging.getLogger("devices.card_reader.pcsc")


class PcscCardReader(CardReaderBase):
    """CardReader over pcscd."""

    def __init__(self, options: PcscCardReaderOptions) -> None:
        super().__init__()
        self.options = options
        self._monitor_thread = MonitorThread("card-pcsc", logger=log, on_crash=self._monitor_failed)
        self._repeat_log = RepeatLimitedLog(log)

    # --------------------------------------------------------------------------------------- lifecycle
    def start(self) -> None:
        self._monitor_thread.start(self._monitor)

    def stop(self) -> None:
        self._monitor_thread.stop()
        self._set_status(DeviceState.OFFLINE, error=None)

    def _monitor_failed(self, exc: Exception) -> None:
        """The monitor thread died of an unexpected error: the reader is not followed any more."""
        self._set_present(False)
        self._set_status(DeviceState.HARDWARE_ERROR,
                         error=DeviceHardwareError(f"card reader monitor failed: {exc!r}", device="card"))

    def _matches(self, name: str) -> bool:
        return self.options.reader.lower() in name.lower()

    def _monitor(self, stop: threading.Event) -> None:
        context = None
        while not stop.is_set():
            try:
                if context is None:
                    result, context = SCardEstablishContext(SCARD_SCOPE_USER)
                    if result != SCARD_S_SUCCESS:
                        context = None
                        self._unavailable("PC/SC service (pcscd) not available")
                        stop.wait(1.0)
                        continue
                result, names = SCardListReaders(context, [])
                chosen = [n for n in (names or []) if self._matches(n)] if result == SCARD_S_SUCCESS else []
                if not chosen:
                    detail = "no card reader attached" if result in (SCARD_S_SUCCESS, SCARD_E_NO_READERS_AVAILABLE) \
                        else f"PC/SC error {result:#x}"
                    self._unavailable(detail)
                    if result not in (SCARD_S_SUCCESS, SCARD_E_NO_READERS_AVAILABLE):
                        SCardReleaseContext(context)
                        context = None
                    stop.wait(1.0)
                    continue
                if not self.status.state.usable:
                    self._set_status(DeviceState.ONLINE, error=None)
                self._follow(context, chosen[0], stop)
            except (BaseSCardException, SmartcardException) as exc:
                self._unavailable(f"PC/SC error: {exc}")
                context = None
                stop.wait(1.0)
        if context is not None:
            SCardReleaseContext(context)

    def _follow(self, context: Any, name: str, stop: threading.Event) -> None:
        """Wait for presence changes on one reader until it disappears or the adapter stops."""
        states = [(name, SCARD_STATE_UNAWARE)]
        timeout_ms = int(self.options.poll_s * 1000)
        while not stop.is_set():
            result, new_states = SCardGetStatusChange(context, timeout_ms, states)
            if result == SCARD_E_TIMEOUT:
                continue
            if result != SCARD_S_SUCCESS:
                self._set_present(False)
                return  # the reader went away or the service restarted: list readers again
            _reader, event_state, atr = new_states[0]
            if event_state & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE):  # the reader is gone
                self._set_present(False)
                return
            self._set_present(bool(event_state & SCARD_STATE_PRESENT), bytes(atr or b""))
            states = [(name, event_state & ~SCARD_STATE_CHANGED)]

    def _unavailable(self, detail: str) -> None:
        self._set_present(False)
        self._repeat_log.info("card reader unavailable", "card reader unavailable: %s", detail)
        self._set_status(DeviceState.NO_DEVICE, error=CardReaderUnavailable(detail, device="card"))

    # ----------------------------------------------------------------------------------------- reading
    def _extended_length(self, atr: bytes) -> bool:
        if self.options.extended_length == "auto":
            return supports_extended_length(atr)
        return self.options.extended_length == "on"

    @contextlib.contextmanager
    def _open(self) -> Iterator[Transport]:
        try:
            found = [r for r in readers() if self._matches(str(r))]
        except (BaseSCardException, SmartcardException) as exc:
            raise CardReaderUnavailable(f"PC/SC service not available: {exc}", device="card") from exc
        if not found:
            raise CardReaderUnavailable("no card reader attached", device="card")
        connection = found[0].createConnection()
        try:
            connection.connect()
        except (NoCardException, CardConnectionException, BaseSCardException) as exc:
            with contextlib.suppress(SmartcardException, BaseSCardException):
                connection.release()
            detail = "no card on the reader" if isinstance(exc, NoCardException) else f"cannot connect: {exc}"
            raise CardRemoved(detail, device="card") from exc

        def transmit(command: bytes) -> bytes:
            try:
                data, sw1, sw2 = connection.transmit(list(command))
            except (CardConnectionException, BaseSCardException, NoCardException) as exc:
                raise CardRemoved(f"card lost while reading: {type(exc).__name__}", device="card") from exc
            return bytes(data) + bytes((sw1, sw2))

        try:
            yield transmit, bytes(connection.getATR())
        finally:
            with contextlib.suppress(SmartcardException, BaseSCardException):
                connection.disconnect()
            with contextlib.suppress(SmartcardException, BaseSCardException):
                connection.release()
