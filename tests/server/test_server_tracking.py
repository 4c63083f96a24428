"""Tracking authorisation (a code alone reveals nothing), rate limits, the public page, tickets, heartbeat."""
from __future__ import annotations

from datetime import datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import KIOSK_TOKEN, VN, FakeClock, submit

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)


def test_code_alone_or_wrong_proof_reveals_nothing(client: TestClient) -> None:
    receipt = submit(client).json()
    code = receipt["code"]
    answers = [
        client.post("/api/v1/track", json={"code": code, "tracking_token": "wrong-token"}),
        client.post("/api/v1/track", json={"code": code, "phone_last4": "0000"}),
        client.post("/api/v1/track", json={"code": "000.00.00.G06-260304-9999", "phone_last4": "5678"}),
    ]
    assert [a.status_code for a in answers] == [404, 404, 404]
    assert answers[0].json() == answers[2].json()  # unknown code and wrong proof look the same
    assert "Nguy" not in answers[0].text and code not in answers[0].text
    assert client.post("/api/v1/track", json={"code": code}).status_code == 422
    ok = client.post("/api/v1/track", json={"code": code, "phone_last4": "5678"})
    assert ok.status_code == 200 and ok.json()["code"] == code
    assert "applicant" not in ok.text and "0912345678" not in ok.text


def test_repeated_wrong_phone_digits_lock_the_code(make_app) -> None:
    app = make_app(track_failures_per_code=3)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    code = submit(client).json()["code"]
    for guess in ("0001", "0002", "0003"):
        assert client.post("/api/v1/track", json={"code": code, "phone_last4": guess}).status_code == 404
    locked = client.post("/api/v1/track", json={"code": code, "phone_last4": "5678"})
    assert locked.status_code == 429 and locked.json()["error"]["code"] == "too_many_attempts"
    assert int(locked.headers["Retry-After"]) > 0


def test_tracking_is_rate_limited_per_kiosk(make_app) -> None:
    app = make_app(track_rate_per_minute=5)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipt = submit(client).json()
    statuses = [client.post("/api/v1/track", json={"code": receipt["code"], "phone_last4": "5678"}).status_code
                for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2


def test_public_page_needs_the_token(client: TestClient) -> None:
    receipt = submit(client).json()
    public = TestClient(client.app)
    page = public.get(receipt["tracking_url"].replace("https://motcua.example.vn", ""))
    assert page.status_code == 200 and "Mới đăng ký" in page.text and receipt["code"] in page.text
    assert "11/03/2026" in page.text
    for url in (f"/track/{receipt['code']}", f"/track/{receipt['code']}?t=guess"):
        refused = public.get(url)
        assert refused.status_code == 404 and "Mới đăng ký" not in refused.text
        assert receipt["code"] not in refused.text.split("<main>")[1]


def test_tickets_are_numbered_per_area_per_day(client: TestClient, clock: FakeClock, app: FastAPI) -> None:
    first = client.post("/api/v1/tickets", json={"service_area": "intellectual_property"}).json()
    second = client.post("/api/v1/tickets", json={"service_area": "intellectual_property"}).json()
    other = client.post("/api/v1/tickets", json={}).json()
    assert (first["label"], first["people_ahead"]) == ("C001", 0)
    assert (second["label"], second["people_ahead"]) == ("C002", 1)
    assert (other["label"], other["service_area"]) == ("A001", "general")
    from kiosk_app.api.schemas import ServiceArea  # noqa: PLC0415
    from server.tickets import call_next  # noqa: PLC0415
    assert call_next(app.state.backend, ServiceArea.INTELLECTUAL_PROPERTY) == "C001"
    third = client.post("/api/v1/tickets", json={"service_area": "intellectual_property"}).json()
    assert (third["label"], third["people_ahead"]) == ("C003", 1)
    clock.set(datetime(2026, 3, 5, 7, 30, tzinfo=VN))
    assert client.post("/api/v1/tickets", json={"service_area": "intellectual_property"}).json()["label"] == "C001"
    assert client.post("/api/v1/tickets", json={"service_area": "cafeteria"}).status_code == 422


def test_heartbeat_is_recorded(client: TestClient, app: FastAPI) -> None:
    body = {"app_version": "0.1.0", "outbox_pending": 2,
            "devices": [{"name": "printer", "kind": "receipt_printer", "state": "paper_low"}],
            "counters": {"receipts_printed": 12}}
    ack = client.post("/api/v1/kiosks/heartbeat", json=body)
    assert ack.status_code == 200
    assert ack.json()["kiosk_id"] == "kiosk-01" and ack.json()["catalogue_version"].startswith("2026")
    from server.models import Kiosk  # noqa: PLC0415
    with app.state.backend.db.read() as session:
        kiosk = session.get(Kiosk, "kiosk-01")
        assert kiosk is not None and kiosk.last_heartbeat is not None
        assert kiosk.last_heartbeat["devices"][0]["state"] == "paper_low" and kiosk.last_seen_at is not None
        assert kiosk.token_hash != KIOSK_TOKEN and len(kiosk.token_hash) == 64


def test_catalogue_list_version_and_detail(client: TestClient) -> None:
    catalogue = client.get("/api/v1/catalogue").json()
    assert len(catalogue["procedures"]) >= 30
    fields = {p["field"] for p in catalogue["procedures"]}
    assert fields == {"science_technology", "intellectual_property", "standards_metrology_quality",
                      "radiation_safety", "telecommunications", "radio_frequencies", "postal_services"}
    assert client.get("/api/v1/catalogue/version").json() == {"version": catalogue["version"]}
    detail = client.get("/api/v1/catalogue/1.009846").json()
    assert detail["processing_days"] == 15 and detail["cutoff_hour"] is None  # issue 14: no unsourced cut-off
    assert [c["id"] for c in detail["components"]][0] == "application"
    assert client.get("/api/v1/catalogue/0.000000").json()["error"]["code"] == "procedure_not_found"


def test_catalogue_reloads_when_its_version_changes(make_app, tmp_path) -> None:
    from server.catalogue import DEFAULT_CATALOGUE  # noqa: PLC0415
    changed = tmp_path / "procedures.yaml"
    text = DEFAULT_CATALOGUE.read_text(encoding="utf-8")
    make_app()
    trimmed = text.replace('version: "', 'version: "test-', 1)
    trimmed = trimmed[: trimmed.index('  - code: "1.002098"')]  # drop everything after the IP procedures
    changed.write_text(trimmed, encoding="utf-8")
    app = make_app(catalogue_path=changed)
    client = TestClient(app)
    catalogue = client.get("/api/v1/catalogue").json()
    assert catalogue["version"].startswith("test-") and len(catalogue["procedures"]) == 13
    assert client.get("/api/v1/catalogue/1.002098").status_code == 404


def test_catalogue_file_is_checked_for_consistency(tmp_path) -> None:
    from pydantic import ValidationError  # noqa: PLC0415

    from server.catalogue import DEFAULT_CATALOGUE, read_catalogue  # noqa: PLC0415

    text = DEFAULT_CATALOGUE.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("working_days: 10}", "working_days: 11}", 1), encoding="utf-8")
    with pytest.raises(ValidationError, match="stage days do not add up"):
        read_catalogue(broken)
    duplicated = tmp_path / "duplicated.yaml"
    duplicated.write_text(text.replace('code: "1.005144"', 'code: "1.005143"'), encoding="utf-8")
    with pytest.raises(ValidationError, match="duplicate procedure codes"):
        read_catalogue(duplicated)


