"""Issue 14 part 2: where the kiosk states a procedure's time and fee it says them in their real unit, and for an
entry not verified against a source it adds the plain note to confirm them at the counter (procedure screen,
search results, checklist slip); the receipt states the time in its unit."""
from __future__ import annotations

from datetime import date, datetime

from browse_kit import tap, type_into
from PySide6.QtWidgets import QLabel, QWidget

from devices.printer.job import TextLine
from kiosk_app.api.schemas import (
    DeliveryMethod,
    DocumentForm,
    DossierReceipt,
    DossierStatus,
    ReceivedDocument,
    TimeUnit,
)
from kiosk_app.checklist_print import checklist
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.receipts import submission_confirmation
from server.catalogue import read_catalogue
from ui.main_window import MainWindow
from ui.preview import settle

NOTE = "Time and fee to be confirmed at the counter"
UNVERIFIED, VERIFIED = "1.005152", "1.004428"  # trademark registration; postal confirmation re-issue (national portal)


def _procedure_text(qtbot, window: MainWindow, flow: KioskFlow, code: str) -> str:  # type: ignore[no-untyped-def]
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", code)
    tap(qtbot, window, f"btn_result_{code}")
    assert flow.state is Screen.PROCEDURE
    settle(window)
    details = window.findChild(QWidget, "list_procedure_details")
    return "\n".join(label.text() for label in details.findChildren(QLabel) if label.isVisible())


def test_unverified_entry_shows_the_note_and_its_times_in_months(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 14: trademark registration (unverified) reads "1 month" and "9 months" with the note, not 22 working days."""
    text = _procedure_text(qtbot, window, flow, UNVERIFIED)
    assert NOTE in text
    assert "1 month (formality examination, from filing)" in text
    assert "9 months (substantive examination" in text
    assert "working day" not in text


def test_verified_entry_asserts_its_time_and_fee(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 14: the entry checked against the national portal states 7 working days and its fee, without the note."""
    text = _procedure_text(qtbot, window, flow, VERIFIED)
    assert NOTE not in text
    assert "7 working days (from receipt of a complete dossier)" in text
    assert "1.000.000" in text


def test_search_results_show_the_unit_and_the_note(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 14: the result row of an unverified entry says "to be confirmed" instead of asserting a fee."""
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", UNVERIFIED)
    unverified = window.findChild(QWidget, f"btn_result_{UNVERIFIED}")
    assert "1 month" in _texts(unverified) and NOTE in _texts(unverified)
    type_into(qtbot, window, "field_search", VERIFIED)
    verified = window.findChild(QWidget, f"btn_result_{VERIFIED}")
    assert "7 working days" in _texts(verified) and NOTE not in _texts(verified)


def _texts(row: QWidget) -> str:
    return row.accessibleName() + " " + row.accessibleDescription()


def _lines(job) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(item.text for item in job.elements if isinstance(item, TextLine))


def test_checklist_slip_states_the_unit_and_the_note(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the checklist slip said "Processing time: 22 working days" for a trademark."""
    procedures = {p.code: p for p in read_catalogue().procedures}
    slip = _lines(checklist(procedures[UNVERIFIED], {}, {}, "en", printed_at=datetime(2026, 12, 3, 9)))
    assert "Processing time: 1 month (formality examination, from filing); 9 months" in slip
    assert NOTE in slip
    slip = _lines(checklist(procedures[VERIFIED], {}, {}, "en", printed_at=datetime(2026, 12, 3, 9)))
    assert "Processing time: 7 working days" in slip and NOTE not in slip


def test_receipt_states_the_time_in_its_unit(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: a receipt for a time in months said "1 working days"."""
    receipt = DossierReceipt(
        code="000.00.00.G06-261203-0001", procedure_code=UNVERIFIED, procedure_name_vi="Đăng ký nhãn hiệu",
        procedure_name_en="Trademark registration", status=DossierStatus.NEW, received_at=datetime(2026, 12, 3, 9),
        appointed_date=date(2027, 1, 4), processing_days=1, processing_unit=TimeUnit.MONTHS, tracking_token="t",
        tracking_url="https://example.invalid/t", fee_vnd=150000, payment=None, delivery_method=DeliveryMethod.COUNTER,
        receiving_unit="Bộ phận Một cửa",
        documents=[ReceivedDocument(component_id="declaration", name_vi="Tờ khai", name_en="Application form",
                                    form=DocumentForm.ORIGINAL, copies=1, pages=1, sha256="0" * 64)])
    assert "Legal processing time: 1 month, counted from acceptance" in _lines(
        submission_confirmation(receipt, "Nguyễn Văn A", "en"))
    days = receipt.model_copy(update={"processing_days": 60, "processing_unit": TimeUnit.CALENDAR_DAYS})
    assert "Legal processing time: 60 days (calendar days), counted from acceptance" in _lines(
        submission_confirmation(days, "Nguyễn Văn A", "en"))
