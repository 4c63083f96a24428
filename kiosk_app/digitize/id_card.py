"""ID card mode: the back of a chip ID card photographed, its QR decoded and parsed into the applicant.

The QR decoder is injected (the devices layer owns decoders: pyzbar, zxing-cpp, the kiosk's own
pipeline), so this module only chooses what to decode and how to read the result. Rectifying the card
to its ID-1 shape first gives the decoder an upright, evenly sized code; the raw still is tried too.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np

from kiosk_app.digitize.rectify import PageSize, rectify_page
from kiosk_app.domain.citizen_id import CitizenIdCard, CitizenIdError, CitizenIdProblem, parse_citizen_id_qr

log = logging.getLogger("kiosk.digitize.id_card")

#: decodes every QR code in an image and returns their texts
QrDecode = Callable[[np.ndarray], Sequence[str]]


def rectify_card(still: np.ndarray, corners: np.ndarray, dpi: int = 300) -> np.ndarray:
    """The card flat and landscape at ``dpi`` (ID-1: 85.6 x 53.98 mm)."""
    return rectify_page(still, corners, PageSize.ID1, dpi, landscape=True)


def read_card_back(still: np.ndarray, corners: np.ndarray | None, decode: QrDecode,
                   dpi: int = 300) -> CitizenIdCard:
    """The applicant's fields from the QR on the back of the card.

    Tries the rectified card first, then the whole still. Raises :class:`CitizenIdError` with
    ``EMPTY`` when no QR code was found, or the parser's error when a code was found but is not a
    valid CCCD payload.
    """
    images = [rectify_card(still, corners, dpi)] if corners is not None else []
    images.append(still)
    last_error: CitizenIdError | None = None
    for image in images:
        for text in decode(image):
            try:
                card = parse_citizen_id_qr(text)
            except CitizenIdError as error:
                log.info("QR code is not a CCCD payload: %s", error.detail)
                last_error = error
                continue
            log.info("ID card read: %s", card.masked_id)
            return card
    if last_error is not None:
        raise last_error
    raise CitizenIdError(CitizenIdProblem.EMPTY, "no QR code found on the card")
