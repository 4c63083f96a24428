"""Each check of the accessibility walker fails where it should, and taps reach buttons in scrolled screens."""
from __future__ import annotations

from a11y_checks import (
    check_clipping,
    check_contrast,
    check_names,
    check_overlap,
    check_target_size,
    image_array,
    widgets_in,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk_app.flow import KioskFlow, Screen
from ui.theme import DEFAULT, stylesheet


def _host(qtbot, *children: QWidget, width: int = 600) -> QWidget:
    host = QWidget()
    host.setStyleSheet("background: #ffffff;")
    layout = QVBoxLayout(host)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(host)
    host.resize(width, 400)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_grey_on_grey_text_fails_the_contrast_check_and_dark_on_white_passes(qtbot) -> None:
    grey = QLabel("Grey on grey is hard to read")
    grey.setStyleSheet("background: #9a9a9a; color: #7a7a7a; font-size: 24px;")
    dark = QLabel("Dark on white is easy to read")
    dark.setStyleSheet("background: #ffffff; color: #14212b; font-size: 16px;")
    host = _host(qtbot, grey, dark)
    problems = check_contrast(widgets_in(host), host, image_array(host.grab().toImage()))
    assert len(problems) == 1 and "Grey on grey" in problems[0]


def test_small_text_needs_more_contrast_than_large_text(qtbot) -> None:
    small = QLabel("Mid grey, small")  # about 3.9:1: enough for large text, not for small
    small.setStyleSheet("background: #ffffff; color: #7f7f7f; font-size: 16px;")
    large = QLabel("Mid grey, large")
    large.setStyleSheet("background: #ffffff; color: #7f7f7f; font-size: 32px;")
    host = _host(qtbot, small, large)
    problems = check_contrast(widgets_in(host), host, image_array(host.grab().toImage()))
    assert len(problems) == 1 and "small" in problems[0]


def test_a_40_px_button_fails_the_size_check(qtbot) -> None:
    tiny = QPushButton("x")
    tiny.setStyleSheet("min-height: 0px; margin: 0px; padding: 0px;")  # whatever the application's theme says
    tiny.setFixedSize(40, 40)
    big = QPushButton("OK")
    big.setFixedSize(80, 80)
    host = _host(qtbot, tiny, big)
    problems = check_target_size(widgets_in(host))
    assert len(problems) == 1 and "40x40" in problems[0]


def test_an_unnamed_icon_button_fails_the_name_check(qtbot) -> None:
    icon_only = QPushButton()
    icon_only.setObjectName("btn_icon_only")
    named = QPushButton()
    named.setAccessibleName("Close")
    host = _host(qtbot, icon_only, named)
    problems = check_names(widgets_in(host))
    assert len(problems) == 1 and "btn_icon_only" in problems[0]


def test_a_long_label_in_a_narrow_box_fails_the_clipping_check(qtbot) -> None:
    long = QLabel("A sentence far too long for the narrow box it was put in")
    long.setObjectName("long_label")
    long.setMaximumWidth(120)
    wrapped = QLabel("A wrapped label that is given too little height for its many lines of text")
    wrapped.setObjectName("wrapped_label")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    fine = QLabel("Fits")
    host = _host(qtbot, long, wrapped, fine, width=300)
    problems = check_clipping(widgets_in(host), host)
    assert any("long_label" in p for p in problems)
    assert any("wrapped_label" in p for p in problems)
    assert not any("'Fits'" in p for p in problems)


def test_a_button_narrower_than_its_text_fails_the_clipping_check(qtbot) -> None:
    squeezed = QPushButton("A long button label")
    squeezed.setFixedWidth(90)
    host = _host(qtbot, squeezed)
    assert len(check_clipping(widgets_in(host), host)) == 1


def test_a_text_under_a_button_fails_the_overlap_check_and_a_column_passes(qtbot) -> None:
    status = QLabel("The camera of this kiosk is not working.")
    button = QPushButton("Take the picture now")
    host = _host(qtbot, status, button)
    assert check_overlap(widgets_in(host), host) == []  # one below the other
    button.move(status.pos() + QPoint(0, status.height() // 2))  # as a squeezed layout draws it
    problems = check_overlap(widgets_in(host), host)
    assert len(problems) == 1 and "Take the picture now" in problems[0]


def test_a_tap_on_a_button_in_a_scrolled_screen_clicks_at_once(qtbot, window, flow: KioskFlow) -> None:
    """Kinetic scrolling must not hold the press back or swallow the click (MousePressEventDelay 0)."""
    QApplication.instance().setStyleSheet(stylesheet(2.0, DEFAULT))
    window.resize(1280, 720)  # 200 % text on a small window: the screen has to scroll
    flow.go(Screen.TRACK)
    screen = window.screens[Screen.TRACK]
    qtbot.waitUntil(lambda: screen.scroll_area.verticalScrollBar().maximum() > 0)
    bar = screen.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    button = window.findChild(QPushButton, "btn_track_search")
    assert button.isVisible() and not button.visibleRegion().isEmpty()
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))
    assert clicked == [True]
