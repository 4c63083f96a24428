"""Issue 14, "Consent on record": the server validates the consent record, stores it with the dossier, and the
staff console shows it (text version, language, time, kiosk) — also in Chromium."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import STAFF_PASSWORD, STAFF_USER, AppFactory, LiveServer, console_app, dossier_payload, staff_login, submit
from sqlalchemy import select

from kiosk_app.api.consent import consent_text
from kiosk_app.api.schemas import ProcedureDetail
from server.catalogue import read_catalogue
from server.models import Dossier
from server.settings import VIETNAM_TZ

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)

RADIATION_WORKER = "1.009846"  # asks for a health certificate: the consent text flags sensitive data


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return console_app(make_app)


def procedure(code: str) -> ProcedureDetail:
    return next(p for p in read_catalogue().procedures if p.code == code)


def consent_record(app: FastAPI, language: str = "vi", post: bool = False, code: str = RADIATION_WORKER,
                   overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """A consent record as the kiosk sends it: the version of the text it showed for this procedure."""
    shown = consent_text(language, procedure(code).components, post)
    record = {"version": shown.version, "language": language,
              "given_at": (app.state.backend.now() - timedelta(minutes=3)).astimezone(VIETNAM_TZ).isoformat(),
              "kiosk_id": "KIOSK-HN-07"}
    record.update(overrides or {})
    return record


def post_payload(record: dict[str, Any]) -> dict[str, Any]:
    return dossier_payload(RADIATION_WORKER, consent=record,
                           delivery={"method": 1, "postal_address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"})


def stored(app: FastAPI, code: str) -> Dossier:
    with app.state.backend.db.read() as session:
        return session.scalars(select(Dossier).where(Dossier.code == code)).one()


def test_the_consent_record_is_stored_with_the_dossier(app: FastAPI, client: TestClient) -> None:
    """Issue 14: the server stores, with each dossier, the consent text's version (hash), language, time and kiosk."""
    record = consent_record(app, "en", post=True)
    response = submit(client, post_payload(record))
    assert response.status_code == 201, response.text
    dossier = stored(app, response.json()["code"])
    assert dossier.consent_version == record["version"] and dossier.consent_language == "en"
    assert dossier.consent_kiosk_id == "KIOSK-HN-07"
    assert dossier.consent_given_at == datetime.fromisoformat(record["given_at"])


def test_the_console_shows_the_record_and_the_exact_text_agreed_to(app: FastAPI, client: TestClient) -> None:
    """Issue 14: the staff console's dossier page shows version, language, time and kiosk, and — as the version is
    the text this server renders for the dossier — the text itself, naming the postal service and the sensitive
    health certificate."""
    record = consent_record(app, "vi", post=True)
    code = submit(client, post_payload(record)).json()["code"]
    staff = TestClient(app)
    staff_login(staff)
    page = staff.get(f"/staff/dossiers/{code}").text
    given = stored(app, code).consent_given_at
    assert given is not None
    assert f'data-version="{record["version"]}"' in page and record["version"][:12] in page
    assert "tiếng Việt" in page and "KIOSK-HN-07" in page
    assert given.astimezone(VIETNAM_TZ).strftime("%H:%M:%S %d/%m/%Y") in page
    assert 'id="consent-text"' in page and "đơn vị bưu chính (VNPost)" in page and "Giấy chứng nhận sức khỏe" in page
    assert 'id="consent-unknown"' not in page


def test_a_version_the_server_does_not_render_is_stored_and_flagged(app: FastAPI, client: TestClient) -> None:
    """Issue 14: a well-formed version that is not the text this server shows for the dossier (here: the text
    without the postal service on a dossier sent by post) is kept — a kiosk's catalogue may lag — and flagged."""
    record = consent_record(app, "vi", post=False)
    code = submit(client, post_payload(record)).json()["code"]
    staff = TestClient(app)
    staff_login(staff)
    page = staff.get(f"/staff/dossiers/{code}").text
    assert 'id="consent-unknown"' in page and 'id="consent-text"' not in page
    assert stored(app, code).consent_version == record["version"]


def test_an_older_kiosk_sending_true_is_accepted_and_shown_as_unrecorded(app: FastAPI, client: TestClient) -> None:
    """Issue 14 (backward compatibility): ``consent: true`` from a kiosk of an older version is accepted with no
    record, and the console says so; ``false`` is refused."""
    response = submit(client, dossier_payload(RADIATION_WORKER))
    assert response.status_code == 201
    code = response.json()["code"]
    assert stored(app, code).consent_version is None
    staff = TestClient(app)
    staff_login(staff)
    assert 'id="consent-unrecorded"' in staff.get(f"/staff/dossiers/{code}").text
    refused = submit(client, dossier_payload(RADIATION_WORKER, consent=False))
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "consent_required"


@pytest.mark.parametrize(("change", "status"), [
    ({"version": "not-a-hash"}, 422),
    ({"version": "A" * 64}, 422),  # lower-case hex only
    ({"language": "fr"}, 422),
    ({"kiosk_id": ""}, 422),
    ({"given_at": "2026-11-28T09:30:00"}, 422),  # no time zone
    ("future", 400),
])
def test_a_malformed_or_future_consent_is_refused(app: FastAPI, client: TestClient, change: Any,
                                                  status: int) -> None:
    """Issue 14: the server validates the record: a SHA-256 version, vi or en, a kiosk, a time with its zone, and
    not later than now plus five minutes of clock skew."""
    if change == "future":
        change = {"given_at": (app.state.backend.now() + timedelta(minutes=6)).isoformat()}
    response = submit(client, post_payload(consent_record(app, post=True, overrides=change)))
    assert response.status_code == status, response.text
    if status == 400:
        assert response.json()["error"]["code"] == "consent_required"
    # within the skew: accepted
    near = consent_record(app, post=True,
                          overrides={"given_at": (app.state.backend.now() + timedelta(minutes=4)).isoformat()})
    assert submit(client, post_payload(near)).status_code == 201


@pytest.mark.browser
def test_the_consent_record_in_a_real_browser(app: FastAPI, client: TestClient, live_server: LiveServer,
                                              browser: object) -> None:
    """Issue 14 (done when): the consent record is visible in the staff console — Chromium logs in, opens the
    dossier and sees the text version, language, time and kiosk, and opens the text agreed to."""
    from selenium.webdriver.common.by import By  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    record = consent_record(app, "en", post=True)
    code = submit(client, post_payload(record)).json()["code"]
    given = stored(app, code).consent_given_at
    assert given is not None
    driver: Any = browser
    driver.get(f"{live_server.url}/staff/dossiers")
    driver.find_element(By.ID, "username").send_keys(STAFF_USER)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.LINK_TEXT, code))
    driver.find_element(By.LINK_TEXT, code).click()
    cell = WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "consent"))
    assert cell.get_attribute("data-version") == record["version"]
    assert driver.find_element(By.ID, "consent-version").text == record["version"][:12]
    assert driver.find_element(By.ID, "consent-kiosk").text == "KIOSK-HN-07"
    assert driver.find_element(By.ID, "consent-given-at").text == given.astimezone(VIETNAM_TZ).strftime(
        "%H:%M:%S %d/%m/%Y")
    assert "tiếng Anh" in cell.text
    details = driver.find_element(By.ID, "consent-text")
    assert "VNPost" not in details.text  # folded: only the summary is visible
    details.find_element(By.TAG_NAME, "summary").click()
    WebDriverWait(driver, 15).until(lambda _d: "the postal service (VNPost) also receives" in details.text)
    assert "Health certificate" in details.text
