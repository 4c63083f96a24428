"""Issue 17: documents on a checked cloth found by what does not repeat the cloth's pattern
(:mod:`kiosk_app.digitize.lattice`), and nothing found on a cloth with a glare or a dark block but no document."""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from alt_photos import tuning_photo_iou

from kiosk_app.digitize.detect import PageDetector
from kiosk_app.digitize.lattice import body_distance, colour_values, desk_map, lattice_vectors, region_boxes
from testkit.document_photos_alt import AltDocumentPhotos

CARD = np.array([[110, 50], [230, 50], [230, 126], [110, 126]], np.float64)  # an ID-1 card's proportions


def _cloth(h: int = 180, w: int = 320, cell: int = 9, angle: float = 20.0) -> np.ndarray:
    """A grey checked cloth of ``cell``-pixel squares turned by ``angle`` degrees, lightly blurred (a camera's)."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    a = np.radians(angle)
    u, v = xs * np.cos(a) + ys * np.sin(a), -xs * np.sin(a) + ys * np.cos(a)
    cloth = np.where((np.floor(u / cell) + np.floor(v / cell)) % 2 == 0, 205, 60).astype(np.uint8)
    return cv2.GaussianBlur(cloth, (3, 3), 0)


def _card_on_cloth() -> np.ndarray:
    """A mid-grey card with a photo and lines of print on the cloth."""
    grey = _cloth()
    x0, y0, x1, y1 = 110, 50, 230, 126
    grey[y0:y1, x0:x1] = 150
    grey[y0 + 10:y0 + 50, x0 + 8:x0 + 38] = 95  # the photo
    for y in range(y0 + 12, y1 - 8, 8):  # lines of print
        grey[y:y + 2, x0 + 48:x1 - 10] = 110
    return grey


def test_the_lattice_of_a_checked_cloth_is_found_and_plain_desks_have_none() -> None:
    """Two non-collinear lattice vectors on a checked cloth, whose halves step to the neighbouring cells (a cell
    apart); none on a plain desk with a page, nor on a page of text lines alone (repeating one way only)."""
    vectors = lattice_vectors(_cloth(cell=9))
    assert vectors is not None
    first, second = vectors
    assert abs(first[0] * second[1] - first[1] * second[0]) > 0.5 * np.linalg.norm(first) * np.linalg.norm(second)
    for half in ((first + second) / 2, (first - second) / 2):
        assert np.linalg.norm(half) == pytest.approx(9.0, abs=1.5)
    rng = np.random.default_rng(4)
    plain = np.clip(rng.normal(120, 3, (180, 320)), 0, 255).astype(np.uint8)
    plain[40:150, 90:230] = 230
    assert lattice_vectors(plain) is None and desk_map(plain) is None
    lines = np.full((180, 320), 235, np.uint8)
    for y in range(10, 175, 9):
        lines[y:y + 3, 20:300] = 60
    assert lattice_vectors(lines) is None


def test_the_desk_map_tells_the_cloth_from_a_card_on_it() -> None:
    """The map is desk over the cloth and not over the card (its photo and print included); the card's outline fits
    the map nearly perfectly, a half of the card (document outside one side) and a quad grown over the cloth (desk
    inside) less; the card lies well above the dark cells."""
    grey = _card_on_cloth()
    mapped = desk_map(grey)
    assert mapped is not None and mapped.cell == pytest.approx(9, abs=1)
    card = np.zeros(grey.shape, bool)
    card[50:126, 110:230] = True
    far = ~cv2.dilate(card.astype(np.uint8), np.ones((25, 25), np.uint8)).astype(bool)
    assert mapped.desk[far].mean() > 0.9
    assert mapped.desk[50 + 8:126 - 8, 110 + 8:230 - 8].mean() < 0.1
    assert mapped.fit(CARD) > 0.9
    half = CARD.copy()
    half[1:3, 0] = 170  # the right half cut off
    grown = CARD + np.array([[-30, -25], [30, -25], [30, 25], [-30, 25]])
    assert mapped.fit(half) <= mapped.fit(CARD) - 0.1  # one side of four with document outside
    assert mapped.fit(grown) < mapped.fit(CARD) - 0.2
    assert mapped.desk_inside(CARD) < 0.1 < 0.3 < mapped.desk_inside(grown)
    assert 0.4 < mapped.lightness(grey, CARD) < 0.8


def test_a_card_body_is_near_and_both_kinds_of_cells_far_in_body_distance() -> None:
    """The distance from the card's body colour: about nothing on the card's body, far on light and dark cells
    alike (so the card's sides step the same way all round)."""
    grey = _card_on_cloth()
    frame = cv2.cvtColor(cv2.resize(grey, None, fx=4, fy=4, interpolation=cv2.INTER_NEAREST), cv2.COLOR_GRAY2BGR)
    distance = body_distance(colour_values(frame), CARD * 4)
    assert float(np.median(distance[4 * 60:4 * 70, 4 * 200:4 * 225])) < 3.0  # the body, right of the print
    cloth = grey[:30, :] if grey.ndim == 2 else grey
    light = distance[:4 * 30][np.repeat(np.repeat(cloth > 180, 4, axis=0), 4, axis=1)]
    dark = distance[:4 * 30][np.repeat(np.repeat(cloth < 80, 4, axis=0), 4, axis=1)]
    assert np.median(light) > 30 and np.median(dark) > 30


@pytest.mark.parametrize(("seed", "kind"), [(959, "ID-1"), (978, "ID-1"), (1155, "ID-1"), (2092, "A4"), (2322, "DL")])
def test_documents_on_a_checked_cloth_are_found_whole(seed: int, kind: str) -> None:
    """Issue 17: tuning photos of the independent generator where the document lies on a checked cloth: before the
    lattice stage, nothing (959) or a part of it (a card's body, a column of text: 0.27-0.67 IoU) was found."""
    assert tuning_photo_iou(seed, kind=kind, desk="checker") >= 0.95


def test_a_rounded_region_of_the_map_is_boxed_near_the_document() -> None:
    """The map's region of a card is rounded (the evidence is averaged over a cell); its rotated box lies near the
    card's sides (within two cells), small regions (a speck under the limit) give none."""
    mapped = desk_map(_card_on_cloth())
    assert mapped is not None
    boxes = region_boxes(mapped.documents(), 0.02 * 320 * 180)
    assert len(boxes) == 1
    box = boxes[0][np.argsort(boxes[0].sum(axis=1))]  # top-left first, bottom-right last
    assert np.abs(box[0] - CARD[0]).max() <= 2 * mapped.cell and np.abs(box[-1] - CARD[2]).max() <= 2 * mapped.cell
    assert region_boxes(mapped.documents(), 0.5 * 320 * 180) == []


@pytest.mark.parametrize(("seed", "kind", "least"), [(487, "A4", 0.97), (569, "ID-1", 0.93), (689, "ID-1", 0.93),
                                                     (119, "ID-1", 0.97), (1036, "ID-1", 0.93)])
def test_a_document_about_a_cell_wide_is_found_from_its_regions_box(seed: int, kind: str, least: float) -> None:
    """Issue 17: tuning photos of the independent generator, a card or an A4 page seen small on a checked cloth of
    large cells: the map's region of the document is a rounded blob whose hull's quad is skewed (0.59 IoU) and too far
    off for the usual side fit; its box, refined by the wider fits on the distance from its body, finds it. Main
    found nothing (487, 569) or a part (0.68-0.84)."""
    assert tuning_photo_iou(seed, kind=kind, desk="checker") >= least


@pytest.mark.parametrize("seed", [647, 682])
def test_no_document_on_a_cloth_with_a_dark_block_or_a_glare(seed: int) -> None:
    """Empty tuning frames of a checked cloth with objects: a dark textured block (647) and a glare beside a dark
    object (682) do not repeat the pattern either, and are no document (too dark; desk inside)."""
    photo = AltDocumentPhotos(1280, 720).photo(seed, empty=True)
    assert photo.corners is None and photo.desk == "checker"
    assert PageDetector().detect(photo.image) is None
