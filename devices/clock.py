"""Injectable time, one protocol for the whole kiosk: the system clock in production, a manual clock in tests.

It lives in ``devices`` because the device layer needs it too and must not import ``kiosk_app``;
``kiosk_app.clock`` re-exports it for the core. Two readings: ``monotonic()`` for intervals (idle
timer, auto-capture, log throttling, PIN lockout, scanner hold-off) and ``time()`` (seconds since the
epoch) for moments stored on disk, which must survive a restart (the outbox's retry times).
"""
from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """The only source of time for timers, throttles and schedules."""

    def monotonic(self) -> float: ...

    def time(self) -> float: ...


class SystemClock:
    """The real clocks of the machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()


SYSTEM_CLOCK = SystemClock()


class ManualClock:
    """A clock that only moves when told to (tests, QA replays); both readings are the same number."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def monotonic(self) -> float:
        return self._now

    def time(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._now += seconds

    def set(self, now: float) -> None:
        """Jump to ``now`` (forwards only, like :meth:`advance`)."""
        self.advance(now - self._now)
