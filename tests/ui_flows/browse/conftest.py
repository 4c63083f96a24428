"""Fixtures of the browsing flows: one kiosk's services (embedded backend, simulated devices) per module,
a fresh flow and main window per test, a dead backend, and helpers to tap widgets and make dossiers."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_window import open_window, simulated_profile
from PySide6.QtWidgets import QApplication

from kiosk_app.backend.reference import ReferenceBackend
from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile
from kiosk_app.services import KioskServices, build_services


def _profile(data_dir: Path) -> KioskProfile:
    # A printer fault must reach the screen's own failure state, not the out-of-service redirect
    # (which tests/app/test_services.py covers for a required printer).
    return simulated_profile(data_dir, KIOSK_DEVICES__PRINTER__REQUIRED="false")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskServices]:
    """A running kiosk: embedded backend, simulated camera, QR reader and printer; its start-up catalogue refresh
    is over before the first test (a test that breaks the link must not catch it half-way: urllib3's retry warning
    then landed in whichever test was running)."""
    services = build_services(_profile(tmp_path_factory.mktemp("kiosk-data")))
    services.start()
    assert services.jobs.wait()
    yield services
    services.stop()


@pytest.fixture(scope="module")
def dead_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskServices]:
    """A kiosk whose backend cannot be reached: its client points at a closed loopback port."""
    import socket

    services = build_services(_profile(tmp_path_factory.mktemp("kiosk-dead")), with_backend=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the probe is: nothing listens there
    services.client = ReferenceBackend(f"http://127.0.0.1:{port}", "no-token", connect_timeout_s=1.0, retries=0)
    services.start()
    yield services
    services.stop()


@pytest.fixture(autouse=True)
def _healthy_devices(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    for name in ("services", "dead_services"):
        if name in request.fixturenames:
            devices = request.getfixturevalue(name).devices
            if devices is not None:
                devices["printer"].clear(None)
                devices["qr"].clear(None)


def _flow_on(services: KioskServices) -> Iterator[KioskFlow]:
    flow = build_flow(services.profile, clock=ManualClock(), language="en", services=services)
    yield flow
    flow.stop()
    flow.session.wipe()
    shutil.rmtree(flow.session.scratch_dir, ignore_errors=True)


def _window_on(qtbot, flow: KioskFlow):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, flow)
    yield window
    flow.reset(reason="test over")  # screens let go of the module's shared devices
    window.shutdown()
    QApplication.processEvents()


@pytest.fixture
def flow(services: KioskServices) -> Iterator[KioskFlow]:
    yield from _flow_on(services)


@pytest.fixture
def window(qtbot, flow: KioskFlow):  # type: ignore[no-untyped-def]
    yield from _window_on(qtbot, flow)


@pytest.fixture
def dead_flow(dead_services: KioskServices, expected_log) -> Iterator[KioskFlow]:  # type: ignore[no-untyped-def]
    """A flow on services whose backend cannot be reached; the failed catalogue refresh it logs is expected
    (once per refresh interval, so not necessarily in every test)."""
    expected_log("kiosk.services", "WARNING", r"catalogue refresh failed", optional=True)
    yield from _flow_on(dead_services)


@pytest.fixture
def dead_window(qtbot, dead_flow: KioskFlow):  # type: ignore[no-untyped-def]
    yield from _window_on(qtbot, dead_flow)


