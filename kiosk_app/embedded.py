"""The embedded reference backend: uvicorn serving ``server.app`` in-process on a free loopback port."""
from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

import requests
import uvicorn

from kiosk_app.errors import BackendError
from kiosk_app.privacy import ensure_private_dir

log = logging.getLogger("kiosk.embedded")


class EmbeddedBackend:
    """Start the reference server in a thread, wait until ``/health`` answers, stop it cleanly.

    The listening socket is bound before the server starts (port 0 → a free port chosen by the OS),
    so there is no race between picking a port and using it.
    """

    def __init__(self, data_dir: Path, database_url: str = "", public_base_url: str = "",
                 **app_settings: Any) -> None:
        self.data_dir = data_dir
        self.database_url = database_url or f"sqlite:///{data_dir / 'server.sqlite3'}"
        # The address the server puts in tracking links; empty: its own loopback URL, which the kiosk
        # never prints (see kiosk_app.domain.tracking_qr).
        self.public_base_url = public_base_url
        self.app_settings = app_settings
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.url = ""
        self.app: Any = None  # the FastAPI application (maintenance and tests look into it)

    def start(self, timeout: float = 20.0) -> str:
        """Start serving; returns the base URL once ``/health`` answers 200."""
        from server.app import create_app  # imported here: only the embedded mode needs the server

        ensure_private_dir(self.data_dir)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        settings = {"public_base_url": self.public_base_url or self.url, **self.app_settings}
        app = self.app = create_app(database_url=self.database_url, data_dir=str(self.data_dir), **settings)
        from server.serving import uvicorn_config  # proxy headers only from configured proxies

        config = uvicorn_config(app, log_level="warning", lifespan="on",
                                # log_config=None: no uvicorn handler of its own; its records (tracebacks of
                                # failed requests) reach the kiosk's masking handlers.
                                log_config=None)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="embedded-backend", daemon=True
        )
        self._thread.start()
        self._wait_healthy(timeout)
        log.info("embedded backend at %s (database %s)", self.url, self.database_url.split("://")[0])
        return self.url

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error = ""
        while time.monotonic() < deadline:
            if self._thread is not None and not self._thread.is_alive():
                raise BackendError("embedded backend exited during start-up")
            try:
                if requests.get(f"{self.url}/health", timeout=1.0).status_code == 200:
                    return
            except requests.RequestException as exc:
                last_error = str(exc)
            time.sleep(0.05)
        self.stop()
        raise BackendError(f"embedded backend did not answer /health within {timeout:.0f} s: {last_error}")

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit and wait for its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("embedded backend did not stop within %.0f s", timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
