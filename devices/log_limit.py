"""Repeated device errors in the log: the first occurrence, then one line with a count every few minutes.

A device that keeps failing (a camera that is not there, a cable that flaps) would otherwise write
the same line every second, and under systemd the journal keeps all of them. The device's state
already says what is wrong now; the log only needs to say when it started and how often it recurs.

Written here rather than taken from a library: the standard ``logging`` filters have no notion of
"the same event again", and the few packages that do (e.g. ratelimitingfilter) drop lines without
reporting how many, which a technician needs.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from devices.clock import SYSTEM_CLOCK, Clock

DEFAULT_INTERVAL_S = 300.0


@dataclass
class _Repeat:
    last_logged: float
    suppressed: int = 0


class RepeatLimitedLog:
    """Log an event the first time it happens, then at most one summary line per ``interval_s``.

    ``key`` names the event ("camera lost"); the message may differ between occurrences (the last
    one is shown in the summary). :meth:`clear` ends an episode (the device recovered): suppressed
    occurrences are reported and the next occurrence is logged at once. ``clock`` is injectable so
    tests run minutes of failures without waiting.
    """

    def __init__(self, logger: logging.Logger, interval_s: float = DEFAULT_INTERVAL_S,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.logger = logger
        self.interval_s = interval_s
        self.clock = clock
        self._repeats: dict[str, _Repeat] = {}
        self._lock = threading.Lock()

    def log(self, level: int, key: str, message: str, *args: object) -> bool:
        """Log ``message % args`` unless ``key`` was logged less than ``interval_s`` ago; True if written."""
        now = self.clock.monotonic()
        with self._lock:
            repeat = self._repeats.get(key)
            if repeat is None:
                self._repeats[key] = _Repeat(last_logged=now)
                summary = 0
            elif now - repeat.last_logged >= self.interval_s:
                summary = repeat.suppressed + 1
                repeat.last_logged, repeat.suppressed = now, 0
            else:
                repeat.suppressed += 1
                return False
        if summary:
            self.logger.log(level, message + " (%d times in the last %.0f s)", *args, summary, self.interval_s)
        else:
            self.logger.log(level, message, *args)
        return True

    def warning(self, key: str, message: str, *args: object) -> bool:
        return self.log(logging.WARNING, key, message, *args)

    def info(self, key: str, message: str, *args: object) -> bool:
        return self.log(logging.INFO, key, message, *args)

    def suppressed(self, key: str) -> int:
        """Occurrences of ``key`` not written since its last line."""
        with self._lock:
            repeat = self._repeats.get(key)
            return repeat.suppressed if repeat is not None else 0

    def clear(self, key: str, level: int = logging.INFO, report: bool = True) -> None:
        """End the episode of ``key``: report what was held back (unless ``report`` is False), and log its
        next occurrence at once."""
        with self._lock:
            repeat = self._repeats.pop(key, None)
        if report and repeat is not None and repeat.suppressed:
            self.logger.log(level, "%s: %d more times before it stopped", key, repeat.suppressed)
