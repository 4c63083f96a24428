"""The reference backend's FastAPI application factory."""
from __future__ import annotations

from fastapi import FastAPI


def create_app(database_url: str = "sqlite://", data_dir: str | None = None) -> FastAPI:
    """Build the application; ``database_url`` selects SQLite (default) or PostgreSQL."""
    app = FastAPI(title="MST one-stop reference backend", version="0.1.0")

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
