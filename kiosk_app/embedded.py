"""The embedded reference backend on a free loopback port: in a child process (the kiosk) or in-process (tests).

:class:`EmbeddedServerProcess` is what the kiosk runs (issue 20: the window first): the child
(:mod:`kiosk_app.embedded_server`) imports FastAPI, SQLAlchemy and Alembic while the welcome screen is
already shown, says ``ready`` on its stdout, and stops when the kiosk closes its stdin or dies.
:class:`EmbeddedBackend` serves the same app in a thread of this process and waits for it: tests and
tools that look into ``.app`` use it.
"""
from __future__ import annotations

import collections
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk_app.errors import BackendError
from kiosk_app.privacy import ensure_private_dir

if TYPE_CHECKING:
    from server.serving import PromptServer

log = logging.getLogger("kiosk.embedded")

LOG_TAIL_LINES = 40
# How long the child may take to import the server's modules before its start-up timeout begins: a kiosk
# PC after a power cut (cold disk) or a busy machine is slow here, and that must not make the kiosk offline.
IMPORT_LIMIT_S = 180.0


def _loopback_listener() -> socket.socket:
    """A listening socket on a free loopback port (port 0: the OS picks; no race between choosing and using)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    return listener


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
        self._server: PromptServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.url = ""
        self.app: Any = None  # the FastAPI application (maintenance and tests look into it)

    def start(self, timeout: float = 20.0) -> str:
        """Start serving; returns the base URL once ``/health`` answers 200."""
        from server.app import create_app  # imported here: only the embedded mode needs the server

        ensure_private_dir(self.data_dir)
        self._socket = _loopback_listener()
        port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        settings = {"public_base_url": self.public_base_url or self.url, **self.app_settings}
        app = self.app = create_app(database_url=self.database_url, data_dir=str(self.data_dir), **settings)
        from server.serving import PromptServer, uvicorn_config  # proxy headers only from configured proxies

        config = uvicorn_config(app, log_level="warning", lifespan="on",
                                # log_config=None: no uvicorn handler of its own; its records (tracebacks of
                                # failed requests) reach the kiosk's masking handlers.
                                log_config=None)
        self._server = PromptServer(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="embedded-backend", daemon=True
        )
        self._thread.start()
        self._wait_healthy(timeout)
        log.info("embedded backend at %s (database %s)", self.url, self.database_url.split("://")[0])
        return self.url

    def _wait_healthy(self, timeout: float) -> None:
        import requests

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
            self._server.stop()
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


def child_command(fd: int) -> list[str]:
    """How to start the embedded server's child: ``python -m kiosk_app.embedded_server``, or, in the frozen
    kiosk build (where ``sys.executable`` is the kiosk program), the kiosk with ``--embedded-server-child``."""
    from kiosk_app.embedded_server import CHILD_FLAG

    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, "--fd", str(fd)]
    return [sys.executable, "-m", "kiosk_app.embedded_server", "--fd", str(fd)]


def _child_environment() -> dict[str, str]:
    """The kiosk's environment; the child imports this very checkout's packages (not another installed copy)."""
    root = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": root + (os.pathsep + path if path else "")}


class EmbeddedServerProcess:
    """The reference server in a child process, started without waiting (issue 20: the window first).

    The listening socket is bound and listening here, then handed to the child: the URL is known at
    once, and a request sent before the child serves waits in the socket's backlog instead of failing.
    ``launch`` returns immediately; ``on_ready`` or ``on_failed(reason)`` is called once, from a reader
    thread. The start-up timeout counts from the moment the child has loaded the server's modules (at most
    :data:`IMPORT_LIMIT_S` after the launch). The child's log records are logged again here (through the
    kiosk's masking handlers) and the last :data:`LOG_TAIL_LINES` kept for the maintenance screen.
    """

    def __init__(self, data_dir: Path, database_url: str = "", public_base_url: str = "",
                 **app_settings: Any) -> None:
        self.data_dir = data_dir
        self.database_url = database_url or f"sqlite:///{data_dir / 'server.sqlite3'}"
        self.public_base_url = public_base_url
        self.app_settings = app_settings
        self.url = ""
        self._process: subprocess.Popen[str] | None = None
        self._tail: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        self._settled = threading.Event()
        self._imported = threading.Event()
        self._settle_lock = threading.Lock()
        self._readers: list[threading.Thread] = []
        self.started_at = 0.0
        self._listener: socket.socket | None = None

    def bind(self) -> str:
        """Bind and listen on a free loopback port; returns the base URL the child will serve."""
        if self._listener is None:
            ensure_private_dir(self.data_dir)
            self._listener = _loopback_listener()
            self._listener.listen(128)
            self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        return self.url

    def launch(self, on_ready: Callable[[], None], on_failed: Callable[[str], None], timeout: float = 30.0,
               command: list[str] | None = None) -> str:
        """Start the child without waiting for it; returns the base URL it serves (bound first if need be).

        ``command`` replaces the child's command line (tests: a child that fails); ``{fd}`` in it is the socket.
        """
        if self._process is not None:
            return self.url
        self.bind()
        listener = self._listener
        assert listener is not None
        self._listener = None
        fd = listener.fileno()
        argv = [part.replace("{fd}", str(fd)) for part in command] if command else child_command(fd)
        settings = {"database_url": self.database_url, "data_dir": str(self.data_dir),
                    "public_base_url": self.public_base_url or self.url, **self.app_settings}
        self.started_at = time.monotonic()
        try:
            self._process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=subprocess.PIPE, pass_fds=(fd,), text=True, encoding="utf-8",
                                             env=_child_environment())
        except OSError as exc:
            listener.close()
            self._settle(on_failed, f"could not start the embedded backend: {exc}")
            return self.url
        listener.close()  # the child holds the socket now: if it dies, the port refuses at once
        process = self._process
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps(settings) + "\n")
            process.stdin.flush()  # stdin stays open: the child's lifeline
        except OSError:
            pass  # the child died already: its stdout reader reports it

        def settle_ready() -> None:
            log.info("embedded backend at %s (database %s; child process %d, ready after %.2f s)", self.url,
                     self.database_url.split("://")[0], process.pid, time.monotonic() - self.started_at)
            self._settle(lambda _reason: on_ready(), "")

        stdout = threading.Thread(target=self._read_stdout, args=(process, settle_ready, on_failed),
                                  name="embedded-stdout", daemon=True)
        stderr = threading.Thread(target=self._read_stderr, args=(process,), name="embedded-stderr", daemon=True)
        self._readers = [stdout, stderr]
        for reader in self._readers:
            reader.start()

        def deadline() -> None:
            if not self._imported.wait(IMPORT_LIMIT_S) and not self._settled.is_set():
                self._settle(on_failed, f"the embedded backend did not load within {IMPORT_LIMIT_S:.0f} s")
                self._terminate()
            elif not self._settled.wait(timeout):
                self._settle(on_failed, f"the embedded backend did not start within {timeout:.0f} s")
                self._terminate()

        threading.Thread(target=deadline, name="embedded-deadline", daemon=True).start()
        log.info("embedded backend starting in child process %d", process.pid)
        return self.url

    def _settle(self, callback: Callable[[str], None], reason: str) -> None:
        with self._settle_lock:
            if self._settled.is_set():
                return
            self._settled.set()
        callback(reason)

    def _read_stdout(self, process: subprocess.Popen[str], on_ready: Callable[[], None],
                     on_failed: Callable[[str], None]) -> None:
        from kiosk_app.embedded_server import IMPORTED_LINE, READY_LINE

        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == IMPORTED_LINE:
                self._imported.set()
            elif line.strip() == READY_LINE and not self._settled.is_set():
                on_ready()
        code = process.wait()
        for reader in self._readers[1:]:
            reader.join(2.0)  # the child's last words, before they are quoted as the reason
        last = next((line for line in reversed(self._tail) if line.startswith(("ERROR", "CRITICAL"))),
                    self._tail[-1] if self._tail else "")
        self._settle(on_failed, f"the embedded backend exited with code {code}" + (f": {last}" if last else ""))

    def _read_stderr(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            try:
                record = json.loads(line)
                level, name, message = int(record["level"]), str(record["name"]), str(record["message"])
                trace, cause = str(record.get("exception") or ""), str(record.get("error") or "")
            except (ValueError, KeyError, TypeError, AttributeError):
                level, name, message = logging.WARNING, "kiosk.embedded.child", line.rstrip("\n")
                trace = cause = ""
            if not message:
                continue
            # The tail (maintenance, the failure's reason) has one line per record: the message and, after a
            # failure, the exception's last line; the kiosk log gets the whole traceback.
            short = message.splitlines()[0] if message.strip() else message
            self._tail.append(f"{logging.getLevelName(level)} {name}: {short}" + (f" – {cause}" if cause else ""))
            logging.getLogger(name).log(level, "%s", message + (f"\n{trace}" if trace else ""))

    def log_tail(self) -> list[str]:
        """The last lines the child logged (newest last)."""
        return list(self._tail)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _terminate(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()

    def stop(self, timeout: float = 10.0) -> None:
        """Close the lifeline (the child stops by itself), then terminate, then kill if it must."""
        with self._settle_lock:
            self._settled.set()  # a stop before the start-up finished is no failure to report
        if self._listener is not None:  # bound, never launched
            self._listener.close()
            self._listener = None
        process = self._process
        if process is None:
            return
        if process.stdin is not None:
            try:
                process.stdin.close()
            except OSError:
                pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.error("embedded backend did not stop within %.0f s; terminating it", timeout)
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for reader in self._readers:
            reader.join(2.0)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        log.info("embedded backend stopped (child process %d, exit code %s)", process.pid, process.returncode)
