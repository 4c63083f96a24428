"""Put the test chip into a real PC/SC reader: Debian's ``vsmartcard-vpcd`` driver inside ``pcscd``.

The vpcd driver listens on a TCP port (35963 by default, /etc/reader.conf.d/vpcd); a virtual ICC connects to
it and the reader sees a card. The protocol (python3-virtualsmartcard's VirtualSmartcard.py): every message
is a 2-byte big-endian length and its bytes; a 1-byte message is a control (0 power off, 1 power on,
2 reset, 4 send the ATR), anything longer is a command APDU to answer. Closing the socket removes the card.
Spoken directly here (a few lines) so the card can be removed at a chosen APDU, which the package's
``VirtualICC`` cannot do.
"""
from __future__ import annotations

import logging
import socket
import struct
import threading
import time

from testkit.cccd_chip.chip import VirtualChip

log = logging.getLogger("testkit.cccd_chip.vpcd")

VPCD_PORT = 0x8C7B
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


class VirtualCardInReader:
    """The test chip on the vpcd reader: ``insert()`` connects it, ``remove()`` takes it away."""

    def __init__(self, chip: VirtualChip, host: str = "127.0.0.1", port: int = VPCD_PORT) -> None:
        self.chip = chip
        self.host = host
        self.port = port
        self.remove_after_apdus: int | None = None  # fault: the citizen pulls the card away mid-read
        self.pulled_mid_read = False  # it was: pcscd goes through a second event for it (see pcsc_stack.wait_for_card)
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.apdus = 0
        self.powered = threading.Event()  # pcscd noticed the card: it powered it and asked for the ATR

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, timeout_s: float = 10.0, wait: bool = True) -> None:
        """Connect to vpcd (retrying while pcscd starts) and serve the chip in a thread; with ``wait``, return
        once pcscd has seen the card (asked for its ATR)."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.apdus = 0
        self.powered.clear()
        with self._lock:
            self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), name="vpcd-card", daemon=True)
        self._thread.start()
        if wait and not self.powered.wait(max(0.0, deadline - time.monotonic()) + 5.0):
            raise TimeoutError("pcscd did not notice the virtual card")

    def remove(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                message = _receive(sock)
                if message is None:
                    return
                if len(message) == 1:
                    control = message[0]
                    if control in (CTRL_ON, CTRL_RESET):
                        self.chip.power_on()
                    elif control == CTRL_ATR:
                        _send(sock, self.chip.atr)
                        self.powered.set()
                    continue
                self.apdus += 1
                if self.remove_after_apdus is not None and self.apdus > self.remove_after_apdus:
                    self.pulled_mid_read = True
                    threading.Thread(target=self.remove, daemon=True).start()
                    return
                _send(sock, self.chip.execute(message))
        except OSError:
            return


def _receive(sock: socket.socket) -> bytes | None:
    header = _exactly(sock, 2)
    if header is None:
        return None
    (size,) = struct.unpack("!H", header)
    return _exactly(sock, size) if size else b""


def _exactly(sock: socket.socket, count: int) -> bytes | None:
    data = bytearray()
    while len(data) < count:
        # vpcd writes the length and the message separately; acknowledging at once spares each APDU the
        # 40 ms that delayed ACK against vpcd's Nagle would cost (Linux: TCP_QUICKACK is reset by every recv).
        if hasattr(socket, "TCP_QUICKACK"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _send(sock: socket.socket, data: bytes) -> None:
    sock.sendall(struct.pack("!H", len(data)) + data)
