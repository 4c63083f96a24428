"""The one place errors become citizen-facing text: ``citizen_text(error, language)``.

Every problem a citizen may be told about carries a stable ``code`` and ``params`` (see
``kiosk_app.errors.CitizenProblem``): kiosk errors, device errors, citizen-ID card problems and page
quality problems. This module owns the table code → English source sentence (Qt context
``Messages``, translated by the installed translator; ``{name}`` placeholders are filled from
``params``). A rejection by the server is the exception: the server's own sentence in the citizen's
language is passed through. Screens never format exceptions themselves; they show what
:func:`citizen_text` returns, never a traceback.
"""
from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from devices import base as device
from kiosk_app.backend.errors import BackendRejected, BackendTimeout, BackendUnavailable, BackendUnsupported
from kiosk_app.digitize.quality import QualityProblem
from kiosk_app.domain.citizen_id import CitizenIdProblem
from kiosk_app.dossier_form import PageNotCaptured
from kiosk_app.errors import BackendError, CitizenProblem, DeviceNotWorking, InvalidInput, KioskError
from kiosk_app.identity.passive_auth import ChipNotAuthentic
from kiosk_app.receipt_files import ReceiptNotPrinted
from kiosk_app.wizard import DossierIncomplete, DossierNotSaved

CONTEXT = "Messages"

_DEVICE = QT_TRANSLATE_NOOP("Messages", "The device is not working. Please ask the staff for help.")
_PRINTER = QT_TRANSLATE_NOOP("Messages", "The receipt printer is not working. Please ask the staff for help.")
_CAMERA = QT_TRANSLATE_NOOP("Messages", "The camera is not working. Please ask the staff for help.")
_QR_READER = QT_TRANSLATE_NOOP("Messages", "The code scanner is not working. Please type the code instead.")
_BACKEND = QT_TRANSLATE_NOOP("Messages", "The service cannot be reached right now. Please try again in a moment.")
_NOT_A_CARD = QT_TRANSLATE_NOOP(
    "Messages",
    "This QR code is not the one of a chip citizen ID card. Please scan the QR code on the back of your ID card, or type your details.",  # noqa: E501
)
_BAD_DATE = QT_TRANSLATE_NOOP("Messages", "A date in the QR code is not valid. Please type your details instead.")
_CARD_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "The QR code of the ID card could not be read correctly. Please type your details instead.")

