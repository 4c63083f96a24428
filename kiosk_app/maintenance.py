"""Maintenance-mode logic: the hidden gesture, the PIN (Argon2 hash), lockout after wrong PINs, counters.

No widgets here: the UI feeds taps and PIN attempts, and renders what this module decides. Time
comes from an injectable clock so tests never sleep.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections import deque
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk_app.clock import SYSTEM_CLOCK, Clock

log = logging.getLogger("kiosk.maintenance")
RESTART_EXIT_CODE = 75  # the event loop ends with this when maintenance asks for a restart
_hasher = PasswordHasher()


def hash_pin(pin: str) -> str:
    """The Argon2id hash stored in the profile (``kiosk maintenance set-pin`` writes it)."""
    if not (pin.isdigit() and 6 <= len(pin) <= 12):
        raise ValueError("the PIN must be 6 to 12 digits")
    return _hasher.hash(pin)


class CornerGesture:
    """Five taps in the top-left corner within three seconds open the PIN pad."""

    def __init__(self, taps: int = 5, window_s: float = 3.0, corner_px: int = 120,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.taps = taps
        self.window_s = window_s
        self.corner_px = corner_px
        self.clock = clock
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, x: float, y: float) -> bool:
        """Feed a tap (window coordinates); True when the gesture is complete."""
        if x > self.corner_px or y > self.corner_px:
            self._times.clear()
            return False
        t = self.clock.monotonic()
        self._times.append(t)
        if len(self._times) == self.taps and t - self._times[0] <= self.window_s:
            self._times.clear()
            return True
        return False


class PinResult(str, Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"  # no PIN in the profile: maintenance cannot be entered at all


@dataclass
class PinGate:
    """Checks PINs; after ``max_attempts`` wrong ones, refuses everything for ``lockout_s``."""

    pin_hash: str
    clock: Clock
    max_attempts: int = 5
    lockout_s: float = 300.0
    _failures: int = 0
    _locked_until: float = 0.0

    def locked_for(self) -> float:
        """Seconds left of the lockout (0 when not locked)."""
        return max(0.0, self._locked_until - self.clock.monotonic())

    @property
    def attempts_left(self) -> int:
        return self.max_attempts - self._failures

    def check(self, pin: str) -> PinResult:
        if not self.pin_hash:
            return PinResult.NOT_SET
        if self.locked_for() > 0:
            return PinResult.LOCKED
        try:
            _hasher.verify(self.pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            self._failures += 1
            log.warning("wrong maintenance PIN (%d of %d)", self._failures, self.max_attempts)
            if self._failures >= self.max_attempts:
                self._locked_until = self.clock.monotonic() + self.lockout_s
                self._failures = 0
                log.warning("maintenance entry locked for %.0f s", self.lockout_s)
                return PinResult.LOCKED
            return PinResult.WRONG
        self._failures = 0
        log.info("maintenance mode entered")
        return PinResult.ACCEPTED


COUNTERS = ("sessions", "submissions", "pages_scanned", "receipts_printed", "tickets_printed", "paper_mm")


class Counters:
    """Usage counters kept in a small JSON file; ``paper_mm`` resets when the paper roll is changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.values = dict.fromkeys(COUNTERS, 0)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            self.values.update({k: int(v) for k, v in stored.items() if k in self.values})
        except FileNotFoundError:
            pass
        except (ValueError, TypeError, AttributeError) as exc:
            log.error("counters file %s unreadable (%s); starting from zero", path, exc)

    def add(self, name: str, amount: int = 1) -> None:
        if name not in self.values:
            raise KeyError(name)
        with self._lock:
            self.values[name] += amount
            self._save()

    def reset(self, name: str) -> None:
        with self._lock:
            self.values[name] = 0
            self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".counters-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self.values, handle)
        os.replace(tmp, self.path)


class MaintenanceAccess:
    """The way into maintenance mode: the corner gesture, then the PIN; remembers whether it was opened.

    The flow's MAINTENANCE enter hook asks :attr:`unlocked`, so no screen can reach maintenance mode
    without a right PIN; leaving maintenance mode locks it again.
    """

    def __init__(self, pin_hash: str, clock: Clock, *, max_attempts: int = 5,
                 lockout_s: float = 300.0) -> None:
        self.gesture = CornerGesture(clock=clock)
        self.gate = PinGate(pin_hash, clock, max_attempts=max_attempts, lockout_s=lockout_s)
        self.unlocked = False

    def tap(self, x: float, y: float) -> bool:
        """Feed a tap; True when the PIN pad should open."""
        return self.gesture.tap(x, y)

    def check(self, pin: str) -> PinResult:
        result = self.gate.check(pin)
        if result is PinResult.ACCEPTED:
            self.unlocked = True
        return result

    def lock(self) -> None:
        self.unlocked = False

    def unlock_for_preview(self) -> None:
        """``kiosk screenshots`` only: render the maintenance screen without a PIN (no kiosk runs it)."""
        self.unlocked = True
