"""Hostile but cheap input gets a 4xx, never a 500: reused provisional references, deeply nested JSON,
odd console query parameters (issue 18, finding 7)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from server_testkit import dossier_payload, make_pdf, submit

from server import dossiers

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)

PROVISIONAL_REF = "TAM-K01-260304-ABCDEF"


def test_reused_provisional_ref_with_a_new_key_is_a_409(client: TestClient) -> None:
    """Finding 7a: a second dossier with the same provisional_ref and a new key was a 500."""
    first = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF), key="first-key-0001")
    assert first.status_code == 201, first.text
    second = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF), key="second-key-0002")
    assert second.status_code == 409, second.text
    assert second.json()["error"]["code"] == "provisional_ref_reused"


def test_provisional_ref_taken_between_check_and_insert_is_a_409(client: TestClient,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 7a: the unique-constraint IntegrityError is told apart from an idempotency race.

    The check inside the write transaction is skipped once, as if the other dossier committed just
    after it: the insert then fails on the unique provisional_ref, and the answer must still be 409.
    """
    assert submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF)).status_code == 201
    real = dossiers._refuse_taken_provisional_ref
    calls: list[str | None] = []

    def late_check(session: Any, provisional_ref: str | None) -> None:
        calls.append(provisional_ref)
        if len(calls) > 1:
            real(session, provisional_ref)

    monkeypatch.setattr(dossiers, "_refuse_taken_provisional_ref", late_check)
    response = submit(client, dossier_payload(provisional_ref=PROVISIONAL_REF))
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "provisional_ref_reused"
    assert len(calls) == 2  # the skipped check, then the one after the IntegrityError


def test_idempotent_retry_with_a_provisional_ref_is_still_a_replay(client: TestClient) -> None:
    """Guard for the finding 7a fix (passes on main too): a true retry with a provisional_ref is still a replay."""
    files = [make_pdf()]
    payload = dossier_payload(provisional_ref=PROVISIONAL_REF)
    first = submit(client, payload, key="same-key-0001", files=files)
    again = submit(client, payload, key="same-key-0001", files=files)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["code"] == first.json()["code"]


# ---------------------------------------------------------------- finding 7b: JSON nesting and size

DEEP = "[" * 100_000 + "]" * 100_000


def test_dossier_field_nested_100000_deep_is_a_422(client: TestClient) -> None:
    """Finding 7b: the multipart ``dossier`` JSON field nested 100,000 deep raised RecursionError (500)."""
    response = client.post("/api/v1/dossiers", data={"dossier": '{"applicant": ' + DEEP + "}"},
                           files=[("files", ("a.pdf", make_pdf(), "application/pdf"))],
                           headers={"Idempotency-Key": "deep-json-0001"})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_request"


