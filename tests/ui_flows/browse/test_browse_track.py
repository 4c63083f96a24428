"""TRACK and DOSSIER through the real widgets, against real dossiers on the embedded backend:
typed code + phone digits, the receipt's QR on the scanner, wrong digits, lock-out, backend down,
a supplement request, a fee to pay (VietQR) and overdue marks."""
from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from browse_kit import PHONE, field, show_printed_receipt, staff_action, submit_dossier, tap, type_into
from escpos_readback import printed_qr_texts
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk_app.api.schemas import DossierReceipt, DossierStatus, DossierTracking
from kiosk_app.domain.tracking_qr import is_public_url
from kiosk_app.domain.vietqr import VietQrPayment
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from kiosk_app.visitor_state import TrackingProof
from ui.main_window import MainWindow
from ui.screens.dossier import preview_tracking
from ui.screens.track import parse_tracking_scan
from ui.widgets.qr_view import QrView


@pytest.fixture(scope="module")
def receipt(services: KioskServices, tmp_path_factory: pytest.TempPathFactory) -> DossierReceipt:
    return submit_dossier(services, tmp_path_factory.mktemp("pdfs"))


def message(window: MainWindow) -> str:
    label = window.findChild(QLabel, "track_message")
    return label.text() if label.isVisible() else ""


def track_by_typing(qtbot, window: MainWindow, code: str, digits: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, window, "field_code", code)
    type_into(qtbot, window, "field_phone_last4", digits)
    tap(qtbot, window, "btn_track_search")


def test_code_and_phone_digits_show_the_dossier(qtbot, window: MainWindow, flow: KioskFlow, receipt: DossierReceipt) -> None:
    tap(qtbot, window, "btn_track")
    assert field(window, "field_phone_last4").property("keyboard") == "numeric"
    track_by_typing(qtbot, window, receipt.code, PHONE[-4:])
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.proof == TrackingProof(receipt.code, phone_last4=PHONE[-4:])
    assert flow.session.tracking.tracked.code == receipt.code
    assert window.findChild(QLabel, "dossier_code").text() == f"Dossier code: {receipt.code}"
    assert window.findChild(QLabel, "dossier_procedure").text() == receipt.procedure_name_en
    progress = window.findChild(QLabel, "dossier_progress").text()
    due = receipt.appointed_date.strftime("%d/%m/%Y")
    assert re.fullmatch(rf"Used \d+/{receipt.processing_days} working days, result due on {due}", progress), progress
    stages = window.findChild(QLabel, "list_stages").text()
    assert "Received on" in stages and "Bộ phận Một cửa" in stages or "Một cửa" in stages
    assert not window.findChild(QPushButton, "btn_supplement").isVisible()
    tap(qtbot, window, "btn_back")  # Back to the form keeps what was typed
    assert field(window, "field_code").text() == receipt.code


def test_vietnamese_progress_sentence(qtbot, window: MainWindow, flow: KioskFlow, receipt: DossierReceipt) -> None:
    tap(qtbot, window, "btn_track")
    track_by_typing(qtbot, window, receipt.code, PHONE[-4:])
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    tap(qtbot, window, "btn_language")
    tracked = flow.session.tracking.tracked
    status = window.findChild(QLabel, "dossier_status").text()
    assert tracked.status_name_vi in status
    assert tracked.processing_days == receipt.processing_days and tracked.working_days_used is not None


def test_wrong_digits_and_missing_input_get_plain_messages(qtbot, window: MainWindow, flow: KioskFlow,
                                                           receipt: DossierReceipt) -> None:
    tap(qtbot, window, "btn_track")
    tap(qtbot, window, "btn_track_search")
    assert window.findChild(QLabel, "code_error").text() == "Please type the dossier code from your receipt."
    assert window.findChild(QLabel, "phone_error").text() == "Please type exactly 4 digits."
    type_into(qtbot, window, "field_phone_last4", "12ab34")  # letters are refused by the field
    assert field(window, "field_phone_last4").text() == "1234"
    wrong = "0000" if PHONE[-4:] != "0000" else "1111"
    track_by_typing(qtbot, window, receipt.code, wrong)
    qtbot.waitUntil(lambda: "could not find" in message(window), timeout=10_000)
    assert flow.state is Screen.TRACK and flow.session.tracking.tracked is None
    assert window.findChild(QPushButton, "btn_track_search").isEnabled()


