"""The kiosk's error hierarchy: each error has a citizen-facing message and a technician-facing detail.

Core code raises these; one function in ``ui.messages`` shows them. Citizen messages are English
source strings translated through Qt (context ``KioskError``) when shown.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


class KioskError(Exception):
    """Base of every error the kiosk expects and explains."""

    citizen_message: str = QT_TRANSLATE_NOOP("KioskError", "Something went wrong. Please ask the staff at the counter for help.")

    def __init__(self, detail: str = "", citizen_message: str | None = None) -> None:
        super().__init__(detail or self.citizen_message)
        self.detail = detail
        if citizen_message is not None:
            self.citizen_message = citizen_message


class DeviceError(KioskError):
    citizen_message = QT_TRANSLATE_NOOP("KioskError", "A device of this kiosk is not working. Please ask the staff for help.")


class BackendError(KioskError):
    citizen_message = QT_TRANSLATE_NOOP("KioskError", "The service cannot be reached right now. Please try again in a moment.")


class ValidationError(KioskError):
    citizen_message = QT_TRANSLATE_NOOP("KioskError", "Some information is not valid. Please check it and try again.")