def test_supplement_field_nested_100000_deep_is_a_422(client: TestClient) -> None:
    """Finding 7b: the multipart ``supplement`` JSON field goes through the same bounded parser."""
    response = client.post("/api/v1/dossiers/X-1/supplements", data={"supplement": DEEP},
                           files=[("files", ("a.pdf", make_pdf(), "application/pdf"))])
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("path", ["/api/v1/track", "/api/v1/kiosks/heartbeat", "/api/v1/tickets"])
def test_json_body_nested_100000_deep_is_a_422(client: TestClient, path: str) -> None:
    """Finding 7b: a JSON body nested deeper than any wire model is refused before json.loads."""
    response = client.post(path, content='{"counters": ' + DEEP + "}",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_request"


def test_ordinary_nesting_still_passes(client: TestClient) -> None:
    """Guard for the finding 7b fix (passes on main too): real requests (3 levels deep) still pass."""
    heartbeat = {"app_version": "1.0", "devices": [{"name": "printer", "kind": "printer", "state": "online"}],
                 "counters": {"dossiers": 3}}
    assert client.post("/api/v1/kiosks/heartbeat", json=heartbeat).status_code == 200


def test_json_body_over_the_size_bound_is_a_413_even_when_chunked(client: TestClient) -> None:
    """Finding 7b: a JSON body is bounded in size while it is read, with or without Content-Length."""
    big = '{"app_version": "' + "x" * (2 * 1024 * 1024) + '"}'

    def chunks() -> Any:
        for start in range(0, len(big), 65536):
            yield big[start:start + 65536].encode()

    for content in (big, chunks()):
        response = client.post("/api/v1/kiosks/heartbeat", content=content,
                               headers={"Content-Type": "application/json"})
        assert response.status_code == 413, response.text
        assert response.json()["error"]["code"] == "request_too_large"


def test_depth_scan_is_linear_on_hostile_input() -> None:
    """Finding 7b: the pre-scan is linear for 1 MB of brackets, quotes, or escaped quotes in a string."""
    import time  # noqa: PLC0415

    from server.json_limits import nesting_depth  # noqa: PLC0415

    megabyte = 1024 * 1024
    hostile = ['"' + '\\"' * (megabyte // 2), '"' * megabyte, "[" * megabyte, '"' + "[" * megabyte + '"']
    started = time.perf_counter()
    depths = [nesting_depth(text) for text in hostile]
    assert depths == [0, 0, megabyte, 0]
    assert time.perf_counter() - started < 5.0  # a quadratic scan would take hours
    assert nesting_depth('{"a": [1, {"b": "x]]]\\"[["}], "c": "{"}') == 3


# ---------------------------------------------------------------- finding 7c: console query parameters


@pytest.fixture
def staff_client(make_app: Any) -> TestClient:
    from server_testkit import STAFF_PASSWORD, STAFF_USER, staff_login  # noqa: PLC0415

    app = make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD)
    staff = TestClient(app, base_url="https://testserver")
    response = staff_login(staff)
    assert response.status_code == 303, response.text
    return staff


@pytest.mark.parametrize("params", [
    {"status": "²"}, {"status": "٣"}, {"status": "99999999999999999999"}, {"status": "-1"},
    {"from": "0001-01-01"}, {"to": "9999-12-31"}, {"from": "２０２６-03-04"}, {"from": "x", "to": "\u0000"},
])
def test_odd_console_filters_are_ignored_not_a_500(staff_client: TestClient, client: TestClient,
                                                   params: dict[str, str]) -> None:
    """Finding 7c: ``status=²`` passed ``str.isdigit()`` and then failed in ``int()`` (500)."""
    code = submit(client).json()["code"]
    response = staff_client.get("/staff/dossiers", params=params)
    if "status" in params:
        assert response.status_code == 200, response.text
        assert code in response.text  # the unusable filter is ignored
    else:  # a day that cannot be used is said so in Vietnamese (issue 22), never a 500
        assert response.status_code == 400, response.text
        assert "không hợp lệ" in response.text and "dd/mm/yyyy" in response.text


def test_odd_action_days_are_ignored_not_a_500(staff_client: TestClient, client: TestClient) -> None:
    """Finding 7c: the ``days`` field of a staff action had the same ``isdigit()``/``int()`` fault."""
    code = submit(client).json()["code"]
    page = staff_client.get(f"/staff/dossiers/{code}").text
    marker = 'name="csrf" value="'
    csrf = page[page.index(marker) + len(marker):].split('"', 1)[0]
    response = staff_client.post(f"/staff/dossiers/{code}/actions/accept", data={"csrf": csrf, "days": "²"},
                                 follow_redirects=False)
    assert response.status_code == 303
    assert 'data-status="2"' in staff_client.get(f"/staff/dossiers/{code}").text


# ---------------------------------------------------------------- from finding 11: headers and /docs

SECURITY_HEADERS = {"x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}


def test_every_kind_of_answer_carries_the_security_headers(client: TestClient, staff_client: TestClient) -> None:
    """Finding 11: no CSP, X-Frame-Options, nosniff or Referrer-Policy were sent."""
    code = submit(client).json()["code"]
    anonymous = TestClient(client.app)
    answers = {
        "health": anonymous.get("/health"),
        "api 401": anonymous.get("/api/v1/catalogue/version", headers={"Authorization": "Bearer wrong"}),
        "api 200": client.get("/api/v1/catalogue"),
        "413": client.post("/api/v1/tickets", content=b"{}", headers={"Content-Length": str(10**12),
                                                                      "Content-Type": "application/json"}),
        "404": anonymous.get("/nowhere"),
        "tracking page": anonymous.get(f"/track/{code}"),
        "login page": anonymous.get("/staff/login"),
        "console page": staff_client.get("/staff/dossiers"),
        "stylesheet": anonymous.get("/static/console.css"),
    }
    for name, response in answers.items():
        for header, value in SECURITY_HEADERS.items():
            assert response.headers.get(header) == value, (name, header, response.headers)
        policy = response.headers.get("content-security-policy", "")
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, (name, policy)
        assert "unsafe-inline" not in policy, (name, policy)
    assert answers["413"].status_code == 413


def test_even_a_server_error_carries_the_security_headers(make_app: Any) -> None:
    """Finding 11: the headers are added outside Starlette's error middleware, so a 500 has them too."""
    app = make_app()

    @app.get("/probe/fault")
    def fault() -> None:
        raise RuntimeError("simulated fault")

    response = TestClient(app, raise_server_exceptions=False).get("/probe/fault")
    assert response.status_code == 500
    for header, value in SECURITY_HEADERS.items():
        assert response.headers.get(header) == value, header
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_pages_need_no_inline_script_or_style(client: TestClient, staff_client: TestClient) -> None:
    """Finding 11: the strict CSP (no 'unsafe-inline') does not break the pages: their styles are a file."""
    code = submit(client).json()["code"]
    pages = [staff_client.get(path).text for path in (
        "/staff/login", "/staff/dossiers", f"/staff/dossiers/{code}", "/staff/fleet", "/staff/queue",
        "/staff/calendar")]
    pages.append(TestClient(client.app).get(f"/track/{code}").text)
    for page in pages:
        assert "<script" not in page and "<style" not in page
        assert not re.search(r"<[^>]*\s(style|on[a-z]+)\s*=", page), "inline style or event handler"
        assert '<link rel="stylesheet" href="/static/console.css">' in page
    sheet = TestClient(client.app).get("/static/console.css")
    assert sheet.status_code == 200 and sheet.headers["content-type"].startswith("text/css")
    assert "header .user" in sheet.text


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"])
def test_api_documentation_is_off_by_default(client: TestClient, path: str) -> None:
    """Finding 11: /docs, /redoc and /openapi.json were served to anyone."""
    assert client.get(path).status_code == 404


def test_api_documentation_can_be_switched_on_and_the_dump_still_works(make_app: Any) -> None:
    """Finding 11: with ``enable_docs`` the pages come back; openapi_dump builds the document either way."""
    from server.openapi_dump import render  # noqa: PLC0415

    on = TestClient(make_app(enable_docs=True))
    assert on.get("/openapi.json").status_code == 200
    docs = on.get("/docs")
    assert docs.status_code == 200 and "cdn.jsdelivr.net" in docs.headers["content-security-policy"]
    off: FastAPI = make_app()
    assert '"/api/v1/dossiers"' in render(off)


def _client_address_seen(app: FastAPI, forwarded_for: str) -> str:
    """Serve ``app`` with the production uvicorn configuration; what request.client.host says."""
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    import requests  # noqa: PLC0415

    from server.serving import PromptServer, uvicorn_config  # noqa: PLC0415

    @app.get("/probe/client")
    def probe(request: Request) -> dict[str, str]:
        return {"host": request.client.host if request.client else ""}

    server = PromptServer(uvicorn_config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        port = server.servers[0].sockets[0].getsockname()[1]
        answer = requests.get(f"http://127.0.0.1:{port}/probe/client", headers={"X-Forwarded-For": forwarded_for},
                              timeout=10)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["host"])
    finally:
        server.stop()
        thread.join(10)


def test_forwarded_for_is_ignored_unless_the_proxy_is_configured(make_app: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 11: uvicorn believed X-Forwarded-For from any loopback client (or FORWARDED_ALLOW_IPS)."""
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "*")  # uvicorn's own switch must not open it again
    assert _client_address_seen(make_app(), "203.0.113.9") == "127.0.0.1"


def test_forwarded_for_is_believed_from_a_configured_proxy(make_app: Any) -> None:
    """Finding 11: a deployment behind a reverse proxy names it in ``forwarded_allow_ips``."""
    assert _client_address_seen(make_app(forwarded_allow_ips=["127.0.0.1"]), "203.0.113.9") == "203.0.113.9"
    assert _client_address_seen(make_app(forwarded_allow_ips=["10.0.0.5"]), "203.0.113.9") == "127.0.0.1"


def test_kiosk_server_command_trusts_proxy_headers_only_when_told(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 11: ``kiosk-server`` ran uvicorn with proxy headers on; now only ``--forwarded-allow-ips``."""
    import uvicorn  # noqa: PLC0415

    from server import cli  # noqa: PLC0415

    started: list[uvicorn.Config] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda server, *args, **kwargs: started.append(server.config))
    monkeypatch.delenv("KIOSK_SERVER_FORWARDED_ALLOW_IPS", raising=False)
    assert cli.main(["--data-dir", str(tmp_path / "a"), "--port", "0"]) == 0
    assert cli.main(["--data-dir", str(tmp_path / "b"), "--port", "0",
                     "--forwarded-allow-ips", "10.0.0.5, 10.0.0.6"]) == 0
    plain, proxied = started
    assert plain.proxy_headers is False
    assert proxied.proxy_headers is True and proxied.forwarded_allow_ips == ["10.0.0.5", "10.0.0.6"]


# ---------------------------------------------------------------- from finding 11: input hygiene


@pytest.mark.parametrize("name", ["   ", "\u200b\u200b", "\x00", "\x1b[31m", "\u202e\u202c"])
def test_server_refuses_a_name_without_letters(client: TestClient, name: str) -> None:
    """Finding 11: whitespace-only, zero-width-only, NUL and ANSI-escape names were stored."""
    payload = dossier_payload(applicant={"type": 1, "full_name": name, "address": "Hà Nội"})
    response = submit(client, payload)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["detail"][0]["loc"][-1] == "full_name"


def test_server_stores_clean_nfc_names_and_addresses(client: TestClient, app: FastAPI) -> None:
    """Finding 11: NFD "Nguyễn Văn Bình" is stored NFC; RTL overrides, NUL and escapes are not stored."""
    from sqlalchemy import select  # noqa: PLC0415

    from server.models import Dossier  # noqa: PLC0415

    payload = dossier_payload(
        applicant={"type": 1, "full_name": "\u202eNguye\u0302\u0303n Va\u0306n Bi\u0300nh\x00",
                   "address": "\x1b[31mSố 1\u200b Tràng Tiền,\tHà Nội"},
        delivery={"method": 1, "postal_address": "\ufeff12 Lê Lợi, Huế\u2069"})
    response = submit(client, payload)
    assert response.status_code == 201, response.text
    with app.state.backend.db.read() as session:
        row = session.scalars(select(Dossier).where(Dossier.code == response.json()["code"])).one()
    assert row.applicant_name == "Nguyễn Văn Bình"
    assert row.applicant_address == "Số 1 Tràng Tiền, Hà Nội"
    assert row.postal_address == "12 Lê Lợi, Huế"
