"""The kiosk shell through its real widgets: navigation, Home/Back, language, text size, idle, help."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk_app.clock import ManualClock
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.paths import REPO_ROOT
from ui.main_window import MainWindow


def tap(qtbot, window: MainWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_welcome_tiles_lead_to_their_screens_and_back(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    for name, screen in (("btn_lookup", Screen.LOOKUP), ("btn_submit", Screen.SUBMIT),
                         ("btn_track", Screen.TRACK), ("btn_assistance", Screen.ASSISTANCE)):
        tap(qtbot, window, name)
        assert flow.state is screen
        assert window.stack.currentWidget().objectName() == f"screen_{screen.value}"
        assert window.top_bar.title.text() == window.screens[screen].title()
        tap(qtbot, window, "btn_back")
        assert flow.state is Screen.WELCOME
    assert not window.top_bar.back.isEnabled()


def test_language_switch_changes_the_visible_text(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    lookup = window.findChild(QPushButton, "btn_lookup")
    assert "Tìm thủ tục" in lookup.text()
    assert window.top_bar.home.text().endswith("Trang chủ")
    assert window.top_bar.language.text() == "English"
    tap(qtbot, window, "btn_language")
    assert flow.language == "en"
    assert "Look up procedures" in lookup.text()
    assert window.top_bar.home.text().endswith("Home")
    assert window.top_bar.language.text() == "Tiếng Việt"
    tap(qtbot, window, "btn_language")
    assert "Tìm thủ tục" in lookup.text()


def test_display_options_scale_the_text_and_switch_the_theme(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tile = window.findChild(QPushButton, "btn_track")
    before = tile.fontInfo().pixelSize()
    tap(qtbot, window, "btn_display")
    assert window.display_overlay.isVisible()
    assert window.findChild(QPushButton, "btn_text_scale_100").isChecked()
    tap(qtbot, window, "btn_text_scale_200")
    assert flow.text_scale == 2.0
    assert tile.fontInfo().pixelSize() >= before * 1.9
    assert window.findChild(QPushButton, "btn_text_scale_200").isChecked()
    assert not window.findChild(QPushButton, "btn_text_scale_100").isChecked()
    tap(qtbot, window, "btn_theme_high_contrast")
    assert flow.theme == "high-contrast"
    assert tile.palette().color(tile.foregroundRole()).name() != "#14212b"
    tap(qtbot, window, "btn_display_close")
    assert not window.display_overlay.isVisible()
    flow.reset()  # the next visitor gets the defaults back
    assert (flow.text_scale, flow.theme, flow.speech) == (1.0, "standard", False)


def test_home_asks_before_discarding_entered_data(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_submit")
    flow.session.submission.applicant.full_name = "Nguyễn Thị Ánh"
    tap(qtbot, window, "btn_home")
    assert window.confirm_overlay.isVisible()
    assert window.confirm_overlay.question.text() == "Bắt đầu lại?"
    tap(qtbot, window, "btn_confirm_no")
    assert flow.state is Screen.SUBMIT and flow.session.submission.applicant.full_name == "Nguyễn Thị Ánh"
    tap(qtbot, window, "btn_home")
    tap(qtbot, window, "btn_confirm_yes")
    assert flow.state is Screen.WELCOME and not flow.session.has_personal_data


def test_home_without_data_goes_straight_home(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_track")
    tap(qtbot, window, "btn_home")
    assert not window.confirm_overlay.isVisible()
    assert flow.state is Screen.WELCOME


def test_idle_overlay_counts_down_and_can_be_dismissed(qtbot, window: MainWindow, flow: KioskFlow, clock: ManualClock) -> None:
    tap(qtbot, window, "btn_lookup")
    clock.advance(flow.idle_seconds + 5)
    flow.tick()
    assert window.idle_overlay.isVisible()
    assert window.idle_overlay.question.text() == "Ông/Bà còn ở đây không?"
    assert window.idle_overlay.seconds.text() == str(flow.countdown_seconds - 5)
    tap(qtbot, window, "btn_idle_stay")
    assert not window.idle_overlay.isVisible()
    assert flow.state is Screen.LOOKUP


def test_idle_timeout_returns_home_and_hides_the_overlay(qtbot, window: MainWindow, flow: KioskFlow, clock: ManualClock) -> None:
    tap(qtbot, window, "btn_submit")
    flow.session.submission.contact.phone = "0912345678"
    clock.advance(flow.idle_seconds)
    flow.tick()
    assert window.idle_overlay.isVisible()
    clock.advance(flow.countdown_seconds)
    flow.tick()
    assert flow.state is Screen.WELCOME
    assert not window.idle_overlay.isVisible()
    assert not flow.session.has_personal_data


def test_a_tap_anywhere_counts_as_activity(qtbot, window: MainWindow, flow: KioskFlow, clock: ManualClock) -> None:
    tap(qtbot, window, "btn_lookup")
    clock.advance(flow.idle_seconds - 1)
    qtbot.mouseClick(window.stack.currentWidget(), Qt.MouseButton.LeftButton)
    clock.advance(2)
    flow.tick()
    assert not flow.counting_down


def test_help_explains_the_current_screen(qtbot, window: MainWindow) -> None:
    tap(qtbot, window, "btn_help")
    assert window.help_overlay.isVisible()
    assert "bốn nút lớn" in window.help_overlay.text.text()
    tap(qtbot, window, "btn_help_close")
    assert not window.help_overlay.isVisible()


@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_out_of_service_screen_names_the_fault_for_staff(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    flow.set_out_of_service("printer: paper out")
    assert window.stack.currentWidget().objectName() == "screen_out_of_service"
    # Issue 21 finding 12: the fault in the visitor's words, never the English of the log line.
    expected = {"vi": "máy in phiếu – hết giấy", "en": "receipt printer – out of paper"}[flow.language]
    assert expected in window.screens[Screen.OUT_OF_SERVICE].staff.text()
    assert not window.top_bar.home.isEnabled()
    flow.set_out_of_service("")
    assert window.stack.currentWidget().objectName() == "screen_welcome"


def test_kiosk_mode_ignores_close_and_escape(qtbot, flow: KioskFlow) -> None:
    window = MainWindow(flow, kiosk_mode=True)
    qtbot.addWidget(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.shutdown()
    assert not window.isVisible()


def test_touch_targets_are_at_least_60_px(qtbot, window: MainWindow) -> None:
    QApplication.processEvents()
    small = [
        f"{b.objectName()} {b.width()}x{b.height()}"
        for b in window.findChildren(QPushButton)
        if b.isVisible() and (b.width() < 60 or b.height() < 60)
    ]
    assert small == []


def test_screenshots_command_writes_one_png_per_screen(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk_app.cli", "screenshots", "--out", str(out), "--lang", "en", "--size", "1920x1080"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for screen in Screen:
        image = QImage(str(out / f"{screen.value}.png"))
        assert (image.width(), image.height()) == (1920, 1080), screen  # the kiosk's panel: nothing grows it
    for overlay in ("idle", "help", "confirm_home"):
        assert (out / f"{overlay}.png").stat().st_size > 10_000


def test_help_is_illustrated_on_the_citizen_screens(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    for screen in (Screen.WELCOME, Screen.LOOKUP, Screen.SUBMIT, Screen.TRACK, Screen.ASSISTANCE):
        flow.show(screen)
        window.show_help()
        picture = window.help_overlay.picture
        assert picture.isVisible() and not picture.pixmap().isNull(), screen
        assert window.help_overlay.text.text().strip(), screen
        window.help_overlay.hide()
