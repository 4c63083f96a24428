"""A loopback TCP proxy that injects network faults between the kiosk and its backend.

Used by the tests and the outbox soak, and by QA on the simulated profile to break the backend on
purpose at run time. It forwards bytes between a client and ``upstream`` and, per connection, can:
drop the connection at once, delay it, answer with an HTTP 500/502/503 without forwarding, cut the
response midway, or black-hole it (accept, read, never answer). A ``failure_rate`` picks a random
fault for that share of connections. With ``match`` (a regular expression over the request line, e.g.
``POST /o/rest/v2/dossiers/[0-9]+/actions``) only the matching requests get the fault, the others pass: a
backend that takes several requests per submission can be broken at one chosen step. Written here (not a
library) because it must cut responses at chosen byte offsets and count what it did, which generic proxies do not expose.
"""
from __future__ import annotations

import logging
import random
import re
import select
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from enum import Enum

log = logging.getLogger("kiosk.api.fault_proxy")


class LinkFault(str, Enum):
    """A fault of the link between the kiosk and the backend (not a device's: ``devices.faults.DeviceFault``)."""

    NONE = "none"
    DROP = "drop"  # close the connection before reading anything
    DELAY = "delay"  # wait ``delay_s`` before forwarding
    HTTP_500 = "http_500"
    HTTP_502 = "http_502"
    HTTP_503 = "http_503"
    CUT_RESPONSE = "cut_response"  # forward the request, return half the response, close
    BLACKHOLE = "blackhole"  # read the request, never answer
    HOLD_REQUEST = "hold_request"  # forward part of the request body, then hang (a kill 'during upload')
    HOLD_RESPONSE = "hold_response"  # forward the request, swallow the server's reply, hang


RANDOM_FAULTS = (LinkFault.DROP, LinkFault.HTTP_500, LinkFault.HTTP_502, LinkFault.HTTP_503, LinkFault.CUT_RESPONSE,
                 LinkFault.BLACKHOLE)


@dataclass
class FaultPlan:
    """What the proxy does to the next connections."""

    fault: LinkFault = LinkFault.NONE
    failure_rate: float = 0.0  # with fault NONE: share of connections given a random fault
    delay_s: float = 2.0
    blackhole_s: float = 30.0  # how long a black-holed connection is held before closing
    match: str | None = None  # only requests whose request line matches (re.match) get the fault


