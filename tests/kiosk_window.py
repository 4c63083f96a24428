"""The real kiosk window for UI tests: built from a flow, shown at the kiosk's 1920x1080, offscreen."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile


def open_window(qtbot, flow: KioskFlow, **build: Any):
    """``ui.app.build_window(flow, kiosk_mode=False, **build)``, shown and exposed; qtbot closes it."""
    from ui.app import build_window, create_qapp

    create_qapp()
    window = build_window(flow, kiosk_mode=False, **build)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def simulated_profile(data_dir: Path, **env: str) -> KioskProfile:
    """The simulated (QA) profile with ``data_dir`` and any ``KIOSK_…`` overrides, read without leaving them
    in the environment (for fixtures wider than one test, where ``monkeypatch`` is not available)."""
    from kiosk_app.profile import load_profile

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIOSK_DATA_DIR", str(data_dir))
        for name, value in env.items():
            patch.setenv(name, value)
        return load_profile("simulated")
