"""Issue 21 finding 6: the receipt says what was received, read back from what the kiosk and the server produce.

A dossier with one photographed page per required document goes to the embedded server; the receipt
screen (in Vietnamese) prints form 01 on the simulated thermal printer and keeps its PDF; the server
keeps its A4 copy. The printed ESC/POS raster, the kiosk's PDF (both images: the lines are found by
their pixels) and the server's PDF (text) must say "bản chụp, 1 trang" for each document, never
"bản chính, 1 × 1 trang".
"""
from __future__ import annotations

import io
from collections.abc import Iterator

import cv2
import numpy as np
import pytest
from escpos_readback import printed_image
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from devices.printer.job import TextLine
from devices.printer.raster import RasterRenderer
from kiosk_app.api.schemas import DossierReceipt
from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.pdf import build_component_pdf, encode_page
from kiosk_app.dossier_form import build_dossier
from kiosk_app.flow import Screen
from kiosk_app.session_models import (
    ApplicantDetails,
    ContactDetails,
    DeliveryChoice,
    ReceiptKind,
    ReceiptState,
    SubmittedDossier,
    SubmittedSummary,
)
from kiosk_app.submission import SubmissionResult

PROCEDURE = "1.005164"


@pytest.fixture
def vietnamese(qtbot, services) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """A flow in Vietnamese on the module's services, and its window at 1920x1080."""
    from ui.app import build_window, create_qapp

    flow = build_flow(services.profile, clock=ManualClock(), language="vi")
    flow.services = services
    create_qapp()
    window = build_window(flow, kiosk_mode=False)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield flow, window
    flow.reset(reason="test end")
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=20000)
    window.shutdown()
    flow.stop()


def one_page_each(services, tmp_path) -> DossierReceipt:  # type: ignore[no-untyped-def]
    """Submit a dossier whose required documents are one photographed page each; the server's receipt."""
    procedure = services.catalogue.get(PROCEDURE)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(build_component_pdf([encode_page(np.full((420, 300), 250, np.uint8), EnhanceMode.GREY, 150)],
                                        "page", "test"))
    # the required request and the fee receipt of a citizen who paid beforehand (issue 21 finding 7: the fee
    # receipt is required only when the fee must be paid before submitting)
    documents = [(c.id, pdf, 1) for c in procedure.components
                 if c.requirement.value == "required" or c.id == "fee_receipt"]
    dossier = build_dossier(procedure, ApplicantDetails(full_name="Đỗ Văn Nam", address="Đà Nẵng"),
                            ContactDetails(phone="0987654321"), DeliveryChoice(), True, documents, "vi")
    receipt: DossierReceipt = services.client.submit_dossier("wording-test-1", dossier, [p for _c, p, _n in documents])
    assert len(receipt.documents) == len(documents) >= 2
    return receipt


def best_match(paper: np.ndarray, text: str) -> float:
    """How well the printed line ``text`` (rendered as the printer renders a small text line) appears on ``paper``
    (normalised correlation, 1.0 = the same pixels)."""
    line = np.asarray(RasterRenderer(80).render([TextLine(text, "small")]).convert("L"), np.float32)
    page = paper.astype(np.float32)
    if page.shape[1] != line.shape[1]:
        page = cv2.resize(page, (line.shape[1], round(page.shape[0] * line.shape[1] / page.shape[1])))
    return float(cv2.matchTemplate(page, line, cv2.TM_CCOEFF_NORMED).max())