def test_repeated_wrong_digits_lock_the_code_for_a_while(qtbot, window: MainWindow, flow: KioskFlow,
                                                        services: KioskServices, tmp_path: Path) -> None:
    victim = submit_dossier(services, tmp_path)
    tap(qtbot, window, "btn_track")
    wrong = "0000" if PHONE[-4:] != "0000" else "1111"
    for _ in range(8):
        track_by_typing(qtbot, window, victim.code, wrong)
        qtbot.waitUntil(lambda: window.findChild(QPushButton, "btn_track_search").isEnabled() and message(window)
                        and "Looking up" not in message(window), timeout=10_000)
        if "Too many attempts" in message(window):
            break
    assert "Too many attempts" in message(window)


def test_receipt_qr_on_the_scanner_opens_the_dossier(qtbot, window: MainWindow, flow: KioskFlow,
                                                    services: KioskServices, receipt: DossierReceipt) -> None:
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present(receipt.tracking_url)
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.proof == TrackingProof(receipt.code, tracking_token=receipt.tracking_token)


def print_receipt_screen(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices,  # type: ignore[no-untyped-def]
                         receipt: DossierReceipt) -> tuple[str, str]:
    """Show RECEIPT for ``receipt`` (it prints on entering); return what its printed tracking QR says, and
    the caption under it on the screen."""
    printer = services.devices["printer"]
    show_printed_receipt(qtbot, flow, receipt)
    texts = printed_qr_texts(printer.last_bytes)
    assert texts, "no QR code could be read from the printed bytes"
    caption = window.findChild(QLabel, "receipt_tracking_caption").text()
    return texts[0], caption


def _addresses(text: str) -> list[str]:
    return re.findall(r"(?:https?://)?(?:\d{1,3}\.){3}\d{1,3}|https?://[^\s/?#]+|localhost", text)


def test_printed_qr_without_a_public_address_is_read_at_the_kiosk(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, receipt: DossierReceipt) -> None:
    """Finding 1: with no public tracking address (the embedded server sits on 127.0.0.1), the printed QR holds
    no loopback or private address but a kiosk-only payload, the receipt says where to scan it, and the
    tracking screen opens the dossier from it."""
    assert services.profile.backend.public_tracking_url == ""
    assert "127.0.0.1" in receipt.tracking_url  # what was printed before
    qr_text, caption = print_receipt_screen(qtbot, window, flow, services, receipt)
    assert _addresses(qr_text) == [] and "127.0.0.1" not in qr_text and "localhost" not in qr_text
    assert qr_text == f"MOTCUA:{receipt.code}:{receipt.tracking_token}"
    assert caption.startswith("Scan this code at a kiosk")
    flow.reset(reason="finished")
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present(qr_text)
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.proof == TrackingProof(receipt.code, tracking_token=receipt.tracking_token)
    assert flow.session.tracking.tracked.code == receipt.code