class FaultProxy:
    """``with FaultProxy(("127.0.0.1", port)) as proxy: proxy.url ...``"""

    def __init__(self, upstream: tuple[str, int], seed: int | None = None) -> None:
        self.upstream = upstream
        self.plan = FaultPlan()
        self.counts: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        self.held = threading.Event()  # set when a HOLD_* fault has reached its holding point
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    # --- control ---------------------------------------------------------------------------------
    def set(self, fault: LinkFault = LinkFault.NONE, *, failure_rate: float = 0.0, delay_s: float = 2.0,
            blackhole_s: float = 30.0, match: str | None = None) -> None:
        with self._lock:
            self.plan = FaultPlan(fault, failure_rate, delay_s, blackhole_s, match)

    def clear(self) -> None:
        self.set(LinkFault.NONE)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)
        self._listener.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- proxying --------------------------------------------------------------------------------
    def _choose(self) -> tuple[LinkFault, FaultPlan]:
        with self._lock:
            plan = self.plan
            fault = plan.fault
            if fault is LinkFault.NONE and plan.failure_rate and self._rng.random() < plan.failure_rate:
                fault = self._rng.choice(RANDOM_FAULTS)
            if plan.match is None:
                self.counts[fault.value] += 1  # with ``match``: counted once the request line is read
        return fault, plan

    def _matched(self, client: socket.socket, fault: LinkFault, plan: FaultPlan
                 ) -> tuple[LinkFault, tuple[bytes, bytes] | None]:
        """With ``plan.match``: read the request, and keep the fault only when its request line matches."""
        if plan.match is None or fault is LinkFault.NONE:
            return fault, None
        request = self._read_request(client)
        line = request[0].split(b"\r\n", 1)[0].decode("latin-1") if request is not None else ""
        if request is not None and not re.match(plan.match, line):
            fault = LinkFault.NONE
        with self._lock:
            self.counts[fault.value] += 1
        return fault, request

    def _accept_loop(self) -> None:
        self._listener.settimeout(0.2)  # so stop() is noticed promptly
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            fault, plan = self._choose()
            threading.Thread(target=self._serve, args=(client, fault, plan), daemon=True).start()

    def _serve(self, client: socket.socket, fault: LinkFault, plan: FaultPlan) -> None:
        try:
            fault, prefetched = self._matched(client, fault, plan)
            if plan.match is not None and fault is not LinkFault.NONE and prefetched is None:
                return  # the client left before sending its request
            if fault is LinkFault.DROP:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                return
            if fault in (LinkFault.HTTP_500, LinkFault.HTTP_502, LinkFault.HTTP_503, LinkFault.BLACKHOLE):
                if prefetched is None:
                    self._read_request(client)
                if fault is LinkFault.BLACKHOLE:
                    self._stopping.wait(plan.blackhole_s)
                    return
                code = int(fault.value.split("_")[1])
                body = b'{"error": "injected fault"}'
                client.sendall(
                    f"HTTP/1.1 {code} Injected\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
                )
                return
            if fault is LinkFault.DELAY:
                self._stopping.wait(plan.delay_s)
            upstream = socket.create_connection(self.upstream, timeout=30)
            try:
                if fault is LinkFault.HOLD_REQUEST:
                    self._forward_part_of_request(client, upstream, plan, prefetched)
                elif fault is LinkFault.HOLD_RESPONSE:
                    self._swallow_response(client, upstream, plan, prefetched)
                else:
                    if prefetched is not None:  # read to match it: pass it on as it came
                        upstream.sendall(prefetched[0] + b"\r\n\r\n" + prefetched[1])
                    self._pipe(client, upstream, cut=fault is LinkFault.CUT_RESPONSE)
            finally:
                upstream.close()
        except OSError as exc:
            log.debug("proxy connection ended: %s", exc)
        finally:
            client.close()

    @staticmethod
    def _content_length(head: bytes) -> int:
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                return int(line.split(b":", 1)[1])
        return 0

    @classmethod
    def _read_request(cls, client: socket.socket, whole: bool = True) -> tuple[bytes, bytes] | None:
        """Read one HTTP request's head and (with ``whole``) its Content-Length body; None if the client left."""
        client.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = cls._content_length(head)
        while whole and len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                return None
            body += chunk
        return head, body

    def _forward_part_of_request(self, client: socket.socket, upstream: socket.socket, plan: FaultPlan,
                                 prefetched: tuple[bytes, bytes] | None = None) -> None:
        """Forward the headers and at most half of the body, then hold the connection."""
        request = prefetched or self._read_request(client, whole=False)
        if request is None:
            return
        head, body = request
        upstream.sendall(head + b"\r\n\r\n" + body[: self._content_length(head) // 2])
        self.held.set()
        self._stopping.wait(plan.blackhole_s)

    def _swallow_response(self, client: socket.socket, upstream: socket.socket, plan: FaultPlan,
                          prefetched: tuple[bytes, bytes] | None = None) -> None:
        """Forward the whole request, read the whole reply, and never pass it on."""
        request = prefetched or self._read_request(client)
        if request is None:
            return
        upstream.settimeout(60)
        upstream.sendall(request[0] + b"\r\n\r\n" + request[1])
        if upstream.recv(65536):  # the server has answered: it committed
            self.held.set()
        self._stopping.wait(plan.blackhole_s)

    def _pipe(self, client: socket.socket, upstream: socket.socket, cut: bool) -> None:
        """Copy both ways until either side closes; with ``cut``, stop after half the response."""
        sent_back = 0
        cut_at: int | None = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not self._stopping.is_set():
            readable, _, _ = select.select([client, upstream], [], [], 0.5)
            for sock in readable:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                if sock is client:
                    upstream.sendall(chunk)
                    continue
                if cut_at is None:
                    # One request per connection, so every request gets its own roll of the dice;
                    # with ``cut`` only half the response is passed on. The client is told the
                    # connection closes, so it does not send its next request into a closed socket.
                    chunk = self._closing(chunk)
                    length = self._response_length(chunk)
                    cut_at = max(1, length // 2) if cut else length
                chunk = chunk[: max(0, cut_at - sent_back)]
                client.sendall(chunk)
                sent_back += len(chunk)
                if sent_back >= cut_at:
                    return

    @staticmethod
    def _closing(first_chunk: bytes) -> bytes:
        """The response head with ``Connection: close`` (replacing any keep-alive)."""
        head, sep, rest = first_chunk.partition(b"\r\n\r\n")
        if not sep:
            return first_chunk
        lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
        return b"\r\n".join([*lines, b"Connection: close"]) + sep + rest

    @classmethod
    def _response_length(cls, first_chunk: bytes) -> int:
        """Head plus Content-Length body (the reference server always sends Content-Length)."""
        head, sep, _ = first_chunk.partition(b"\r\n\r\n")
        length = cls._content_length(head)
        return len(head) + len(sep) + length if sep and length else len(first_chunk)
