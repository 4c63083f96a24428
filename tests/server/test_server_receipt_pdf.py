"""The server keeps each dossier's receipt (form 01) as a PDF, and staff can open it."""
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


def test_each_dossier_keeps_its_receipt_pdf(app: FastAPI, client: TestClient) -> None:
    response = submit(client)
    assert response.status_code == 201, response.text
    code = response.json()["code"]
    backend = app.state.backend
    with backend.db.read() as session:
        sha = session.scalars(select(Dossier.receipt_sha256).where(Dossier.code == code)).one()
    assert sha is not None
    reader = PdfReader(io.BytesIO(backend.files.read(sha)))
    text = reader.pages[0].extract_text()
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert code in text and "Nguyễn Văn A" in text
    assert "0912345678" not in text  # the phone is masked on the archived copy
    assert reader.metadata.title == f"Giấy tiếp nhận hồ sơ {code}"
