"""Staff console: login, list with filters, actions with CSRF, files, fleet; and a real-browser run."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import (
    KIOSK_TOKEN,
    STAFF_PASSWORD,
    STAFF_USER,
    AppFactory,
    LiveServer,
    console_app,
    dossier_payload,
    sqlite_only,
    staff_login,
    submit,
)

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """These tests do not depend on the database engine: SQLite only."""
    return sqlite_only(tmp_path)


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return console_app(make_app)


def _logged_in(app: FastAPI) -> TestClient:
    staff = TestClient(app)
    response = staff_login(staff)
    assert response.status_code == 303 and "staff_session" in response.cookies
    return staff


def _csrf(page: str) -> str:
    marker = 'name="csrf" value="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


def test_session_cookie_is_secure_behind_https(make_app: AppFactory) -> None:
    app = make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD, public_base_url="https://motcua.example.vn")
    response = staff_login(TestClient(app, base_url="https://testserver"))
    cookie = response.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_console_needs_login(app: FastAPI) -> None:
    anonymous = TestClient(app)
    for path in ("/staff/dossiers", "/staff/fleet", "/staff/queue", "/staff/calendar", "/staff/catalogue"):
        response = anonymous.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/staff/login"
    wrong = staff_login(anonymous, STAFF_USER, "nope")
    assert wrong.status_code == 401 and "Sai tên đăng nhập" in wrong.text


def test_list_filters_detail_action_and_file(app: FastAPI, client: TestClient) -> None:
    first = submit(client).json()
    second = submit(client).json()
    staff = _logged_in(app)
    listing = staff.get("/staff/dossiers").text
    assert first["code"] in listing and second["code"] in listing
    page = staff.get(f"/staff/dossiers/{first['code']}").text
    response = staff.post(f"/staff/dossiers/{first['code']}/actions/accept", data={"csrf": _csrf(page)},
                          follow_redirects=False)
    assert response.status_code == 303
    assert 'data-status="2"' in staff.get(f"/staff/dossiers/{first['code']}").text
    filtered = staff.get("/staff/dossiers", params={"status": "2"}).text
    assert first["code"] in filtered and second["code"] not in filtered
    assert second["code"] not in staff.get("/staff/dossiers", params={"overdue": "1"}).text
    forged = staff.post(f"/staff/dossiers/{second['code']}/actions/accept", data={"csrf": "forged"},
                        follow_redirects=True)
    assert "CSRF" in forged.text and 'data-status="1"' in forged.text
    illegal = staff.post(f"/staff/dossiers/{first['code']}/actions/mark_returned", data={"csrf": _csrf(page)})
    assert "Không thể chuyển hồ sơ" in illegal.text
    pdf = staff.get(f"/staff/dossiers/{first['code']}/files/{first['documents'][0]['sha256']}")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert staff.get(f"/staff/dossiers/{first['code']}/files/{'0' * 64}").status_code == 404


def test_fleet_shows_heartbeats(app: FastAPI, client: TestClient) -> None:
    client.post("/api/v1/kiosks/heartbeat", json={
        "app_version": "0.1.0", "devices": [{"name": "camera", "kind": "camera", "state": "offline",
                                             "detail": "USB unplugged"}], "counters": {"scans": 3}})
    page = _logged_in(app).get("/staff/fleet").text
    assert "kiosk-01" in page and "Mất kết nối" in page and "USB unplugged" in page and "scans: 3" in page


def test_fleet_counters_and_devices_in_plain_vietnamese(app: FastAPI, client: TestClient) -> None:
    """Finding 3: counters and device states read as Vietnamese names (paper in metres, 80.000 grouping),
    not ``sessions: 0`` / ``paper_left_mm: 80000``."""
    client.post("/api/v1/kiosks/heartbeat", json={
        "app_version": "0.1.0", "devices": [{"name": "printer", "kind": "escpos", "state": "online", "media": "ok"}],
        "counters": {"sessions": 12000, "receipts_printed": 4, "tickets_printed": 7, "paper_left_mm": 80000}})
    page = _logged_in(app).get("/staff/fleet").text
    assert "Lượt sử dụng: 12.000" in page and "Phiếu tiếp nhận đã in: 4" in page
    assert "Số thứ tự đã in: 7" in page and "Giấy còn lại: 80 m" in page
    assert "Máy in phiếu" in page and "Hoạt động" in page
    assert "sessions:" not in page and "paper_left_mm:" not in page and ">online<" not in page


def test_dossier_date_filter_takes_day_month_year_and_iso(app: FastAPI, client: TestClient) -> None:
    """Finding 3: the list's date filter is a dd/mm/yyyy text field (not the browser-locale date picker), reads
    both dd/mm/yyyy and yyyy-mm-dd, and answers a day it cannot read with a Vietnamese message, not a 500."""
    from server.settings import VIETNAM_TZ  # noqa: PLC0415

    code = submit(client).json()["code"]
    staff = _logged_in(app)
    listing = staff.get("/staff/dossiers").text
    assert 'type="date"' not in listing and 'placeholder="dd/mm/yyyy"' in listing
    assert 'type="date"' not in staff.get("/staff/calendar").text
    today = app.state.backend.now().astimezone(VIETNAM_TZ).date()
    for text in (today.strftime("%d/%m/%Y"), today.isoformat()):
        assert code in staff.get("/staff/dossiers", params={"from": text, "to": text}).text, text
    tomorrow = today.fromordinal(today.toordinal() + 1)
    assert code not in staff.get("/staff/dossiers", params={"from": tomorrow.strftime("%d/%m/%Y")}).text
    bad = staff.get("/staff/dossiers", params={"from": "31/02/2026"})
    assert bad.status_code == 400 and "không hợp lệ" in bad.text and "dd/mm/yyyy" in bad.text


def test_calendar_takes_day_month_year(app: FastAPI, client: TestClient) -> None:
    """Finding 3: the calendar correction is typed as dd/mm/yyyy as well."""
    staff = _logged_in(app)
    csrf = _csrf(staff.get("/staff/calendar").text)
    staff.post("/staff/calendar", data={"csrf": csrf, "day": "05/03/2026", "kind": "off", "note": "Nghỉ bù"})
    assert "05/03/2026" in staff.get("/staff/calendar").text


def test_calendar_correction_changes_deadlines(app: FastAPI, client: TestClient) -> None:
    staff = _logged_in(app)
    csrf = _csrf(staff.get("/staff/calendar").text)
    staff.post("/staff/calendar", data={"csrf": csrf, "day": "2026-03-05", "kind": "off", "note": "Nghỉ bù"})
    assert submit(client).json()["appointed_date"] == "2026-03-12"  # one day later than without it


@pytest.mark.browser
def test_staff_console_in_a_real_browser(app: FastAPI, client: TestClient, live_server: LiveServer,
                                         browser: object) -> None:
    from selenium.common.exceptions import WebDriverException  # noqa: PLC0415
    from selenium.webdriver.common.by import By  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    driver = browser
    code = submit(client).json()["code"]
    driver.get(f"{live_server.url}/staff/dossiers")
    driver.find_element(By.ID, "username").send_keys(STAFF_USER)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.ID, "login").click()
    # Wait for the dossier list itself: the login page's own header would otherwise go stale under us.
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.LINK_TEXT, code))
    # The stylesheet loads under the strict Content-Security-Policy (finding 11: no inline style).
    header = driver.find_element(By.TAG_NAME, "header")
    assert header.value_of_css_property("background-color") in ("rgb(165, 14, 14)", "rgba(165, 14, 14, 1)")
    driver.find_element(By.LINK_TEXT, code).click()

    def reached(expected: str) -> bool:
        """Wait for the page after a form post to show ``expected`` as the dossier's status.

        The status is read in one script call, so no element handle can outlive its page. While the post
        navigates, Chrome may still answer with its own error for the page being torn down ("Node with given id
        does not belong to the document", a plain WebDriverException rather than a stale element, as CI met it on
        2d4cfb4); the wait treats any driver error as "not yet" and still fails after 15 s if the status never
        comes."""
        script = "const e = document.getElementById('status'); return e ? e.dataset.status : null;"

        def shown(_driver: object) -> bool:
            return bool(driver.execute_script(script) == expected)

        WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(shown)
        return True

    assert reached("1")
    driver.find_element(By.ID, "do-accept").click()
    assert reached("2") and "Đã cập nhật" in driver.find_element(By.ID, "flash").text
    form = driver.find_element(By.ID, "form-request_supplement")
    form.find_element(By.NAME, "missing").send_keys("Bản sao văn bằng chuyên môn")
    form.find_element(By.ID, "do-request_supplement").click()
    assert reached("5")
    assert "Bản sao văn bằng chuyên môn" in driver.find_element(By.ID, "missing").text
    driver.find_element(By.ID, "do-receive_supplement").click()
    assert reached("2")
    driver.find_element(By.ID, "do-mark_result_ready").click()
    assert reached("9")
    history = driver.find_element(By.ID, "history").text
    assert "Chờ bổ sung hồ sơ" in history and "Chờ trả kết quả" in history
    tracking = client.post("/api/v1/track", json={"code": code, "phone_last4": "5678"}).json()
    assert tracking["status"] == 9 and [s["status"] for s in tracking["stages"]] == [1, 2, 5, 2, 9]
    assert tracking["stages"][1]["handler"] == STAFF_USER  # the officer's display name is recorded


@pytest.mark.browser
def test_fleet_page_and_date_filter_in_a_real_browser(app: FastAPI, client: TestClient, live_server: LiveServer,
                                                      browser: object) -> None:
    """Finding 3: in Chromium (set to en-US, whose own date format is mm/dd/yyyy) the fleet page shows Vietnamese
    counter names, and its date filter is a dd/mm/yyyy field that finds today's dossier when typed that way."""
    from selenium.webdriver.common.by import By  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    from server.settings import VIETNAM_TZ  # noqa: PLC0415

    driver = browser
    code = submit(client).json()["code"]
    client.post("/api/v1/kiosks/heartbeat", json={
        "app_version": "0.1.0", "devices": [{"name": "printer", "kind": "escpos", "state": "online", "media": "near_end"}],
        "counters": {"sessions": 3, "receipts_printed": 2, "paper_left_mm": 2500}})
    driver.get(f"{live_server.url}/staff/fleet")
    driver.find_element(By.ID, "username").send_keys(STAFF_USER)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.ID, "login").click()
    # The login's post and redirect must finish (its cookie set) before the next page is asked for.
    # Signed in: the console's own log-out button is there (waiting for the login form to be gone would spend
    # the driver's whole implicit wait on every look that finds nothing).
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "logout"))
    driver.get(f"{live_server.url}/staff/fleet")
    table = WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "fleet")).text
    assert "Lượt sử dụng: 3" in table and "Phiếu tiếp nhận đã in: 2" in table and "Giấy còn lại: 2,5 m" in table
    assert "Máy in phiếu: Sắp hết giấy" in table and "sessions" not in table and "paper_left_mm" not in table
    day_from = driver.find_element(By.ID, "fleet-from")
    assert day_from.get_attribute("type") == "text" and day_from.get_attribute("placeholder") == "dd/mm/yyyy"
    today = app.state.backend.now().astimezone(VIETNAM_TZ).date().strftime("%d/%m/%Y")
    day_from.send_keys(today)
    driver.find_element(By.ID, "fleet-to").send_keys(today)
    driver.find_element(By.ID, "fleet-filter").click()
    assert WebDriverWait(driver, 15).until(lambda d: d.find_element(By.LINK_TEXT, code))
    assert driver.find_element(By.ID, "from").get_attribute("value") == today


