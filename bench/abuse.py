"""Abuse benchmark of the reference backend: the hostile traffic of issue 18, against a live server.

    .venv/bin/python bench/abuse.py [--quick] [--only NAME,NAME] [--list] [--request-limit-mb 16] [--file-limit-mb 4]

Loopback only. Each attack gets a fresh ``kiosk-server`` (the real command line, ``server.cli``) in a
child process with its own data directory, a kiosk token and a staff user, so that its resident memory
is the server's own (``/proc/<pid>/status`` VmRSS sampled every 20 ms, cross-checked with VmHWM) and no
attack inherits another's state. While the hostile part of an attack runs, a thread polls ``/health``
every 20 ms. The upload limits are scaled down (flags) so that "over the limit" costs seconds, not minutes;
the shapes of the attacks are those of the issue.

For every attack one line: rss_growth_mb (peak during the attack minus the start), health_p99_ms,
succeeded (decided from what the server did: the upload was stored, the owner got 429, a 5xx came back,
the whole oversized body was read, ...) and details. The last line is one JSON object:
{"attacks": {name: {...}}, "targets": {"rss_growth_mb": 50, "health_p99_ms": 100}, "all_pass": bool}.
All attacks together take one to two minutes on a 2-core machine; ``--quick`` scales every count down
for a smoke run of a few seconds per attack.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import secrets
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"rss_growth_mb": 50.0, "health_p99_ms": 100.0}
KIOSK_ID = "abuse-kiosk"
STAFF_USER, STAFF_PASSWORD = "canbo", "mat-khau-dung-0123"


def _second_loopback_address() -> str:
    """127.0.0.2 where the system routes all of 127/8 to loopback (Linux), so that the attacker and the
    owner are different clients; otherwise 127.0.0.1 (then some attacks cannot tell them apart)."""
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
        return "127.0.0.2"
    except OSError:
        return "127.0.0.1"


OWNER_ADDRESS, ATTACKER_ADDRESS = "127.0.0.1", _second_loopback_address()
MB = 1024 * 1024


# ---------------------------------------------------------------- the server in a child process


def serve_child(argv: list[str]) -> int:
    """Body of the child process: ``server.cli`` with a kiosk, a staff user and scaled limits.

    The settings are injected into ``create_app`` (only those the current ServerSettings knows), so
    the server runs exactly as ``kiosk-server`` does (same uvicorn options, same middleware).
    """
    overrides = json.loads(argv[0])
    sys.path.insert(0, str(ROOT))
    import server.app  # noqa: PLC0415 (child process only)
    from server import cli  # noqa: PLC0415
    from server.settings import ServerSettings  # noqa: PLC0415

    unknown = set(overrides) - set(ServerSettings.model_fields)
    if unknown:
        raise SystemExit(f"abuse.py: the server has no setting {', '.join(sorted(unknown))}")
    known = overrides
    original = server.app.create_app

    def create_app(*args: Any, **settings: Any) -> Any:
        return original(*args, **{**settings, **known})

    server.app.create_app = create_app
    return cli.main(argv[1:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerProcess:
    """``kiosk-server`` in a child process with its own data directory and spool directory."""

    def __init__(self, workdir: Path, args: argparse.Namespace) -> None:
        self.port = free_port()
        self.token = secrets.token_urlsafe(32)
        self.data_dir = workdir / "data"
        self.spool_dir = workdir / "spool"
        self.spool_dir.mkdir(parents=True)
        overrides = {"kiosks": {KIOSK_ID: self.token}, "staff_user": STAFF_USER, "staff_password": STAFF_PASSWORD,
                     "max_request_bytes": args.request_limit_mb * MB, "max_file_bytes": args.file_limit_mb * MB}
        env = {**os.environ, "TMPDIR": str(self.spool_dir), "PYTHONPATH": str(ROOT)}
        self.log_path = workdir / "server.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--serve-child", json.dumps(overrides),
                 "--data-dir", str(self.data_dir), "--log-level", "ERROR", "--port", str(self.port)],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        self.pid = self.process.pid
        deadline = time.monotonic() + 60
        while True:
            try:
                if RawConnection(self.port, timeout=2).request("GET", "/health").status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                errors = self.log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"the server did not start: {errors}")
            time.sleep(0.1)

    def status_kb(self, field_name: str) -> int:
        """A memory field of /proc/<pid>/status in KiB (VmRSS, VmHWM)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
        return 0

    def spooled_bytes(self) -> int:
        """Bytes in files the server holds open under its spool directory (deleted or not)."""
        total = 0
        fd_dir = Path(f"/proc/{self.pid}/fd")
        try:
            for fd in fd_dir.iterdir():
                try:
                    if os.readlink(fd).startswith(str(self.spool_dir)):
                        total += os.stat(fd).st_size
                except OSError:
                    continue
        except OSError:
            pass
        return total

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


# ---------------------------------------------------------------- a small HTTP/1.1 client


@dataclass
class RawResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def cookies(self) -> dict[str, str]:
        found = {}
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                if "=" in pair:
                    name, _, content = pair.partition("=")
                    found[name.strip()] = content.strip()
        return found


def _read_response(reader: io.BufferedReader) -> tuple[RawResponse, bool]:
    """One response from ``reader``; also whether the server asked to close the connection."""
    line = reader.readline(65536)
    if not line:
        raise ConnectionResetError("the server closed the connection")
    status = int(line.split(b" ", 2)[1])
    headers: list[tuple[str, str]] = []
    while True:
        line = reader.readline(65536)
        if line in (b"\r\n", b"\n", b""):
            break
        key, _, value = line.decode("latin-1").partition(":")
        headers.append((key.strip(), value.strip()))
    names = {k.lower(): v for k, v in headers}
    if "content-length" in names:
        body = reader.read(int(names["content-length"]))
    elif names.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int(reader.readline().split(b";")[0], 16)
            if size == 0:
                reader.readline()
                break
            parts.append(reader.read(size))
            reader.readline()
        body = b"".join(parts)
    else:
        body = reader.read()
    return RawResponse(status, headers, body), names.get("connection", "").lower() == "close"


