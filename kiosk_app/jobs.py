"""Run slow work (HTTP, PDF building, printing, decoding stills) off the GUI thread.

``JobRunner.run(fn, on_success, on_failure)`` executes ``fn`` on a thread pool; the callbacks are
called on the GUI thread (the thread the runner lives in) with the result or the exception. The
function itself must not touch widgets. Anki's ``CollectionOp`` is the model.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("kiosk.jobs")


class SessionLike(Protocol):
    """What a session-scoped job needs of the visitor's session: an id that changes at every wipe."""

    @property
    def id(self) -> str: ...


class _Job(QRunnable):
    def __init__(self, runner: JobRunner, fn: Callable[[], Any], on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.runner, self.fn, self.on_success, self.on_failure = runner, fn, on_success, on_failure

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller's callback
            self.runner._finished.emit(self, exc, True)
        else:
            self.runner._finished.emit(self, value, False)


class JobRunner(QObject):
    """A thread pool whose results come back as callbacks on the GUI thread."""

    _finished = Signal(object, object, bool)  # job, value or exception, failed
    idle = Signal()

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Start ``fn`` on the pool; exactly one of the callbacks is called later on this thread."""
        with self._lock:
            self._pending += 1
        job = _Job(self, fn, on_success, on_failure)
        job.setAutoDelete(False)  # kept alive by the queued signal until delivered
        self.pool.start(job)

    def run_for_session(self, session: SessionLike, fn: Callable[[], Any],
                        on_success: Callable[[Any], None] | None = None,
                        on_failure: Callable[[BaseException], None] | None = None,
                        on_dropped: Callable[[], None] | None = None) -> None:
        """Like :meth:`run`, for work that belongs to one visitor.

        If the session was wiped (its id changed) by the time the result arrives, neither callback
        runs: the result belongs to a visitor who has gone. ``on_dropped`` (if given) runs instead,
        so a screen can clear its own "busy" flag.
        """
        owner = session.id

        def still_here() -> bool:
            return session.id == owner

        def success(value: Any) -> None:
            if not still_here():
                log.info("session-scoped job finished after its session ended; result dropped")
                if on_dropped is not None:
                    on_dropped()
            elif on_success is not None:
                on_success(value)

        def failure(exc: BaseException) -> None:
            if not still_here():
                log.info("session-scoped job failed after its session ended: %r", exc)
                if on_dropped is not None:
                    on_dropped()
            elif on_failure is not None:
                on_failure(exc)
            else:
                log.error("job %s failed: %r", getattr(fn, "__name__", fn), exc)

        self.run(fn, success, failure)

    def _deliver(self, job: _Job, value: Any, failed: bool) -> None:
        try:
            if failed:
                if job.on_failure is not None:
                    job.on_failure(value)
                else:
                    log.error("job %s failed: %r", getattr(job.fn, "__name__", job.fn), value)
            elif job.on_success is not None:
                job.on_success(value)
        finally:
            with self._lock:
                self._pending -= 1
                now_idle = self._pending == 0
            if now_idle:
                self.idle.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the pool's threads (not the callbacks): for shutdown."""
        return self.pool.waitForDone(msecs)
