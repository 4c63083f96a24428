"""An A4 administrative paper drawn with reportlab: the agency and the national header (Quốc hiệu, tiêu ngữ), the
number, a title, wrapped paragraphs, a table, signature blocks and a tracking QR; Noto Sans for Vietnamese.

Written here rather than with reportlab's platypus flowables: the forms are short, one page as a rule, and a
cursor that wraps and breaks pages is all they need.
"""
from __future__ import annotations

import io
import ipaddress
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
MINISTRY = "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 190 * mm, 277 * mm, 20 * mm


@lru_cache(maxsize=1)
def fonts() -> tuple[str, str]:
    """Register (once) and name the regular and bold Noto Sans."""
    pdfmetrics.registerFont(TTFont("NotoSans", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", str(FONTS / "NotoSans-Bold.ttf")))
    return "NotoSans", "NotoSans-Bold"


def phone_can_open(url: str) -> bool:
    """True for an http(s) link whose host is public (not loopback, private, link-local or .local).

    The server's twin of ``kiosk_app.domain.tracking_qr.is_public_url`` (the server shares only the
    wire schemas with the kiosk): an embedded server's own ``http://127.0.0.1:<port>`` is never printed.
    """
    try:
        parsed = urlparse(url)
        host = (parsed.hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    if parsed.scheme not in ("http", "https") or not host:
        return False
    try:
        return ipaddress.ip_address(host).is_global
    except ValueError:
        return "." in host and host != "localhost" and not host.endswith((".localhost", ".local", ".internal", ".lan"))


def tracking_qr_text(code: str, token: str, url: str) -> str:
    """The tracking link when a phone can open it, else the payload a kiosk's scanner reads."""
    return url if phone_can_open(url) else f"MOTCUA:{code}:{token}"


def long_date(day: date) -> str:
    """"ngày 05 tháng 03 năm 2026"."""
    return f"ngày {day:%d} tháng {day:%m} năm {day:%Y}"


class A4Paper:
    """A cursor over A4 pages: each call draws below the previous one and starts a new page when full."""

    def __init__(self, title: str, subject: str) -> None:
        self.regular, self.bold = fonts()
        self.buffer = io.BytesIO()
        self.pdf = canvas.Canvas(self.buffer, pagesize=A4)
        self.pdf.setTitle(title)
        self.pdf.setSubject(subject)
        self.pdf.setAuthor(MINISTRY)
        self.y = TOP

    def _room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.pdf.showPage()
            self.y = TOP

    def space(self, height_mm: float) -> None:
        self.y -= height_mm * mm

    def header(self, agency: str, number: str | None, place_day: str, form_label: str | None = None) -> None:
        """Agency and number on the left, national name and motto on the right, place and date below them."""
        pdf, width = self.pdf, A4[0]
        if form_label:
            pdf.setFont(self.regular, 8)
            pdf.drawRightString(RIGHT, self.y + 6 * mm, form_label)
        left_x, right_x = 55 * mm, 135 * mm
        pdf.setFont(self.regular, 10)
        pdf.drawCentredString(left_x, self.y, MINISTRY)
        pdf.setFont(self.bold, 10)
        lines = simpleSplit(agency.upper(), self.bold, 10, 80 * mm)
        pdf.setFont(self.bold, 11)
        pdf.drawCentredString(right_x, self.y, NATIONAL_NAME)
        pdf.setFont(self.bold, 12)
        pdf.drawCentredString(right_x, self.y - 5.5 * mm, MOTTO)
        motto_width = pdfmetrics.stringWidth(MOTTO, self.bold, 12)
        pdf.line(right_x - motto_width / 2, self.y - 7 * mm, right_x + motto_width / 2, self.y - 7 * mm)
        y = self.y - 5 * mm
        pdf.setFont(self.bold, 10)
        for line in lines:
            pdf.drawCentredString(left_x, y, line)
            y -= 4.5 * mm
        pdf.line(left_x - 12 * mm, y + 2.5 * mm, left_x + 12 * mm, y + 2.5 * mm)
        if number:
            pdf.setFont(self.regular, 10)
            pdf.drawCentredString(left_x, y - 2 * mm, f"Số: {number}")
            y -= 6 * mm
        pdf.setFont(self.regular, 10)
        pdf.drawCentredString(right_x, self.y - 14 * mm, place_day)
        self.y = min(y, self.y - 14 * mm) - 10 * mm
        del width

    def title(self, text: str, subtitle: str | None = None) -> None:
        self._room(20 * mm)
        self.pdf.setFont(self.bold, 14)
        for line in simpleSplit(text, self.bold, 14, RIGHT - LEFT):
            self.pdf.drawCentredString(A4[0] / 2, self.y, line)
            self.y -= 7 * mm
        if subtitle:
            self.pdf.setFont(self.regular, 11)
            self.pdf.drawCentredString(A4[0] / 2, self.y, subtitle)
            self.y -= 6 * mm
        self.y -= 4 * mm

    def para(self, text: str, *, bold: bool = False, size: float = 11, indent_mm: float = 0) -> None:
        """A paragraph wrapped to the page's width."""
        font = self.bold if bold else self.regular
        x = LEFT + indent_mm * mm
        for line in simpleSplit(text, font, size, RIGHT - x) or [""]:
            self._room(size * 1.5)
            self.pdf.setFont(font, size)
            self.pdf.drawString(x, self.y, line)
            self.y -= size * 1.5

    def table(self, headers: list[str], rows: list[list[str]], widths_mm: list[float], size: float = 10) -> None:
        """A ruled table; every cell wraps within its column."""
        widths = [w * mm for w in widths_mm]

        def draw_row(cells: list[str], font: str) -> None:
            wrapped = [simpleSplit(cell, font, size, w - 3 * mm) or [""] for cell, w in zip(cells, widths, strict=True)]
            height = max(len(lines) for lines in wrapped) * size * 1.3 + 3 * mm
            self._room(height)
            x = LEFT
            self.pdf.setFont(font, size)
            for lines, w in zip(wrapped, widths, strict=True):
                self.pdf.rect(x, self.y - height, w, height)
                for i, line in enumerate(lines):
                    self.pdf.drawString(x + 1.5 * mm, self.y - 1.5 * mm - size - i * size * 1.3, line)
                x += w
            self.y -= height

        draw_row(headers, self.bold)
        for row in rows:
            draw_row(row, self.regular)
        self.y -= 4 * mm

    def signatures(self, blocks: list[tuple[str, str, str]]) -> None:
        """Side by side: (role, note, name) of each signer."""
        self._room(35 * mm)
        column = (RIGHT - LEFT) / len(blocks)
        for i, (role, note, name) in enumerate(blocks):
            centre = LEFT + column * (i + 0.5)
            self.pdf.setFont(self.bold, 11)
            self.pdf.drawCentredString(centre, self.y, role)
            self.pdf.setFont(self.regular, 9)
            self.pdf.drawCentredString(centre, self.y - 5 * mm, note)
            self.pdf.setFont(self.bold, 11)
            self.pdf.drawCentredString(centre, self.y - 25 * mm, name)
        self.y -= 32 * mm

    def qr(self, payload: str, captions: list[str]) -> None:
        """A QR code with its caption lines beside it."""
        self._room(36 * mm)
        png = io.BytesIO()
        segno.make(payload, error="m").save(png, kind="png", scale=4, border=2)
        png.seek(0)
        self.y -= 34 * mm
        self.pdf.drawImage(ImageReader(png), LEFT, self.y, 34 * mm, 34 * mm)
        self.pdf.setFont(self.regular, 10)
        for i, caption in enumerate(captions):
            self.pdf.drawString(LEFT + 38 * mm, self.y + 20 * mm - i * 5 * mm, caption)
        self.y -= 4 * mm

    def finish(self) -> bytes:
        self.pdf.showPage()
        self.pdf.save()
        return self.buffer.getvalue()
