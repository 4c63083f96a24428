"""Issue 20 (offline tracking of provisional references) through the real track screen, the kiosk's real outbox
and worker, and the embedded reference backend behind the simulated profile's fault proxy (the link is cut and
restored as a network outage would)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from browse_kit import PHONE, make_pdf, tap, type_into
from PySide6.QtWidgets import QLabel

from kiosk_app.api.fault_proxy import LinkFault
from kiosk_app.api.schemas import Applicant, ApplicantType, Contact, Delivery, DeliveryMethod, DossierCreate
from kiosk_app.domain.formatting import moment
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.outbox import ItemState
from kiosk_app.services import KioskServices
from ui.main_window import MainWindow

# These tests cut the module's link while its kiosk's own background traffic (heartbeat, catalogue refresh, outbox)
# runs on pool threads: urllib3's warning that it retries such a request can come a little later, in the next test
# (it failed the last test's run twice in four CI runs). Expected here, and only this message of this logger.
pytestmark = pytest.mark.expect_log(logger="urllib3.connectionpool", level="WARNING", message=r"^Retrying \(Retry\(",
                                    optional=True)


def message(window: MainWindow) -> str:
    label = window.findChild(QLabel, "track_message")
    return label.text() if label.isVisible() else ""


def track(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, window, "field_code", code)
    type_into(qtbot, window, "field_phone_last4", PHONE[-4:])
    tap(qtbot, window, "btn_track_search")


def submit_offline(services: KioskServices, tmp: Path, procedure: str = "1.005298") -> str:
    """Submit a dossier through the kiosk's submission service (outbox first); returns its provisional reference."""
    detail = services.catalogue.get(procedure)
    assert detail is not None and services.submission is not None
    components = [c.id for c in detail.components if c.requirement.value == "required"]
    dossier = DossierCreate(
        procedure_code=procedure,
        applicant=Applicant(type=ApplicantType.CITIZEN, full_name="Trần Thị Bình", address="2 Tràng Tiền, Hà Nội"),
        contact=Contact(phone=PHONE), delivery=Delivery(method=DeliveryMethod.COUNTER),
        documents=[{"component_id": c, "pages": 1} for c in components], consent=True)
    result = services.submission.submit(dossier, [(c, make_pdf(tmp, c)) for c in components])
    assert not result.confirmed  # the link is down: the citizen left with a provisional receipt
    return result.provisional_ref


def test_provisional_reference_is_queued_then_shows_its_dossier_code(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, tmp_path: Path,  # type: ignore[no-untyped-def]
        expected_log: Callable[..., object]) -> None:
    """Issue 20 (done-when): with the backend down, the track screen shows the queued state of a TAM- reference
    from the outbox; after the backend comes back and the worker sends it, it shows the dossier code (and, while
    the link is down again, still the code from the outbox)."""
    expected_log("kiosk.outbox", "WARNING", r"not sent")  # the immediate try and the worker's retries, link down
    expected_log("kiosk.heartbeat", "WARNING", r"heartbeat not delivered", optional=True)
    expected_log("urllib3.connectionpool", "WARNING", r"Retrying", optional=True)  # the client's own retries
    # The kiosk's background catalogue refresh may still be running when the link is cut.
    expected_log("kiosk.services", "WARNING", r"catalogue refresh failed", optional=True)
    proxy = services.fault_proxy
    assert proxy is not None and services.worker is not None and services.submission is not None
    proxy.set(LinkFault.DROP)
    try:
        ref = submit_offline(services, tmp_path)
        queued = services.outbox.by_provisional_ref(ref)
        assert queued is not None and queued.state is not ItemState.DONE
        tap(qtbot, window, "btn_track")
        track(qtbot, window, ref.lower())  # typed in lower case: the same reference
        qtbot.waitUntil(lambda: "not been sent yet" in message(window), timeout=10_000)
        shown = message(window)
        assert ref in shown and moment(datetime.fromisoformat(queued.created_at)) in shown
        assert "dossier code will follow" in shown and "cannot be reached" not in shown
        assert flow.state is Screen.TRACK and flow.session.tracking.tracked is None
    finally:
        proxy.clear()  # the backend is back
    services.worker.wake()
    qtbot.waitUntil(lambda: services.submission is not None and services.submission.result(ref).dossier_code != "",
                    timeout=30_000)
    code = services.submission.result(ref).dossier_code
    proxy.set(LinkFault.DROP)  # down again: the outbox still knows the code
    try:
        tap(qtbot, window, "btn_track_search")
        qtbot.waitUntil(lambda: "has been sent to the ministry" in message(window), timeout=30_000)
        assert code in message(window) and flow.state is Screen.TRACK
    finally:
        proxy.clear()
    tap(qtbot, window, "btn_track_search")
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=30_000)
    assert flow.session.tracking.tracked is not None and flow.session.tracking.tracked.code == code
    assert window.findChild(QLabel, "dossier_code").text() == f"Dossier code: {code}"


def test_unknown_provisional_reference_with_the_backend_down_is_explained(
        qtbot, dead_window: MainWindow, dead_flow: KioskFlow) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: a TAM- reference this kiosk never issued, with the backend down: a clear "no record here" message
    naming the reference, not the generic "cannot be reached"."""
    tap(qtbot, dead_window, "btn_track")
    track(qtbot, dead_window, "TAM-K02-261203-ABCDEF")
    qtbot.waitUntil(lambda: "has no record of the reference TAM-K02-261203-ABCDEF" in message(dead_window),
                    timeout=10_000)
    assert dead_flow.state is Screen.TRACK
