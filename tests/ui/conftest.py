"""Qt widget tests run offscreen: no display is needed."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from kiosk_window import open_window


@pytest.fixture
def flow(profile, clock):
    """A kiosk flow on the simulated profile (no services: the screens show their preview data)."""
    from kiosk_app.composition import build_flow

    flow = build_flow(profile, clock=clock)
    yield flow
    flow.stop()


@pytest.fixture
def window(qtbot, flow) -> Iterator:
    """The main window at the kiosk's 1920x1080."""
    window = open_window(qtbot, flow)
    yield window
    window.shutdown()
