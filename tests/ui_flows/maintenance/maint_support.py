"""Helpers shared by the maintenance tests (a module with a unique name, unlike conftest)."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest
from kiosk_window import open_window  # noqa: F401 (the maintenance tests open it from here)

from kiosk_app.maintenance import hash_pin
from kiosk_app.profile import KioskProfile, load_profile

PIN = "246810"


@functools.cache
def pin_hash() -> str:
    """The argon2 hash of PIN, made on first use (not at collection, in every test process)."""
    return hash_pin(PIN)


def make_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> KioskProfile:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_MAINTENANCE__PIN_HASH", pin_hash())
    return load_profile("simulated")
