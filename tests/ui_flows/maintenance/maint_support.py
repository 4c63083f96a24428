"""Helpers shared by the maintenance tests (a module with a unique name, unlike conftest)."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from kiosk_window import open_window  # noqa: F401 (the maintenance tests open it from here)

from kiosk_app.profile import KioskProfile, load_profile

PIN = "246810"


@functools.cache
def pin_hash() -> str:
    """The Argon2id hash of PIN, made on first use (not at collection, in every test process).

    Made with light parameters (1 pass over 1 MiB): the kiosk verifies with the parameters the hash carries, so the
    maintenance tests do not spend a quarter of a second on every PIN entry; ``kiosk maintenance set-pin`` and
    :func:`kiosk_app.maintenance.hash_pin` keep argon2-cffi's defaults (test_maintenance_entry checks them).
    PIN itself follows the product's rule (6 to 12 digits)."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PIN)


def make_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> KioskProfile:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_MAINTENANCE__PIN_HASH", pin_hash())
    return load_profile("simulated")
