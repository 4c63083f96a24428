"""The reference backend's FastAPI application factory."""
from __future__ import annotations

import logging
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from pydantic.json_schema import models_json_schema

from kiosk_app.api.schemas import DossierCreate, Health, SupplementProof
from kiosk_app.privacy import ensure_private_dir
from server.backend import Backend
from server.body_budget import RequestBodyBudget
from server.dossiers import DossierService
from server.errors import install_error_handlers
from server.json_limits import JsonBodyLimit
from server.routes import api, console, public
from server.security_headers import SecurityHeaders
from server.settings import ServerSettings

log = logging.getLogger("server.app")
VERSION = "0.1.0"


def create_app(database_url: str = "sqlite://", data_dir: str | None = None, **settings: Any) -> FastAPI:
    """Build the application; ``database_url`` selects SQLite (default) or PostgreSQL.

    ``sqlite://`` (in memory) becomes a throw-away database file in a temporary directory, so that
    concurrent requests get separate connections; without ``data_dir`` uploaded files go there too.
    Keyword ``settings`` are the fields of :class:`server.settings.ServerSettings`
    (public_base_url, bank_account, agency_code, dossier_code_pattern, kiosks, staff_user, ...).
    """
    scratch: str | None = None
    if data_dir is None or database_url in ("sqlite://", "sqlite:///:memory:"):
        scratch = tempfile.mkdtemp(prefix="kiosk-server-")
    root = Path(data_dir) if data_dir is not None else Path(scratch or "")
    ensure_private_dir(root)  # dossiers and uploads: owner only (0700)
    if database_url in ("sqlite://", "sqlite:///:memory:"):
        database_url = f"sqlite:///{Path(scratch or '') / 'server.sqlite3'}"
    try:
        config = ServerSettings(database_url=database_url, data_dir=root, **settings)
        backend = Backend(config)
    except BaseException:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
        raise

    # /docs, /redoc and /openapi.json only when asked for; app.openapi() still builds the document
    # (server.openapi_dump, `kiosk-server openapi`).
    docs = config.enable_docs
    app = FastAPI(title="MST one-stop reference backend", version=VERSION,
                  description="Reference implementation of the API the one-stop kiosks call "
                              "(procedure catalogue, dossiers, tracking, assistance tickets, fleet).",
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)
    app.state.backend = backend
    app.state.dossiers = DossierService(backend)
    install_error_handlers(app)
    app.add_middleware(RequestBodyBudget, max_bytes=config.max_request_bytes)
    app.add_middleware(JsonBodyLimit)
    # Outside even Starlette's ServerErrorMiddleware, so that a 500 carries the headers too.
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityHeaders(build_stack())  # type: ignore[method-assign]  # wraps the whole stack

    app.include_router(api.router)
    app.include_router(public.router)
    app.include_router(console.router)

    @app.get("/health", response_model=Health, tags=["health"], summary="Liveness")
    def health() -> Health:
        return Health(version=VERSION)

    _document_json_form_fields(app)
    weakref.finalize(app, _release, backend, scratch)
    return app


def _document_json_form_fields(app: FastAPI) -> None:
    """Add the models sent as JSON inside multipart form fields to the OpenAPI components.

    FastAPI only sees those fields as strings; the kiosk's client and readers of docs/openapi.json
    need the structure of ``dossier`` (DossierCreate) and ``supplement`` (SupplementProof).
    """
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            _, extra = models_json_schema([(DossierCreate, "validation"), (SupplementProof, "validation")],
                                          ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, definition in extra.get("$defs", {}).items():
                components.setdefault(name, definition)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend the schema


def _release(backend: Backend, scratch: str | None) -> None:
    try:
        backend.close()
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
