"""CHECKLIST through the real widgets: ticks, conditional questions, what is missing, printing and its failures."""
from __future__ import annotations

import pytest
from browse_kit import printed_pngs, tap
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton

from devices.faults import DeviceFault
from kiosk_app.checklist_print import procedure_qr_data
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from ui.main_window import MainWindow
from ui.widgets.qr_view import QrView

CODE = "2.000169"  # three required documents and one conditional (first application only)


def open_checklist(qtbot, window: MainWindow, flow: KioskFlow) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, window, "btn_lookup")
    flow.session.procedure_code = CODE
    flow.go(Screen.PROCEDURE)
    tap(qtbot, window, "btn_checklist")
    assert flow.state is Screen.CHECKLIST


def missing_text(window: MainWindow) -> str:
    return window.findChild(QLabel, "checklist_missing").text()


def test_ticks_and_answers_tell_what_is_missing(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    open_checklist(qtbot, window, flow)
    assert "Still missing: 3" in missing_text(window)
    assert "Does this apply to you? When applying for the first time" in \
        window.findChild(QLabel, "question_business_registration").text()
    for component in ("application", "worker_declaration", "safety_report"):
        tap(qtbot, window, f"btn_have_{component}")
    assert flow.session.browse.checklist.have == {"application": True, "worker_declaration": True, "safety_report": True}
    assert "answer the questions" in missing_text(window)
    tap(qtbot, window, "btn_applies_business_registration_yes")
    assert "Still missing: 1" in missing_text(window) and "Business registration certificate" in missing_text(window)
    tap(qtbot, window, "btn_applies_business_registration_no")
    assert missing_text(window) == "You have every document this procedure needs."
    tap(qtbot, window, "btn_have_safety_report")  # untick
    assert "Safety assessment report" in missing_text(window)
    tap(qtbot, window, "btn_back")  # Back and forward keep the ticks (they live in the session)
    tap(qtbot, window, "btn_checklist")
    assert "Still missing: 1" in missing_text(window)
    assert window.findChild(QPushButton, "btn_have_application").isChecked()
    tap(qtbot, window, "btn_continue_submit")
    assert flow.state is Screen.SUBMIT


def test_print_checklist_on_the_receipt_printer(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    open_checklist(qtbot, window, flow)
    tap(qtbot, window, "btn_have_application")
    before = len(printed_pngs(services))
    printer = services.devices["printer"]
    with qtbot.waitSignal(printer.notifier.job_finished, timeout=10_000):
        tap(qtbot, window, "btn_print_checklist")
    status = window.findChild(QLabel, "checklist_print_status")
    qtbot.waitUntil(lambda: "has been printed" in status.text(), timeout=5000)
    pngs = printed_pngs(services)
    assert len(pngs) == before + 1 and "checklist-2_000169" in pngs[-1].name
    image = QImage(str(pngs[-1]))
    assert image.height() > 600  # a real slip: header, five lines per document, QR
    assert not window.findChild(QrView, "checklist_qr").isVisible()


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"optional device degraded: printer", optional=True)
@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: paper_out")
def test_printer_out_of_paper_shows_the_reason_and_a_qr(qtbot, window: MainWindow, flow: KioskFlow,
                                                        services: KioskServices) -> None:
    open_checklist(qtbot, window, flow)
    printer = services.devices["printer"]
    printer.inject(DeviceFault.PAPER_OUT)
    before = len(printed_pngs(services))
    tap(qtbot, window, "btn_print_checklist")
    status = window.findChild(QLabel, "checklist_print_status")
    qtbot.waitUntil(lambda: "could not be printed" in status.text(), timeout=10_000)
    assert "out of paper" in status.text()
    qr = window.findChild(QrView, "checklist_qr")
    assert qr.isVisible() and qr.data() == procedure_qr_data(CODE) and not qr.pixmap().isNull()
    assert len(printed_pngs(services)) == before
    assert flow.state is Screen.CHECKLIST
    printer.clear(DeviceFault.PAPER_OUT)  # it works again once the paper is back
    tap(qtbot, window, "btn_print_checklist")
    qtbot.waitUntil(lambda: "has been printed" in status.text(), timeout=10_000)
