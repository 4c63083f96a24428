"""Fixtures for the client/outbox tests: the real reference server on loopback behind the fault proxy; and, for
the fault matrix, each backend the kiosk can submit into (``system``: the reference server, the OpenCPS simulator)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk_app.api.fault_proxy import FaultProxy
from kiosk_app.embedded import EmbeddedBackend
from testkit.kiosk_harness import (
    BACKENDS,
    KIOSK_ID,
    KIOSK_TOKEN,
    BackendKind,
    SystemUnderTest,
    make_pdf,
    start_system,
)


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


@pytest.fixture
def start_backend(tmp_path: Path) -> Iterator[Callable[[BackendKind], SystemUnderTest]]:
    """Issue 15: starts a backend of the kind asked for (stopped after the test)."""
    started: list[SystemUnderTest] = []

    def start(kind: BackendKind) -> SystemUnderTest:
        started.append(start_system(kind, tmp_path / f"system-{len(started)}"))
        return started[-1]

    yield start
    for system in started:
        system.stop()


@pytest.fixture(params=BACKENDS)
def system(request: pytest.FixtureRequest, start_backend: Callable[[BackendKind], SystemUnderTest]) -> SystemUnderTest:
    """Issue 15: each backend the kiosk can submit into in turn: the reference server, the OpenCPS simulator."""
    return start_backend(request.param)


@pytest.fixture
def system_proxy(system: SystemUnderTest) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", system.port), seed=3) as proxy:
        yield proxy
