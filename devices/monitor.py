"""The background thread of a device adapter: started once, told to stop by an event, joined with a timeout.

Every adapter that follows its device on its own thread (the PC/SC card monitor, the serial scanner,
the simulated scanner's script, the camera's QR decoder, the camera's capture loop, the printer's status poll) runs it through
one :class:`MonitorThread`. The target gets the run's stop event and returns when it is set; it
waits on that event (``stop.wait(seconds)``) rather than sleeping, so stopping is prompt.

Each run has its own stop event: a thread that did not end within the join timeout keeps seeing its
own event set, so a later start never revives it next to the new one. An exception that escapes the
target is logged on the adapter's logger and handed to the adapter's ``on_crash``, which reports it
in the device's state (the thread has ended; the device no longer works until it is restarted).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

DEFAULT_JOIN_TIMEOUT_S = 5.0

MonitorTarget = Callable[[threading.Event], None]


class MonitorThread:
    """One named daemon thread running ``target(stop)`` between :meth:`start` and :meth:`stop`.

    ``running`` is True from :meth:`start` until :meth:`stop` or until the target returns or
    crashes, whichever comes first. Starting while running does nothing; after a crash, :meth:`start`
    runs the target again on a new thread.
    """

    def __init__(self, name: str, *, logger: logging.Logger,
                 on_crash: Callable[[Exception], None] | None = None,
                 join_timeout_s: float = DEFAULT_JOIN_TIMEOUT_S) -> None:
        self.name = name
        self.logger = logger
        self.on_crash = on_crash
        self.join_timeout_s = join_timeout_s
        self._stop = threading.Event()
        self._ended = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        """Started, not stopped since, and the target has neither returned nor crashed."""
        return self._thread is not None and not self._ended.is_set()

    @property
    def stop_event(self) -> threading.Event:
        """The stop event of the current (or last) run; the same one the target was given."""
        return self._stop

    def start(self, target: MonitorTarget) -> bool:
        """Run ``target(stop)`` on a new daemon thread; False (and nothing done) when already running."""
        with self._lock:
            if self.running:
                return False
            self._stop, self._ended = threading.Event(), threading.Event()
            self._thread = threading.Thread(target=self._run, args=(target, self._stop, self._ended),
                                            name=self.name, daemon=True)
            self._thread.start()
            return True

    def request_stop(self) -> None:
        """Set the stop event without waiting (for an adapter that must wake its thread before joining)."""
        self._stop.set()

    def stop(self, timeout: float | None = None) -> bool:
        """Set the stop event and join the thread for up to ``timeout`` seconds (default ``join_timeout_s``).

        True when no thread is left running (also when never started); False, with a warning, when
        the thread did not end in time (it is let go: it is a daemon and sees its stop event set).
        """
        with self._lock:
            self._stop.set()
            thread, self._thread = self._thread, None
        if thread is None or thread is threading.current_thread():  # stopped from its own target: no join
            return True
        limit = self.join_timeout_s if timeout is None else timeout
        thread.join(limit)
        if thread.is_alive():
            self.logger.warning("%s thread did not stop within %.1f s", self.name, limit)
            return False
        return True

    def _run(self, target: MonitorTarget, stop: threading.Event, ended: threading.Event) -> None:
        try:
            target(stop)
        except Exception as exc:  # noqa: BLE001 - reported in the device's state instead of a silent dead thread
            ended.set()  # not running any more before the crash is reported (a report must not be overwritten)
            self.logger.exception("%s thread failed", self.name)
            if self.on_crash is not None:
                self.on_crash(exc)
        finally:
            ended.set()