class RawConnection:
    """A keep-alive HTTP/1.1 connection from a chosen loopback address; cheap on the client's CPU."""

    def __init__(self, port: int, source: str = OWNER_ADDRESS, timeout: float = 60.0) -> None:
        self.port, self.source, self.timeout = port, source, timeout
        self._sock: socket.socket | None = None
        self._reader: io.BufferedReader | None = None

    def _connect(self) -> None:
        self._sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout,
                                              source_address=(self.source, 0))
        self._reader = self._sock.makefile("rb")

    def close(self) -> None:
        if self._reader:
            self._reader.close()
        if self._sock:
            self._sock.close()
        self._sock = self._reader = None

    def request(self, method: str, path: str, headers: dict[str, str] | None = None, body: bytes = b"") -> RawResponse:
        """Send one request and read its answer (one retry on a connection the server closed while idle)."""
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body or method in ("POST", "PUT"):
            head.append(f"Content-Length: {len(body)}")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body
        for attempt in (0, 1):
            reused = self._sock is not None
            if not reused:
                self._connect()
            try:
                assert self._sock is not None and self._reader is not None
                self._sock.sendall(data)
                response, close = _read_response(self._reader)
            except (ConnectionError, BrokenPipeError):
                self.close()
                if reused and attempt == 0:
                    continue
                raise
            if close:
                self.close()
            return response
        raise AssertionError("unreachable")


def multipart(fields: list[tuple[str, str, bytes, str | None]], boundary: str) -> bytes:
    """A multipart/form-data body of (name, filename, content, content type) entries (filename '' = field)."""
    out = bytearray()
    for name, filename, content, ctype in fields:
        out += f"--{boundary}\r\n".encode()
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"Content-Disposition: {disposition}\r\n".encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += b"\r\n" + content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out)


# ---------------------------------------------------------------- PDFs, valid and hostile


def pdf_document(extra_catalog: bytes = b"", action: bytes | None = None, content: bytes = b"0 0 m 100 100 l S",
                 content_filter: bytes = b"", header: bytes = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
                 around_action: tuple[bytes, bytes] = (b"", b"")) -> bytes:
    """A one-page PDF with a correct cross-reference table; ``action`` becomes object 5 (OpenAction)."""
    if action is not None:
        extra_catalog += b" /OpenAction 5 0 R"
    objects = [b"<< /Type /Catalog /Pages 2 0 R" + extra_catalog + b" >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d%s >>\nstream\n" % (len(content), content_filter) + content + b"\nendstream"]
    if action is not None:
        objects.append(action)
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        if number == 5:
            out += around_action[0]
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        if number == 5:
            out += around_action[1]
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def deflate_bomb(inflated_mib: int) -> bytes:
    """A zlib stream of ``inflated_mib`` MiB of zeros, about 1/1000 of that size, built in well under a second."""
    block = bytes(MB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)  # self-contained, byte aligned
    checksum = 1
    for _ in range(inflated_mib):
        checksum = zlib.adler32(block, checksum)
    return b"\x78\xda" + segment * inflated_mib + compressor.flush(zlib.Z_FINISH) + checksum.to_bytes(4, "big")


def appended_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hoso.html", "<script>alert(document.cookie)</script>")
    return buffer.getvalue()


