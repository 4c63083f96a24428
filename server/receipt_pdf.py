"""The receipt and appointment slip (form 01) as an A4 PDF, kept by the server with the dossier.

The kiosk prints the same content on thermal paper; this copy is the one staff and the archive keep.
Rendered with reportlab and the bundled Noto Sans, so Vietnamese diacritics come out right.
"""
from __future__ import annotations

import io
import ipaddress
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kiosk_app.api.schemas import DeliveryMethod, DossierReceipt, TimeUnit

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# What the kiosk received is a scanned copy of each document (issue 21 finding 6): the same words as the
# kiosk's paper receipt (kiosk_app.receipts.scanned_copy_text in Vietnamese).
SCANNED_COPY = "bản chụp, {pages} trang"
UNIT_WORDS = {TimeUnit.WORKING_DAYS: "ngày làm việc", TimeUnit.CALENDAR_DAYS: "ngày", TimeUnit.MONTHS: "tháng"}


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


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont("NotoSans", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", str(FONTS / "NotoSans-Bold.ttf")))
    return "NotoSans", "NotoSans-Bold"


def render_receipt_pdf(receipt: DossierReceipt, applicant_name: str, phone: str) -> bytes:
    """Form 01 for one dossier: agency, code with QR, applicant, procedure, documents, dates, return."""
    regular, bold = _fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(f"Giấy tiếp nhận hồ sơ {receipt.code}")
    pdf.setSubject(receipt.procedure_name_vi)
    width, height = A4
    y = height - 20 * mm

    def line(text: str, size: float = 11, font: str = regular, x: float = 20 * mm, centre: bool = False) -> None:
        nonlocal y
        pdf.setFont(font, size)
        if centre:
            pdf.drawCentredString(width / 2, y, text)
        else:
            pdf.drawString(x, y, text)
        y -= size * 1.6

    line("BỘ KHOA HỌC VÀ CÔNG NGHỆ", 12, bold)
    line(receipt.receiving_unit, 10)
    y -= 4 * mm
    line("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 15, bold, centre=True)
    line(f"Mã hồ sơ: {receipt.code}", 12, bold, centre=True)
    y -= 4 * mm
    line(f"Người nộp hồ sơ: {applicant_name}")
    line(f"Số điện thoại: {phone[:3]}{'*' * max(0, len(phone) - 6)}{phone[-3:]}")
    line(f"Nội dung yêu cầu giải quyết: {receipt.procedure_name_vi} (mã thủ tục {receipt.procedure_code})")
    line("Giấy tờ đã nhận:", font=bold)
    for index, document in enumerate(receipt.documents, 1):
        line(f"{index}. {document.name_vi} – {SCANNED_COPY.format(pages=document.pages)}", 10, x=25 * mm)
    y -= 2 * mm
    line(f"Thời gian giải quyết theo quy định: {receipt.processing_days} {UNIT_WORDS[receipt.processing_unit]}")
    line(f"Thời điểm tiếp nhận: {receipt.received_at:%H giờ %M phút, ngày %d/%m/%Y}")
    line(f"Hẹn trả kết quả: ngày {receipt.appointed_date:%d/%m/%Y}", font=bold)
    where = "tại Bộ phận Một cửa" if receipt.delivery_method == DeliveryMethod.COUNTER else "qua dịch vụ bưu chính công ích"
    line(f"Nơi / cách thức trả kết quả: {where}")
    if receipt.fee_vnd:
        line(f"Phí, lệ phí: {receipt.fee_vnd:,} đồng".replace(",", "."))
    y -= 4 * mm
    line("Người tiếp nhận: kiosk tự phục vụ (nộp trực tuyến)", 10)
    if receipt.provisional_ref:
        line(f"Mã tiếp nhận tạm thời tại kiosk: {receipt.provisional_ref}", 10)
    qr_text = receipt.tracking_url if phone_can_open(receipt.tracking_url) \
        else f"MOTCUA:{receipt.code}:{receipt.tracking_token}"  # read by a kiosk's scanner
    qr = segno.make(qr_text, error="m")
    png = io.BytesIO()
    qr.save(png, kind="png", scale=4, border=2)
    png.seek(0)
    y -= 36 * mm
    pdf.drawImage(ImageReader(png), 20 * mm, y, 34 * mm, 34 * mm)
    pdf.setFont(regular, 10)
    if qr_text == receipt.tracking_url:
        pdf.drawString(58 * mm, y + 16 * mm, "Quét mã QR để tra cứu tình trạng hồ sơ")
    else:
        pdf.drawString(58 * mm, y + 18 * mm, "Quét mã này tại ki-ốt để tra cứu hồ sơ, hoặc nhập mã hồ sơ")
        pdf.drawString(58 * mm, y + 13 * mm, "và 4 số cuối điện thoại của người nộp.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
