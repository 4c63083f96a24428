"""Dossier submission: codes, receipt, idempotency, validation of the applicant and the files."""
from __future__ import annotations

import io
import json
import re
from datetime import date, datetime

import pikepdf
from fastapi.testclient import TestClient
from server_testkit import KIOSK_TOKEN, VN, FakeClock, dossier_payload, make_pdf, submit

from kiosk_app.api.schemas import DossierReceipt, DossierStatus


def test_submission_gets_code_appointed_date_and_tracking_link(client: TestClient) -> None:
    response = submit(client)
    assert response.status_code == 201, response.text
    receipt = DossierReceipt.model_validate(response.json())
    assert receipt.code == "000.00.00.G06-260304-0001"
    assert receipt.status is DossierStatus.NEW
    # Wednesday 4 March 2026 + 5 working days, receipt day not counted -> Wednesday 11 March.
    assert receipt.appointed_date == date(2026, 3, 11)
    assert receipt.tracking_url == f"https://motcua.example.vn/track/{receipt.code}?t={receipt.tracking_token}"
    assert [d.component_id for d in receipt.documents] == ["declaration"]
    assert receipt.fee_vnd == 0 and receipt.payment is None


def test_codes_are_consecutive_within_a_day_and_restart_the_next(client: TestClient, clock: FakeClock) -> None:
    codes = [submit(client).json()["code"] for _ in range(3)]
    assert codes == [f"000.00.00.G06-260304-000{i}" for i in (1, 2, 3)]
    clock.set(datetime(2026, 3, 5, 8, 0, tzinfo=VN))
    assert submit(client).json()["code"] == "000.00.00.G06-260305-0001"


def test_code_pattern_is_configurable(make_app) -> None:
    app = make_app(agency_code="G09.20", dossier_code_pattern="{agency}-{date:%Y%m%d}-{seq:07d}")
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    assert submit(client).json()["code"] == "G09.20-20260304-0000001"


def test_fee_comes_with_payment_account(make_app) -> None:
    app = make_app(bank_account={"bank_bin": "970436", "account_number": "0011001234567",
                                 "account_name": "CUC AN TOAN BUC XA"})
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipt = submit(client, dossier_payload("1.009846")).json()
    assert receipt["fee_vnd"] == 200000
    assert receipt["payment"] == {"amount_vnd": 200000, "bank_bin": "970436", "account_number": "0011001234567",
                                  "account_name": "CUC AN TOAN BUC XA",
                                  "purpose": receipt["payment"]["purpose"]}


def test_transfer_note_is_a_short_reference_that_maps_back(make_app) -> None:
    """Issue 14: the VietQR transfer note is <= 25 letters and digits, and the server maps it (as a bank
    statement shows it: other text around it, lower case, spaces) back to the dossier."""
    app = make_app(bank_account={"bank_bin": "970436", "account_number": "0011001234567",
                                 "account_name": "CUC AN TOAN BUC XA"})
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipts = [submit(client, dossier_payload("1.009846")).json() for _ in range(2)]
    notes = [r["payment"]["purpose"] for r in receipts]
    assert all(len(n) <= 25 and n.isascii() and n.isalnum() for n in notes) and notes[0] != notes[1]
    service = app.state.dossiers
    for receipt, note in zip(receipts, notes, strict=True):
        assert service.code_for_transfer_note(note) == receipt["code"]
        statement = f"MBVCB.1234567.{note[:6].lower()} {note[6:].lower()}.CT tu 0123456789 NGUYEN VAN A"
        assert service.code_for_transfer_note(statement) == receipt["code"]
    garbled = notes[0][:-1] + str((int(notes[0][-1]) + 1) % 10)  # one digit wrong: the check digits catch it
    assert service.code_for_transfer_note(garbled) is None
    assert service.code_for_transfer_note(f"Le phi ho so {receipts[0]['code']}") is None


def test_retry_with_same_key_returns_same_dossier(client: TestClient) -> None:
    payload = dossier_payload()
    files = [make_pdf()]
    first = submit(client, payload, key="retry-key-0001", files=files)
    second = submit(client, payload, key="retry-key-0001", files=files)
    assert first.status_code == 201 and second.status_code == 200
    assert second.headers["Idempotent-Replayed"] == "true"
    assert first.json() == second.json()
    assert submit(client).json()["code"].endswith("-0002")


def test_same_key_with_other_content_is_refused(client: TestClient) -> None:
    assert submit(client, key="reused-key-0001").status_code == 201
    other = dossier_payload(applicant={"type": 1, "full_name": "Trần Thị B", "address": "Hà Nội"})
    response = submit(client, other, key="reused-key-0001")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "idempotency_key_reused"


def test_text_is_normalised_to_nfc(client: TestClient, app) -> None:
    decomposed = "Nguye\u0302\u0303n Va\u0306n A"  # NFD
    payload = dossier_payload(applicant={"type": 1, "full_name": decomposed, "address": " Hà Nội "})
    code = submit(client, payload).json()["code"]
    from sqlalchemy import select  # noqa: PLC0415

    from server.models import Dossier  # noqa: PLC0415
    with app.state.backend.db.read() as session:
        row = session.scalars(select(Dossier).where(Dossier.code == code)).one()
    assert row.applicant_name == "Nguyễn Văn A" and row.applicant_address == "Hà Nội"


