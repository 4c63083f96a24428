"""Fixtures of the device-layer tests; Qt runs offscreen."""
from __future__ import annotations

import os
import socket
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import segno  # noqa: E402


def qr_image(payload: str, module_px: int = 6, border: int = 40, error: str = "m") -> np.ndarray:
    """A clean BGR image of one QR code on white."""
    matrix = np.array(segno.make(payload, error=error, micro=False).matrix, dtype=np.uint8)
    code = np.where(np.kron(matrix, np.ones((module_px, module_px), np.uint8)) > 0, 0, 255).astype(np.uint8)
    code = np.pad(code, 4 * module_px + border, constant_values=255)
    return np.dstack([code] * 3)


@pytest.fixture
def make_qr_image():
    return qr_image


class FakeNetworkPrinter:
    """Listens on localhost, records what it receives, answers the four real-time status requests."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.paper = 0x12  # DLE EOT 4 answer; 0x72 = paper out, 0x1E = near end
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    if chunk[-3:-1] == b"\x10\x04":  # a status request (TCP may glue it to the data)
                        self.received += chunk[:-3]
                        conn.sendall(bytes((self.paper if chunk[-1] == 4 else 0x12,)))
                    else:
                        self.received += chunk

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def network_printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


# The chip card tests' real PC/SC stack (issue 16): pcscd + vpcd with the test chip.
from tests.devices.card_stack import _pcscd_owner, pcscd, virtual_reader  # noqa: E402, F401
