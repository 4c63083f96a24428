"""Uploads against hostile clients (issue 18): streamed byte budgets, auth before the body is read,
and the PDF check by a real parser, bounded in time and memory."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from server_testkit import KIOSK_TOKEN, AppFactory, LiveServer, sqlite_only
from starlette.types import Message, Receive, Scope, Send

MB = 1024 * 1024
CHUNK = 64 * 1024
SLACK = 512 * 1024
"""What the server may read past a limit before it notices: a few of uvicorn's read buffers."""
BOUNDARY = "h18boundary"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """Uploads do not depend on the database engine: SQLite only."""
    return sqlite_only(tmp_path)


class BodyCounter:
    """Wraps an app and counts the request body bytes the app took from the server."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.read = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def counted() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                self.read += len(message.get("body", b""))
            return message

        await self.app(scope, counted, send)


@pytest.fixture
def counted_server(make_app: AppFactory) -> Iterator[Any]:
    """Start a live server for an app built with the given settings; yields a function doing that."""
    servers: list[LiveServer] = []

    def start(**settings: Any) -> tuple[LiveServer, BodyCounter]:
        counter = BodyCounter(make_app(**settings))
        server = LiveServer(counter)  # type: ignore[arg-type]
        servers.append(server.__enter__())
        return server, counter

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def _file_part_head(index: int) -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{index}.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode()


def multipart_chunks(parts: int, part_bytes: int) -> Iterator[bytes]:
    """A multipart body with a small JSON field, then ``parts`` file parts of ``part_bytes`` each."""
    yield f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"dossier\"\r\n\r\n{{}}\r\n".encode()
    filler = b"\0" * CHUNK
    for index in range(parts):
        yield _file_part_head(index)
        left = part_bytes
        while left > 0:
            yield filler[:min(left, CHUNK)]
            left -= CHUNK
        yield b"\r\n"
    yield f"--{BOUNDARY}--\r\n".encode()


def post_chunked(server: LiveServer, chunks: Iterator[bytes], token: str | None) -> tuple[int, bytes]:
    """POST a chunked body (no Content-Length) on a raw socket; returns (bytes sent, response bytes).

    The response is read on its own thread while sending, so an answer that comes before the body is
    sent in full is seen even when the server then closes the connection.
    """
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (f"POST /api/v1/dossiers HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            f"Idempotency-Key: h18-upload-0001\r\n{auth}"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n\r\n").encode()
    response = bytearray()
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=20)

    def read_answer() -> None:
        try:
            while data := sock.recv(65536):
                response.extend(data)
        except OSError:
            pass

    reader = threading.Thread(target=read_answer, daemon=True)
    reader.start()
    sent = 0
    try:
        sock.sendall(head)
        for chunk in chunks:
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
        sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server closed the connection: what we measure is how much it had read
    reader.join(20)
    sock.close()
    return sent, bytes(response)


def _status(response: bytes) -> int | None:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else None


def test_chunked_upload_over_the_request_budget_is_cut_off_while_streaming(counted_server: Any) -> None:
    """Finding 3: without Content-Length the body was read (and spooled) in full before any limit applied."""
    server, counter = counted_server(max_request_bytes=2 * MB, max_file_bytes=64 * MB)
    total = 48 * MB
    sent, response = post_chunked(server, multipart_chunks(1, total), KIOSK_TOKEN)
    assert counter.read <= 2 * MB + SLACK, f"the app read {counter.read} bytes of a 2 MB budget"
    assert _status(response) == 413 and b"request_too_large" in response
    assert sent < total, "the server kept accepting the body after refusing it"


def test_anonymous_upload_is_refused_before_its_body_is_read(counted_server: Any) -> None:
    """Finding 3: the multipart form (400 MB in the report) was parsed before the kiosk token was checked."""
    server, counter = counted_server(max_request_bytes=1024 * MB)
    total = 64 * MB
    sent, response = post_chunked(server, multipart_chunks(1, total), token=None)
    assert _status(response) == 401 and b"unauthorised_kiosk" in response
    assert counter.read <= SLACK, f"an anonymous request made the app read {counter.read} bytes"
    assert sent < total


def test_many_parts_each_under_the_file_limit_stop_at_the_request_budget(counted_server: Any) -> None:
    """Finding 3: 20 x 24 MB parts passed the 150 MB limit; scaled down: 20 x 0.9 MB against 4 MB."""
    server, counter = counted_server(max_request_bytes=4 * MB, max_file_bytes=1 * MB)
    sent, response = post_chunked(server, multipart_chunks(20, 900 * 1024), KIOSK_TOKEN)
    assert counter.read <= 4 * MB + SLACK
    assert _status(response) == 413 and b"request_too_large" in response
    assert sent < 20 * 900 * 1024


def test_one_file_over_the_file_limit_stops_the_read_at_that_limit(counted_server: Any) -> None:
    """Finding 3: the per-file limit applied only after the whole form had been spooled."""
    server, counter = counted_server(max_request_bytes=512 * MB, max_file_bytes=1 * MB)
    total = 64 * MB
    sent, response = post_chunked(server, multipart_chunks(1, total), KIOSK_TOKEN)
    assert _status(response) == 413 and b"file_too_large" in response
    assert counter.read <= 1 * MB + SLACK
    assert sent < total
