"""Helpers shared by the maintenance tests (a module with a unique name, unlike conftest)."""
from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_window import open_window  # noqa: F401 (the maintenance tests open it from here)

from kiosk_app.maintenance import hash_pin
from kiosk_app.profile import KioskProfile, load_profile

PIN = "246810"
PIN_HASH = hash_pin(PIN)


def make_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> KioskProfile:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_MAINTENANCE__PIN_HASH", PIN_HASH)
    return load_profile("simulated")
