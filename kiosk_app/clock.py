"""Injectable time for the core: the one :class:`Clock` protocol, defined in ``devices.clock``.

The core takes a ``Clock`` wherever it needs time (flow idle timer, auto-capture, maintenance PIN
lockout, outbox schedule); tests pass a :class:`ManualClock` and advance it themselves.
"""
from __future__ import annotations

from devices.clock import SYSTEM_CLOCK, Clock, ManualClock, SystemClock

__all__ = ["SYSTEM_CLOCK", "Clock", "ManualClock", "SystemClock"]
