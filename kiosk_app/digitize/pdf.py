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
from PIL import Image

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