def pdf_bypass_variants(bomb_mib: int) -> dict[str, bytes]:
    """Finding 9: each file hides active content (or another format) from a pattern-matching filter."""
    js = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
    return {
        "hex_escaped_javascript": pdf_document(action=b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"),
        "javascript_between_fake_stream_comments": pdf_document(action=js, around_action=(b"%stream\n", b"%endstream\n")),
        "hex_escaped_launch": pdf_document(action=b"<< /S /#4Caunch /F (cmd.exe) >>"),
        "html_after_header": pdf_document(header=b"%PDF-1.4\n<html><body><script>alert(document.domain)</script>"
                                                 b"</body></html>\n"),
        "appended_zip": pdf_document() + appended_zip(),
        f"deflate_bomb_{bomb_mib}_mib": pdf_document(content=deflate_bomb(bomb_mib), content_filter=b" /Filter /FlateDecode"),
    }


# ---------------------------------------------------------------- measuring while an attack runs


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


class HealthPoller(threading.Thread):
    """GET /health every 20 ms on its own connection; a request still waiting at the end is waited for."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.connection = RawConnection(port, timeout=60)
        self.latencies_ms: list[float] = []
        self.failures = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            started = time.perf_counter()
            try:
                ok = self.connection.request("GET", "/health").status == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - started
            self.latencies_ms.append(elapsed * 1000)
            self.failures += not ok
            self.stopping.wait(max(0.0, 0.02 - elapsed))
        self.connection.close()


class MemorySampler(threading.Thread):
    """VmRSS and the spooled bytes of the server every 20 ms."""

    def __init__(self, server: ServerProcess) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.peak_rss_kb = 0
        self.peak_spool = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                self.peak_rss_kb = max(self.peak_rss_kb, self.server.status_kb("VmRSS"))
                self.peak_spool = max(self.peak_spool, self.server.spooled_bytes())
            except OSError:
                return
            self.stopping.wait(0.02)


@dataclass
class Measurement:
    rss_growth_mb: float = 0.0
    rss_retained_mb: float = 0.0
    health_p99_ms: float = 0.0
    health_max_ms: float = 0.0
    health_samples: int = 0
    health_failures: int = 0
    peak_spool_mb: float = 0.0
    seconds: float = 0.0


@contextmanager
def measured(server: ServerProcess, minimum_s: float = 1.0) -> Iterator[Measurement]:
    """Peak RSS growth, retained RSS, /health latency and spooled bytes over the ``with`` block."""
    result = Measurement()
    start_rss, start_hwm = server.status_kb("VmRSS"), server.status_kb("VmHWM")
    poller, sampler = HealthPoller(server.port), MemorySampler(server)
    sampler.peak_rss_kb = start_rss
    began = time.monotonic()
    poller.start()
    sampler.start()
    try:
        yield result
    finally:
        remaining = minimum_s - (time.monotonic() - began)
        if remaining > 0:
            time.sleep(remaining)
        poller.stopping.set()
        poller.join(65)
        sampler.stopping.set()
        sampler.join(5)
        result.seconds = round(time.monotonic() - began, 2)
        if server.alive():
            hwm = server.status_kb("VmHWM")
            peak = max(sampler.peak_rss_kb, hwm if hwm > start_hwm else 0)
            time.sleep(0.3)
            result.rss_retained_mb = round((server.status_kb("VmRSS") - start_rss) / 1024, 1)
        else:
            peak = sampler.peak_rss_kb
        result.rss_growth_mb = round(max(0, peak - start_rss) / 1024, 1)
        result.health_samples = len(poller.latencies_ms)
        result.health_failures = poller.failures
        result.health_p99_ms = round(percentile(poller.latencies_ms, 99), 1)
        result.health_max_ms = round(max(poller.latencies_ms, default=float("nan")), 1)
        result.peak_spool_mb = round(sampler.peak_spool / MB, 1)


# ---------------------------------------------------------------- the kiosk's and the officer's requests


def dossier_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "procedure_code": "1.005298",
        "applicant": {"type": 1, "full_name": "Nguyễn Văn A", "id_number": "001090123456",
                      "address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"},
        "contact": {"phone": "0912345678"}, "delivery": {"method": 0},
        "documents": [{"component_id": "declaration", "pages": 1}], "consent": True}
    payload.update(overrides)
    return payload


def submit(server: ServerProcess, dossier_field: str | bytes, pdf: bytes, key: str | None = None,
           connection: RawConnection | None = None) -> RawResponse:
    """POST /api/v1/dossiers as a kiosk does (one file)."""
    boundary = "abuse" + secrets.token_hex(8)
    raw = dossier_field.encode() if isinstance(dossier_field, str) else dossier_field
    body = multipart([("dossier", "", raw, None), ("files", "scan.pdf", pdf, "application/pdf")], boundary)
    connection = connection or RawConnection(server.port)
    return connection.request("POST", "/api/v1/dossiers", {
        "Authorization": f"Bearer {server.token}", "Idempotency-Key": key or f"abuse-{secrets.token_hex(8)}",
        "Content-Type": f"multipart/form-data; boundary={boundary}"}, body)


@dataclass
class SeededDossier:
    code: str
    tracking_token: str
    phone_last4: str
    document_sha256: str
    provisional_ref: str | None


def seed_dossier(server: ServerProcess, provisional_ref: str | None = None) -> SeededDossier:
    """A real dossier submitted by the kiosk: its code, tracking token and the phone's last 4 digits."""
    payload = dossier_payload(provisional_ref=provisional_ref) if provisional_ref else dossier_payload()
    response = submit(server, json.dumps(payload), pdf_document())
    if response.status != 201:
        raise RuntimeError(f"seeding failed: {response.status} {response.body[:300]!r}")
    receipt = json.loads(response.body)
    return SeededDossier(receipt["code"], receipt["tracking_token"], payload["contact"]["phone"][-4:],
                         receipt["documents"][0]["sha256"], provisional_ref)


def track_api(server: ServerProcess, code: str, token: str | None = None, digits: str | None = None,
              connection: RawConnection | None = None) -> int:
    """POST /api/v1/track from the kiosk; the status code."""
    proof = {"tracking_token": token} if token is not None else {"phone_last4": digits}
    body = json.dumps({"code": code, **proof}).encode()
    connection = connection or RawConnection(server.port)
    return connection.request("POST", "/api/v1/track", {"Authorization": f"Bearer {server.token}",
                                                       "Content-Type": "application/json"}, body).status


class LoginForm:
    """The console's login form as a browser gets it (cookies and a CSRF field when the page has them)."""

    def __init__(self, server: ServerProcess, source: str = OWNER_ADDRESS) -> None:
        self.connection = RawConnection(server.port, source)
        page = self.connection.request("GET", "/staff/login")
        self.cookies = page.cookies()
        self.hidden: dict[str, str] = {}
        for tag in re.findall(rb"<input[^>]*>", page.body):
            name, value = re.search(rb'name="([^"]*)"', tag), re.search(rb'value="([^"]*)"', tag)
            if name and value and b'type="hidden"' in tag:
                self.hidden[name.group(1).decode()] = value.group(1).decode()

    def post(self, username: str, password: str) -> RawResponse:
        body = urlencode({**self.hidden, "username": username, "password": password}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return self.connection.request("POST", "/staff/login", headers, body)


def logged_in(response: RawResponse) -> bool:
    return response.status in (302, 303) and "/staff/login" not in (response.header("location") or "")


def staff_session(server: ServerProcess) -> tuple[RawConnection, dict[str, str]]:
    """A console connection and its cookie header after a correct login."""
    form = LoginForm(server)
    response = form.post(STAFF_USER, STAFF_PASSWORD)
    if not logged_in(response):
        raise RuntimeError(f"staff login failed: {response.status}")
    cookies = {**form.cookies, **response.cookies()}
    return form.connection, {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}


# ---------------------------------------------------------------- streaming an oversized body


@dataclass
class StreamOutcome:
    status: int | None
    body_sent_mb: float
    body_total_mb: float
    answered_before_body_end: bool
    error_code: str | None = None


def stream_request(port: int, path: str, headers: dict[str, str], pieces: Iterator[bytes], total: int,
                   timeout: float = 60.0) -> StreamOutcome:
    """Send a body with ``Transfer-Encoding: chunked`` (no Content-Length), watching for an early answer.

    A small send buffer keeps the kernel from swallowing megabytes the server never asked for, so
    "the server answered before the body ended" means it refused while reading.
    """
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
    sock.settimeout(timeout)
    sock.connect(("127.0.0.1", port))
    head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Transfer-Encoding: chunked"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    sent, early = 0, False
    deadline = time.monotonic() + timeout
    try:
        for piece in pieces:
            frame = b"%x\r\n" % len(piece) + piece + b"\r\n"
            view = memoryview(frame)
            while view:
                readable, writable, _ = select.select([sock], [sock], [], max(0.0, deadline - time.monotonic()))
                if readable:
                    early = True
                    break
                if not writable:
                    raise TimeoutError("the server neither read nor answered")
                view = view[sock.send(view[:65536]):]
            if early:
                break
            sent += len(piece)
        if not early:
            sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        early = True
    status, code = None, None
    try:
        response, _ = _read_response(sock.makefile("rb"))
        status = response.status
        try:
            code = json.loads(response.body).get("error", {}).get("code") if response.body[:1] == b"{" else None
        except (ValueError, AttributeError):
            code = None
    except (OSError, ValueError, IndexError):
        pass
    finally:
        sock.close()
    return StreamOutcome(status, round(sent / MB, 1), round(total / MB, 1), early, code)


def multipart_stream(boundary: str, dossier_json: bytes, part_sizes: list[int]) -> tuple[Iterator[bytes], int]:
    """A lazily generated multipart body: the dossier field, then file parts of the given sizes."""
    block = b"%PDF-1.4\n" + bytes(64 * 1024 - 9)
    opening = f'--{boundary}\r\nContent-Disposition: form-data; name="dossier"\r\n\r\n'.encode() + dossier_json + b"\r\n"
    part_head = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="scan.pdf"\r\n'
                 f"Content-Type: application/pdf\r\n\r\n").encode()
    closing = f"--{boundary}--\r\n".encode()
    total = len(opening) + sum(len(part_head) + size + 2 for size in part_sizes) + len(closing)

    def generate() -> Iterator[bytes]:
        yield opening
        for size in part_sizes:
            yield part_head
            left = size
            while left > 0:
                piece = block[:min(left, len(block))]
                left -= len(piece)
                yield piece
            yield b"\r\n"
        yield closing

    return generate(), total


# ---------------------------------------------------------------- the attacks


@dataclass
class Outcome:
    succeeded: bool
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    server: ServerProcess
    args: argparse.Namespace
    measurement: Measurement | None = None

    @contextmanager
    def attack(self) -> Iterator[Measurement]:
        """Marks the hostile part of the attack: only it is measured."""
        with measured(self.server) as measurement:
            self.measurement = measurement
            yield measurement


def scaled(args: argparse.Namespace, full: int, quick: int) -> int:
    return quick if args.quick else max(1, int(full * args.scale))


def attack_pdf_regex_stall(ctx: Context) -> Outcome:
    """Finding 1: 'stream\\n' repeated without 'endstream' in a PDF; a linear check answers in milliseconds."""
    kilobytes = scaled(ctx.args, 64, 8)
    times = {}
    connection = RawConnection(ctx.server.port)
    payload = json.dumps(dossier_payload())
    small = b"%PDF-1.4\n" + b"stream\n" * (kilobytes * 1024 // 28) + b"\n%%EOF\n"
    started = time.perf_counter()
    submit(ctx.server, payload, small, connection=connection)
    times["quarter_size_s"] = round(time.perf_counter() - started, 3)
    big = b"%PDF-1.4\n" + b"stream\n" * (kilobytes * 1024 // 7) + b"\n%%EOF\n"
    with ctx.attack():
        started = time.perf_counter()
        status = submit(ctx.server, payload, big, connection=connection).status
        times["full_size_s"] = round(time.perf_counter() - started, 3)
    growth = times["full_size_s"] / max(times["quarter_size_s"], 1e-3)
    return Outcome(times["full_size_s"] > 1.0, {"upload_kb": len(big) // 1024, "status": status, **times,
                                                "time_ratio_for_4x_input": round(growth, 1)})


def attack_login_big_usernames(ctx: Context) -> Outcome:
    """Finding 2: staff logins with 1 MB user names, no account needed; is the memory kept?"""
    count = scaled(ctx.args, 150, 10)
    form = LoginForm(ctx.server, ATTACKER_ADDRESS)
    statuses: dict[int, int] = {}
    with ctx.attack() as measurement:
        for _ in range(count):
            name = secrets.token_hex(8) + "a" * (1_000_000 - 16)
            status = form.post(name, "sai-mat-khau").status
            statuses[status] = statuses.get(status, 0) + 1
    sent_mb = count
    retained = measurement.rss_retained_mb
    return Outcome(retained >= max(10.0, 0.5 * sent_mb), {
        "logins": count, "user_name_mb": 1, "statuses": statuses, "rss_retained_mb": retained,
        "rule": "succeeded when the server keeps >= half of the user-name bytes (and >= 10 MB) after the attack"})


def attack_track_long_codes(ctx: Context) -> Outcome:
    """Finding 2: GET /track/<7 KB code> many times (a new X-Forwarded-For each, as a botnet would look)."""
    count = scaled(ctx.args, 3000, 200)
    connection = RawConnection(ctx.server.port, OWNER_ADDRESS)  # where uvicorn trusts X-Forwarded-For by default
    statuses: dict[int, int] = {}
    with ctx.attack() as measurement:
        for i in range(count):
            code = secrets.token_hex(8) + "X" * (7 * 1024 - 16)
            status = connection.request("GET", f"/track/{code}?t=x", {
                "X-Forwarded-For": f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"}).status
            statuses[status] = statuses.get(status, 0) + 1
    sent_mb = count * 7 / 1024
    retained = measurement.rss_retained_mb
    return Outcome(retained >= max(10.0, 0.5 * sent_mb), {
        "requests": count, "code_kb": 7, "statuses": statuses, "rss_retained_mb": retained,
        "rule": "succeeded when the server keeps >= half of the code bytes (and >= 10 MB) after the attack"})


def _upload_limits(ctx: Context) -> tuple[int, int]:
    return ctx.args.request_limit_mb * MB, ctx.args.file_limit_mb * MB


def _stream_verdict(outcome: StreamOutcome, measurement: Measurement, limit: int) -> Outcome:
    swallowed = outcome.status is not None and not outcome.answered_before_body_end
    succeeded = (outcome.status is not None and 200 <= outcome.status < 300) or swallowed \
        or measurement.peak_spool_mb * MB > limit
    return Outcome(succeeded, {
        "status": outcome.status, "error_code": outcome.error_code, "body_mb": outcome.body_total_mb,
        "sent_before_answer_mb": outcome.body_sent_mb, "limit_mb": round(limit / MB, 1),
        "refused_while_reading": outcome.answered_before_body_end, "peak_spooled_mb": measurement.peak_spool_mb,
        "rule": "succeeded when the server read the whole over-limit body before answering, stored it, "
                "or spooled more than the limit"})


def attack_chunked_over_limit(ctx: Context) -> Outcome:
    """Finding 3: a chunked upload (no Content-Length) of 2.5 x the request limit, with a kiosk token."""
    limit, per_file = _upload_limits(ctx)
    total_target = int(limit * 2.5) if not ctx.args.quick else int(limit * 1.5)
    part = per_file - 64 * 1024
    sizes = [part] * (total_target // part + 1)
    boundary = "abuse" + secrets.token_hex(8)
    pieces, total = multipart_stream(boundary, json.dumps(dossier_payload()).encode(), sizes)
    with ctx.attack() as measurement:
        outcome = stream_request(ctx.server.port, "/api/v1/dossiers", {
            "Authorization": f"Bearer {ctx.server.token}", "Idempotency-Key": f"abuse-{secrets.token_hex(8)}",
            "Content-Type": f"multipart/form-data; boundary={boundary}"}, pieces, total)
    return _stream_verdict(outcome, measurement, limit)


def attack_multipart_without_token(ctx: Context) -> Outcome:
    """Finding 3: a multipart upload of ~2.7 x the limit with no kiosk token at all (400 MB vs 150 MB, scaled)."""
    limit, _ = _upload_limits(ctx)
    size = int(limit * 2.7) if not ctx.args.quick else int(limit * 1.5)
    boundary = "abuse" + secrets.token_hex(8)
    pieces, total = multipart_stream(boundary, json.dumps(dossier_payload()).encode(), [size])
    with ctx.attack() as measurement:
        outcome = stream_request(ctx.server.port, "/api/v1/dossiers", {
            "Idempotency-Key": f"abuse-{secrets.token_hex(8)}",
            "Content-Type": f"multipart/form-data; boundary={boundary}"}, pieces, total)
    verdict = _stream_verdict(outcome, measurement, limit)
    verdict.details["rule"] += "; without a token the answer should come before the body is read"
    return verdict


def attack_many_parts_over_total(ctx: Context) -> Outcome:
    """Finding 3: 20 parts each just under the per-file limit, together far over the request limit, with a token."""
    limit, per_file = _upload_limits(ctx)
    parts = 20 if not ctx.args.quick else 5
    boundary = "abuse" + secrets.token_hex(8)
    payload = dossier_payload(documents=[{"component_id": "declaration", "pages": 1}] * parts)
    pieces, total = multipart_stream(boundary, json.dumps(payload).encode(), [per_file - 4096] * parts)
    with ctx.attack() as measurement:
        outcome = stream_request(ctx.server.port, "/api/v1/dossiers", {
            "Authorization": f"Bearer {ctx.server.token}", "Idempotency-Key": f"abuse-{secrets.token_hex(8)}",
            "Content-Type": f"multipart/form-data; boundary={boundary}"}, pieces, total)
    verdict = _stream_verdict(outcome, measurement, limit)
    verdict.details["parts"] = parts
    return verdict


def attack_track_lockout(ctx: Context) -> Outcome:
    """Finding 5: a stranger's wrong guesses must not lock the owner out; the owner then tracks with the token."""
    dossier = seed_dossier(ctx.server)
    guesses = scaled(ctx.args, 12, 8)
    stranger = RawConnection(ctx.server.port, ATTACKER_ADDRESS)
    with ctx.attack():
        guess_statuses = [stranger.request("GET", f"/track/{quote(dossier.code)}?t=sai{i:04d}").status
                          for i in range(guesses)]
        owner_page = RawConnection(ctx.server.port, OWNER_ADDRESS).request(
            "GET", f"/track/{quote(dossier.code)}?t={quote(dossier.tracking_token)}").status
        owner_kiosk = track_api(ctx.server, dossier.code, token=dossier.tracking_token)
    return Outcome(owner_page != 200 or owner_kiosk != 200, {
        "wrong_guesses": guesses, "guess_statuses": sorted(set(guess_statuses)),
        "owner_public_page_status": owner_page, "owner_kiosk_token_status": owner_kiosk,
        "rule": "succeeded when the owner's right token is refused after a stranger's wrong guesses"})


def attack_provisional_ref_counter(ctx: Context) -> Outcome:
    """Finding 5: phone-digit guesses on the code, then on its provisional TAM- reference (a second counter?)."""
    ref = f"TAM-K01-{time.strftime('%y%m%d')}-{''.join(secrets.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}"
    dossier = seed_dossier(ctx.server, provisional_ref=ref)
    cap = scaled(ctx.args, 30, 12)
    wrong = [f"{n:04d}" for n in range(10000) if f"{n:04d}" != dossier.phone_last4]
    connection = RawConnection(ctx.server.port)
    with ctx.attack():
        on_code = []
        for guess in wrong[:cap]:
            on_code.append(track_api(ctx.server, dossier.code, digits=guess, connection=connection))
            if on_code[-1] == 429:
                break
        on_ref = track_api(ctx.server, ref, digits=wrong[cap], connection=connection)
    evaluated = sum(1 for status in on_code if status == 404)
    return Outcome(429 not in on_code or on_ref != 429, {
        "guesses_evaluated_on_code": evaluated, "code_locked": 429 in on_code,
        "status_of_next_guess_on_provisional_ref": on_ref,
        "rule": "succeeded when guessing never gets refused, or the TAM- reference still evaluates guesses "
                "once the code refuses them"})


def attack_login_lockout(ctx: Context) -> Outcome:
    """Finding 6: a stranger's wrong passwords for a real user; the user then logs in with the right one."""
    attempts = scaled(ctx.args, 12, 12)
    stranger = LoginForm(ctx.server, ATTACKER_ADDRESS)
    with ctx.attack():
        statuses = [stranger.post(STAFF_USER, f"sai-{i}").status for i in range(attempts)]
        owner = LoginForm(ctx.server, OWNER_ADDRESS).post(STAFF_USER, STAFF_PASSWORD)
    return Outcome(not logged_in(owner), {
        "wrong_passwords": attempts, "stranger_statuses": sorted(set(statuses)), "owner_status": owner.status,
        "rule": "succeeded when the owner's right password is refused after a stranger's wrong ones"})


def attack_login_enumeration(ctx: Context) -> Outcome:
    """Finding 6: a known user versus an unknown one, each tried the same number of times (interleaved):
    the answers must be the same, and their times alike (medians over the answers with the same status)."""
    samples = scaled(ctx.args, 8, 4)
    form = LoginForm(ctx.server, ATTACKER_ADDRESS)
    form.post("khoi-dong", "x")  # warm-up
    unknown_user = f"khong-co-{secrets.token_hex(3)}"
    tried: dict[str, list[tuple[int, float]]] = {STAFF_USER: [], unknown_user: []}
    with ctx.attack():
        for i in range(samples):
            for user, answers in tried.items():
                started = time.perf_counter()
                status = form.post(user, f"sai-{i}").status
                answers.append((status, (time.perf_counter() - started) * 1000))
    known, unknown = tried[STAFF_USER], tried[unknown_user]
    same_answers = [s for s, _ in known] == [s for s, _ in unknown]
    common = {s for s, _ in known} & {s for s, _ in unknown}
    compared = 401 if 401 in common else min(common, default=None)
    known_ms = statistics.median([t for s, t in known if compared is None or s == compared])
    unknown_ms = statistics.median([t for s, t in unknown if compared is None or s == compared])
    ratio = max(known_ms, unknown_ms) / max(min(known_ms, unknown_ms), 0.01)
    return Outcome(ratio > 1.5 or not same_answers, {
        "samples_each": samples, "compared_status": compared, "median_known_ms": round(known_ms, 1),
        "median_unknown_ms": round(unknown_ms, 1), "ratio": round(ratio, 2),
        "known_statuses": [s for s, _ in known], "unknown_statuses": [s for s, _ in unknown],
        "rule": "succeeded when the two users get different answers in the same order, or the medians of "
                "answers with the same status differ by more than 1.5x"})


def attack_password_spraying(ctx: Context) -> Outcome:
    """Finding 6: one client tries one password on many user names; is it ever slowed down?"""
    count = scaled(ctx.args, 25, 6)
    form = LoginForm(ctx.server, ATTACKER_ADDRESS)
    with ctx.attack():
        statuses = [form.post(f"nguoi-dung-{i}", "MatKhau@2026").status for i in range(count)]
    return Outcome(429 not in statuses, {
        "attempts": count, "statuses": sorted(set(statuses)), "first_429_at": statuses.index(429) + 1
        if 429 in statuses else None,
        "rule": "succeeded when one client is never refused (429) over all attempts"})


def attack_parallel_logins(ctx: Context) -> Outcome:
    """Finding 6: 9 parallel correct logins (Argon2 each), two rounds; /health must stay fast."""
    rounds = scaled(ctx.args, 2, 1)
    forms = [LoginForm(ctx.server, OWNER_ADDRESS) for _ in range(9)]
    results: list[int] = []

    def login(form: LoginForm) -> None:
        results.append(form.post(STAFF_USER, STAFF_PASSWORD).status)

    with ctx.attack() as measurement:
        for _ in range(rounds):
            threads = [threading.Thread(target=login, args=(form,)) for form in forms]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
    return Outcome(measurement.health_p99_ms > TARGETS["health_p99_ms"], {
        "logins": len(results), "statuses": sorted(set(results)),
        "rule": "succeeded when /health p99 goes over the target while the logins run"})


def attack_provisional_ref_reuse(ctx: Context) -> Outcome:
    """Finding 7: a provisional reference re-used with a new idempotency key."""
    ref = f"TAM-K01-{time.strftime('%y%m%d')}-ABCDEF"
    seed_dossier(ctx.server, provisional_ref=ref)
    with ctx.attack():
        response = submit(ctx.server, json.dumps(dossier_payload(provisional_ref=ref)), pdf_document())
    return Outcome(response.status >= 500, {"status": response.status, "rule": "succeeded on a 5xx"})


def attack_deep_json(ctx: Context) -> Outcome:
    """Finding 7: the dossier field is JSON nested 100,000 deep."""
    depth = 100_000
    with ctx.attack():
        response = submit(ctx.server, "[" * depth + "]" * depth, pdf_document())
    return Outcome(response.status >= 500, {"depth": depth, "status": response.status,
                                            "rule": "succeeded on a 5xx"})


def attack_console_query(ctx: Context) -> Outcome:
    """Finding 7: console query parameters that look like digits to str.isdigit() but are not (status=²)."""
    connection, cookie = staff_session(ctx.server)
    statuses = {}
    with ctx.attack():
        for query in ("status=%C2%B2", "status=%D9%A3", "status=99999999999999999999999"):
            statuses[query] = connection.request("GET", f"/staff/dossiers?{query}", cookie).status
    return Outcome(any(s >= 500 for s in statuses.values()), {"statuses": statuses, "rule": "succeeded on a 5xx"})


def attack_pdf_bypasses(ctx: Context) -> Outcome:
    """Finding 9: every hostile PDF variant; accepted (201) means the filter was bypassed."""
    variants = pdf_bypass_variants(scaled(ctx.args, 1024, 64))
    payload = json.dumps(dossier_payload())
    accepted: dict[str, int] = {}
    connection = RawConnection(ctx.server.port)
    with ctx.attack():
        for name, data in variants.items():
            accepted[name] = submit(ctx.server, payload, data, connection=connection).status
    return Outcome(any(status in (200, 201) for status in accepted.values()), {
        "statuses": accepted, "sizes_kb": {name: len(data) // 1024 for name, data in variants.items()},
        "rule": "succeeded when any variant is accepted"})


def attack_inline_download(ctx: Context) -> Outcome:
    """Finding 9: the staff console serves an uploaded file inline (the browser may render it)."""
    dossier = seed_dossier(ctx.server)
    connection, cookie = staff_session(ctx.server)
    with ctx.attack():
        response = connection.request("GET", f"/staff/dossiers/{quote(dossier.code)}/files/{dossier.document_sha256}",
                                      cookie)
    disposition = response.header("content-disposition") or ""
    nosniff = (response.header("x-content-type-options") or "").lower() == "nosniff"
    return Outcome(response.status == 200 and (not disposition.startswith("attachment") or not nosniff), {
        "status": response.status, "content_disposition": disposition, "nosniff": nosniff,
        "rule": "succeeded when the file is served without 'attachment' and 'nosniff'"})


def _spoof_lifts_refusal(ctx: Context, source: str, cap: int) -> dict[str, Any]:
    """Exhaust one claimed address's tracking allowance from ``source``, then claim another one."""
    connection = RawConnection(ctx.server.port, source)
    refused_after = None
    for i in range(cap):
        status = connection.request("GET", f"/track/KHONG-CO-{i}?t=x", {"X-Forwarded-For": "203.0.113.7"}).status
        if status == 429:
            refused_after = i + 1
            break
    spoofed = connection.request("GET", "/track/KHONG-CO-X?t=x", {"X-Forwarded-For": "198.51.100.23"}).status
    return {"refused_after": refused_after, "spoofed_status": spoofed,
            "honoured": refused_after is not None and spoofed != 429}


def attack_forwarded_for_spoof(ctx: Context) -> Outcome:
    """Finding 11: from each loopback address (no proxy is configured), exhaust the tracking allowance, then
    claim another address in X-Forwarded-For; the header must not lift the refusal."""
    cap = scaled(ctx.args, 1500, 1500)
    with ctx.attack():
        seen = {source: _spoof_lifts_refusal(ctx, source, cap) for source in (ATTACKER_ADDRESS, OWNER_ADDRESS)}
    undecided = [source for source, found in seen.items() if found["refused_after"] is None]
    return Outcome(any(found["honoured"] for found in seen.values()) or bool(undecided), {
        "by_source": seen, "no_limit_reached_from": undecided,
        "rule": "succeeded when a new X-Forwarded-For value lifts the refusal (no proxy address is configured), "
                f"or no per-client limit is reached in {cap} look-ups"})


def attack_code_existence_timing(ctx: Context) -> Outcome:
    """Finding 11: a wrong token on an existing code versus an unknown code of the same shape, each code
    tried once (so that no per-code limit is involved), interleaved; the answers must not tell them apart."""
    count = scaled(ctx.args, 30, 6)
    existing = [seed_dossier(ctx.server).code for _ in range(count)]
    prefix = existing[0].rsplit("-", 1)[0]
    unknown = [f"{prefix}-{9000 + i:04d}" for i in range(count)]
    connection = RawConnection(ctx.server.port, ATTACKER_ADDRESS)
    answers: dict[str, list[tuple[int, float]]] = {"existing": [], "unknown": []}
    with ctx.attack():
        for known_code, unknown_code in zip(existing, unknown, strict=True):
            for kind, code in (("existing", known_code), ("unknown", unknown_code)):
                started = time.perf_counter()
                status = connection.request("GET", f"/track/{quote(code)}?t=sai-ma-theo-doi").status
                answers[kind].append((status, (time.perf_counter() - started) * 1000))
    statuses = {kind: sorted({s for s, _ in found}) for kind, found in answers.items()}
    common = set(statuses["existing"]) & set(statuses["unknown"])
    compared = 404 if 404 in common else min(common, default=None)
    medians = {kind: statistics.median([t for s, t in found if compared is None or s == compared])
               for kind, found in answers.items()}
    gap = abs(medians["existing"] - medians["unknown"])
    same = [s for s, _ in answers["existing"]] == [s for s, _ in answers["unknown"]]
    return Outcome(not same or (gap > 0.2 and gap > 0.15 * min(medians.values())), {
        "codes_each": count, "compared_status": compared, "statuses": statuses,
        "median_existing_ms": round(medians["existing"], 2), "median_unknown_ms": round(medians["unknown"], 2),
        "rule": "succeeded when the answers differ, or the medians differ by more than 15 % and 0.2 ms"})


@dataclass(frozen=True)
class Attack:
    name: str
    finding: int
    run: Callable[[Context], Outcome]


ATTACKS = [
    Attack("f1_pdf_regex_stall", 1, attack_pdf_regex_stall),
    Attack("f2_login_1mb_user_names", 2, attack_login_big_usernames),
    Attack("f2_track_7kb_codes", 2, attack_track_long_codes),
    Attack("f3_chunked_over_limit", 3, attack_chunked_over_limit),
    Attack("f3_multipart_without_token", 3, attack_multipart_without_token),
    Attack("f3_20_parts_over_total", 3, attack_many_parts_over_total),
    Attack("f5_stranger_locks_owner", 5, attack_track_lockout),
    Attack("f5_provisional_ref_own_counter", 5, attack_provisional_ref_counter),
    Attack("f6_lockout_on_demand", 6, attack_login_lockout),
    Attack("f6_user_enumeration_timing", 6, attack_login_enumeration),
    Attack("f6_password_spraying", 6, attack_password_spraying),
    Attack("f6_parallel_logins_health", 6, attack_parallel_logins),
    Attack("f7_provisional_ref_reuse_500", 7, attack_provisional_ref_reuse),
    Attack("f7_deep_json_500", 7, attack_deep_json),
    Attack("f7_console_query_500", 7, attack_console_query),
    Attack("f9_pdf_filter_bypasses", 9, attack_pdf_bypasses),
    Attack("f9_inline_download", 9, attack_inline_download),
    Attack("f11_forwarded_for_spoof", 11, attack_forwarded_for_spoof),
    Attack("f11_code_existence_timing", 11, attack_code_existence_timing),
]


def run_attack(attack: Attack, args: argparse.Namespace) -> dict[str, Any]:
    """One attack against a fresh server; the result line's fields."""
    workdir = Path(tempfile.mkdtemp(prefix="abuse-"))
    server = ServerProcess(workdir, args)
    try:
        context = Context(server, args)
        try:
            outcome = attack.run(context)
        except (OSError, RuntimeError, ValueError) as exc:
            outcome = Outcome(True, {"error": f"{type(exc).__name__}: {exc}",
                                     "rule": "an attack that breaks the server's answers counts as succeeded"})
        if not server.alive():
            outcome = Outcome(True, {**outcome.details, "server_died": True})
        measurement = context.measurement or Measurement()
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return {"finding": attack.finding, "rss_growth_mb": measurement.rss_growth_mb,
            "health_p99_ms": measurement.health_p99_ms, "succeeded": bool(outcome.succeeded),
            "details": {**outcome.details, "rss_retained_mb": measurement.rss_retained_mb,
                        "health_max_ms": measurement.health_max_ms, "health_samples": measurement.health_samples,
                        "health_failures": measurement.health_failures, "attack_seconds": measurement.seconds}}


def passes(result: dict[str, Any]) -> bool:
    """Within the targets and not succeeded (a NaN latency, i.e. no /health sample at all, fails)."""
    p99 = result["health_p99_ms"]
    return (not result["succeeded"] and result["rss_growth_mb"] <= TARGETS["rss_growth_mb"]
            and p99 == p99 and p99 <= TARGETS["health_p99_ms"])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--serve-child"]:
        return serve_child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated attack names (see --list)")
    parser.add_argument("--list", action="store_true", help="print the attack names and exit")
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the request counts and sizes")
    parser.add_argument("--request-limit-mb", type=int, default=16, help="the server's max_request_bytes in MiB")
    parser.add_argument("--file-limit-mb", type=int, default=4, help="the server's max_file_bytes in MiB")
    args = parser.parse_args(argv)
    if args.list:
        for attack in ATTACKS:
            print(f"{attack.name}  (finding {attack.finding})")
        return 0
    chosen = [a for a in ATTACKS if not args.only or a.name in args.only.split(",")]
    unknown = set(filter(None, args.only.split(","))) - {a.name for a in ATTACKS}
    if unknown:
        parser.error(f"unknown attacks: {', '.join(sorted(unknown))}")
    print(f"abuse: {len(chosen)} attacks, request limit {args.request_limit_mb} MiB, file limit "
          f"{args.file_limit_mb} MiB{' (quick)' if args.quick else ''}; targets {TARGETS}", flush=True)
    results: dict[str, Any] = {}
    began = time.monotonic()
    for attack in chosen:
        result = run_attack(attack, args)
        results[attack.name] = result
        print(f"{attack.name:<34} rss_growth_mb={result['rss_growth_mb']:<7} "
              f"health_p99_ms={result['health_p99_ms']:<8} succeeded={result['succeeded']!s:<5} "
              f"{'PASS' if passes(result) else 'FAIL'}  {json.dumps(result['details'], ensure_ascii=False)}",
              flush=True)
    print(f"abuse: {time.monotonic() - began:.0f} s", flush=True)
    print(json.dumps({"attacks": results, "targets": TARGETS,
                      "all_pass": bool(results) and all(passes(r) for r in results.values())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
