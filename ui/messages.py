"""The one place errors become citizen-facing text: ``citizen_text(error, language)``.

Screens never format exceptions themselves; they pass what a job or a device raised to
:func:`citizen_text` and show the sentence it returns, in the citizen's language, never a traceback.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from devices.base import DeviceError
from kiosk_app.api.client import BackendRejected
from kiosk_app.domain.citizen_id import CitizenIdError
from kiosk_app.errors import KioskError


def citizen_text(error: BaseException, language: str) -> str:
    """One plain sentence for the citizen, in their language; never a traceback or a technical word."""
    if isinstance(error, BackendRejected):
        return error.message(language)
    if isinstance(error, KioskError):
        return QCoreApplication.translate("KioskError", error.citizen_message)
    if isinstance(error, DeviceError):
        return error.message
    if isinstance(error, CitizenIdError):
        return error.message
    return QCoreApplication.translate("KioskError", KioskError.citizen_message)
