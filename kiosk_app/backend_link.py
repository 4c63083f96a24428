"""The kiosk's link to its backend while that backend may still be starting (issue 20: the window first).

The embedded backend starts in a child process after the welcome screen is shown. Until it answers,
:class:`BackendLink` is ``STARTING``; it becomes ``READY`` or ``FAILED`` (with the reason) once. A
remote backend is ``READY`` from the start (its outages are the outbox's business), a kiosk built
without a backend is ``ABSENT``.

:class:`GatedBackend` is the backend port the screens use: a call made while the link is starting
waits (on the job's thread, never the GUI thread) until it is ready, and tells the window it is
waiting, which shows a "connecting" line; if the backend failed to start the call raises
``BackendUnavailable`` and the screen says what it says offline. The adapter itself (and ``requests``
with it) is built on first use, so nothing of it is imported before the first paint.
"""
from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from kiosk_app.api.schemas import (
        Catalogue,
        DossierCreate,
        DossierReceipt,
        DossierTracking,
        Health,
        Heartbeat,
        HeartbeatAck,
        ProcedureDetail,
        ServiceArea,
        SupplementProof,
        SupplementReceipt,
        Ticket,
    )
    from kiosk_app.backend.port import Backend

log = logging.getLogger("kiosk.backend_link")


class BackendState(enum.Enum):
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    ABSENT = "absent"  # built without a backend (tests, tools): screens work offline


class BackendLink(QObject):
    """The backend's start-up state, settled once (from any thread); callbacks on the GUI thread."""

    changed = Signal(object)  # BackendState, on the GUI thread
    waiting_changed = Signal(bool)  # a citizen's request waits for the backend to be up (the "connecting" line)
    _settled = Signal()

    def __init__(self, state: BackendState = BackendState.STARTING, reason: str = "",
                 log_tail: Callable[[], list[str]] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._reason = reason
        self._log_tail = log_tail
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._waiting = 0
        if state is not BackendState.STARTING:
            self._done.set()
        self._ready_callbacks: list[Callable[[], None]] = []
        self._settled.connect(self._announce, Qt.ConnectionType.QueuedConnection)

    @property
    def state(self) -> BackendState:
        return self._state

    @property
    def reason(self) -> str:
        """Why the backend failed to start ("" unless FAILED)."""
        return self._reason

    def log_tail(self) -> list[str]:
        """The last lines the embedded backend logged (for maintenance; [] when there is no child)."""
        return list(self._log_tail()) if self._log_tail is not None else []

    def set_log_tail(self, provider: Callable[[], list[str]]) -> None:
        self._log_tail = provider

    # --- settling (any thread) -----------------------------------------------------------------------
    def set_ready(self) -> None:
        self._settle(BackendState.READY, "")

    def set_failed(self, reason: str) -> None:
        self._settle(BackendState.FAILED, reason)

    def _settle(self, state: BackendState, reason: str) -> None:
        with self._lock:
            if self._state is not BackendState.STARTING:
                return  # settled once: a late failure after READY is the outbox's business
            self._state, self._reason = state, reason
            self._done.set()
        if state is BackendState.FAILED:
            log.error("embedded backend failed to start: %s (the kiosk works offline)", reason)
        self._settled.emit()

    def _announce(self) -> None:
        callbacks = self._ready_callbacks if self._state is BackendState.READY else []
        self._ready_callbacks = []
        for callback in callbacks:
            callback()
        self.changed.emit(self._state)

    # --- waiting -----------------------------------------------------------------------------------
    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` on the GUI thread once the backend is READY (now if it is; never if it failed)."""
        if self._state is BackendState.READY:
            callback()
        elif self._state is BackendState.STARTING:
            self._ready_callbacks.append(callback)

    def wait_ready(self, timeout: float) -> bool:
        """Block (a job's thread, never the GUI thread) until settled; True when READY."""
        if not self._done.is_set():
            self._set_waiting(+1)
            try:
                self._done.wait(timeout)
            finally:
                self._set_waiting(-1)
        return self._state is BackendState.READY

    def _set_waiting(self, delta: int) -> None:
        with self._lock:
            before = self._waiting
            self._waiting += delta
            after = self._waiting
        if (before == 0) != (after == 0):
            self.waiting_changed.emit(after > 0)

    @property
    def waiting(self) -> bool:
        return self._waiting > 0


class GatedBackend:
    """The backend port behind a :class:`BackendLink`: calls wait for the start-up, the adapter is built lazily."""

    def __init__(self, link: BackendLink, factory: Callable[[], Backend], start_timeout_s: float = 30.0,
                 description: str = "") -> None:
        self.link = link
        self._factory = factory
        self._adapter: Backend | None = None
        self._lock = threading.Lock()
        self._timeout = start_timeout_s
        self._description = description

    @property
    def adapter(self) -> Backend:
        """The real adapter, built on first use."""
        with self._lock:
            if self._adapter is None:
                self._adapter = self._factory()
            return self._adapter

    def _ready(self) -> Backend:
        if not self.link.wait_ready(self._timeout):
            from kiosk_app.backend.errors import BackendUnavailable

            state = "it did not start" if self.link.state is BackendState.FAILED else "still starting"
            raise BackendUnavailable(f"embedded backend not available: {state}")  # the reason: maintenance, log
        return self.adapter

    def describe(self) -> str:
        return self._description or self.adapter.describe()

    def health(self) -> Health:
        return self._ready().health()

    def catalogue(self) -> Catalogue:
        return self._ready().catalogue()

    def catalogue_version(self) -> str:
        return self._ready().catalogue_version()

    def procedure(self, code: str) -> ProcedureDetail:
        return self._ready().procedure(code)

    def submit_dossier(self, idempotency_key: str, dossier: DossierCreate, files: Sequence[Path]) -> DossierReceipt:
        return self._ready().submit_dossier(idempotency_key, dossier, files)

    def track(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> DossierTracking:
        return self._ready().track(code, tracking_token=tracking_token, phone_last4=phone_last4)

    def upload_supplement(self, code: str, proof: SupplementProof, files: Sequence[Path]) -> SupplementReceipt:
        return self._ready().upload_supplement(code, proof, files)

    def draw_ticket(self, area: ServiceArea | None = None) -> Ticket:
        if area is None:
            return self._ready().draw_ticket()
        return self._ready().draw_ticket(area)

    def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        return self._ready().heartbeat(beat)

    def close(self) -> None:
        with self._lock:
            adapter = self._adapter
        if adapter is not None:
            adapter.close()

    def __getattr__(self, name: str) -> object:
        """Adapter-specific extras (e.g. the reference adapter's ``base_url``) pass through."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.adapter, name)
