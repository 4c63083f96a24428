"""Injectable time: the system clock in production, a manual clock that tests advance themselves."""
from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds; the only source of time for idle timers and auto-capture."""

    def monotonic(self) -> float: ...


class SystemClock:
    """The real monotonic clock."""

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to (tests, QA replays)."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def monotonic(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._now += seconds
