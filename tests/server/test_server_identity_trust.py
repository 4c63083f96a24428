"""Issue 16 point 3: the dossier records how the applicant's identity was established (the chip's trust level),
the server stores it and the staff console shows it."""
from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import AppFactory, console_app, dossier_payload, staff_login, submit
from sqlalchemy import select

from server.models import Dossier

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return console_app(make_app)


@pytest.mark.parametrize(("trust", "shown"), [
    ("chip-verified", "Đã xác thực qua chip thẻ căn cước"),
    ("chip-unverified-signer", "chưa xác thực được cơ quan ký"),
    ("qr-only", "Chỉ đọc mã QR trên thẻ"),
    (None, "Người nộp tự nhập"),
])
def test_trust_level_is_stored_and_shown_to_staff(app: FastAPI, client: TestClient, trust: str | None,
                                                  shown: str) -> None:
    """Issue 16: each trust level the kiosk sends is stored with the dossier and shown on its console page."""
    payload = dossier_payload()
    if trust is not None:
        payload["applicant"]["identity_trust"] = trust
    response = submit(client, payload)
    assert response.status_code == 201, response.text
    code = response.json()["code"]
    with app.state.backend.db.read() as session:
        stored = session.scalars(select(Dossier.applicant_identity_trust).where(Dossier.code == code)).one()
    assert stored == trust
    staff = TestClient(app)
    staff_login(staff)
    page = staff.get(f"/staff/dossiers/{code}").text
    assert f'data-trust="{trust or ""}"' in page and shown in page


def test_an_unknown_trust_level_is_refused(client: TestClient) -> None:
    """Issue 16: the wire schema accepts only the three trust levels."""
    payload = dossier_payload()
    payload["applicant"]["identity_trust"] = "trust-me"
    assert submit(client, payload).status_code == 422
