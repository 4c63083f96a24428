"""Helpers of the reference backend's tests: PDFs, a settable clock, payloads, a live server, staff actions.

A uniquely named module (not ``conftest``) so that test modules can import it unambiguously when the
whole repository's suite runs with several conftest files.
"""
from __future__ import annotations

import functools
import io
import json
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import console_login
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kiosk_app.api.schemas import DossierCreate
from server.dossiers import UploadedFile
from server.lifecycle import Action, ActionInput
from server.models import Dossier, Procedure
from server.pdf_check import PdfChecker
from server.pdf_inspect import Verdict
from server.serving import PromptServer

KIOSK_ID = "kiosk-01"
KIOSK_TOKEN = "test-kiosk-token-0123456789abcdef"
STAFF_USER, STAFF_PASSWORD = "canbo", "mat-khau-thu-nghiem"
POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
VN = timezone(timedelta(hours=7))


@functools.cache
def make_pdf(pages: int = 1, text: str = "Trang") -> bytes:
    """A real PDF of ``pages`` pages (made once per process for each ``pages`` and ``text``: bytes are
    immutable)."""
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
        return self.now.astimezone(UTC)

    def set(self, moment: datetime) -> None:
        self.now = moment

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (source scripts/ci-services.sh to start a server)")
    return url


def sqlite_only(tmp_path: Path) -> str:
    """Body of a ``database_url`` override for modules that need no PostgreSQL run."""
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


AppFactory = Callable[..., FastAPI]


def console_app(make_app: AppFactory, **settings: Any) -> FastAPI:
    """An app with the test staff account, explicitly served over plain HTTP on this machine (TestClient and the
    browser speak HTTP): the only case in which the console's cookies are not Secure."""
    return make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD, public_base_url="http://127.0.0.1:8800",
                    insecure_cookies=True, **settings)


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


class EnvelopeOnlyPdfChecker(PdfChecker):
    """The server's size and envelope checks, without the parse in a child process."""

    def _inspect(self, files: list[bytes]) -> list[Verdict]:
        return [Verdict() for _ in files]


def receive(app: FastAPI, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    """A dossier received by the server's own service (``DossierService.create``: validation, code, appointed
    date, first stage, stored receipt) as the upload route receives it, but without the multipart form and the
    PDF-inspection child process (about 0.15 s of CPU each): for tests of what happens to a dossier after it
    came in. Returns the receipt as JSON, like ``submit(client).json()``. The upload path itself is tested in
    test_server_dossiers.py, test_server_uploads_hardening.py and test_pdf_inspect_child.py."""
    payload = payload or dossier_payload()
    service = app.state.dossiers
    checker, service.pdf_checker = service.pdf_checker, EnvelopeOnlyPdfChecker(service.pdf_checker.limits)
    try:
        receipt, created = service.create(KIOSK_ID, f"key-{secrets.token_hex(8)}", DossierCreate.model_validate(payload),
                                          [UploadedFile(make_pdf(d["pages"])) for d in payload["documents"]])
    finally:
        service.pdf_checker = checker
    assert created
    result: dict[str, Any] = receipt.model_dump(mode="json")
    return result


def staff_login(staff: TestClient, username: str = STAFF_USER, password: str = STAFF_PASSWORD) -> Any:
    """Log in through the form as a browser does (see :func:`console_login.staff_login`)."""
    return console_login.staff_login(staff, username, password)


class LiveServer:
    """An app served by uvicorn on a loopback port in a background thread.

    The listening socket is bound here and handed to uvicorn, so parallel test workers never race for a
    port; uvicorn gets no logging configuration of its own, so its records reach the root logger (where a
    WARNING fails the test, see tests/conftest.py)."""

    def __init__(self, app: FastAPI) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = PromptServer(uvicorn.Config(app, log_level="warning", log_config=None, lifespan="off",
                                                    ws="none"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.stop()
        self.thread.join(10)
        self.socket.close()


def act(app: FastAPI, code: str, action: Action, **given: object) -> int:
    """Apply ``action`` to dossier ``code`` as officer 'Cán bộ A'; returns the new status."""
    backend = app.state.backend
    with backend.db.write() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.stages), selectinload(Dossier.supplement_requests))).one()
        procedure = session.get(Procedure, dossier.procedure_code)
        backend.lifecycle.apply(dossier, procedure, action, ActionInput(handler="Cán bộ A", **given), backend.now())
        return dossier.status