@pytest.mark.browser
def test_catalogue_page_shows_version_source_and_unverified_entries_in_a_real_browser(
        app: FastAPI, live_server: LiveServer, browser: object) -> None:
    """Issue 14: the staff console shows the catalogue version, its source and the unverified entries, for the
    shipped file and after `catalogue import` of the national export (whose entries are all unverified)."""
    from selenium.webdriver.common.by import By  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    from server.catalogue import read_catalogue  # noqa: PLC0415

    driver = browser
    driver.get(f"{live_server.url}/staff/catalogue")
    driver.find_element(By.ID, "username").send_keys(STAFF_USER)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.ID, "login").click()
    # Signed in: the console's own log-out button is there (waiting for the login form to be gone would spend
    # the driver's whole implicit wait on every look that finds nothing).
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "logout"))
    driver.get(f"{live_server.url}/staff/catalogue")
    shipped = read_catalogue()
    version = WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "catalogue-version")).text
    assert version == shipped.version
    assert driver.find_element(By.ID, "catalogue-source").text == "resources/catalogue/procedures.yaml"
    unverified = [p for p in shipped.procedures if p.verified is None]
    assert driver.find_element(By.ID, "catalogue-unverified-count").text == str(len(unverified))
    rows = driver.find_element(By.ID, "unverified").text
    assert all(p.code in rows for p in unverified)

    report = app.state.backend.import_catalogue(Path(__file__).parent / "data" / "dvcqg_catalogue.json")
    driver.get(f"{live_server.url}/staff/catalogue")
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "catalogue-version").text == report.version)
    assert "DVCQG" in driver.find_element(By.ID, "catalogue-source").text
    assert driver.find_element(By.ID, "catalogue-total").text == "5"
    rows = driver.find_element(By.ID, "unverified").text
    assert "9.900002" in rows and "Bưu chính" in rows and "9.900003" not in rows


def test_a_bank_transfer_note_finds_its_dossier(make_app: AppFactory) -> None:
    """Issue 14: staff paste a bank statement's transfer description and the server maps it to the dossier."""
    app = console_app(make_app, bank_account={"bank_bin": "970436", "account_number": "0011001234567",
                                              "account_name": "CUC AN TOAN BUC XA"})
    kiosk = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipts = [submit(kiosk, dossier_payload("1.009846")).json() for _ in range(2)]
    staff = _logged_in(app)
    note = receipts[1]["payment"]["purpose"]
    page = staff.get("/staff/dossiers", params={"transfer": f"MBVCB.998877.{note.lower()}.CT tu 0123 NGUYEN VAN A"})
    assert page.status_code == 200 and receipts[1]["code"] in page.text and receipts[0]["code"] not in page.text
    wrong = staff.get("/staff/dossiers", params={"transfer": "Le phi ho so"})
    assert wrong.status_code == 400 and "không có mã thanh toán hợp lệ" in wrong.text
    assert receipts[0]["code"] not in wrong.text
