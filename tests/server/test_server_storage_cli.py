"""Migrations match the models on both engines; the kiosk-server command's management verbs."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import KIOSK_TOKEN, staff_login, submit

from server.cli import main
from server.models import Base


def test_migrations_create_exactly_the_models(app: FastAPI) -> None:
    engine = app.state.backend.db.engine
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_restart_keeps_data_and_secret(make_app) -> None:
    first = make_app()
    client = TestClient(first, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    receipt = submit(client).json()
    second = make_app()  # same database: migrations are a no-op, the tracking secret is kept
    again = TestClient(second, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    tracked = again.post("/api/v1/track", json={"code": receipt["code"], "tracking_token": receipt["tracking_token"]})
    assert tracked.status_code == 200


def test_add_kiosk_add_staff_and_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    data = str(tmp_path / "cli")
    assert main(["--data-dir", data, "add-kiosk", "quay-1", "quay-2"]) == 0
    lines = capsys.readouterr().out.split("\n")
    tokens = dict(line.split() for line in lines if line.strip())
    assert set(tokens) == {"quay-1", "quay-2"} and all(len(t) >= 40 for t in tokens.values())
    monkeypatch.setattr("sys.stdin", io.StringIO("mot-mat-khau-dai\n"))
    assert main(["--data-dir", data, "add-staff", "lan", "--password-stdin"]) == 0
    assert main(["--data-dir", data, "calendar", "2026-03-05", "off", "--note", "Nghỉ bù"]) == 0

    from server.app import create_app  # noqa: PLC0415

    app = create_app(f"sqlite:///{Path(data) / 'server.sqlite3'}", data)
    try:
        kiosk = TestClient(app, headers={"Authorization": f"Bearer {tokens['quay-1']}"})
        assert kiosk.post("/api/v1/tickets", json={}).status_code == 201
        staff = TestClient(app, base_url="https://testserver")  # cookies are Secure: not served on loopback
        login = staff_login(staff, "lan", "mot-mat-khau-dai")
        assert login.status_code == 303
        assert not app.state.backend.calendar.is_working_day(date(2026, 3, 5))
    finally:
        app.state.backend.close()
    assert main(["--data-dir", data, "remove-kiosk", "quay-1"]) == 0
    assert main(["--data-dir", data, "remove-kiosk", "no-such-kiosk"]) == 1
    app = create_app(f"sqlite:///{Path(data) / 'server.sqlite3'}", data)
    try:
        refused = TestClient(app, headers={"Authorization": f"Bearer {tokens['quay-1']}"})
        assert refused.post("/api/v1/tickets", json={}).status_code == 401
        still = TestClient(app, headers={"Authorization": f"Bearer {tokens['quay-2']}"})
        assert still.post("/api/v1/tickets", json={}).status_code == 201
    finally:
        app.state.backend.close()


def test_embedded_mode_with_defaults_only() -> None:
    from server.app import create_app  # noqa: PLC0415

    app = create_app()
    try:
        client = TestClient(app)
        assert client.get("/health").json() == {"status": "ok", "version": "0.1.0"}
        assert len(client.get("/api/v1/catalogue").json()["procedures"]) >= 30
    finally:
        app.state.backend.close()
