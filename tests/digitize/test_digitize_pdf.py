"""Component PDFs: page order, real page size, metadata, and embedding without re-encoding."""
from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from kiosk_app.digitize.enhance import EnhanceMode, enhance
from kiosk_app.digitize.pdf import EncodedPage, PageEncoding, PdfWriter, build_component_pdf, encode_page, turn_encoded
from kiosk_app.digitize.rectify import PageSize


def _numbered_page(number: int, size: PageSize = PageSize.A4, dpi: int = 100) -> np.ndarray:
    width, height = size.pixels(dpi)
    page = np.full((height, width, 3), 245, np.uint8)
    cv2.putText(page, str(number), (width // 4, height // 2), cv2.FONT_HERSHEY_SIMPLEX, 8, (20, 20, 20), 20)
    cv2.rectangle(page, (10 * number, 10), (10 * number + 40, 50), (0, 0, 200), -1)
    return page


def _images(reader: PdfReader, index: int) -> list:
    return list(reader.pages[index].images)


@pytest.mark.parametrize("writer", list(PdfWriter))
def test_pages_in_order_with_metadata_and_real_size(writer: PdfWriter) -> None:
    pages = [encode_page(_numbered_page(n), EnhanceMode.COLOUR, 100) for n in (1, 2, 3)]
    pages.insert(1, encode_page(enhance(_numbered_page(9, PageSize.A5), EnhanceMode.BLACK_WHITE),
                                EnhanceMode.BLACK_WHITE, 100))
    pdf = build_component_pdf(pages, title="Đơn đề nghị", subject="1.009846 Cấp chứng chỉ nhân viên bức xạ",
                              writer=writer)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Đơn đề nghị"
    assert reader.metadata.subject == "1.009846 Cấp chứng chỉ nhân viên bức xạ"
    assert len(reader.pages) == 4
    a4 = (210 / 25.4 * 72, 297 / 25.4 * 72)
    a5 = (148 / 25.4 * 72, 210 / 25.4 * 72)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    for (w, h), expected in zip(sizes, [a4, a5, a4, a4], strict=True):
        assert w == pytest.approx(expected[0], abs=1.0) and h == pytest.approx(expected[1], abs=1.0)
    # order: decode each page's image and find the red mark, placed at 10 * number px
    marks = []
    for i in (0, 2, 3):
        image = np.asarray(_images(reader, i)[0].image.convert("RGB"))
        red = (image[:, :, 0] > 150) & (image[:, :, 2] < 100)
        marks.append(int(np.nonzero(red.any(axis=0))[0].min()))
    assert marks == sorted(marks) and abs(marks[0] - 10) <= 2 and abs(marks[2] - 30) <= 2


def test_jpeg_passes_through_and_black_and_white_is_ccitt_g4() -> None:
    colour = encode_page(_numbered_page(1), EnhanceMode.COLOUR, 100)
    bw = encode_page(enhance(_numbered_page(2), EnhanceMode.BLACK_WHITE), EnhanceMode.BLACK_WHITE, 100)
    assert colour.encoding is PageEncoding.JPEG and bw.encoding is PageEncoding.CCITT_G4
    reader = PdfReader(io.BytesIO(build_component_pdf([colour, bw], title="t", subject="s")))
    jpeg_obj = _images(reader, 0)[0].indirect_reference.get_object()
    assert jpeg_obj["/Filter"] == "/DCTDecode"
    assert jpeg_obj.get_data() == colour.data  # the very bytes we encoded: no re-encoding
    g4_obj = _images(reader, 1)[0].indirect_reference.get_object()
    filters = g4_obj["/Filter"]
    assert "/CCITTFaxDecode" in (filters if isinstance(filters, list) else [filters])


def test_empty_component_is_refused() -> None:
    with pytest.raises(ValueError):
        build_component_pdf([], title="t", subject="s")


def _decoded(page: EncodedPage) -> np.ndarray:
    with Image.open(io.BytesIO(page.data)) as image:
        return np.asarray(image.convert("L"), np.float32)


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    return float(10 * np.log10(255.0 ** 2 / max(float(((a - b) ** 2).mean()), 1e-9)))


@pytest.mark.parametrize("mode", [EnhanceMode.COLOUR, EnhanceMode.GREY])
def test_a_turned_jpeg_page_is_the_page_turned_clockwise_with_one_generation_lost(mode: EnhanceMode) -> None:
    """Issue 17: the citizen's turn. A JPEG page turned a quarter turn clockwise has its width and height
    swapped (a landscape page in the PDF) and its pixels are the original's turned, within one JPEG generation
    made with the page's own tables (about the size it was)."""
    picture = _numbered_page(4, dpi=150)
    page = encode_page(picture if mode is EnhanceMode.COLOUR else cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY),
                       mode, 150)
    turned = turn_encoded(page, 1)
    assert turned.encoding is PageEncoding.JPEG and turned.dpi == 150
    assert (turned.width_px, turned.height_px) == (page.height_px, page.width_px)
    original = _decoded(page)
    assert _decoded(turned).shape == (page.width_px, page.height_px)
    assert _psnr(_decoded(turned), np.rot90(original, -1)) > 40  # clockwise
    assert _psnr(_decoded(turn_encoded(page, -1)), np.rot90(original, 1)) > 40  # -1: anticlockwise
    assert _psnr(_decoded(turn_encoded(page, 2)), np.rot90(original, 2)) > 40
    assert 0.9 < len(turned.data) / len(page.data) < 1.1
    assert turn_encoded(page, 4) is page and turn_encoded(page, 0) is page
    reader = PdfReader(io.BytesIO(build_component_pdf([turned], title="t", subject="s")))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert width == pytest.approx(297 / 25.4 * 72, abs=1.0) and height == pytest.approx(210 / 25.4 * 72, abs=1.0)


def test_a_black_and_white_page_turns_without_loss() -> None:
    page = encode_page(enhance(_numbered_page(5), EnhanceMode.BLACK_WHITE), EnhanceMode.BLACK_WHITE, 100)
    turned = turn_encoded(page, 3)
    assert turned.encoding is PageEncoding.CCITT_G4
    assert (turned.width_px, turned.height_px) == (page.height_px, page.width_px)
    assert np.array_equal(_decoded(turned), np.rot90(_decoded(page), -3))
