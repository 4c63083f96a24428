"""The typed errors of the backend port: every adapter turns its failures into these.

``BackendUnavailable`` (no connection, or it broke) and ``BackendTimeout`` are transport failures the
outbox retries; ``BackendRejected`` is the connected system's own decision (with its code and, when it
sent one, its sentence for the citizen); ``BackendUnsupported`` says the connected system does not
offer this at all (OpenCPS issues no queue tickets and takes no kiosk heartbeat).
"""
from __future__ import annotations

from typing import Any

from kiosk_app.errors import BackendError


class BackendUnavailable(BackendError):
    """No connection could be made, or it broke (network down, server stopped, reply cut)."""

    code = "backend_unavailable"


class BackendTimeout(BackendUnavailable):
    """The server did not answer in time."""

    code = "backend_timeout"


class BackendRejected(BackendError):
    """The server answered with an error.

    ``code`` is the server's machine-readable error code (``ErrorCode``); ``params`` carry the
    server's own sentence for the citizen in each language (``message_vi``, ``message_en``), which
    ``ui.messages.citizen_text`` passes through.
    """

    def __init__(self, status: int, code: str, message_vi: str = "", message_en: str = "", detail: Any = None) -> None:
        super().__init__(f"HTTP {status} {code}: {detail if detail is not None else message_en}",
                         message_vi=message_vi, message_en=message_en)
        self.status = status
        self.code = code
        self.server_detail = detail

    @property
    def retryable(self) -> bool:
        """5xx and 429 may succeed later; other 4xx will not."""
        return self.status >= 500 or self.status in (408, 429)

    def server_text(self, language: str) -> str:
        """The server's own sentence for the citizen in ``language`` ("" when it sent none)."""
        return str(self.params.get(f"message_{language}") or "")


class BackendUnsupported(BackendError):
    """The connected system does not offer this (e.g. OpenCPS has no queue tickets and no kiosk heartbeat).

    Not a failure to retry: asking again gives the same answer. ``detail`` names the operation and the
    system, for the technician's log.
    """

    code = "backend_unsupported"
