"""The embedded reference backend's child process (issue 20: its imports never block the kiosk's window).

Started by :class:`kiosk_app.embedded.EmbeddedServerProcess` as ``python -m kiosk_app.embedded_server
--fd N`` (in the frozen build: ``kiosk --embedded-server-child --fd N``). The parent has bound and
listens on the loopback socket ``N`` (so the URL is known before this process has imported anything),
and writes one JSON line of settings on stdin (database URL, data directory, public URL, the kiosk
token: no secret in the command line). Then:

* stdout gets the line ``imported`` once the server's modules are loaded (on a slow or busy machine that
  alone can take long: the kiosk's start-up timeout counts from it), then ``ready`` once uvicorn serves;
* stderr gets every log record as one JSON line ({"level", "name", "message", and with a
  traceback "exception" and its one-line "error"}), which the parent
  logs again through its own (masking) handlers and keeps a tail of for maintenance;
* stdin stays open as the lifeline: when it closes (the kiosk exited or crashed) or the parent
  process is gone, the server stops by itself, so no orphan keeps the port and the database.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import threading
import time
from typing import Any

IMPORTED_LINE = "imported"  # the server's modules are loaded: the start-up timeout runs from here
READY_LINE = "ready"
CHILD_FLAG = "--embedded-server-child"  # the frozen kiosk's dispatch (kiosk_app/__main__.py)


class JsonLineHandler(logging.Handler):
    """Each record as one JSON line on stderr (tracebacks included in the message)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            entry = {"level": record.levelno, "name": record.name, "message": record.getMessage()}
            if record.exc_info:
                entry["exception"] = logging.Formatter().formatException(record.exc_info)
                error = record.exc_info[1]
                if error is not None:  # the cause in one line, for the maintenance screen
                    entry["error"] = f"{type(error).__name__}: {(str(error).strip().splitlines() or [''])[0]}"
            line = json.dumps(entry, ensure_ascii=False)
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def _watch_parent(stop: threading.Event) -> None:
    """Set ``stop`` when stdin closes (the lifeline) or the parent process is gone."""
    parent = os.getppid()

    def lifeline() -> None:
        sys.stdin.read()  # returns at EOF: the kiosk closed its end or died
        stop.set()

    threading.Thread(target=lifeline, name="lifeline", daemon=True).start()
    while not stop.wait(1.0):
        if os.getppid() != parent:
            stop.set()


def serve(fd: int, settings: dict[str, Any]) -> int:
    """Serve the reference app on the inherited socket until told to stop; 0 after a clean stop."""
    from server.app import create_app
    from server.serving import PromptServer, uvicorn_config

    sys.stdout.write(IMPORTED_LINE + "\n")
    sys.stdout.flush()
    listener = socket.socket(fileno=fd)
    database_url = str(settings.pop("database_url"))
    data_dir = str(settings.pop("data_dir"))
    app = create_app(database_url=database_url, data_dir=data_dir, **settings)
    config = uvicorn_config(app, log_level="warning", lifespan="on", log_config=None)
    server = PromptServer(config)
    stop = threading.Event()

    def announce() -> None:
        while not server.started and not stop.is_set():
            time.sleep(0.02)
        if server.started:
            sys.stdout.write(READY_LINE + "\n")
            sys.stdout.flush()
        stop.wait()
        server.stop()

    threading.Thread(target=_watch_parent, args=(stop,), name="parent-watch", daemon=True).start()
    threading.Thread(target=announce, name="announce", daemon=True).start()
    try:
        server.run(sockets=[listener])
    finally:
        stop.set()
    return 0 if server.started else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-embedded-server")
    parser.add_argument("--fd", type=int, required=True, help="the listening socket inherited from the kiosk")
    args = parser.parse_args(argv)
    root = logging.getLogger()
    root.handlers[:] = [JsonLineHandler()]
    root.setLevel(logging.INFO)
    try:
        settings = json.loads(sys.stdin.readline())
        return serve(args.fd, settings)
    except Exception:
        logging.getLogger("kiosk.embedded.child").exception("the embedded backend could not start")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
