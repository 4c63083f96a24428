"""Test harness of the kiosk's submission path: a real server, the fault proxy, a dossier, a process to kill.

Run as a script it is "the kiosk" for the crash tests:
``python -m testkit.kiosk_harness submit|resume OUTBOX_DIR URL TOKEN PDF...`` prints one JSON line.
"""
from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kiosk_app.api.schemas import DossierCreate
from kiosk_app.backend.reference import ReferenceBackend
from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.outbox import Outbox, OutboxWorker
from kiosk_app.submission import SubmissionService, make_sender

KIOSK_ID = "KIOSK-TEST-01"
KIOSK_TOKEN = "kiosk-test-token-0123456789abcdef0123"
PROCEDURE = "1.005298"  # Khai báo chất phóng xạ: one required component, no fee


def make_pdf(path: Path, pages: int, label: str) -> Path:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 720, f"{label} – trang {page + 1}")
        pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


def dossier(phone: str = "0912345678", pages: int = 2) -> DossierCreate:
    return DossierCreate.model_validate({
        "procedure_code": PROCEDURE,
        "applicant": {"type": 1, "full_name": "Nguyễn Thị Ánh", "id_number": "001090123456",
                      "address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"},
        "contact": {"phone": phone},
        "delivery": {"method": 0},
        "documents": [{"component_id": "declaration", "pages": pages}],
        "consent": True,
    })


def client(url: str, token: str = KIOSK_TOKEN, read_timeout: float = 2.0) -> ReferenceBackend:
    return ReferenceBackend(url, token, connect_timeout_s=1.0, read_timeout_s=read_timeout,
                            upload_timeout_s=read_timeout, retries=0)


def service(outbox_dir: Path, url: str, token: str = KIOSK_TOKEN, clock: Clock = SYSTEM_CLOCK) -> SubmissionService:
    outbox = Outbox(outbox_dir, kiosk_id=KIOSK_ID)
    worker = OutboxWorker(outbox, make_sender(client(url, token)), base_delay_s=0.05, max_delay_s=0.5, clock=clock)
    return SubmissionService(outbox, worker)


def server_dossiers(app: Any) -> list[dict[str, Any]]:
    """Every dossier on the server with its documents' hashes."""
    from server.models import Dossier

    with app.state.backend.db.read() as session:
        rows = session.scalars(select(Dossier).options(selectinload(Dossier.documents))).all()
        return [{"code": d.code, "provisional_ref": d.provisional_ref, "phone": d.phone,
                 "sha256": [doc.sha256 for doc in d.documents]} for d in rows]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    mode, outbox_dir, url, token, *pdfs = argv
    svc = service(Path(outbox_dir), url, token)
    if mode == "submit":
        result = svc.submit(dossier(), [("declaration", Path(p)) for p in pdfs])
        print(json.dumps({"ref": result.provisional_ref, "confirmed": result.confirmed}))
    else:  # resume after a restart: send whatever is pending
        confirmed = svc.worker.run_once()
        print(json.dumps({"confirmed": confirmed, "counts": svc.outbox.counts()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
