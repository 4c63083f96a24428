"""The server keeps each dossier's submission confirmation as a PDF (issue 14: not form 01, which an officer's
acceptance issues), and staff can open it."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader
from server_testkit import submit
from sqlalchemy import select

from server.models import Dossier


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


def test_each_dossier_keeps_its_submission_confirmation_pdf(app: FastAPI, client: TestClient) -> None:
    """Issue 14: what the server keeps at submission is the confirmation with an expected date, not form 01."""
    response = submit(client)
    assert response.status_code == 201, response.text
    code = response.json()["code"]
    backend = app.state.backend
    with backend.db.read() as session:
        sha = session.scalars(select(Dossier.receipt_sha256).where(Dossier.code == code)).one()
    assert sha is not None
    reader = PdfReader(io.BytesIO(backend.files.read(sha)))
    text = " ".join(reader.pages[0].extract_text().split())
    assert "PHIẾU XÁC NHẬN NỘP HỒ SƠ" in text and "dự kiến" in text
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" not in text
    assert code in text and "Nguyễn Văn A" in text
    assert "0912345678" not in text  # no phone number on the archived copy
    assert reader.metadata.title == f"Phiếu xác nhận nộp hồ sơ {code}"


def _pdf_qr(app: FastAPI, code: str) -> str:
    import zxingcpp  # noqa: PLC0415

    backend = app.state.backend
    with backend.db.read() as session:
        sha = session.scalars(select(Dossier.receipt_sha256).where(Dossier.code == code)).one()
    images = PdfReader(io.BytesIO(backend.files.read(sha))).pages[0].images
    texts = [r.text for image in images for r in zxingcpp.read_barcodes(image.image)]
    assert len(texts) == 1, texts
    return texts[0]


@pytest.mark.parametrize(("base", "public"), [("http://127.0.0.1:41234", False), ("http://192.168.1.20:8800", False),
                                               ("https://motcua.example.gov.vn", True)])
def test_archived_receipt_qr_never_holds_a_loopback_or_private_address(make_app, base: str, public: bool) -> None:
    """Finding 1: the server's A4 receipt carries the tracking link only when a phone can open it; an embedded
    server's loopback (or a private) address becomes the kiosk-only MOTCUA payload."""
    from server_testkit import KIOSK_TOKEN  # noqa: PLC0415

    app = make_app(public_base_url=base)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipt = submit(client).json()
    qr = _pdf_qr(app, receipt["code"])
    if public:
        assert qr == receipt["tracking_url"] and qr.startswith(base + "/track/")
    else:
        assert qr == f"MOTCUA:{receipt['code']}:{receipt['tracking_token']}"
        assert base.split("//")[1].split(":")[0] not in qr
