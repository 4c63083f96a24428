"""Keyboard-wedge (HID) QR scanner: tell a scanner's key burst from a person typing.

Pure logic fed with (character, timestamp) key events by the UI's event filter. A scanner types a
whole payload in a few milliseconds per key and ends with its suffix (usually Enter); a person is
an order of magnitude slower. Keys are held back until the verdict: a scan becomes a ``Scanned``
event (payload without prefix/suffix), anything else is released as ``Typed`` text for the widget.
"""
from __future__ import annotations

from dataclasses import dataclass

from devices.base import DeviceState, QrNotifier, QrScan, StatusHolder
from devices.options import HidQrReaderOptions


@dataclass(frozen=True)
class Scanned:
    text: str


@dataclass(frozen=True)
class Typed:
    text: str


WedgeEvent = Scanned | Typed


class HidWedge:
    """Classifies key events (times in seconds) into scanner bursts and human typing."""

    def __init__(self, options: HidQrReaderOptions) -> None:
        self.options = options
        self._chars: list[str] = []
        self._last_t: float | None = None
        self._slow = False  # a gap in the current buffer was too long for a scanner

    def feed(self, char: str, t: float) -> list[WedgeEvent]:
        events: list[WedgeEvent] = []
        gap_ms = None if self._last_t is None else (t - self._last_t) * 1000
        if gap_ms is not None and gap_ms > self.options.burst_timeout_ms and self._chars:
            events += self._release()  # the previous keys ended long ago: they were typed
            gap_ms = None
        if gap_ms is not None and gap_ms > self.options.max_interkey_ms:
            self._slow = True
        self._last_t = t
        suffix = self.options.suffix
        if suffix and char == suffix:
            text = "".join(self._chars)
            if self._is_scan(text):
                events.append(Scanned(text[len(self.options.prefix):]))
                self._reset()
            else:
                events += self._release()
                events.append(Typed(char))
            return events
        self._chars.append(char)
        return events

    def flush(self, now: float) -> list[WedgeEvent]:
        """Called by a timer: decide about keys that have been waiting longer than the burst timeout."""
        if not self._chars or self._last_t is None:
            return []
        if (now - self._last_t) * 1000 < self.options.burst_timeout_ms:
            return []
        text = "".join(self._chars)
        if not self.options.suffix and self._is_scan(text):
            self._reset()
            return [Scanned(text[len(self.options.prefix):])]
        return self._release()

    def _is_scan(self, text: str) -> bool:
        return (not self._slow and len(text) - len(self.options.prefix) >= self.options.min_length
                and text.startswith(self.options.prefix))

    def _release(self) -> list[WedgeEvent]:
        text = "".join(self._chars)
        self._reset()
        return [Typed(text)] if text else []

    def _reset(self) -> None:
        self._chars = []
        self._slow = False
        self._last_t = None


class HidQrReader(StatusHolder):
    """QrReader for a keyboard-wedge scanner; the UI feeds it keys and re-types what was ``Typed``."""

    def __init__(self, options: HidQrReaderOptions) -> None:
        self._init_status(QrNotifier())
        self.options = options
        self.wedge = HidWedge(options)

    def start(self) -> None:
        self._set_status(DeviceState.ONLINE, error=None)  # a keyboard wedge cannot report unplugging

    def stop(self) -> None:
        self._set_status(DeviceState.OFFLINE, error=None)

    def feed_key(self, char: str, t: float) -> list[WedgeEvent]:
        return self._emit(self.wedge.feed(char, t))

    def flush(self, now: float) -> list[WedgeEvent]:
        return self._emit(self.wedge.flush(now))

    def _emit(self, events: list[WedgeEvent]) -> list[WedgeEvent]:
        for event in events:
            if isinstance(event, Scanned):
                self.notifier.post("code_read", QrScan(event.text, "hid"))
        return events
