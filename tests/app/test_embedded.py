"""The embedded reference backend starts on a free loopback port, answers /health and stops."""
from __future__ import annotations

import socket
from pathlib import Path

import requests

from kiosk_app.embedded import EmbeddedBackend


def test_embedded_server_starts_answers_and_stops(tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "server")
    url = backend.start(timeout=20)
    try:
        assert url.startswith("http://127.0.0.1:")
        response = requests.get(f"{url}/health", timeout=5)
        assert response.status_code == 200
        assert response.json()["status"] == "ok"
        assert backend.running
    finally:
        backend.stop()
    assert not backend.running
    port = int(url.rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nothing listens any more


def test_two_embedded_servers_get_different_ports(tmp_path: Path) -> None:
    first, second = EmbeddedBackend(tmp_path / "a"), EmbeddedBackend(tmp_path / "b")
    try:
        assert first.start() != second.start()
    finally:
        first.stop()
        second.stop()


def test_embedded_server_ignores_proxy_headers(tmp_path: Path) -> None:
    """Finding 11: uvicorn's default believed X-Forwarded-For from loopback; the embedded server does not."""
    backend = EmbeddedBackend(tmp_path / "server")
    backend.start(timeout=20)
    try:
        assert backend._server is not None
        assert backend._server.config.proxy_headers is False
        answer = requests.get(f"{backend.url}/health", timeout=5)
        assert answer.headers["X-Frame-Options"] == "DENY"
    finally:
        backend.stop()
