"""Fixtures of the reference backend's tests: PDFs, a settable clock, servers on SQLite or PostgreSQL."""
from __future__ import annotations

import io
import json
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from server.app import create_app

KIOSK_ID = "kiosk-01"
KIOSK_TOKEN = "test-kiosk-token-0123456789abcdef"
STAFF_USER, STAFF_PASSWORD = "canbo", "mat-khau-thu-nghiem"
POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
VN = timezone(timedelta(hours=7))


def make_pdf(pages: int = 1, text: str = "Trang") -> bytes:
    """A real PDF of ``pages`` pages."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 720, f"{text} {page + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class FakeClock:
    """A clock the test sets; starts on a Wednesday morning in Hanoi."""

    def __init__(self, start: datetime = datetime(2026, 3, 4, 9, 0, tzinfo=VN)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now.astimezone(timezone.utc)

    def set(self, moment: datetime) -> None:
        self.now = moment

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (source scripts/ci-services.sh to start a server)")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a throw-away schema on the test PostgreSQL server.

    A test module that does not depend on the database engine overrides this fixture with
    ``sqlite_only`` (see below) to keep the suite fast.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    import psycopg  # noqa: PLC0415 (only the PostgreSQL tests need it)

    base = _postgres_url()
    schema = f"t_{secrets.token_hex(6)}"
    conninfo = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


def sqlite_only(tmp_path: Path) -> str:
    """Body of a ``database_url`` override for modules that need no PostgreSQL run."""
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


AppFactory = Callable[..., FastAPI]


@pytest.fixture
def make_app(database_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[AppFactory]:
    """Builds apps on the test database; every app is closed at the end."""
    apps: list[FastAPI] = []

    def factory(**settings: Any) -> FastAPI:
        settings.setdefault("kiosks", {KIOSK_ID: KIOSK_TOKEN})
        settings.setdefault("clock", clock)
        settings.setdefault("public_base_url", "https://motcua.example.vn")
        app = create_app(database_url, str(tmp_path / "data"), **settings)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.state.backend.close()


@pytest.fixture
def app(make_app: AppFactory) -> FastAPI:
    return make_app()


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})


def dossier_payload(procedure: str = "1.005298", **overrides: Any) -> dict[str, Any]:
    """A valid DossierCreate for ``procedure`` (its required components get one page each)."""
    components = {"1.005298": ["declaration"], "1.009846": [
        "application", "qualifications", "training_certificate", "health_check", "photos"]}[procedure]
    payload: dict[str, Any] = {
        "procedure_code": procedure,
        "applicant": {"type": 1, "full_name": "Nguyễn Văn A", "id_number": "001090123456",
                      "address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"},
        "contact": {"phone": "0912345678", "email": "a@example.vn"},
        "delivery": {"method": 0},
        "documents": [{"component_id": c, "pages": 1} for c in components],
        "consent": True,
    }
    payload.update(overrides)
    return payload


def submit(client: TestClient, payload: dict[str, Any] | None = None, key: str | None = None,
           files: list[bytes] | None = None) -> Any:
    """POST a dossier as a kiosk does."""
    payload = payload or dossier_payload()
    files = files if files is not None else [make_pdf(d["pages"]) for d in payload["documents"]]
    return client.post("/api/v1/dossiers", data={"dossier": json.dumps(payload)},
                       files=[("files", (f"{i}.pdf", data, "application/pdf")) for i, data in enumerate(files)],
                       headers={"Idempotency-Key": key or f"key-{secrets.token_hex(8)}"})


class LiveServer:
    """An app served by uvicorn on a loopback port in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off", ws="none"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server
