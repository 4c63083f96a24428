"""Issue 14, "Forms at the right moment", at the kiosk: at submission the simulated thermal printer prints the
submission confirmation (expected date, what happens next), never form 01; once an officer accepted the dossier,
scanning the confirmation's QR at the track screen reprints form 01 as the server issued it (appointment counted
from acceptance). The printed paper is read back from the printer's raster (line images) and its QR codes.

The A4 PDFs of the same papers, read back with pdftotext: tests/server/test_server_forms.py."""
from __future__ import annotations

import cv2
import numpy as np
from browse_kit import PHONE, show_printed_receipt, submit_dossier, tap, type_into
from escpos_readback import printed_image, printed_qr_texts
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from devices.printer.job import TextLine
from devices.printer.raster import RasterRenderer
from kiosk_app import receipts
from kiosk_app.api.schemas import DossierReceipt
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from kiosk_app.visitor_state import TicketPrinting, TrackingProof
from ui.main_window import MainWindow


def on_paper(paper: np.ndarray, line: TextLine) -> float:
    """How well ``line``, rendered as the printer renders it, appears on the printed ``paper`` (1.0: same pixels)."""
    image = np.asarray(RasterRenderer(80).render([line]).convert("L"), np.float32)
    page = paper.astype(np.float32)
    assert page.shape[1] == image.shape[1], "the paper and the line must have the printer's width"
    return float(cv2.matchTemplate(page, image, cv2.TM_CCOEFF_NORMED).max())


def accept_in_console(services: KioskServices, code: str) -> None:
    """An officer accepts the dossier as the staff console does: the action and the form 01 it issues."""
    from server.lifecycle import Action, ActionInput  # noqa: PLC0415
    from server.models import Dossier, Procedure  # noqa: PLC0415

    assert services.backend is not None
    app = services.backend.app
    backend = app.state.backend
    with backend.db.write() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.stages), selectinload(Dossier.supplement_requests),
            selectinload(Dossier.documents), selectinload(Dossier.forms))).one()
        procedure = session.get(Procedure, dossier.procedure_code)
        app.state.dossiers.forms.act(session, dossier, procedure, Action.ACCEPT,
                                     ActionInput(handler="Trần Thị Bình"), backend.now())


def printed_titles(services: KioskServices) -> list[str]:
    """The titles of the jobs the simulated printer kept, oldest first (file names carry them)."""
    assert services.devices is not None
    return [p.name for p in services.devices["printer"].job_files() if p.suffix == ".bin"]


def test_the_kiosk_prints_the_confirmation_then_reprints_form_01_after_acceptance(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the kiosk prints the submission confirmation and NOT form 01 at submission; after staff accept,
    the receipt's QR on the track screen's scanner reprints form 01 with the appointment from acceptance."""
    assert services.devices is not None
    printer = services.devices["printer"]
    receipt: DossierReceipt = submit_dossier(services, tmp_path)
    flow.set_language("vi")
    before = set(printed_titles(services))
    show_printed_receipt(qtbot, flow, receipt, applicant="Nguyễn Văn A")
    new = [name for name in printed_titles(services) if name not in before]
    assert len(new) == 1 and f"-confirmation-{receipt.code}-" in new[0], new
    paper = np.asarray(printed_image(printer.last_bytes).convert("L"))
    job = window.screens[Screen.RECEIPT].build_job()
    lines = [e for e in job.elements if isinstance(e, TextLine)]
    title = next(line for line in lines if line.text == receipts.CONFIRMATION_TITLE)
    expected = next(line for line in lines if line.text.startswith("Ngày trả kết quả dự kiến: "))
    assert expected.text == f"Ngày trả kết quả dự kiến: {receipt.appointed_date:%d/%m/%Y}"
    assert on_paper(paper, title) > 0.95 and on_paper(paper, expected) > 0.95
    form01_title = TextLine(receipts.FORM_01_TITLE, title.size, title.bold, title.align)
    assert on_paper(paper, form01_title) < on_paper(paper, title) - 0.1  # form 01 is not what was printed
    assert all(receipts.FORM_01_TITLE not in line.text for line in lines)
    assert any("Mẫu số 01" in line.text for line in lines)  # what happens next names it
    scanned = printed_qr_texts(printer.last_bytes)[0]
    assert scanned == f"MOTCUA:{receipt.code}:{receipt.tracking_token}"

    # not accepted yet: scanning the QR shows the dossier and prints nothing
    flow.reset(reason="finished")
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present(scanned)
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.tracked.receipt_slip is None
    assert flow.session.tracking.form01_printing is TicketPrinting.NOT_STARTED

    accept_in_console(services, receipt.code)
    before = set(printed_titles(services))
    flow.reset(reason="finished")
    flow.set_language("vi")
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present(scanned)
    qtbot.waitUntil(lambda: flow.session.tracking.form01_printing is TicketPrinting.PRINTED, timeout=20_000)
    assert flow.session.tracking.proof == TrackingProof(receipt.code, tracking_token=receipt.tracking_token)
    new = [name for name in printed_titles(services) if name not in before]
    assert len(new) == 1 and f"-form01-{receipt.code}-" in new[0], new
    slip = flow.session.tracking.tracked.receipt_slip
    assert slip is not None and slip.officer == "Trần Thị Bình" and slip.accepted_at > receipt.received_at
    paper = np.asarray(printed_image(printer.last_bytes).convert("L"))
    reprint = [e for e in receipts.receipt_slip(slip, "vi", scanned).elements if isinstance(e, TextLine)]
    appointment = next(line for line in reprint if line.text.startswith("Hẹn trả kết quả ngày"))
    assert appointment.text == f"Hẹn trả kết quả ngày: 08:00 {slip.appointed_date:%d/%m/%Y}"
    for line in (form01_title, appointment, next(line for line in reprint if line.text.startswith("Số: "))):
        assert on_paper(paper, line) > 0.95, line.text
    assert printed_qr_texts(printer.last_bytes) == [scanned]
    shown = window.findChild(QLabel, "dossier_form01_print")
    assert shown.isVisible() and "Mẫu số 01" in shown.text()
    papers = window.findChild(QLabel, "list_forms").text()
    assert "Phiếu xác nhận nộp hồ sơ" in papers and f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01) – số {slip.number}" \
        in papers


def test_typing_the_code_does_not_reprint_form_01(qtbot, window: MainWindow, flow: KioskFlow,
                                                  services: KioskServices, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: form 01 is reprinted for the holder of the receipt's QR only; the code and phone digits show the
    dossier (with its papers listed) but print nothing."""
    receipt = submit_dossier(services, tmp_path)
    accept_in_console(services, receipt.code)
    before = set(printed_titles(services))
    tap(qtbot, window, "btn_track")
    type_into(qtbot, window, "field_code", receipt.code)
    type_into(qtbot, window, "field_phone_last4", PHONE[-4:])
    tap(qtbot, window, "btn_track_search")
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.tracked.receipt_slip is None
    assert flow.session.tracking.form01_printing is TicketPrinting.NOT_STARTED
    assert "Receipt and appointment slip (form 01)" in window.findChild(QLabel, "list_forms").text()
    assert set(printed_titles(services)) == before
