"""The ``kiosk-server`` command: run the reference backend alone."""
from __future__ import annotations

import argparse

import uvicorn

from server.app import create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-server", description="Reference backend of the one-stop kiosk")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--database-url", default="sqlite:///kiosk-server.sqlite3")
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args(argv)
    uvicorn.run(create_app(database_url=args.database_url, data_dir=args.data_dir), host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
