"""Helpers of the browsing-flow tests: tap and type through real widgets, make and move real dossiers.

A uniquely named module (not ``conftest``) so test modules can import it unambiguously.
"""
from __future__ import annotations

import io
import secrets
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kiosk_app.api.schemas import Applicant, ApplicantType, Contact, Delivery, DeliveryMethod, DossierCreate, DossierReceipt
from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.pdf import encode_page
from kiosk_app.dossier_form import ScannedPage
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from kiosk_app.session_models import ReceiptKind, ReceiptState, SubmittedDossier, SubmittedSummary
from kiosk_app.submission import SubmissionResult
from ui.main_window import MainWindow

PHONE = "0912345678"


def tap(qtbot, root: QWidget, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = root.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def field(root: QWidget, name: str) -> QLineEdit:
    widget = root.findChild(QLineEdit, name)
    assert widget is not None and widget.isVisible(), name
    return widget


def type_into(qtbot, root: QWidget, name: str, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    widget = field(root, name)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    return widget


def text(root: QWidget, name: str) -> str:
    """The text of the label ``name``."""
    label = root.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def shown(root: QWidget, name: str) -> bool:
    """Whether the widget ``name`` exists and is visible."""
    widget = root.findChild(QWidget, name)
    return widget is not None and widget.isVisible()


def open_wizard(flow: KioskFlow, window: MainWindow, code: str) -> Any:
    """The submission wizard's screen for procedure ``code``, opened as from its procedure screen."""
    flow.session.procedure_code = code
    flow.go(Screen.SUBMIT)
    return window.screens[Screen.SUBMIT]


def a_page() -> ScannedPage:
    """A small blank scanned page, as the scanner stores one."""
    encoded = encode_page(np.full((42, 30), 250, np.uint8), EnhanceMode.GREY, 150)
    return ScannedPage(encoded, b"png", (), EnhanceMode.GREY)


def show_printed_receipt(qtbot, flow: KioskFlow, receipt: DossierReceipt,  # type: ignore[no-untyped-def]
                         applicant: str = "Nguyễn Thị Lan") -> None:
    """Show the RECEIPT screen for ``receipt`` as after a submission (one page of "Tờ khai" from ``applicant``)
    and wait until it has printed."""
    flow.session.submission.submitted = SubmittedDossier(
        SubmissionResult("TAM-TEST", receipt),
        SubmittedSummary(receipt.procedure_code, receipt.procedure_name_vi, applicant, (("Tờ khai", 1),),
                         receipt.received_at, False, receipt.fee_vnd, ()))
    flow.session.receipt = ReceiptState(kind=ReceiptKind.DOSSIER)
    flow.show(Screen.RECEIPT)
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20_000)


def make_pdf(tmp: Path, name: str) -> Path:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawString(72, 720, name)
    pdf.showPage()
    pdf.save()
    path = tmp / f"{name}.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def submit_dossier(services: KioskServices, tmp: Path, procedure: str = "1.005298") -> DossierReceipt:
    """A real dossier on the embedded backend, its required components one page each."""
    detail = services.catalogue.get(procedure)
    assert detail is not None and services.client is not None
    components = [c.id for c in detail.components if c.requirement.value == "required"]
    dossier = DossierCreate(
        procedure_code=procedure,
        applicant=Applicant(type=ApplicantType.CITIZEN, full_name="Nguyễn Văn A", address="1 Tràng Tiền, Hà Nội"),
        contact=Contact(phone=PHONE), delivery=Delivery(method=DeliveryMethod.COUNTER),
        documents=[{"component_id": c, "pages": 1} for c in components], consent=True)
    return services.client.submit_dossier(f"test-{secrets.token_hex(6)}", dossier,
                                          [make_pdf(tmp, c) for c in components])


def staff_action(services: KioskServices, code: str, action: str, **given: object) -> int:
    """An officer acts on a dossier in the embedded backend (as the staff console would)."""
    from server.lifecycle import Action, ActionInput
    from server.models import Dossier, Procedure

    assert services.backend is not None
    backend = services.backend.app.state.backend
    with backend.db.write() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.stages), selectinload(Dossier.supplement_requests))).one()
        procedure = session.get(Procedure, dossier.procedure_code)
        backend.lifecycle.apply(dossier, procedure, Action(action), ActionInput(handler="Cán bộ A", **given), backend.now())
        return dossier.status


def printed_pngs(services: KioskServices) -> list[Path]:
    assert services.devices is not None
    return sorted(Path(services.devices["printer"].output_dir).glob("*.png"))