def test_codes_are_found_whatever_their_case_and_spaces(make_app) -> None:
    """Issue 21 finding 5: a dossier code or TAM- reference typed in lower case, with spaces between the
    groups, finds the dossier (API, public page and supplement upload); a wrong-digits guess in lower case
    counts against the same code as one in upper case."""
    from server_testkit import dossier_payload, make_pdf

    app = make_app(track_failures_per_code=2)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    payload = dossier_payload()
    payload["provisional_ref"] = "TAM-K01-260304-ABCDEF"
    receipt = submit(client, payload).json()
    code = receipt["code"]
    typed = " " + code.lower().replace("-", " - ", 1) + " "
    assert typed.strip() != code
    found = client.post("/api/v1/track", json={"code": typed, "phone_last4": "5678"})
    assert found.status_code == 200 and found.json()["code"] == code
    by_ref = client.post("/api/v1/track", json={"code": "tam-k01-260304-abcdef", "phone_last4": "5678"})
    assert by_ref.status_code == 200 and by_ref.json()["code"] == code
    token = receipt["tracking_url"].split("?t=")[1]
    page = TestClient(client.app).get(f"/track/{code.lower()}?t={token}")
    assert page.status_code == 200 and code in page.text
    proof = '{"phone_last4": "5678", "documents": [{"component_id": "declaration", "pages": 1}]}'
    supplement = client.post(f"/api/v1/dossiers/{code.lower()}/supplements", data={"supplement": proof},
                             files=[("files", ("0.pdf", make_pdf(1), "application/pdf"))])
    assert supplement.status_code == 409 and supplement.json()["error"]["code"] == "supplement_not_requested"
    for guess in (code.lower(), code):
        assert client.post("/api/v1/track", json={"code": guess, "phone_last4": "0001"}).status_code == 404
    locked = client.post("/api/v1/track", json={"code": code.lower(), "phone_last4": "5678"})
    assert locked.status_code == 429


def test_the_server_and_the_kiosk_read_codes_alike() -> None:
    """Issue 21 finding 5: the server's canonical_code and the kiosk's normalise_code are the same rule."""
    from kiosk_app.domain.dossier_code import normalise_code
    from server.dossiers import canonical_code

    samples = ["000.00.00.G06-261203-0001", " 000.00.00.g06 - 261203 - 0001\n", "tam-k01-260304-abcdef",
               "\u00a0000.00.00.ｇ06-261203-0001\t", "", "   "]
    assert [canonical_code(s) for s in samples] == [normalise_code(s) for s in samples]
    assert normalise_code(samples[1]) == samples[0] == normalise_code(samples[3])
    assert normalise_code(samples[2]) == "TAM-K01-260304-ABCDEF"
