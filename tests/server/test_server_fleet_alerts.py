"""Fleet page alerts: paper near end, device errors and out of service, derived from the last heartbeat."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import AppFactory, console_app, sqlite_only, staff_login

from server.routes.console import fleet_alerts


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return sqlite_only(tmp_path)


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return console_app(make_app)


def test_alerts_from_a_heartbeat() -> None:
    """Finding 3: alerts name devices and states in Vietnamese, not the kiosk's internal names."""
    healthy = {"devices": [{"name": "printer", "kind": "escpos", "state": "online", "media": "ok", "action": "none"}]}
    assert fleet_alerts(healthy) == []
    assert fleet_alerts({}) == []
    beat = {"out_of_service": True, "devices": [
        {"name": "printer", "kind": "escpos", "state": "online", "media": "near_end", "action": "none"},
        {"name": "camera", "kind": "opencv", "state": "no_device", "detail": "USB unplugged", "action": "retry"},
        {"name": "qr", "kind": "hid", "state": "online", "action": "technician", "detail": "decoder fault"},
    ]}
    assert fleet_alerts(beat) == ["Ki-ốt ngừng phục vụ", "Máy in phiếu: Sắp hết giấy",
                                  "Lỗi thiết bị Camera: USB unplugged", "Lỗi thiết bị Đầu đọc QR: decoder fault"]
    no_detail = {"devices": [{"name": "camera", "kind": "opencv", "state": "no_device", "action": "retry"}]}
    assert fleet_alerts(no_detail) == ["Lỗi thiết bị Camera: Không có thiết bị"]


def test_fleet_page_shows_the_alerts(app: FastAPI, client: TestClient) -> None:
    """Finding 3: the fleet page's alerts read "Máy in phiếu: Hết giấy", not "printer"/"out"."""
    client.post("/api/v1/kiosks/heartbeat", json={
        "app_version": "0.1.0", "outbox_pending": 2,
        "devices": [{"name": "printer", "kind": "simulated", "state": "user_error", "media": "out",
                     "detail": "replace paper", "action": "staff"}]})
    staff = TestClient(app)
    assert staff_login(staff).status_code == 303
    page = staff.get("/staff/fleet").text
    assert 'class="overdue alert">Máy in phiếu: Hết giấy' in page
    assert "Lỗi thiết bị Máy in phiếu: replace paper" in page
