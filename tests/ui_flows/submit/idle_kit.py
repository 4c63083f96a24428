"""Helpers of the idle-timer flow tests: a live window on real services, the wizard up to its scan step."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow, Screen
from testkit.document_photos import SyntheticDocumentGenerator

PROCEDURE = "1.005164"  # two required components: "request" and "fee_receipt"


@contextmanager
def live_window(qtbot: Any, services: Any, **build: Any) -> Iterator[tuple[KioskFlow, Any, ManualClock]]:
    """A flow wired to ``services`` (its QR reader counts as presence) and the real window at 1920x1080."""
    from ui.app import build_window, create_qapp

    clock = ManualClock()
    flow = build_flow(services.profile, clock=clock, language="en")
    flow.services = services
    create_qapp()
    window = build_window(flow, kiosk_mode=False, **build)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    flow.start()
    try:
        yield flow, window, clock
    finally:
        flow.reset(reason="test end")
        qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=30000)
        window.shutdown()
        window.deleteLater()  # the suite's teardown deletes it (no event loop runs it otherwise)
        flow.stop()


def tap(qtbot: Any, window: Any, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_to_scan_step(qtbot: Any, flow: KioskFlow, window: Any, services: Any) -> Any:
    """Procedure chosen, consent on the start page, applicant from the ID card's QR, contact, counter: the scan
    step shows."""
    flow.session.procedure_code = PROCEDURE
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    tap(qtbot, window, "btn_consent_agree")
    person = SyntheticDocumentGenerator(seed=3).person()
    services.devices["qr"].present(person.qr_payload)
    qtbot.waitUntil(lambda: flow.session.submission.applicant.id_number == person.id_number, timeout=5000)
    tap(qtbot, window, "btn_next")
    flow.session.submission.contact.phone = "0912345678"
    tap(qtbot, window, "btn_next")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "scan"
    hint = window.findChild(QPushButton, "btn_hint_ok")
    if hint is not None and hint.isVisible():
        tap(qtbot, window, "btn_hint_ok")
    return submit
