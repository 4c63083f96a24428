"""One PDF per document component: pages in order, at their real size, with title and subject.

Pages are encoded once (:func:`encode_page`): colour and greyscale as JPEG, black and white as a
CCITT Group 4 TIFF. The default writer, img2pdf, embeds both streams as they are (JPEG pass-through,
CCITTFaxDecode), which ``bench/pdf_size.py`` measured to be several times smaller for black and white
pages than reportlab, which re-compresses a 1-bit image with Flate. The reportlab writer is kept for
comparison and as a fallback.
"""
from __future__ import annotations

import enum
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import img2pdf
import numpy as np
from PIL import Image, JpegImagePlugin

from kiosk_app.digitize.enhance import EnhanceMode

log = logging.getLogger("kiosk.digitize.pdf")
CREATOR = "MST one-stop kiosk"


class PageEncoding(enum.Enum):
    """How a page's pixels are stored in the PDF."""

    JPEG = "jpeg"
    CCITT_G4 = "g4"


@dataclass(frozen=True)
class EncodedPage:
    """A page's image, encoded once, with its pixel size and resolution."""

    data: bytes
    encoding: PageEncoding
    width_px: int
    height_px: int
    dpi: int

    @property
    def size_pt(self) -> tuple[float, float]:
        """The page's real size in PDF points."""
        return (self.width_px * 72.0 / self.dpi, self.height_px * 72.0 / self.dpi)


def encode_page(image: np.ndarray, mode: EnhanceMode, dpi: int, jpeg_quality: int = 75) -> EncodedPage:
    """Encode an enhanced page: JPEG for colour (BGR) and grey, CCITT G4 for black and white."""
    height, width = image.shape[:2]
    buf = io.BytesIO()
    if mode is EnhanceMode.BLACK_WHITE:
        grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        Image.fromarray(grey).convert("1", dither=Image.Dither.NONE).save(
            buf, format="TIFF", compression="group4", dpi=(dpi, dpi))
        return EncodedPage(buf.getvalue(), PageEncoding.CCITT_G4, width, height, dpi)
    if image.ndim == 3:
        pil = Image.fromarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    else:
        pil = Image.fromarray(image)
    pil.save(buf, format="JPEG", quality=jpeg_quality, optimize=True, dpi=(dpi, dpi))
    return EncodedPage(buf.getvalue(), PageEncoding.JPEG, width, height, dpi)


#: a clockwise quarter turn, two, three: Pillow's transposition for each
_CLOCKWISE = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}


def turn_encoded(page: EncodedPage, quarter_turns: int) -> EncodedPage:
    """``page`` turned ``quarter_turns`` times 90 degrees clockwise (any integer; 0 or a multiple of 4 returns it).

    Black and white (G4) pages turn without loss. A JPEG is decoded, turned and encoded again with its own
    quantisation tables and chroma subsampling: one more generation, 49 dB PSNR against the original on a
    300 dpi A4 page, grey or colour, and the same size within 1 % (Pillow has no lossless JPEG transform
    such as jpegtran's, and a second system library for one button is not worth it). Turn from the page as
    captured each time, not from a turned copy, so a page loses at most that one generation.
    """
    turn = quarter_turns % 4
    if turn == 0:
        return page
    buf = io.BytesIO()
    with Image.open(io.BytesIO(page.data)) as decoded:
        decoded.load()
        turned = decoded.transpose(_CLOCKWISE[turn])
        if page.encoding is PageEncoding.CCITT_G4:
            turned.save(buf, format="TIFF", compression="group4", dpi=(page.dpi, page.dpi))
        elif not isinstance(decoded, JpegImagePlugin.JpegImageFile):
            raise ValueError(f"a page encoded as {page.encoding.value} is not a JPEG")
        else:
            turned.save(buf, format="JPEG", qtables=decoded.quantization,
                        subsampling=JpegImagePlugin.get_sampling(decoded), optimize=True, dpi=(page.dpi, page.dpi))
    width, height = (page.height_px, page.width_px) if turn % 2 else (page.width_px, page.height_px)
    return EncodedPage(buf.getvalue(), page.encoding, width, height, page.dpi)


class PdfWriter(enum.Enum):
    """Which library assembles the PDF."""

    IMG2PDF = "img2pdf"
    REPORTLAB = "reportlab"


def build_component_pdf(pages: Sequence[EncodedPage], title: str, subject: str,
                        writer: PdfWriter = PdfWriter.IMG2PDF) -> bytes:
    """The PDF of one component: ``pages`` in order, each at its real size; title and subject set.

    ``title`` is typically the component's name and ``subject`` the procedure's code and name.
    """
    if not pages:
        raise ValueError("a component PDF needs at least one page")
    if writer is PdfWriter.REPORTLAB:
        return _reportlab_pdf(pages, title, subject)
    # img2pdf sizes each page from the resolution stored in its JPEG / TIFF, i.e. its real size
    pdf: bytes = img2pdf.convert([page.data for page in pages], title=title, subject=subject, creator=CREATOR,
                                 producer=CREATOR)
    return pdf


def _reportlab_pdf(pages: Sequence[EncodedPage], title: str, subject: str) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pageCompression=1)
    pdf.setTitle(title)
    pdf.setSubject(subject)
    pdf.setCreator(CREATOR)
    for page in pages:
        width, height = page.size_pt
        pdf.setPageSize((width, height))
        if page.encoding is PageEncoding.JPEG:
            reader = ImageReader(io.BytesIO(page.data))  # JPEG files are embedded as they are (DCTDecode)
        else:
            reader = ImageReader(Image.open(io.BytesIO(page.data)))
        pdf.drawImage(reader, 0, 0, width=width, height=height)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
