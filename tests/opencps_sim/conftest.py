"""Fixtures for the OpenCPS simulator's tests: a served simulator on a fresh SQLite file and the kiosk-side
HTTP helper (tests/opencps_sim/opencps_http.py)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from opencps_http import OpenCps

from testkit.opencps_sim import RunningSim, start_simulator


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[RunningSim]:
    with start_simulator(tmp_path / "opencps.sqlite") as running:
        yield running


@pytest.fixture
def kiosk(sim: RunningSim) -> OpenCps:
    return OpenCps(sim.base_url)


@pytest.fixture
def guest(sim: RunningSim) -> OpenCps:
    return OpenCps(sim.base_url, auth=None)