def test_every_receipt_says_scanned_copy_and_the_pages_scanned(qtbot, vietnamese, services, tmp_path) -> None:
    """Issue 21 finding 6: one photographed page per document is received as "bản chụp, 1 trang" on the printed
    receipt, its PDF, the screen and the server's archived A4 copy, not "bản chính, 1 × 1 trang"."""
    from server.models import Dossier

    flow, window = vietnamese
    receipt = one_page_each(services, tmp_path)
    names = [document.name_vi for document in receipt.documents]
    expected = [f"{i}. {name} – bản chụp, 1 trang" for i, name in enumerate(names, 1)]
    old = [f"{i}. {name} – bản chính, 1 × 1 trang" for i, name in enumerate(names, 1)]

    # the server's archived A4 receipt
    backend = services.backend.app.state.backend
    with backend.db.read() as session:
        sha = session.scalars(select(Dossier.receipt_sha256).where(Dossier.code == receipt.code)).one()
    archived = " ".join(PdfReader(io.BytesIO(backend.files.read(sha))).pages[0].extract_text().split())
    for i, name in enumerate(names, 1):  # the A4 confirmation lists the documents as a table (issue 14)
        assert f"{i} {name} bản chụp, 1 trang" in archived
    assert "bản chính" not in archived and "bản sao" not in archived

    # the kiosk: the receipt screen prints on entering and keeps the PDF
    printer = services.devices["printer"]
    flow.session.submission.submitted = SubmittedDossier(
        SubmissionResult("TAM-TEST", receipt),
        SubmittedSummary(receipt.procedure_code, receipt.procedure_name_vi, "Đỗ Văn Nam",
                         tuple((name, 1) for name in names), receipt.received_at, False, receipt.fee_vnd, ()))
    flow.session.receipt = ReceiptState(kind=ReceiptKind.DOSSIER)
    flow.show(Screen.RECEIPT)
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20_000)
    details = window.stack.currentWidget().findChild(QLabel, "receipt_details").text()
    for line in expected:
        assert line in details
    paper = np.asarray(printed_image(printer.last_bytes))
    with Image.open(io.BytesIO(PdfReader(str(flow.session.receipt.pdf)).pages[0].images[0].data)) as kept:
        pdf_page = np.asarray(kept.convert("L"))
    for output in (paper, pdf_page):
        for new_line, old_line in zip(expected, old, strict=True):
            found, stale = best_match(output, new_line), best_match(output, old_line)
            assert found > 0.9 and stale < found - 0.1, (new_line, found, stale)


def test_the_provisional_and_supplement_receipts_word_documents_the_same(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 6: the provisional receipt (backend down) and the supplement receipt describe what was
    received with the same words as form 01: a scanned copy and its pages, never an original."""
    from datetime import date, datetime

    from kiosk_app.api.schemas import DocumentForm, DossierStatus, ReceivedDocument, SupplementReceipt
    from kiosk_app.receipt_files import documents_text, supplement_receipt
    from kiosk_app.receipts import provisional_receipt, scanned_copy_text

    provisional = provisional_receipt("TAM-K01-0001", "Duy trì hiệu lực", datetime(2026, 12, 3, 9, 30),
                                      [("Tờ khai", 2)], "Bộ phận Một cửa")
    supplement = supplement_receipt(SupplementReceipt(
        code="000.00.00.G06-261203-0001", status=DossierStatus.PROCESSING, appointed_date=date(2026, 12, 20),
        received_at=datetime(2026, 12, 3, 9, 30), documents=[ReceivedDocument(
            component_id="fee_receipt", name_vi="Chứng từ nộp phí", name_en="Fee receipt",
            form=DocumentForm.ORIGINAL, copies=1, pages=2, sha256="0" * 64)]), "Duy trì hiệu lực", "vi")
    wording = scanned_copy_text(2)
    assert wording.endswith("2 page(s)") or wording.endswith("2 trang")
    for job, line in ((provisional, "1. Tờ khai – " + wording), (supplement, "1. Chứng từ nộp phí – " + wording)):
        texts = [element.text for element in job.elements if isinstance(element, TextLine)]
        assert line in texts, texts
        assert not any("×" in text or "original" in text or "bản chính" in text for text in texts)
    assert documents_text([("Tờ khai", 2)]) == "1. Tờ khai – " + wording  # the receipt screen's list
