"""Statuses 1-10: every transition allowed by the rules works, every other one is refused; stages and
deadlines follow (supplement waiting time excluded, overdue derived)."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import VN, FakeClock, act, dossier_payload, make_pdf, receive, submit

from kiosk_app.api.schemas import DossierStatus as S
from server.errors import ApiError
from server.lifecycle import TRANSITIONS, Action

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)

INPUT = {Action.REFUSE: {"reason": "Hồ sơ không thuộc thẩm quyền"}, Action.STOP: {"reason": "Quá hạn bổ sung"},
         Action.TRANSFER: {"unit": "Phòng Cấp phép"}, Action.REQUEST_SUPPLEMENT: {"missing": ["Giấy khám sức khỏe"]}}

# How to reach each status from a new dossier with legal actions.
PATHS: dict[S, list[Action]] = {
    S.NEW: [],
    S.ACCEPTED: [Action.ACCEPT],
    S.REFUSED: [Action.REFUSE],
    S.PROCESSING: [Action.ACCEPT, Action.TRANSFER],
    S.SUPPLEMENT_REQUESTED: [Action.ACCEPT, Action.REQUEST_SUPPLEMENT],
    S.FEE_REQUESTED: [Action.ACCEPT, Action.REQUEST_FEE],
    S.WITHDRAWN: [Action.WITHDRAW],
    S.STOPPED: [Action.ACCEPT, Action.STOP],
    S.RESULT_READY: [Action.ACCEPT, Action.MARK_RESULT_READY],
    S.RESULT_RETURNED: [Action.ACCEPT, Action.MARK_RESULT_READY, Action.MARK_RETURNED],
}


def _new_dossier_in(app: FastAPI, status: S) -> str:
    """A dossier received by the server's service (no upload: the lifecycle is under test) and moved to
    ``status``."""
    code: str = receive(app)["code"]
    for action in PATHS[status]:
        act(app, code, action, **INPUT.get(action, {}))
    return code


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.name)
def test_every_action_from_every_status(app: FastAPI, status: S) -> None:
    for action, rule in TRANSITIONS.items():
        code = _new_dossier_in(app, status)
        if status in rule.sources:
            if action is Action.APOLOGISE:
                continue  # allowed only once the dossier is overdue: tests/server/test_server_forms.py
            new = act(app, code, action, **INPUT.get(action, {}))
            expected = rule.target if rule.target is not None else S.ACCEPTED  # paused from ACCEPTED
            assert new == expected, (status, action)
        else:
            with pytest.raises(ApiError) as refused:
                act(app, code, action, **INPUT.get(action, {}))
            assert refused.value.status_code == 409 and refused.value.code.value == "illegal_transition"
            assert refused.value.detail["status"] == int(status)


def test_actions_needing_input_refuse_without_it(app: FastAPI, client: TestClient) -> None:
    code = submit(client).json()["code"]
    for action in (Action.REFUSE, Action.REQUEST_SUPPLEMENT):
        with pytest.raises(ApiError) as refused:
            act(app, code, action)
        assert refused.value.code.value == "invalid_request"


def _track(client: TestClient, receipt: dict) -> dict:
    response = client.post("/api/v1/track", json={"code": receipt["code"], "tracking_token": receipt["tracking_token"]})
    assert response.status_code == 200, response.text
    return response.json()


def test_stage_history_records_units_handlers_and_deadlines(app: FastAPI, client: TestClient,
                                                            clock: FakeClock) -> None:
    receipt = submit(client, dossier_payload("1.009846")).json()
    # Procedure 1.009846: 5 days completeness check, 15 days in all, cut-off 15:00. Received Wed 4 Mar 09:00.
    assert receipt["appointed_date"] == "2026-03-25"
    clock.advance(hours=2)
    act(app, receipt["code"], Action.ACCEPT)
    clock.advance(days=1)
    act(app, receipt["code"], Action.TRANSFER, unit="Phòng An toàn bức xạ", days=3)
    tracking = _track(client, receipt)
    stages = tracking["stages"]
    assert [s["status"] for s in stages] == [1, 2, 4]
    assert stages[0]["unit"] == app.state.backend.settings.agency_name
    assert stages[0]["regulated_end"] == "2026-03-11"
    assert stages[0]["actual_end"] is not None and stages[0]["overdue"] is False
    assert stages[1]["handler"] == "Cán bộ A" and stages[1]["unit"] == "Cục An toàn bức xạ và hạt nhân"
    assert stages[2]["unit"] == "Phòng An toàn bức xạ" and stages[2]["regulated_end"] == "2026-03-10"
    assert stages[2]["actual_end"] is None
    assert tracking["current_unit"] == "Phòng An toàn bức xạ" and tracking["overdue"] is False


def test_supplement_waiting_time_is_excluded_from_the_clock(app: FastAPI, client: TestClient,
                                                          clock: FakeClock) -> None:
    receipt = submit(client).json()  # 5 working days: appointed Wed 11 Mar 2026
    act(app, receipt["code"], Action.ACCEPT)
    act(app, receipt["code"], Action.REQUEST_SUPPLEMENT, missing=["Phiếu khai báo có chữ ký"], reason="Thiếu chữ ký")
    tracking = _track(client, receipt)
    assert tracking["status"] == 5
    assert tracking["supplement_request"]["missing"] == ["Phiếu khai báo có chữ ký"]
    assert tracking["supplement_request"]["due_date"] == "2026-03-18"  # 10 working days by default
    clock.set(datetime(2026, 3, 9, 10, 0, tzinfo=VN))  # Monday: Thu, Fri, Mon = 3 working days waited
    assert _track(client, receipt)["appointed_date"] == "2026-03-16"  # moves while the clock stands still
    upload = client.post(f"/api/v1/dossiers/{receipt['code']}/supplements",
                         data={"supplement": json.dumps({"tracking_token": receipt["tracking_token"],
                                                         "documents": [{"component_id": "declaration", "pages": 1}]})},
                         files=[("files", ("s.pdf", make_pdf(), "application/pdf"))])
    assert upload.status_code == 201, upload.text
    assert upload.json()["status"] == 2 and upload.json()["appointed_date"] == "2026-03-16"
    tracking = _track(client, receipt)
    assert tracking["status"] == 2 and tracking["supplement_request"] is None
    assert [s["status"] for s in tracking["stages"]] == [1, 2, 5, 2]
    # A second upload is refused: nothing is requested any more.
    again = client.post(f"/api/v1/dossiers/{receipt['code']}/supplements",
                        data={"supplement": '{"phone_last4": "5678", "documents": '
                                            '[{"component_id": "declaration", "pages": 1}]}'},
                        files=[("files", ("s.pdf", make_pdf(), "application/pdf"))])
    assert again.status_code == 409 and again.json()["error"]["code"] == "supplement_not_requested"


def test_overdue_is_derived_not_stored(app: FastAPI, client: TestClient, clock: FakeClock) -> None:
    receipt = submit(client).json()
    act(app, receipt["code"], Action.ACCEPT)
    clock.set(datetime(2026, 3, 11, 16, 0, tzinfo=VN))
    assert _track(client, receipt)["overdue"] is False  # due today: not late until the day ends
    clock.set(datetime(2026, 3, 12, 8, 0, tzinfo=VN))
    tracking = _track(client, receipt)
    assert tracking["overdue"] is True and tracking["status"] == 2
    assert tracking["stages"][-1]["overdue"] is True
    act(app, receipt["code"], Action.MARK_RESULT_READY)
    clock.set(datetime(2026, 4, 1, 8, 0, tzinfo=VN))
    finished = _track(client, receipt)
    assert finished["overdue"] is True and finished["finished_at"].startswith("2026-03-12")


def test_fee_request_shows_payment_and_pauses(app: FastAPI, client: TestClient, clock: FakeClock) -> None:
    receipt = submit(client, dossier_payload("1.009846")).json()
    act(app, receipt["code"], Action.ACCEPT)
    act(app, receipt["code"], Action.REQUEST_FEE)
    tracking = _track(client, receipt)
    assert tracking["status"] == 6 and tracking["fee_due"]["amount_vnd"] == 200000
    clock.set(datetime(2026, 3, 6, 9, 0, tzinfo=VN))  # Friday: Thu + Fri waited
    assert act(app, receipt["code"], Action.CONFIRM_FEE) == S.PROCESSING
    assert _track(client, receipt)["appointed_date"] == str(date(2026, 3, 27))


def test_retried_supplement_upload_gets_the_same_receipt(app: FastAPI, client: TestClient) -> None:
    receipt = submit(client).json()
    act(app, receipt["code"], Action.ACCEPT)
    act(app, receipt["code"], Action.REQUEST_SUPPLEMENT, missing=["Phiếu khai báo"])

    def upload() -> object:
        return client.post(f"/api/v1/dossiers/{receipt['code']}/supplements",
                           data={"supplement": '{"phone_last4": "5678", "documents": '
                                               '[{"component_id": "declaration", "pages": 1}]}'},
                           files=[("files", ("s.pdf", make_pdf(text="bổ sung"), "application/pdf"))],
                           headers={"Idempotency-Key": "supplement-key-0001"})

    first, second = upload(), upload()
    assert first.status_code == 201 and second.status_code == 200
    assert first.json() == second.json()
    assert len(first.json()["documents"]) == 1
