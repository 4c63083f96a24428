"""The wizard with real services: ID-card QR, scanning with auto-capture, submit online and offline, receipt."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from console_login import embedded_fleet_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from devices.faults import DeviceFault
from kiosk_app.backend.reference import ReferenceBackend
from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.digitize.capture import CaptureState
from kiosk_app.flow import Screen
from kiosk_app.outbox import Outbox, OutboxWorker
from kiosk_app.submission import SubmissionService, make_sender
from kiosk_app.visitor_state import TrackingProof
from testkit.document_photos import SyntheticDocumentGenerator
from ui.widgets.scanner import ScanWidget

PROCEDURE = "1.005164"  # two required components, a fee (VietQR on the receipt)


@pytest.fixture
def live(qtbot, services) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """A flow on the module's services (not wired to out-of-service, so a printer fault stays on screen)."""
    from ui.app import build_window, create_qapp

    clock = ManualClock()
    flow = build_flow(services.profile, clock=clock, language="en")
    flow.services = services
    create_qapp()
    window = build_window(flow, kiosk_mode=False)
    # Not qtbot.addWidget(): pytest-qt closes and deleteLater()s its widgets before fixtures are torn
    # down, and the wait for print jobs below would run that deletion before window.shutdown().
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield flow, window, clock
    flow.reset(reason="test end")
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=20000)
    window.shutdown()
    flow.stop()


def tap(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.stack.currentWidget().findChild(QPushButton, name)
    assert button is not None, name
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)  # new rows show queued
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_until_scan(qtbot, flow, window, services) -> object:  # type: ignore[no-untyped-def]
    """Procedure chosen, consent on the start page, applicant from the ID card's QR, contact, counter."""
    flow.session.procedure_code = PROCEDURE
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    tap(qtbot, window, "btn_consent_agree")  # the start page: consent before anything personal
    person = SyntheticDocumentGenerator(seed=3).person()
    services.devices["qr"].present(person.qr_payload)
    applicant = flow.session.submission.applicant
    qtbot.waitUntil(lambda: applicant.id_number == person.id_number, timeout=5000)
    qr_status = window.stack.currentWidget().findChild(QLabel, "applicant_qr_status")
    assert qr_status.isVisible() and qr_status.property("kind") == "success"  # its icon and colour say so
    assert applicant.full_name == person.full_name and applicant.from_card
    tap(qtbot, window, "btn_next")
    flow.session.submission.contact.phone = "0912345678"
    tap(qtbot, window, "btn_next")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "scan"
    return submit


