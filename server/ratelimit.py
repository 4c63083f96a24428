"""In-process rate limits: a sliding window per caller for tracking look-ups, and a counter of wrong
proofs per dossier code so the last four phone digits cannot be guessed.

State lives in the server process; a deployment with several server processes behind a balancer
would move it to the database or a shared cache.
"""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """Allows at most ``limit`` events per ``window_s`` seconds for each key."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque[float]:
        events = self._events[key]
        while events and events[0] <= now - self.window_s:
            events.popleft()
        return events

    def hit(self, key: str) -> bool:
        """Record an event for ``key``; False when it goes over the limit (the event is not recorded)."""
        with self._lock:
            now = self._clock()
            events = self._trim(key, now)
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True

    def blocked(self, key: str) -> bool:
        """Whether ``key`` already used up its window (without recording anything)."""
        with self._lock:
            return len(self._trim(key, self._clock())) >= self.limit

    def retry_after(self, key: str) -> int:
        """Seconds until the oldest event of ``key`` leaves the window."""
        with self._lock:
            events = self._trim(key, self._clock())
            return max(1, int(events[0] + self.window_s - self._clock()) + 1) if events else 1

    def reset(self, key: str) -> None:
        """Forget ``key``."""
        with self._lock:
            self._events.pop(key, None)
