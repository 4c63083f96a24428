"""No English on Vietnamese screens (issue 21 finding 12 and "Wording"): the out-of-service screen says
which device stopped the kiosk in Vietnamese, and a walk of every screen, wizard step, maintenance page
and overlay in Vietnamese (ui.preview, the states the screenshots and the accessibility walk use) finds no
visible text left in English."""
from __future__ import annotations

import pytest
from a11y_checks import describe, widgets_in
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from vietnamese_text import english_sources, english_words, visible_texts

from kiosk_app.flow import KioskFlow, Screen
from ui.main_window import MainWindow
from ui.preview import preview_states, settle
from ui.widgets.overlay import Overlay

OUT_OF_SERVICE_LOG = dict(logger="kiosk.flow", level="WARNING", message=r"out of service: ")


def _scope(window: MainWindow) -> QWidget:
    overlays = [o for o in window.findChildren(Overlay) if o.isVisible()]
    return overlays[-1] if overlays else window


@pytest.mark.expect_log(**OUT_OF_SERVICE_LOG)
def test_out_of_service_screen_names_the_device_in_vietnamese(window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 12: the out-of-service screen showed "printer: paper out" to Vietnamese visitors;
    the device and its state are now words of the visitor's language, in both languages."""
    flow.set_language("vi")
    flow.set_out_of_service("printer: paper out")
    assert flow.state is Screen.OUT_OF_SERVICE
    staff = window.findChild(QLabel, "out_of_service_reason")
    assert staff.isVisible()
    assert staff.text() == "Dành cho cán bộ: máy in phiếu – hết giấy"
    flow.set_language("en")
    assert staff.text() == "For staff: receipt printer – out of paper"
    flow.set_language("vi")
    flow.set_out_of_service("")
    flow.set_out_of_service("camera, qr")
    assert staff.text() == "Dành cho cán bộ: camera chụp giấy tờ; đầu đọc mã QR"
    texts = [text for _widget, text in visible_texts(widgets_in(window))]
    assert [word for text in texts for word in english_words(text)] == []


def test_device_states_come_from_the_device_set_when_the_reason_names_only_the_device() -> None:
    """Issue 21 finding 12: the device set reports "printer" and knows the state code ("paper_out"); an
    unknown device or state never shows its English code."""
    from ui.device_states import out_of_service_text

    assert out_of_service_text("printer", {"printer": "paper_out"}) == "receipt printer – out of paper"
    assert out_of_service_text("printer: cover_open") == "receipt printer – cover open"
    assert out_of_service_text("scanner: toner low") == "a device"


def test_the_english_detector_tells_english_from_vietnamese_without_accents() -> None:
    assert english_words("Dành cho cán bộ: printer: paper out") == ["printer", "paper", "out"]
    assert english_words("dang ky nhan hieu – in lại, Camera, mã QR, 150 mm") == []
    assert english_words("Please wait") == ["Please", "wait"]


@pytest.mark.expect_log(**OUT_OF_SERVICE_LOG)
def test_every_vietnamese_screen_and_overlay_shows_no_english(window: MainWindow) -> None:
    """Issue 21, "No English on Vietnamese screens": every state of ui.preview (each screen, each wizard
    step, each maintenance page, the Home confirmation, help, the idle countdown, display options and the
    PIN pad, plus any overlay added there) in Vietnamese: no visible label, button, placeholder or
    accessible name is an untranslated English source string or contains an English word; nor does any
    key of the on-screen keyboard."""
    sources = english_sources()
    problems: list[str] = []
    states = 0
    for state in preview_states(window, "vi"):
        states += 1
        window.resize(1920, 1080)
        settle(window)
        for widget, text in visible_texts(widgets_in(_scope(window))):
            words = english_words(text)
            if text in sources or words:
                problems.append(f"{state}: {describe(widget)} shows {text[:80]!r} (English: {words})")
    assert states >= 30
    # The on-screen keyboard: every key of every layout, shown or not, in Vietnamese.
    window.flow.set_language("vi")
    assert window.keyboard is not None and window.keyboard.findChildren(QAbstractButton)
    problems += [f"keyboard: {describe(widget)} shows {text!r} (English: {english_words(text)})"
                 for widget, text in visible_texts(window.keyboard.findChildren(QAbstractButton))
                 if text in sources or english_words(text)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_home_tiles_do_not_read_alike(window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 "Wording": the home tiles "Tra cứu thủ tục" and "Tra cứu hồ sơ" read alike; they now say
    what each is for, with different first words."""
    from PySide6.QtWidgets import QPushButton

    flow.set_language("vi")
    lookup, track = (window.findChild(QPushButton, name) for name in ("btn_lookup", "btn_track"))
    assert "Tìm thủ tục, giấy tờ cần nộp" in lookup.text()
    assert "Xem tình trạng hồ sơ đã nộp" in track.text()
    assert lookup.text().split()[:2] != track.text().split()[:2]
