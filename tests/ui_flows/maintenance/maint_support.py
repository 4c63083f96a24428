"""Helpers shared by the maintenance tests (a module with a unique name, unlike conftest)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_app.flow import KioskFlow
from kiosk_app.maintenance import hash_pin
from kiosk_app.profile import KioskProfile, load_profile

PIN = "246810"
PIN_HASH = hash_pin(PIN)


def make_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> KioskProfile:
    monkeypatch.setenv("KIOSK_KIOSK__DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_MAINTENANCE__PIN_HASH", PIN_HASH)
    return load_profile("simulated")


def open_window(qtbot, flow: KioskFlow):  # type: ignore[no-untyped-def]
    from ui.app import build_window, create_qapp

    create_qapp()
    window = build_window(flow, kiosk_mode=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window
