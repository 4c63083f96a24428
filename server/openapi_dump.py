"""Writes the server's OpenAPI document to a file: ``python -m server.openapi_dump docs/openapi.json``.

The committed copy is compared with the live one by a test, so a change to the API without a
regenerated document fails.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from fastapi import FastAPI


def render(app: FastAPI | None = None) -> str:
    """The OpenAPI document as stable, pretty JSON."""
    if app is None:
        from server.app import create_app  # noqa: PLC0415

        app = create_app()
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the document to the path given (default docs/openapi.json)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "docs/openapi.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    app = None
    try:
        from server.app import create_app  # noqa: PLC0415

        app = create_app()
        target.write_text(render(app), encoding="utf-8")
    finally:
        if app is not None:
            app.state.backend.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