def _error(response) -> str:
    body = response.json()
    assert set(body["error"]) >= {"code", "message_vi", "message_en"}
    return body["error"]["code"]


def test_kiosk_endpoints_refuse_other_callers(client: TestClient) -> None:
    anonymous = TestClient(client.app)
    assert anonymous.post("/api/v1/track", json={"code": "x", "phone_last4": "1234"}).status_code == 401
    wrong = TestClient(client.app, headers={"Authorization": "Bearer not-a-kiosk"})
    response = submit(wrong)
    assert response.status_code == 401 and _error(response) == "unauthorised_kiosk"
    assert wrong.post("/api/v1/tickets", json={}).status_code == 401
    assert wrong.post("/api/v1/kiosks/heartbeat", json={"app_version": "1"}).status_code == 401


def test_bad_files_are_refused(client: TestClient) -> None:
    def attempt(data: bytes) -> str:
        return _error(submit(client, files=[data]))

    assert attempt(b"GIF89a not a pdf at all") == "not_a_pdf"
    assert attempt(b"%PDF-1.4\n1 0 obj<<>>endobj\n") == "not_a_pdf"  # no end marker: truncated
    assert attempt(b"MZ\x90\x00" + make_pdf()) == "not_a_pdf"  # polyglot: something else before the header
    with pikepdf.open(io.BytesIO(make_pdf())) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        script = io.BytesIO()
        pdf.save(script)
    assert attempt(script.getvalue()) == "unsafe_pdf"
    assert _error(submit(client, files=[])) in ("file_count_mismatch", "invalid_request")
    assert _error(submit(client, files=[make_pdf(), make_pdf()])) == "file_count_mismatch"


def test_file_and_request_size_limits(make_app) -> None:
    app = make_app(max_file_bytes=4000, max_request_bytes=20000)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    big = make_pdf(pages=40, text="x" * 80)
    assert len(big) > 4000
    response = submit(client, files=[big])
    assert response.status_code == 413 and _error(response) == "file_too_large"
    huge = make_pdf().replace(b"%%EOF", b"%" + b"0" * 30000 + b"\n%%EOF")
    response = submit(client, files=[huge])
    assert response.status_code == 413 and _error(response) == "request_too_large"


def test_missing_and_unknown_components_and_consent(client: TestClient) -> None:
    payload = dossier_payload("1.009846")
    payload["documents"] = payload["documents"][:-1]
    response = submit(client, payload)
    assert _error(response) == "missing_component" and response.json()["error"]["detail"] == {
        "component_ids": ["photos"]}
    payload = dossier_payload(documents=[{"component_id": "declaration", "pages": 1},
                                         {"component_id": "passport", "pages": 1}])
    assert _error(submit(client, payload)) == "unknown_component"
    assert _error(submit(client, dossier_payload(consent=False))) == "consent_required"
    assert _error(submit(client, dossier_payload(procedure_code="9.999999"))) == "procedure_not_found"


def test_invalid_json_and_fields_give_machine_readable_errors(client: TestClient) -> None:
    response = client.post("/api/v1/dossiers", data={"dossier": "{not json"},
                           files=[("files", ("a.pdf", make_pdf(), "application/pdf"))],
                           headers={"Idempotency-Key": "json-key-0001"})
    assert response.status_code == 422 and _error(response) == "invalid_request"
    bad_phone = dossier_payload(contact={"phone": "call me"})
    response = submit(client, bad_phone)
    assert response.status_code == 422 and "phone" in json.dumps(response.json()["error"]["detail"])
    post_without_address = dossier_payload(delivery={"method": 1})
    assert submit(client, post_without_address).status_code == 422
    response = client.post("/api/v1/dossiers", data={"dossier": json.dumps(dossier_payload())},
                           files=[("files", ("a.pdf", make_pdf(), "application/pdf"))])
    assert response.status_code == 422  # no Idempotency-Key


def test_files_are_stored_by_content_hash(client: TestClient, app) -> None:
    pdf = make_pdf(pages=2)
    receipt = submit(client, files=[pdf], payload=dossier_payload(
        documents=[{"component_id": "declaration", "pages": 2}])).json()
    sha = receipt["documents"][0]["sha256"]
    stored = app.state.backend.files.path_for(sha)
    assert stored.read_bytes() == pdf and stored.name == sha
    assert re.fullmatch(r"[0-9a-f]{64}", stored.name)


def test_image_bytes_that_look_like_keywords_are_not_active_content(client: TestClient) -> None:
    pdf = make_pdf()
    binary_stream = b"9 0 obj\n<< /Length 20 >>\nstream\n\x00/JS /JavaScript\xff\x10\nendstream\nendobj\n"
    shaped = pdf.replace(b"xref", binary_stream + b"xref", 1)
    assert submit(client, files=[shaped]).status_code == 201