_SOURCES: dict[str | enum.Enum, object] = {
    # The kiosk's own errors
    KioskError.code: QT_TRANSLATE_NOOP(
        "Messages", "Something went wrong. Please ask the staff at the counter for help."),
    DeviceNotWorking.code: QT_TRANSLATE_NOOP(
        "Messages", "A device of this kiosk is not working. Please ask the staff for help."),
    BackendError.code: _BACKEND,
    BackendUnavailable.code: _BACKEND,
    BackendTimeout.code: _BACKEND,
    BackendUnsupported.code: QT_TRANSLATE_NOOP(
        "Messages",
        "This service is not offered at this kiosk. Please go to the reception counter; the staff will help you in turn.",  # noqa: E501
    ),
    InvalidInput.code: QT_TRANSLATE_NOOP("Messages", "Some information is not valid. Please check it and try again."),
    DossierIncomplete.code: QT_TRANSLATE_NOOP("Messages", "Some information is missing. Please check every step."),
    DossierNotSaved.code: QT_TRANSLATE_NOOP(
        "Messages",
        "Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, or go to the reception counter.",  # noqa: E501
    ),
    ReceiptNotPrinted.code: QT_TRANSLATE_NOOP("Messages", "The receipt could not be printed."),
    PageNotCaptured.code: QT_TRANSLATE_NOOP("Messages", "The picture could not be taken. Please try again."),
    # Device faults
    device.DeviceError.code: _DEVICE,
    device.DeviceHardwareError.code: _DEVICE,
    device.DeviceUnavailable.code: QT_TRANSLATE_NOOP(
        "Messages", "The device is not connected. Please ask the staff for help."),
    device.DeviceTimeout.code: QT_TRANSLATE_NOOP("Messages", "The device did not answer in time. Please try again."),
    device.PrinterError.code: _PRINTER,
    device.PrinterHardwareError.code: _PRINTER,
    device.PrinterOffline.code: QT_TRANSLATE_NOOP(
        "Messages", "The receipt printer is offline. Please try again or ask the staff for help."),
    device.PrinterPaperOut.code: QT_TRANSLATE_NOOP(
        "Messages", "The receipt printer is out of paper. Please ask the staff to replace the paper roll."),
    device.PrinterCoverOpen.code: QT_TRANSLATE_NOOP(
        "Messages", "The receipt printer cover is open. Please ask the staff to close it."),
    device.PrinterJammed.code: QT_TRANSLATE_NOOP(
        "Messages", "The paper is jammed in the receipt printer. Please ask the staff for help."),
    device.PrintNotConfirmed.code: QT_TRANSLATE_NOOP(
        "Messages", "The receipt may not have been printed. Please try printing again."),
    device.CameraError.code: _CAMERA,
    device.CameraBadFrames.code: _CAMERA,
    device.CameraUnavailable.code: QT_TRANSLATE_NOOP(
        "Messages", "The camera is not connected. Please ask the staff for help."),
    device.QrReaderError.code: _QR_READER,
    device.QrReaderUnavailable.code: _QR_READER,
    device.QrUnreadable.code: QT_TRANSLATE_NOOP(
        "Messages", "The code could not be read. Please hold it still in front of the scanner."),
    # The chip ID card reader and the chip's verification (issue 16)
    device.CardReaderError.code: QT_TRANSLATE_NOOP(
        "Messages", "The ID card could not be read. Please take the card off the reader and put it back."),
    device.CardReaderUnavailable.code: QT_TRANSLATE_NOOP(
        "Messages", "The ID card reader is not working. Please scan the QR code on the back of your ID card, "
                    "or type your details."),
    device.CardRemoved.code: QT_TRANSLATE_NOOP(
        "Messages", "The ID card was moved before reading finished. Please put it back on the reader and keep it "
                    "still."),
    device.CardAccessDenied.code: QT_TRANSLATE_NOOP(
        "Messages", "The card could not be opened with this number. Please check the last 6 digits of your ID "
                    "number and try again."),
    device.CardUnsupported.code: QT_TRANSLATE_NOOP(
        "Messages", "This card is not a chip ID card. Please put your chip ID card on the reader."),
    device.CardReadFailed.code: QT_TRANSLATE_NOOP(
        "Messages", "The ID card could not be read. Please take the card off the reader and put it back."),
    ChipNotAuthentic.code: QT_TRANSLATE_NOOP(
        "Messages", "The data on this card could not be confirmed. Please go to the reception counter."),
    # The chip ID card's QR code
    CitizenIdProblem.EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "The code read is empty. Please scan the QR code on the back of your ID card again."),
    CitizenIdProblem.TOO_LONG: _NOT_A_CARD,
    CitizenIdProblem.FIELD_COUNT: _NOT_A_CARD,
    CitizenIdProblem.ID_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "The ID number in the QR code is not valid. Please type your details instead."),
    CitizenIdProblem.OLD_ID: _CARD_UNREADABLE,
    CitizenIdProblem.NAME: _CARD_UNREADABLE,
    CitizenIdProblem.DATE_OF_BIRTH: _BAD_DATE,
    CitizenIdProblem.SEX: _CARD_UNREADABLE,
    CitizenIdProblem.ADDRESS: _CARD_UNREADABLE,
    CitizenIdProblem.ISSUE_DATE: _BAD_DATE,
    CitizenIdProblem.MOJIBAKE: QT_TRANSLATE_NOOP(
        "Messages", "The letters of the QR code were not read correctly. Please scan the QR code on the back of your ID card again."),  # noqa: E501
    CitizenIdProblem.ID_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "The ID number does not match the date of birth or sex on the card. Please scan again or type your details."),  # noqa: E501
    # A scanned page's quality: what is wrong, then what to do about it
    QualityProblem.NO_PAGE: QT_TRANSLATE_NOOP(
        "Messages", "No page was found in the picture. Lay the page flat in the middle of the scanning area."),
    QualityProblem.BLUR: QT_TRANSLATE_NOOP(
        "Messages", "The page is blurred. Hold the page still and flat until the picture is taken."),
    QualityProblem.GLARE: QT_TRANSLATE_NOOP(
        "Messages",
        "Light is reflecting on the text of the page. Tilt the page slightly or remove its plastic sleeve."),
    QualityProblem.CUT_OFF: QT_TRANSLATE_NOOP(
        "Messages", "Part of the page is outside the camera's view. Move the page to the middle of the scanning area."),
    QualityProblem.TOO_SMALL: QT_TRANSLATE_NOOP(
        "Messages", "The page is too small in the picture. Place the page flat in the middle of the scanning area."),
    QualityProblem.TOO_DARK: QT_TRANSLATE_NOOP(
        "Messages", "The picture is too dark. Do not cover the scanning area with your hand or body."),
}

#: code → English source sentence, for every code a citizen may meet.
TEXTS: dict[str | enum.Enum, str] = {code: str(source) for code, source in _SOURCES.items()}


def _format(code: str | enum.Enum, params: Mapping[str, Any]) -> str:
    source = TEXTS.get(code, TEXTS[KioskError.code])
    text = QCoreApplication.translate(CONTEXT, source)
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def citizen_text(error: BaseException | CitizenProblem, language: str) -> str:
    """One plain sentence for the citizen, in their language; never a traceback or a technical word.

    ``error`` is an exception (anything a job or a device raised) or a problem with a code, such as
    a page's quality issue. Anything without a known code gets the general "something went wrong".
    """
    if isinstance(error, BackendRejected):
        return error.server_text(language) or _format(BackendError.code, {})
    if isinstance(error, CitizenProblem):
        return _format(error.code, error.params)
    return _format(KioskError.code, {})
