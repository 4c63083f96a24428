"""The kiosk's error hierarchy and the shape every citizen-visible problem has: a code and parameters.

Core code raises these; the one function ``ui.messages.citizen_text`` turns any of them into a
translated sentence. An error never carries its citizen wording: it says *what* went wrong (a stable
``code``, plus ``params`` for the sentence) and, for the technician's log, a ``detail``.

Names are unique across the layers: ``devices.base.DeviceError`` is a device's own fault, while the
core's :class:`DeviceNotWorking` says the kiosk cannot serve because of one; the server's errors are
``server.errors.ApiError``.
"""
from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class CitizenProblem(Protocol):
    """Anything the citizen may be told about: a stable code and the parameters of its sentence.

    Device errors, kiosk errors, citizen-ID and page-quality problems all have this shape (devices
    satisfy it without importing this module).
    """

    @property
    def code(self) -> str | enum.Enum: ...

    @property
    def params(self) -> Mapping[str, Any]: ...


class KioskError(Exception):
    """Base of every error the kiosk expects and explains."""

    code: str = "kiosk_error"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: dict[str, Any] = params


class DeviceNotWorking(KioskError):
    """The kiosk cannot serve because a device it needs is not working (see ``devices.base.DeviceError``)."""

    code = "device_not_working"


class BackendError(KioskError):
    """The ministry's system could not be used for this request."""

    code = "backend_error"


class InvalidInput(KioskError):
    """What the citizen entered is not valid."""

    code = "invalid_input"
