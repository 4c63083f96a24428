"""Fixtures for the client/outbox tests: the real reference server on loopback behind the fault proxy."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk_app.api.fault_proxy import FaultProxy
from kiosk_app.embedded import EmbeddedBackend
from testkit.kiosk_harness import KIOSK_ID, KIOSK_TOKEN, make_pdf


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedBackend]:
    backend = EmbeddedBackend(tmp_path / "server", kiosks={KIOSK_ID: KIOSK_TOKEN})
    backend.start()
    yield backend
    backend.stop()


@pytest.fixture
def proxy(server: EmbeddedBackend) -> Iterator[FaultProxy]:
    port = int(server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port), seed=3) as proxy:
        yield proxy


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "to-khai.pdf", 2, "Tờ khai chất phóng xạ")
