"""Fixtures for the kiosk core and shell: a profile, a manual clock, a flow, the main window."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from kiosk_window import open_window

from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile


@pytest.fixture
def flow(profile: KioskProfile, clock: ManualClock) -> Iterator[KioskFlow]:
    flow = build_flow(profile, clock=clock)
    yield flow
    flow.stop()


@pytest.fixture
def window(qtbot, flow: KioskFlow):
    window = open_window(qtbot, flow)
    yield window
    window.shutdown()
