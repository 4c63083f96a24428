"""Files the simulated officers produce (the receipt document, the result) and the dossier-file row writer."""
from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@cache
def _font() -> str:
    pdfmetrics.registerFont(TTFont("OpenCpsSimSans", str(FONTS / "NotoSans-Regular.ttf")))
    return "OpenCpsSimSans"


def _pdf(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setFont(_font(), 12)
    y = 780
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 22
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def receipt_pdf(dossier_no: str, service_name: str, stamp: str) -> bytes:
    """The "phiếu tiếp nhận" a receiving action generates (a DossierDocument)."""
    return _pdf(["PHIẾU TIẾP NHẬN HỒ SƠ (OpenCPS mô phỏng)", f"Số hồ sơ: {dossier_no}", service_name,
                 f"Ngày tiếp nhận: {stamp}"])


def result_pdf(dossier_no: str, service_name: str, stamp: str) -> bytes:
    """The officer's result file (the output dossier part)."""
    return _pdf(["KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (OpenCPS mô phỏng)", f"Số hồ sơ: {dossier_no}",
                 service_name, f"Ngày ký: {stamp}"])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def deliverable_form_data(dossier_no: str) -> str:
    return json.dumps({"so_ho_so": dossier_no}, ensure_ascii=False)


def input_field(row: sqlite3.Row | None, name: str) -> str:
    """One field of the DossierInputModel the dossier was created with."""
    if row is None:
        return ""
    value = json.loads(str(row["input_json"])).get(name, "")
    return str(value or "")


def insert_file(conn: sqlite3.Connection, *, dossier_id: int, reference_uid: str, template_no: str, part_no: str,
                part_type: int, part_name: str, file_template_no: str, display_name: str, file_type: str,
                mime_type: str, content: bytes | None, modified_ms: int, stamp: str) -> int:
    """A new DossierFile row (version 1)."""
    data = content or b""
    cursor = conn.execute(
        "INSERT INTO dossier_file (dossier_id, reference_uid, dossier_template_no, dossier_part_no,"
        " dossier_part_type, dossier_part_name, file_template_no, display_name, file_type, file_name, mime_type,"
        " content, file_size, sha256, file_version, modified_ms, create_date, modified_date)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        (dossier_id, reference_uid, template_no, part_no, part_type, part_name, file_template_no, display_name,
         file_type, display_name, mime_type, content, len(data), sha256(data), modified_ms,
         stamp, stamp))
    return int(cursor.lastrowid or 0)
