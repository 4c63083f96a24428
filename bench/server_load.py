"""Load benchmark of the reference backend: runs ``kiosk-server`` on loopback and drives simulated kiosks.

    .venv/bin/python bench/server_load.py [--kiosks 20] [--rate 200] [--seconds 10] [--submissions 20]

Phase 1 submits dossiers of 10 scanned pages (about 3 MB each) one after another; phase 2 sends tracking
look-ups from all kiosks at a fixed total rate (open loop). SQLite always; PostgreSQL too when
KIOSK_TEST_POSTGRES_URL is set (source scripts/ci-services.sh), side by side. The last line is one JSON
object: {"track_p50_ms", "track_p99_ms", "track_rps", "submit_p50_ms", "submit_p99_ms"} for SQLite, plus
a "postgres" object with the same keys when it ran.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent


def scanned_pdf(pages: int, seed: int) -> bytes:
    """A PDF of ``pages`` noisy JPEG 'scans' (noise does not compress: a realistic worst case)."""
    rng = np.random.default_rng(seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        pixels = rng.integers(0, 256, size=(760, 540), dtype=np.uint8)
        jpeg = io.BytesIO()
        Image.fromarray(pixels).save(jpeg, format="JPEG", quality=75)
        jpeg.seek(0)
        pdf.drawImage(ImageReader(jpeg), 0, 0, width=A4[0], height=A4[1])
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerProcess:
    """``kiosk-server`` in a child process with its own data directory."""

    def __init__(self, data_dir: Path, database_url: str, kiosk_ids: list[str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        base = [sys.executable, "-m", "server.cli", "--data-dir", str(data_dir), "--database-url", database_url,
                "--log-level", "WARNING"]
        added = subprocess.run([*base, "add-kiosk", *kiosk_ids], check=True, capture_output=True, text=True,
                               cwd=ROOT)
        self.tokens = dict(line.split() for line in added.stdout.strip().splitlines())
        self.process = subprocess.Popen([*base, "--port", str(self.port)], cwd=ROOT)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("server did not start")
            time.sleep(0.2)

    def cpu_seconds(self) -> float:
        """User + system CPU time the server process used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def payload() -> dict[str, Any]:
    return {"procedure_code": "1.005298",
            "applicant": {"type": 1, "full_name": "Nguyễn Văn A", "address": "1 Tràng Tiền, Hà Nội"},
            "contact": {"phone": "0912345678"}, "delivery": {"method": 0},
            "documents": [{"component_id": "declaration", "pages": 10}], "consent": True}


def submit_phase(server: ServerProcess, count: int, pdfs: list[bytes]) -> tuple[list[float], list[dict[str, Any]]]:
    """Sequential 10-page submissions; returns latencies (ms) and receipts."""
    latencies, receipts = [], []
    token = next(iter(server.tokens.values()))
    with httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {token}"}) as http:
        for i in range(count):
            pdf = pdfs[i % len(pdfs)]
            started = time.perf_counter()
            response = http.post("/api/v1/dossiers", data={"dossier": json.dumps(payload())},
                                 files=[("files", ("scan.pdf", pdf, "application/pdf"))],
                                 headers={"Idempotency-Key": f"bench-{secrets.token_hex(8)}"})
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
            receipts.append(response.json())
    return latencies, receipts


class RawHttp:
    """A minimal keep-alive HTTP/1.1 client for the look-up phase.

    httpx costs about a millisecond of CPU per request, which on a 2-core machine would be measured
    as server latency; this client only writes prepared bytes and reads one Content-Length answer.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._all: list[asyncio.StreamWriter] = []

    async def post_json(self, path: str, token: str, body: bytes) -> int:
        """POST ``body`` and return the status code (the answer's body is read and dropped)."""
        if self._idle:
            reader, writer = self._idle.pop()
        else:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            self._all.append(writer)
        writer.write(b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                     % (path.encode(), token.encode(), len(body), body))
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        await reader.readexactly(length)
        self._idle.append((reader, writer))
        return status

    async def close(self) -> None:
        for writer in self._all:
            writer.close()


async def track_phase(server: ServerProcess, receipts: list[dict[str, Any]], rate: float,
                      seconds: float) -> tuple[list[float], float, int]:
    """Open-loop tracking look-ups at ``rate`` per second spread over the kiosks."""
    tokens = list(server.tokens.values())
    clients = [RawHttp(server.port) for _ in tokens]
    latencies: list[float] = []
    errors = 0

    async def one(i: int) -> None:
        nonlocal errors
        receipt = receipts[i % len(receipts)]
        body = json.dumps({"code": receipt["code"], "tracking_token": receipt["tracking_token"]}).encode()
        started = time.perf_counter()
        status = await clients[i % len(clients)].post_json("/api/v1/track", tokens[i % len(tokens)], body)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            errors += 1

    total = int(rate * seconds)
    began = time.perf_counter()
    tasks = []
    for i in range(total):
        delay = began + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - began
    for client in clients:
        await client.close()
    return latencies, total / elapsed, errors


def run(label: str, database_url: str | None, args: argparse.Namespace, pdfs: list[bytes]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        url = database_url or f"sqlite:///{Path(tmp) / 'server.sqlite3'}"
        server = ServerProcess(Path(tmp), url, [f"bench-kiosk-{i:02d}" for i in range(args.kiosks)])
        try:
            submit_ms, receipts = submit_phase(server, args.submissions, pdfs)
            asyncio.run(track_phase(server, receipts, args.rate, 1.0))  # warm-up
            cpu_before = server.cpu_seconds()
            track_ms, rps, errors = asyncio.run(track_phase(server, receipts, args.rate, args.seconds))
            cpu_per_track_ms = (server.cpu_seconds() - cpu_before) * 1000 / len(track_ms)
        finally:
            server.stop()
    result = {"track_p50_ms": round(percentile(track_ms, 50), 2), "track_p99_ms": round(percentile(track_ms, 99), 2),
              "track_rps": round(rps, 1), "submit_p50_ms": round(percentile(submit_ms, 50), 1),
              "submit_p99_ms": round(percentile(submit_ms, 99), 1)}
    print(f"{label:>10}: {result}  (track p90 {percentile(track_ms, 90):.1f} ms, "
          f"p95 {percentile(track_ms, 95):.1f} ms, "
          f"server CPU {cpu_per_track_ms:.2f} ms per look-up, errors: {errors}, requests: {len(track_ms)}, "
          f"submission size {len(pdfs[0]) / 1e6:.2f} MB, mean submit {statistics.mean(submit_ms):.0f} ms)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=20)
    parser.add_argument("--rate", type=float, default=200.0, help="tracking look-ups per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--submissions", type=int, default=20)
    args = parser.parse_args()
    pdfs = [scanned_pdf(10, seed) for seed in range(3)]
    print(f"server_load: {args.kiosks} kiosks, {args.rate:.0f} look-ups/s for {args.seconds:.0f} s, "
          f"{args.submissions} submissions of 10 pages ({len(pdfs[0]) / 1e6:.2f} MB)")
    results = run("sqlite", None, args, pdfs)
    postgres = os.environ.get("KIOSK_TEST_POSTGRES_URL")
    if postgres:
        import psycopg  # noqa: PLC0415 (only this branch needs it)

        schema = f"bench_{secrets.token_hex(4)}"
        conninfo = postgres.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f"CREATE SCHEMA {schema}")
        try:
            separator = "&" if "?" in postgres else "?"
            results["postgres"] = run("postgresql", f"{postgres}{separator}options=-csearch_path%3D{schema}",
                                      args, pdfs)
        finally:
            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f"DROP SCHEMA {schema} CASCADE")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
