"""ID card mode: detection of the card and its QR parsed into the applicant's fields."""
from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from kiosk_app.digitize.detect import PageDetector, quad_iou
from kiosk_app.digitize.id_card import read_card_back, rectify_card
from kiosk_app.domain.citizen_id import CitizenIdError, CitizenIdProblem
from testkit.document_photos import SyntheticDocumentGenerator


def _zxing(image: np.ndarray) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_card_back_detected_and_read() -> None:
    generator = SyntheticDocumentGenerator(41)
    photo = generator.id_card_photo("back", 1920, 1080, background="wood")
    found = PageDetector().detect(photo.image)
    assert found is not None and quad_iou(found.corners, photo.corners) > 0.95
    card = read_card_back(photo.image, found.corners, _zxing)
    assert card.id_number == photo.person.id_number
    assert card.full_name == photo.person.full_name
    assert rectify_card(photo.image, found.corners, dpi=100).shape[:2] == (213, 337)


def test_no_qr_and_foreign_qr_are_reported() -> None:
    photo = SyntheticDocumentGenerator(42).id_card_photo("front", 1280, 720, background="dark")
    with pytest.raises(CitizenIdError) as info:
        read_card_back(photo.image, photo.corners, _zxing)
    assert info.value.problem is CitizenIdProblem.EMPTY
    with pytest.raises(CitizenIdError) as info:
        read_card_back(photo.image, None, lambda image: ["https://dichvucong.gov.vn"])
    assert info.value.problem is CitizenIdProblem.FIELD_COUNT
