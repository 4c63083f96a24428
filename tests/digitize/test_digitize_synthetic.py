"""The synthetic photo generator: reproducible, honest ground truth, decodable ID card QR."""
from __future__ import annotations

import numpy as np
import zxingcpp

from kiosk_app.domain.citizen_id import parse_citizen_id_qr
from testkit.document_photos import SyntheticDocumentGenerator, order_corners


def test_same_seed_same_photo() -> None:
    a = SyntheticDocumentGenerator(4).document_photo(640, 360)
    b = SyntheticDocumentGenerator(4).document_photo(640, 360)
    c = SyntheticDocumentGenerator(5).document_photo(640, 360)
    assert np.array_equal(a.image, b.image) and np.array_equal(a.corners, b.corners)
    assert not np.array_equal(a.image, c.image)


def test_page_lies_where_the_corners_say() -> None:
    generator = SyntheticDocumentGenerator(12)
    for _ in range(3):
        photo = generator.document_photo(1280, 720, background="dark")
        assert photo.image.shape == (720, 1280, 3)
        assert np.array_equal(photo.corners, order_corners(photo.corners))
        assert (photo.corners >= 0).all() and (photo.corners[:, 0] < 1280).all()
        mask = np.zeros((720, 1280), np.uint8)
        import cv2

        cv2.fillConvexPoly(mask, photo.corners.astype(np.int32), 1)
        inner = cv2.erode(mask, np.ones((15, 15), np.uint8)).astype(bool)
        outer = ~cv2.dilate(mask, np.ones((15, 15), np.uint8)).astype(bool)
        grey = photo.image.mean(axis=2)
        # paper is brighter than the dark desk, even where shadows and light fall on both
        assert np.median(grey[inner]) > np.median(grey[outer]) + 40


def test_page_corners_say_which_way_up_the_page_lies() -> None:
    """``page_corners`` put the content's top-left first, so a page laid upside down is told from one laid upright
    by geometry: the orientation benchmark takes its truth from them (matching the crop against the flat page was
    fooled by shadows, ours 168 and 233)."""
    import cv2

    generator = SyntheticDocumentGenerator(2027)
    laid = set()
    for _ in range(12):
        photo = generator.document_photo(1280, 720, background="dark")
        assert photo.page_corners is not None and photo.page_image is not None
        # the same four points as ``corners``, in another order
        assert np.allclose(order_corners(photo.page_corners), photo.corners)
        laid.add(int(np.argmin(np.linalg.norm(photo.corners - photo.page_corners[0], axis=1))))
        flat = cv2.cvtColor(photo.page_image, cv2.COLOR_BGR2GRAY).astype(np.float32)
        h, w = 120, round(120 * flat.shape[1] / flat.shape[0])
        target = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        seen = cv2.warpPerspective(cv2.cvtColor(photo.image, cv2.COLOR_BGR2GRAY).astype(np.float32),
                                   cv2.getPerspectiveTransform(photo.page_corners.astype(np.float32), target), (w, h))
        small = cv2.resize(flat, (w, h), interpolation=cv2.INTER_AREA)
        upright = np.corrcoef(seen.ravel(), small.ravel())[0, 1]
        upside_down = np.corrcoef(seen[::-1, ::-1].ravel(), small.ravel())[0, 1]
        assert upright > upside_down
        # the crop as the kiosk rectifies it (from ``corners``, top-left first), turned by ``upright_turns``, reads upright
        square = np.array([[0, 0], [120, 0], [120, 120], [0, 120]], np.float32)
        crop = cv2.warpPerspective(cv2.cvtColor(photo.image, cv2.COLOR_BGR2GRAY).astype(np.float32),
                                   cv2.getPerspectiveTransform(photo.corners.astype(np.float32), square), (120, 120))
        turned = np.rot90(crop, -photo.upright_turns)
        flat_square = cv2.resize(flat, (120, 120), interpolation=cv2.INTER_AREA)
        assert np.corrcoef(turned.ravel(), flat_square.ravel())[0, 1] > np.corrcoef(
            turned[::-1, ::-1].ravel(), flat_square.ravel())[0, 1]
    assert len(laid) >= 2  # pages laid both ways were seen: the check above told them apart


def test_cut_off_photo_has_corners_outside_the_frame() -> None:
    photo = SyntheticDocumentGenerator(3).document_photo(1280, 720, cut_off=True)
    outside = (photo.corners[:, 0] < 0) | (photo.corners[:, 0] >= 1280) | (photo.corners[:, 1] < 0) | (
        photo.corners[:, 1] >= 720)
    assert photo.cut_off and outside.any()


def test_empty_frame_has_no_page() -> None:
    frame = SyntheticDocumentGenerator(1).empty_frame(800, 600, background="cluttered")
    assert frame.corners is None and frame.image.shape == (600, 800, 3)


def test_id_card_back_carries_a_decodable_cccd_qr() -> None:
    photo = SyntheticDocumentGenerator(9).id_card_photo("back", 1920, 1080, background="dark")
    results = zxingcpp.read_barcodes(photo.image)
    texts = [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert photo.payload in texts
    card = parse_citizen_id_qr(photo.payload)
    assert card.full_name == photo.person.full_name
    assert card.date_of_birth == photo.person.date_of_birth


def test_id_card_front_has_no_payload() -> None:
    photo = SyntheticDocumentGenerator(9).id_card_photo("front", 1280, 720)
    assert photo.payload is None and photo.page_size == "ID-1" and photo.corners is not None