def test_reading_the_id_card_clears_the_errors_it_answers(qtbot, live, services) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 3 (seen on the OpenCPS demo's applicant shot): "please enter your name" stayed above a name
    the ID card's QR had just filled. The errors the card answers go at once; the summary with them."""
    flow, window, _ = live
    flow.session.procedure_code = PROCEDURE
    flow.go(Screen.SUBMIT)
    tap(qtbot, window, "btn_consent_agree")
    tap(qtbot, window, "btn_next")  # nothing typed: the step's errors and their summary
    screen = window.stack.currentWidget()
    summary = screen.findChild(QWidget, "error_summary")
    qtbot.waitUntil(lambda: summary.isVisible(), timeout=5000)
    assert screen.findChild(QLabel, "error_full_name").text()
    person = SyntheticDocumentGenerator(seed=3).person()
    services.devices["qr"].present(person.qr_payload)
    qtbot.waitUntil(lambda: flow.session.submission.applicant.id_number == person.id_number, timeout=5000)
    for name in ("full_name", "id_number", "address"):
        assert screen.findChild(QLabel, f"error_{name}").text() == "", name
    assert not summary.isVisible()


def scan_all(qtbot, window, submit, clock) -> None:  # type: ignore[no-untyped-def]
    for component in ("request", "fee_receipt"):
        tap(qtbot, window, f"btn_component_{component}")
        scanner = submit.scanner
        # the page is found and held still; time passes only on the injected clock
        qtbot.waitUntil(lambda s=scanner: s._state in (CaptureState.MOVING, CaptureState.STEADY), timeout=10000)
        assert len(scanner.pages(component)) == 0
        def captured(c: str = component, s: ScanWidget = scanner) -> bool:
            clock.advance(0.25)  # time passes only on the injected clock, frame by frame
            return len(s.pages(c)) == 1

        qtbot.waitUntil(captured, timeout=20000)


def test_scan_with_auto_capture_page_tools_and_submit_online(qtbot, live, services) -> None:
    flow, window, clock = live
    submit = fill_until_scan(qtbot, flow, window, services)
    assert window.stack.currentWidget().findChild(QLabel, "scan_hint").isVisible()  # first-time hint
    tap(qtbot, window, "btn_hint_ok")
    scan_all(qtbot, window, submit, clock)
    scanner = submit.scanner
    # a second page by hand, then reorder, delete
    tap(qtbot, window, "btn_capture")
    qtbot.waitUntil(lambda: len(scanner.pages("fee_receipt")) == 2, timeout=20000)
    first, second = scanner.pages("fee_receipt").pages
    tap(qtbot, window, "btn_page_up")
    assert scanner.pages("fee_receipt").pages == (second, first)
    tap(qtbot, window, "btn_page_delete")
    assert scanner.pages("fee_receipt").pages == (first,)
    pages_before = services.counters.values["pages_scanned"]
    assert pages_before >= 3
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "review"
    receipts_before = services.counters.values["receipts_printed"]
    tap(qtbot, window, "btn_submit_dossier")
    qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20000)
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20000)
    submitted = flow.session.submission.submitted
    result = submitted.result
    assert result.confirmed and {d.component_id for d in result.receipt.documents} == {"request", "fee_receipt"}
    screen = window.stack.currentWidget()
    assert screen.findChild(QLabel, "receipt_code").text() == result.receipt.code
    assert screen.findChild(QLabel, "receipt_payment_qr").isVisible()  # a fee is due: VietQR
    assert Path(flow.session.receipt.pdf).read_bytes().startswith(b"%PDF")
    assert services.counters.values["receipts_printed"] == receipts_before + 1
    for pdf in submitted.summary.pdfs:
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.is_relative_to(flow.session.scratch_dir)
    tracked = services.client.track(result.receipt.code, tracking_token=result.receipt.tracking_token)
    assert tracked.procedure_code == PROCEDURE
    scratch = flow.session.scratch_dir
    tap(qtbot, window, "btn_finish")
    assert flow.state is Screen.WELCOME and not scratch.exists()


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"out of service: printer", optional=True)
@pytest.mark.expect_log(logger="urllib3.connectionpool", level="WARNING", message=r"Retrying", optional=True)
@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent")
@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: paper_out")
@pytest.mark.expect_log(logger="ui.receipt", level="WARNING", message=r"receipt not printed")
def test_backend_down_gives_a_provisional_receipt_and_paper_out_shows_the_qr(qtbot, live, services, tmp_path) -> None:
    flow, window, clock = live
    dead = ReferenceBackend("http://127.0.0.1:9", "token", connect_timeout_s=0.5, read_timeout_s=0.5)
    online = services.submission
    outbox = Outbox(tmp_path / "outbox", kiosk_id=services.profile.kiosk.id)  # not drained by the live worker
    services.submission = SubmissionService(outbox, OutboxWorker(outbox, make_sender(dead)))
    printer = services.devices["printer"]
    try:
        submit = fill_until_scan(qtbot, flow, window, services)
        scan_all(qtbot, window, submit, clock)
        tap(qtbot, window, "btn_next")
        printer.inject(DeviceFault.PAPER_OUT)
        tap(qtbot, window, "btn_submit_dossier")
        qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20000)
        qtbot.waitUntil(lambda: flow.session.receipt.print_problem is not None, timeout=20000)
    finally:
        services.submission = online
        printer.clear(DeviceFault.PAPER_OUT)
        dead.close()
    result = flow.session.submission.submitted.result
    assert not result.confirmed and result.provisional_ref.startswith("TAM-")
    screen = window.stack.currentWidget()
    assert screen.findChild(QLabel, "receipt_code").text() == result.provisional_ref
    status = screen.findChild(QLabel, "receipt_print_status").text()
    assert "photo" in status and "staff" in status
    assert screen.findChild(QLabel, "receipt_tracking_qr").isVisible()
    assert not flow.session.receipt.printed
    tap(qtbot, window, "btn_print_again")  # paper replaced: the provisional receipt prints
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20000)


