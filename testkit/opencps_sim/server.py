"""Serving the simulator: :func:`start_simulator` runs it on a loopback port in a background thread."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import uvicorn

from server.serving import PromptServer
from testkit.opencps_sim.app import BASE, Guarded, create_asgi
from testkit.opencps_sim.officer import OfficerDesk
from testkit.opencps_sim.process import APPLICANT
from testkit.opencps_sim.simulator import Simulator, _utc_now
from testkit.opencps_sim.site import MINISTRY_AGENCY, SiteConfig


@dataclass
class RunningSim:
    """A simulator being served. ``url`` is the server root; ``base_url`` the REST root (``.../o/rest/v2``)."""

    sim: Simulator
    app: Guarded
    url: str
    server: PromptServer
    thread: threading.Thread
    sock: socket.socket
    officer: OfficerDesk = field(init=False)

    def __post_init__(self) -> None:
        self.officer = OfficerDesk(self.sim)

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def base_url(self) -> str:
        return self.url + BASE

    @property
    def client_disconnects(self) -> int:
        """Requests whose client went away before the whole body arrived (nothing done for them)."""
        return int(self.app.state.client_disconnects)

    @property
    def group_id(self) -> int:
        return self.sim.config.group_id

    def kiosk_backend(self) -> dict[str, object]:
        """The ``[backend.opencps]`` table of a kiosk profile pointed at this simulator (kiosk_app/profile.py
        OpenCpsSettings): the REST root, the site, the kiosk account and the ministry's agency."""
        kiosk = next(a for a in self.sim.config.accounts if a.role == APPLICANT)
        return {"url": self.base_url, "group_id": self.group_id, "user": kiosk.email, "password": kiosk.password,
                "agency_code": MINISTRY_AGENCY[0]}

    def stop(self) -> None:
        self.server.stop()
        self.thread.join(10)
        self.sock.close()
        self.sim.store.close()

    def __enter__(self) -> RunningSim:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def start_simulator(db_path: Path | str, *, host: str = "127.0.0.1", port: int = 0,
                    config: SiteConfig | None = None, now: Callable[[], datetime] = _utc_now) -> RunningSim:
    """Serve a simulator over the SQLite file ``db_path`` (created and seeded when new; reopened as it is
    otherwise). The socket is bound here and handed to uvicorn, so ``port=0`` never races; uvicorn gets no
    logging configuration of its own."""
    sim = Simulator(Path(db_path), config, now)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    app = create_asgi(sim)
    server = PromptServer(uvicorn.Config(app, log_level="warning", log_config=None, lifespan="off",
                                           ws="none", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="opencps-sim")
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.stop()
            sock.close()
            raise RuntimeError("the OpenCPS simulator did not start")
        time.sleep(0.02)
    bound_host, bound_port = sock.getsockname()[:2]
    return RunningSim(sim, app, f"http://{bound_host}:{bound_port}", server, thread, sock)
