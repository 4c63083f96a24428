"""server.serving.PromptServer: uvicorn's server, stopped at once, still finishing the request in flight."""
from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn
from fastapi import FastAPI

from server.serving import PromptServer


def _serving(app: FastAPI) -> tuple[PromptServer, threading.Thread, str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = PromptServer(uvicorn.Config(app, log_level="warning", log_config=None, lifespan="off", ws="none"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    return server, thread, f"http://127.0.0.1:{listener.getsockname()[1]}"


def test_a_request_in_flight_is_answered_before_the_server_exits() -> None:
    """Asked to stop while a request is being served, the server answers it, then exits (as uvicorn's own
    graceful shutdown does), and takes no new connection meanwhile."""
    app = FastAPI()
    entered, release = threading.Event(), threading.Event()

    @app.get("/slow")
    def slow() -> dict[str, bool]:
        entered.set()
        release.wait(10)
        return {"done": True}

    server, thread, url = _serving(app)
    answers: list[httpx.Response] = []
    client = threading.Thread(target=lambda: answers.append(httpx.get(f"{url}/slow", timeout=20)))
    client.start()
    assert entered.wait(10)
    server.stop()
    thread.join(0.3)
    assert thread.is_alive()  # still serving the request in flight
    try:
        httpx.get(f"{url}/slow", timeout=2)
        refused = False
    except httpx.TransportError:
        refused = True
    assert refused  # the listener is closed
    release.set()
    client.join(10)
    thread.join(10)
    assert not thread.is_alive()
    assert [a.json() for a in answers] == [{"done": True}]


def test_an_idle_keep_alive_connection_does_not_hold_the_server() -> None:
    """A client that keeps its connection open (as the kiosk's requests session does) is disconnected and the
    server's thread ends; stop() may be called from any thread, and again."""
    app = FastAPI()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    server, thread, url = _serving(app)
    with httpx.Client(base_url=url) as kept:
        assert kept.get("/health").status_code == 200
        stopper = threading.Thread(target=server.stop)
        stopper.start()
        stopper.join(10)
        thread.join(10)
        assert not thread.is_alive()
        server.stop()  # after the loop closed: nothing to wake, no error
