"""The tracking answer counts the working days used so far ("Đã dùng 2/5 ngày làm việc"): from the
effective receipt day to today or the finish, weekends and the applicant's supplement time excluded."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import VN, FakeClock, act, dossier_payload, make_pdf, sqlite_only, submit

from server.lifecycle import Action

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """These tests do not depend on the database engine: SQLite only."""
    return sqlite_only(tmp_path)


def _used(client: TestClient, receipt: dict) -> tuple[int, int]:
    response = client.post("/api/v1/track", json={"code": receipt["code"], "tracking_token": receipt["tracking_token"]})
    assert response.status_code == 200, response.text
    body = response.json()
    return body["working_days_used"], body["processing_days"]


def test_working_days_used_skip_weekends_and_supplement_time(app: FastAPI, client: TestClient, clock: FakeClock) -> None:
    receipt = submit(client).json()  # Wed 4 Mar 2026 09:00, procedure 1.005298: 5 working days
    act(app, receipt["code"], Action.ACCEPT)  # accepted the same day: the clock counts from acceptance (issue 14)
    assert _used(client, receipt) == (0, 5)  # the day of receipt does not count
    clock.set(datetime(2026, 3, 6, 10, 0, tzinfo=VN))  # Friday: Thu, Fri
    assert _used(client, receipt) == (2, 5)
    act(app, receipt["code"], Action.REQUEST_SUPPLEMENT, missing=["Phiếu khai báo có chữ ký"])
    clock.set(datetime(2026, 3, 10, 10, 0, tzinfo=VN))  # Tuesday: Sat/Sun off, Mon and Tue waited
    assert _used(client, receipt) == (2, 5)
    upload = client.post(f"/api/v1/dossiers/{receipt['code']}/supplements",
                         data={"supplement": json.dumps({"tracking_token": receipt["tracking_token"],
                                                         "documents": [{"component_id": "declaration", "pages": 1}]})},
                         files=[("files", ("s.pdf", make_pdf(), "application/pdf"))])
    assert upload.status_code == 201, upload.text
    clock.set(datetime(2026, 3, 11, 10, 0, tzinfo=VN))  # Wednesday: counting again
    assert _used(client, receipt) == (3, 5)
    act(app, receipt["code"], Action.MARK_RESULT_READY)
    clock.set(datetime(2026, 3, 20, 10, 0, tzinfo=VN))  # the clock stops at the finish
    assert _used(client, receipt) == (3, 5)


@pytest.mark.parametrize(("procedure", "received", "counted_from", "appointed", "days"), [
    ("1.005298", datetime(2026, 3, 6, 17, 45, tzinfo=VN), "2026-03-09", "2026-03-16", 5),  # Friday 17:45 -> Mon
    ("1.005298", datetime(2026, 5, 1, 10, 0, tzinfo=VN), "2026-05-04", "2026-05-11", 5),  # 1 May (Fri) -> Mon 4
    ("1.009846", datetime(2026, 3, 4, 15, 30, tzinfo=VN), "2026-03-04", "2026-03-25", 15),  # office hours: that day
])
def test_submission_outside_office_hours_counts_from_the_next_working_day(
        client: TestClient, clock: FakeClock, procedure: str, received: datetime, counted_from: str, appointed: str,
        days: int) -> None:
    """Issue 14: a submission at 17:45 on a Friday and one on 1 May count from the next working day; one at 15:30
    on a working day counts from that day (1.009846 no longer carries the unsourced 15:00 cut-off)."""
    clock.set(received)
    receipt = submit(client, dossier_payload(procedure)).json()
    assert receipt["appointed_date"] == appointed
    day = datetime.fromisoformat(counted_from).replace(hour=10, tzinfo=VN)
    clock.set(day)
    assert _used(client, receipt) == (0, days)  # the effective receipt day itself is not counted
