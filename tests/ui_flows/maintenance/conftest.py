"""Fixtures for maintenance-mode tests: a simulated profile with a known PIN, a manual clock, the window.

``services``-based tests share one set of running services (embedded backend, simulated devices) per
module, because starting the embedded backend is the slow part.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from maint_support import make_profile, open_window

from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile
from kiosk_app.services import KioskServices, build_services


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KioskProfile:
    return make_profile(tmp_path / "data", monkeypatch)


@pytest.fixture
def flow(profile: KioskProfile, clock: ManualClock) -> Iterator[KioskFlow]:
    flow = build_flow(profile, clock=clock, language="en")  # the tests read the English source texts
    yield flow
    flow.stop()


@pytest.fixture
def window(qtbot, flow: KioskFlow):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, flow)
    yield window
    window.shutdown()


@pytest.fixture(scope="module")
def module_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskProfile]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield make_profile(tmp_path_factory.mktemp("maint") / "data", monkeypatch)


@pytest.fixture(scope="module")
def services(qapp, module_profile: KioskProfile) -> Iterator[KioskServices]:  # type: ignore[no-untyped-def]
    services = build_services(module_profile)
    services.start()
    yield services
    services.stop()