def test_printed_qr_with_a_public_address_is_a_link_under_it(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, receipt: DossierReceipt,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 1: with ``backend.public_tracking_url`` set, the printed QR is a link under that address, which
    a phone can open and the kiosk's scanner also accepts."""
    monkeypatch.setattr(services.profile.backend, "public_tracking_url", "https://motcua.example.gov.vn")
    qr_text, caption = print_receipt_screen(qtbot, window, flow, services, receipt)
    assert qr_text.startswith(f"https://motcua.example.gov.vn/track/{receipt.code}?t=") and is_public_url(qr_text)
    assert caption == "Scan to track your dossier"
    flow.reset(reason="finished")
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present(qr_text)
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.proof == TrackingProof(receipt.code, tracking_token=receipt.tracking_token)


def test_a_qr_that_is_not_a_receipt_is_explained(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    tap(qtbot, window, "btn_track")
    services.devices["qr"].present("001090123456|012345678|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021")
    qtbot.waitUntil(lambda: "not a dossier receipt" in message(window), timeout=5000)
    assert flow.state is Screen.TRACK


def test_scanned_links_and_codes_are_parsed() -> None:
    assert parse_tracking_scan("https://motcua.example.vn/track/000.00.00.G06-261128-0001?t=abc%2Bd") == \
        ("000.00.00.G06-261128-0001", "abc+d")
    assert parse_tracking_scan("tam-kiosk1-261128-ABCDEF") == ("TAM-KIOSK1-261128-ABCDEF", None)
    assert parse_tracking_scan("https://example.vn/other/page") is None
    assert parse_tracking_scan("") is None


def test_backend_down_says_so(qtbot, dead_window: MainWindow, dead_flow: KioskFlow) -> None:
    tap(qtbot, dead_window, "btn_track")
    track_by_typing(qtbot, dead_window, "000.00.00.G06-261128-0001", "5678")
    qtbot.waitUntil(lambda: "cannot be reached" in message(dead_window), timeout=10_000)
    assert dead_flow.state is Screen.TRACK


def test_supplement_request_shows_what_is_missing_and_leads_to_the_upload(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, tmp_path: Path) -> None:
    dossier = submit_dossier(services, tmp_path)
    if DossierStatus(dossier.status) is DossierStatus.NEW:
        staff_action(services, dossier.code, "accept")
    assert staff_action(services, dossier.code, "request_supplement", missing=["Bản sao giấy phép cũ"],
                        reason="Thiếu giấy phép cũ") == DossierStatus.SUPPLEMENT_REQUESTED
    tap(qtbot, window, "btn_track")
    track_by_typing(qtbot, window, dossier.code, PHONE[-4:])
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    notice = window.findChild(QLabel, "dossier_supplement")
    assert notice.isVisible() and "Bản sao giấy phép cũ" in notice.text() and "Please hand them in by" in notice.text()
    assert "Supplement requested" in window.findChild(QLabel, "dossier_status").text()
    tap(qtbot, window, "btn_supplement")
    assert flow.state is Screen.SUPPLEMENT
    assert flow.session.tracking.proof.code == dossier.code


def test_fee_due_shows_a_vietqr_code(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, tmp_path: Path) -> None:
    dossier = submit_dossier(services, tmp_path, procedure="1.009846")
    if DossierStatus(dossier.status) is DossierStatus.NEW:
        staff_action(services, dossier.code, "accept")
    assert staff_action(services, dossier.code, "request_fee") == DossierStatus.FEE_REQUESTED
    tap(qtbot, window, "btn_track")
    track_by_typing(qtbot, window, dossier.code, PHONE[-4:])
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    fee = flow.session.tracking.tracked.fee_due
    assert fee is not None and fee.amount_vnd == 200_000
    assert "200.000 đ" in window.findChild(QLabel, "dossier_fee").text()
    qr = window.findChild(QrView, "dossier_fee_qr")
    assert qr.isVisible()
    assert qr.data() == VietQrPayment(fee.bank_bin, fee.account_number, 200_000, fee.purpose).payload()


def test_overdue_stages_are_marked(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tracking = preview_tracking().model_copy(update={"overdue": True, "status": DossierStatus.PROCESSING,
                                                     "supplement_request": None})
    flow.session.tracking.tracked = tracking
    flow.show(Screen.DOSSIER)
    overdue = window.findChild(QLabel, "dossier_overdue")
    assert overdue.isVisible() and "late" in overdue.text()
    assert "finished late" in window.findChild(QLabel, "list_stages").text()
    assert not window.findChild(QPushButton, "btn_supplement").isVisible()


def test_a_dossier_found_for_a_visitor_who_left_is_not_shown_to_the_next(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, receipt: DossierReceipt,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 (session-scoped work): the look-up runs with ``jobs.run_for_session``; when the visitor's
    session is wiped before the answer arrives, the dossier does not land in the next visitor's session, and
    the search button works again (before, ``_found`` stored it in whatever session was current)."""
    release = threading.Event()
    real_track = services.client.track

    def slow_track(code: str, **proof: str | None) -> DossierTracking:
        assert release.wait(10)
        return real_track(code, **proof)

    monkeypatch.setattr(services.client, "track", slow_track)
    tap(qtbot, window, "btn_track")
    track_by_typing(qtbot, window, receipt.code, PHONE[-4:])
    assert not window.findChild(QPushButton, "btn_track_search").isEnabled()  # busy while looking up
    flow.reset(reason="idle")
    release.set()
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=10_000)
    assert flow.state is Screen.WELCOME
    assert flow.session.tracking.is_empty() and not flow.session.has_personal_data
    tap(qtbot, window, "btn_track")
    assert field(window, "field_code").text() == ""  # nothing of the previous visitor
    assert window.findChild(QPushButton, "btn_track_search").isEnabled()
