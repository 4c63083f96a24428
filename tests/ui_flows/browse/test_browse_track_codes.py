"""Typing a dossier code on TRACK: one keyboard page has every character of a code, and the code is found
whatever its case and spacing (against a real dossier on the embedded backend)."""
from __future__ import annotations

import pytest
from browse_kit import PHONE, tap, type_into
from keyboard_view import hidden_by_keyboard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from kiosk_app.api.schemas import DossierReceipt
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from kiosk_app.visitor_state import TrackingProof
from ui.main_window import MainWindow
from ui.preview import settle

KEY_NAMES = {".": "key_period", "-": "key_minus"}


@pytest.fixture(scope="module")
def receipt(services: KioskServices, tmp_path_factory: pytest.TempPathFactory) -> DossierReceipt:
    from browse_kit import submit_dossier

    return submit_dossier(services, tmp_path_factory.mktemp("pdfs"))


def tap_field(qtbot, window: MainWindow, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    edit = window.findChild(QLineEdit, name)
    assert edit is not None and edit.isVisible(), name
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.field is edit)
    return edit


def tap_keys(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tap the key of each character on the page shown now (no page switch in between)."""
    for char in text:
        key = window.keyboard.key(KEY_NAMES.get(char, f"key_{char}"))
        assert key is not None and key.isVisible(), f"no key for {char!r} on the page shown"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_a_whole_code_is_typed_on_the_code_layout(qtbot, window: MainWindow, flow: KioskFlow,
                                                  receipt: DossierReceipt) -> None:
    """Issue 21 finding 5: the code field opens a layout with upper-case letters, digits, "." and "-", so the
    dossier code (000.00.00.G06-YYMMDD-NNNN) is typed key after key without switching layouts; the field
    stays in view above the keyboard; the dossier is found."""
    tap(qtbot, window, "btn_track")
    code = tap_field(qtbot, window, "field_code")
    tap_keys(qtbot, window, receipt.code)
    assert code.text() == receipt.code
    assert window.keyboard.mode.value == "code"
    settle(window)
    assert hidden_by_keyboard(window, code) == ""
    tap_field(qtbot, window, "field_phone_last4")
    tap_keys(qtbot, window, PHONE[-4:])
    qtbot.mouseClick(window.keyboard.key("key_done"), Qt.MouseButton.LeftButton)
    tap(qtbot, window, "btn_track_search")
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    assert flow.session.tracking.tracked.code == receipt.code


def test_a_lower_case_code_with_spaces_is_found(qtbot, window: MainWindow, flow: KioskFlow,
                                               receipt: DossierReceipt) -> None:
    """Issue 21 finding 5: "000.00.00.g06 - 261203-0001" typed in lower case with spaces (a hardware keyboard,
    or copied as printed in groups) finds the dossier 000.00.00.G06-261203-0001."""
    typed = " " + receipt.code.lower().replace("-", " - ", 1) + " "
    assert typed.strip() != receipt.code and receipt.code.lower() != receipt.code
    tap(qtbot, window, "btn_track")
    type_into(qtbot, window, "field_code", typed)
    type_into(qtbot, window, "field_phone_last4", PHONE[-4:])
    tap(qtbot, window, "btn_track_search")
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER or window.findChild(QLineEdit, "field_code").isEnabled(),
                    timeout=10_000)  # found, or answered on the form
    message = window.findChild(QLabel, "track_message")
    assert flow.state is Screen.DOSSIER, message.text()
    assert flow.session.tracking.tracked.code == receipt.code
    assert flow.session.tracking.proof == TrackingProof(receipt.code, phone_last4=PHONE[-4:])
