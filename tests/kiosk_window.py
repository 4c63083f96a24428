"""The real kiosk window for UI tests: built from a flow, shown at the kiosk's 1920x1080, offscreen."""
from __future__ import annotations

from typing import Any

from kiosk_app.flow import KioskFlow


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
