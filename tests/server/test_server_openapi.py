"""The committed OpenAPI document is current, and schemathesis finds no server error against it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from server_testkit import KIOSK_ID, KIOSK_TOKEN, dossier_payload, make_pdf, sqlite_only

from server.app import create_app
from server.openapi_dump import render


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """These tests do not depend on the database engine: SQLite only."""
    return sqlite_only(tmp_path)


COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_document_is_current(app: FastAPI) -> None:
    assert COMMITTED.exists(), "run: python -m server.openapi_dump docs/openapi.json"
    live = json.loads(render(app))
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == live, "docs/openapi.json is stale: run python -m server.openapi_dump docs/openapi.json"


def test_every_api_route_documents_its_answers(app: FastAPI) -> None:
    document = app.openapi()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert any(code.startswith("2") for code in operation["responses"]), f"{method} {path}"
            if path.startswith("/api/"):
                assert {"401", "404", "422"} <= set(operation["responses"]), f"{method} {path}"


def _fuzz_app() -> FastAPI:
    """One app for the whole fuzz run (built at collection: schemathesis needs the schema then)."""
    app = create_app(kiosks={KIOSK_ID: KIOSK_TOKEN}, track_rate_per_minute=100000, enable_docs=True)
    from fastapi.testclient import TestClient  # noqa: PLC0415

    seeded = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    assert seeded.post("/api/v1/dossiers", data={"dossier": json.dumps(dossier_payload())},
                       files=[("files", ("a.pdf", make_pdf(), "application/pdf"))],
                       headers={"Idempotency-Key": "fuzz-seed-0001"}).status_code == 201
    return app


schema = schemathesis.openapi.from_asgi("/openapi.json", _fuzz_app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
@pytest.mark.expect_log(logger="python_multipart", level="WARNING", optional=True)
def test_api_never_answers_with_a_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {KIOSK_TOKEN}"}, checks=[not_a_server_error])


def test_wire_schemas_import_neither_qt_nor_the_rest_of_the_kiosk() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    probe = ("import sys, kiosk_app.api.schemas; "
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'kiosk_app', 'server'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert loaded.strip() == "['kiosk_app', 'kiosk_app.api', 'kiosk_app.api.schemas']"
    assert (Path(__file__).resolve().parents[2] / "kiosk_app" / "api" / "__init__.py").read_text() == ""