def request_supplement(services, code: str, missing: list[str]) -> None:  # type: ignore[no-untyped-def]
    """An officer asks for more documents (server side, as the staff console does)."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from server.lifecycle import Action, ActionInput
    from server.models import Dossier, Procedure

    backend = services.backend.app.state.backend
    with backend.db.write() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.stages), selectinload(Dossier.supplement_requests))).one()
        procedure = session.get(Procedure, dossier.procedure_code)
        backend.lifecycle.apply(dossier, procedure, Action.REQUEST_SUPPLEMENT,
                                ActionInput(handler="Cán bộ A", missing=missing), backend.now())


def test_supplement_is_scanned_uploaded_and_receipted(qtbot, live, services, tmp_path) -> None:
    import numpy as np

    from kiosk_app.api.schemas import DossierStatus
    from kiosk_app.digitize.enhance import EnhanceMode
    from kiosk_app.digitize.pdf import build_component_pdf, encode_page
    from kiosk_app.dossier_form import build_dossier
    from kiosk_app.session_models import (
        ApplicantDetails,
        ContactDetails,
        DeliveryChoice,
        ReceiptKind,
    )

    flow, window, clock = live
    procedure = services.catalogue.get(PROCEDURE)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(build_component_pdf([encode_page(np.full((420, 300), 250, np.uint8), EnhanceMode.GREY, 150)],
                                        "page", "test"))
    documents = [(c.id, pdf, 1) for c in procedure.components if c.requirement.value == "required"]
    dossier = build_dossier(procedure, ApplicantDetails(full_name="Đỗ Văn Nam", address="Đà Nẵng"),
                            ContactDetails(phone="0987654321"), DeliveryChoice(), True, documents, "vi")
    receipt = services.client.submit_dossier("supplement-test-1", dossier, [p for _c, p, _n in documents])
    request_supplement(services, receipt.code, ["Chứng từ nộp phí"])
    tracked = services.client.track(receipt.code, phone_last4="4321")
    assert tracked.status is DossierStatus.SUPPLEMENT_REQUESTED
    flow.session.tracking.tracked = tracked  # as TRACK stores it
    flow.session.tracking.proof = TrackingProof(receipt.code, phone_last4="4321")
    flow.show(Screen.SUPPLEMENT)
    screen = window.stack.currentWidget()
    assert "Chứng từ nộp phí" in screen.findChild(QLabel, "supplement_request").text()
    assert not screen.findChild(QPushButton, "btn_upload_supplement").isEnabled()  # nothing scanned yet
    scanner = window.screens[Screen.SUPPLEMENT].scanner
    assert scanner.component_id == "fee_receipt"  # the request's text matched the procedure's component

    def captured() -> bool:
        clock.advance(0.25)
        return len(scanner.pages("fee_receipt")) == 1

    qtbot.waitUntil(captured, timeout=20000)
    tap(qtbot, window, "btn_upload_supplement")
    qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20000)
    assert flow.session.receipt.kind is ReceiptKind.SUPPLEMENT
    assert [d.component_id for d in flow.session.receipt.supplement.documents] == ["fee_receipt"]
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20000)
    assert window.stack.currentWidget().findChild(QLabel, "receipt_code").text() == receipt.code
    after = services.client.track(receipt.code, phone_last4="4321")
    assert after.status is not DossierStatus.SUPPLEMENT_REQUESTED and after.supplement_request is None


def test_without_a_procedure_the_first_step_searches_the_catalogue(qtbot, live, services) -> None:
    flow, window, _clock = live
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    assert submit.current_step() == "procedure"
    assert not window.stack.currentWidget().findChild(QPushButton, "btn_next").isVisible()
    field = window.stack.currentWidget().findChild(QLineEdit, "field_procedure_search")
    qtbot.keyClicks(field, "dang ky nhan hieu")
    tap(qtbot, window, "btn_pick_1_005152")
    assert flow.session.procedure_code == "1.005152" and submit.current_step() == "start"  # the start page next
    tap(qtbot, window, "btn_prev_step")
    tap(qtbot, window, "btn_goto_lookup")
    assert flow.state is Screen.LOOKUP


def test_a_full_session_shows_on_the_fleet_page_soon_after(qtbot, live, services) -> None:  # type: ignore[no-untyped-def]
    """Finding 3: after a full session that submits a dossier and prints its receipt, the staff console's fleet
    page (same server database) shows nonzero sessions and receipts without waiting for the regular beat."""
    from kiosk_app.composition import attach_usage

    flow, window, clock = live
    attach_usage(flow, services)  # the fixture's flow skips build_flow's service wiring; this is that part
    heartbeat = services.heartbeat
    assert heartbeat is not None and services.profile.maintenance.heartbeat_seconds >= 60  # the regular beat is far
    qtbot.waitUntil(lambda: not heartbeat.in_flight, timeout=10_000)
    submit = fill_until_scan(qtbot, flow, window, services)
    hint = window.stack.currentWidget().findChild(QPushButton, "btn_hint_ok")
    if hint is not None and hint.isVisible():  # the first-time scanning hint
        tap(qtbot, window, "btn_hint_ok")
    scan_all(qtbot, window, submit, clock)
    tap(qtbot, window, "btn_next")
    tap(qtbot, window, "btn_submit_dossier")
    qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20000)
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20000)
    heartbeat.last_ack = None
    with qtbot.waitSignal(heartbeat.sent, timeout=15_000):
        tap(qtbot, window, "btn_finish")  # the session ends: counted, and a beat goes out within seconds
    assert services.backend is not None
    page = embedded_fleet_page(services.backend)
    sessions = services.counters.values["sessions"]
    receipts = services.counters.values["receipts_printed"]
    assert sessions >= 1 and receipts >= 1
    assert f"Lượt sử dụng: {sessions}<" in page and f"Phiếu tiếp nhận đã in: {receipts}<" in page
