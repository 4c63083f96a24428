"""Issue 14, "Forms at the right moment": the submission confirmation at submission, form 01 when an officer
accepts (appointment counted from acceptance), forms 02 and 03 with their reasons, and form 04 with a new return
date for an overdue dossier; each a PDF read back with pdftotext and listed in tracking."""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from forms_kit import pdf_text
from server_testkit import (
    STAFF_USER,
    VN,
    AppFactory,
    FakeClock,
    console_app,
    make_pdf,
    sqlite_only,
    staff_login,
    submit,
)

from server.errors import ApiError
from server.lifecycle import Action, ActionInput

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The forms do not depend on the database engine (the migration test covers PostgreSQL): SQLite only."""
    return sqlite_only(tmp_path)


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return console_app(make_app)


@pytest.fixture
def staff(app: FastAPI) -> TestClient:
    console = TestClient(app)
    assert staff_login(console).status_code == 303
    return console


def _csrf(page: str) -> str:
    marker = 'name="csrf" value="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


def console_action(staff: TestClient, code: str, action: str, **fields: str) -> str:
    """Post an action from the dossier's console page as an officer does; the page shown afterwards. Logs in again
    first: the test's clock moves by days, beyond a console session's hours."""
    assert staff_login(staff).status_code == 303
    page = staff.get(f"/staff/dossiers/{code}").text
    response = staff.post(f"/staff/dossiers/{code}/actions/{action}", data={"csrf": _csrf(page), **fields})
    assert response.status_code == 200
    return response.text


def tracked(client: TestClient, receipt: dict, **proof: str) -> dict:
    body = proof or {"tracking_token": receipt["tracking_token"]}
    response = client.post("/api/v1/track", json={"code": receipt["code"], **body})
    assert response.status_code == 200, response.text
    result: dict = response.json()
    return result


def form_pdf(client: TestClient, receipt: dict, kind: str) -> bytes:
    """The last paper of ``kind`` through the public tracking page's link (what a citizen's phone opens)."""
    page = client.get(f"/track/{receipt['code']}", params={"t": receipt["tracking_token"]})
    assert page.status_code == 200
    links = re.findall(rf'<li data-kind="{kind}"><a href="([^"]+)"', page.text)
    assert links, f"no form {kind} listed on the tracking page"
    response = client.get(links[-1].replace("&amp;", "&"))
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    return response.content


def test_one_dossier_through_its_forms(app: FastAPI, client: TestClient, staff: TestClient, clock: FakeClock) -> None:
    """Issue 14 (done-when): one dossier followed through its papers, each PDF read back with pdftotext:
    the submission confirmation (expected date, not form 01), form 01 when staff accept, with the appointment
    counted from acceptance, then overdue, and form 04 carrying the new return date."""
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=VN))  # Wednesday; procedure 1.005298: 5 working days
    receipt = submit(client).json()
    code = receipt["code"]
    assert receipt["appointed_date"] == "2026-03-11"  # the expected date: 5 working days after the submission

    confirmation = pdf_text(form_pdf(client, receipt, "confirmation"))
    for needed in ("PHIẾU XÁC NHẬN NỘP HỒ SƠ", code, "Nguyễn Văn A", "bản chụp, 1 trang",
                   "Ngày trả kết quả dự kiến: 11/03/2026 (dự kiến", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)",
                   "Cán bộ Bộ phận Một cửa sẽ kiểm tra hồ sơ", "Quét mã này tại kiosk"):
        assert needed in confirmation, needed
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" not in confirmation and "Mẫu số 01 –" not in confirmation
    assert [f["kind"] for f in tracked(client, receipt)["forms"]] == ["confirmation"]
    assert tracked(client, receipt)["receipt_slip"] is None

    clock.set(datetime(2026, 3, 6, 10, 0, tzinfo=VN))  # Friday: an officer accepts the dossier
    assert staff_login(staff).status_code == 303
    assert "do-apologise" not in staff.get(f"/staff/dossiers/{code}").text  # not overdue: no apology offered
    shown = console_action(staff, code, "accept")
    assert 'data-status="2"' in shown and 'data-kind="01"' in shown
    form01 = pdf_text(form_pdf(client, receipt, "01"))
    for needed in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
                   "Mẫu số 01 – Phụ lục I, Thông tư 03/2025/TT-VPCP", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                   "Số: 0001/2026/TNHS", f"Mã hồ sơ: {code}", "Ông/Bà Nguyễn Văn A",
                   "Địa chỉ: 1 Tràng Tiền, Hoàn Kiếm, Hà Nội", "Số điện thoại: 091****678", "a***@example.vn",
                   "Nội dung yêu cầu giải quyết:", "(mã thủ tục 1.005298)", "Bản chính", "01 bản", "bản chụp, 1 trang",
                   "Số lượng hồ sơ: 01 bộ", "Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc",
                   "Thời gian nhận hồ sơ: 10 giờ 00 phút, ngày 06/03/2026",
                   # counted from acceptance (Fri 6 Mar): Mon 9 … Fri 13; from submission it would be Wed 11
                   "Thời gian trả kết quả giải quyết hồ sơ: từ 08 giờ 00 phút, ngày 13/03/2026",
                   "tại Bộ phận Một cửa", "NGƯỜI TIẾP NHẬN HỒ SƠ", STAFF_USER):
        assert needed in form01, needed
    assert "0912345678" not in form01
    after = tracked(client, receipt)
    assert after["appointed_date"] == "2026-03-13" and [f["kind"] for f in after["forms"]] == ["confirmation", "01"]
    assert after["receipt_slip"]["appointed_date"] == "2026-03-13" and after["receipt_slip"]["number"] == "0001/2026/TNHS"
    assert tracked(client, receipt, phone_last4="5678")["receipt_slip"] is None  # the slip only for the QR's holder

    clock.set(datetime(2026, 3, 16, 10, 0, tzinfo=VN))  # Monday after the appointment: overdue
    assert tracked(client, receipt)["overdue"] is True
    assert staff_login(staff).status_code == 303
    assert "do-apologise" in staff.get(f"/staff/dossiers/{code}").text
    shown = console_action(staff, code, "apologise", reason="Chờ ý kiến của đơn vị chuyên môn", new_date="20/03/2026")
    assert 'data-kind="04"' in shown
    form04 = pdf_text(form_pdf(client, receipt, "04"))
    for needed in ("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", "Số: 0001/2026/XLHL", f"Mã hồ sơ: {code}",
                   "Kính gửi: Ông/Bà Nguyễn Văn A", "tiếp nhận ngày 06/03/2026",
                   "Giấy tiếp nhận hồ sơ và hẹn trả kết quả số 0001/2026/TNHS", "hẹn trả kết quả ngày 13/03/2026",
                   "Lý do: Chờ ý kiến của đơn vị chuyên môn", "xin lỗi Ông/Bà",
                   "Ngày hẹn trả kết quả mới: từ 08 giờ 00 phút, ngày 20/03/2026"):
        assert needed in form04, needed
    final = tracked(client, receipt)
    assert final["appointed_date"] == "2026-03-20" and final["overdue"] is False  # the new appointment is effective
    assert [f["kind"] for f in final["forms"]] == ["confirmation", "01", "04"]
    assert final["status"] == 2 and final["stages"][-1]["name_vi"] == "Xin lỗi, hẹn lại ngày trả kết quả"


def test_supplement_request_and_refusal_issue_forms_02_and_03(app: FastAPI, client: TestClient,
                                                              staff: TestClient) -> None:
    """Issue 14: the console's request_supplement issues form 02 (what to add, why, until when) and refuse issues
    form 03 (with the reason); each PDF is listed and linked in tracking."""
    first = submit(client).json()
    console_action(staff, first["code"], "request_supplement", missing="Tờ khai có chữ ký\nBản sao giấy phép",
                   reason="Tờ khai chưa ký", days="10")
    form02 = pdf_text(form_pdf(client, first, "02"))
    for needed in ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", "Số: 0001/2026/YCBS", first["code"],
                   "1. Tờ khai có chữ ký", "2. Bản sao giấy phép", "Lý do: Tờ khai chưa ký",
                   "Hạn bổ sung: ngày 18/03/2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        assert needed in form02, needed
    assert [f["kind"] for f in tracked(client, first)["forms"]] == ["confirmation", "02"]

    second = submit(client).json()
    console_action(staff, second["code"], "refuse", reason="Hồ sơ không thuộc thẩm quyền giải quyết của Bộ")
    form03 = pdf_text(form_pdf(client, second, "03"))
    for needed in ("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03", "Số: 0001/2026/TCTN", second["code"],
                   "Hồ sơ không thuộc thẩm quyền giải quyết của Bộ", "Kính gửi: Ông/Bà Nguyễn Văn A"):
        assert needed in form03, needed
    assert [f["kind"] for f in tracked(client, second)["forms"]] == ["confirmation", "03"]
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" not in form03  # a refused dossier never got an appointment


def test_apology_only_for_an_overdue_dossier_and_a_later_working_day(app: FastAPI, client: TestClient,
                                                                      staff: TestClient, clock: FakeClock) -> None:
    """Issue 14: "apologise and set a new date" is refused while the dossier is on time, and with a new date that
    is not a later working day; the console says why in Vietnamese."""
    receipt = submit(client).json()
    code = receipt["code"]
    console_action(staff, code, "accept")
    early = console_action(staff, code, "apologise", reason="Chậm", new_date="20/03/2026")
    assert "Chỉ xin lỗi và hẹn lại ngày trả kết quả khi hồ sơ đã quá hạn." in early
    clock.set(datetime(2026, 3, 16, 10, 0, tzinfo=VN))
    for bad in ("21/03/2026", "13/03/2026", "không phải ngày"):  # a Saturday, the past, not a date
        page = console_action(staff, code, "apologise", reason="Chậm", new_date=bad)
        assert "Ngày hẹn mới phải là một ngày làm việc sau hôm nay" in page or "Yêu cầu không hợp lệ" in page, bad
    assert [f["kind"] for f in tracked(client, receipt)["forms"]] == ["confirmation", "01"]
    backend = app.state.backend
    with backend.db.write() as session:
        from sqlalchemy import select  # noqa: PLC0415

        from server.models import Dossier, Procedure  # noqa: PLC0415

        dossier = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        with pytest.raises(ApiError) as refused:
            backend.lifecycle.apply(dossier, session.get(Procedure, dossier.procedure_code), Action.APOLOGISE,
                                    ActionInput(handler="Cán bộ A", new_date=date(2026, 3, 20)), backend.now())
        assert refused.value.status_code == 400  # a reason is required


@pytest.mark.parametrize(("accepted", "appointed"), [
    (datetime(2026, 3, 6, 17, 45, tzinfo=VN), "2026-03-16"),  # Friday 17:45, after closing: counts from Mon 9 Mar
    (datetime(2026, 5, 1, 10, 0, tzinfo=VN), "2026-05-11"),  # 1 May (holiday): counts from Mon 4 May
    (datetime(2026, 3, 6, 16, 30, tzinfo=VN), "2026-03-13"),  # Friday in office hours: counts from that day
])
def test_acceptance_outside_office_hours_counts_from_the_next_working_day(
        app: FastAPI, client: TestClient, staff: TestClient, clock: FakeClock, accepted: datetime,
        appointed: str) -> None:
    """Issue 14: form 01's appointment is counted from the acceptance, and an acceptance at 17:45 on a Friday or
    on 1 May counts from the next working day (the submission-time cases: test_server_working_days_used.py)."""
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=VN))
    receipt = submit(client).json()
    clock.set(accepted)
    console_action(staff, receipt["code"], "accept")
    result = tracked(client, receipt)
    assert result["appointed_date"] == appointed and result["receipt_slip"]["appointed_date"] == appointed
    day = date.fromisoformat(appointed)
    assert f"ngày {day:%d/%m/%Y}" in pdf_text(form_pdf(client, receipt, "01"))


def test_a_paper_needs_the_tracking_token(app: FastAPI, client: TestClient) -> None:
    """Issue 14: the papers' PDFs are served only to the holder of the receipt's tracking link."""
    receipt = submit(client).json()
    form_id = tracked(client, receipt)["forms"][0]["id"]
    path = f"/track/{receipt['code']}/forms/{form_id}"
    assert client.get(path, params={"t": receipt["tracking_token"]}).status_code == 200
    assert client.get(path, params={"t": "wrong"}).status_code == 404
    assert client.get(path).status_code == 404
    other = submit(client).json()
    assert client.get(f"/track/{other['code']}/forms/{form_id}", params={"t": other["tracking_token"]}).status_code == 404


def test_a_pause_after_the_apology_moves_the_new_date_on(app: FastAPI, client: TestClient, staff: TestClient,
                                                          clock: FakeClock) -> None:
    """Issue 14: the new return date of form 04 stays effective through a later supplement request, whose waiting
    time moves it on like any appointment (the legal clock stands still while the applicant supplements)."""
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=VN))
    receipt = submit(client).json()
    console_action(staff, receipt["code"], "accept")  # Wed 4 Mar: appointment Wed 11 Mar
    clock.set(datetime(2026, 3, 16, 10, 0, tzinfo=VN))
    console_action(staff, receipt["code"], "apologise", reason="Chờ thẩm định", new_date="20/03/2026")
    assert tracked(client, receipt)["appointed_date"] == "2026-03-20"
    clock.set(datetime(2026, 3, 17, 10, 0, tzinfo=VN))  # Tuesday: a supplement is requested
    console_action(staff, receipt["code"], "request_supplement", missing="Tờ khai có chữ ký")
    clock.set(datetime(2026, 3, 19, 10, 0, tzinfo=VN))  # Thursday: Wed and Thu waited
    upload = client.post(f"/api/v1/dossiers/{receipt['code']}/supplements",
                         data={"supplement": json.dumps({"tracking_token": receipt["tracking_token"],
                                                         "documents": [{"component_id": "declaration", "pages": 1}]})},
                         files=[("files", ("s.pdf", make_pdf(), "application/pdf"))])
    assert upload.status_code == 201, upload.text
    assert tracked(client, receipt)["appointed_date"] == "2026-03-24"  # Fri 20 + 2 working days (Mon 23, Tue 24)
