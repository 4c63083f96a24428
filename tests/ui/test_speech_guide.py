"""The speech guide through the real window: Read aloud, speech mode, overlays, secrets, language."""
from __future__ import annotations

import pytest
from a11y_kit import RecordingSpeaker, kiosk_fixtures, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kiosk_app.clock import ManualClock
from kiosk_app.flow import KioskFlow, Screen
from ui.main_window import MainWindow
from ui.spoken import describe_control, screen_summary

K = Qt.Key


flow, speaker, window = kiosk_fixtures(speech_on_keypad=False)


def spoken_after(qtbot, speaker: RecordingSpeaker, count: int) -> str:
    qtbot.waitUntil(lambda: len(speaker.said) > count, timeout=2000)
    return " ".join(speaker.texts[count:])


def test_read_aloud_speaks_title_instruction_and_focus_even_with_speech_off(qtbot, window: MainWindow,
                                                                            flow: KioskFlow, speaker: RecordingSpeaker) -> None:
    assert not flow.speech
    window.findChild(QPushButton, "btn_track").setFocus()
    qtbot.mouseClick(window.top_bar.read_aloud, Qt.MouseButton.LeftButton)  # a tap focuses the button itself
    text = speaker.texts[-1]
    assert text.startswith("Ministry of Science and Technology – One-stop service. Welcome to the one-stop")
    assert "What would you like to do today?" in text and text.endswith("Read aloud, button.")
    window.findChild(QPushButton, "btn_track").setFocus()
    press(qtbot, window, K.Key_F2)
    assert speaker.texts[-1].endswith("Track a dossier, button, With the code on your receipt.")
    assert speaker.said[-1][0] == "en"


def test_speech_off_says_nothing_on_focus_and_screen_changes(qtbot, window: MainWindow, flow: KioskFlow,
                                                             speaker: RecordingSpeaker) -> None:
    """Issue 19 (stricter tests): "nothing was said" is checked on the guide's signal after its queue is
    flushed, not by waiting a fixed time."""
    with qtbot.assertNotEmitted(window.speech.spoken):
        window.findChild(QPushButton, "btn_track").setFocus()
        window.findChild(QPushButton, "btn_lookup").setFocus()
        press(qtbot, window, K.Key_Return)  # keys work without speech
        flow.go(Screen.TRACK)
        assert flow.state is Screen.TRACK
        window.speech.flush()  # whatever the screen change and focus moves queued is said now, or never
    assert speaker.said == []


def test_speech_mode_speaks_screens_focus_fields_and_statuses(qtbot, window: MainWindow, flow: KioskFlow,
                                                              speaker: RecordingSpeaker) -> None:
    flow.set_speech(True)
    press(qtbot, window, K.Key_Tab)  # the first key of a session goes to the screen's first control
    assert spoken_after(qtbot, speaker, 0) == "Speech is on. Look up procedures, button, Documents, fees and processing time."
    press(qtbot, window, K.Key_Down)
    press(qtbot, window, K.Key_Down)
    assert speaker.texts[-1] == "Track a dossier, button, With the code on your receipt."
    count = len(speaker.said)
    press(qtbot, window, K.Key_Return)
    text = spoken_after(qtbot, speaker, count)
    assert text.startswith("Track a dossier. Where is my dossier? Hold the QR code on your receipt")
    assert text.endswith("Dossier code, text field, empty.")
    type_text(qtbot, window, "ABC")
    press(qtbot, window, K.Key_Tab)
    type_text(qtbot, window, "12")
    count = len(speaker.said)
    press(qtbot, window, K.Key_Up)
    assert spoken_after(qtbot, speaker, count) == "Dossier code, text field, contains ABC."
    press(qtbot, window, K.Key_Down)
    assert speaker.texts[-1] == "Last 4 digits of your phone, text field, contains 1 2."
    count = len(speaker.said)
    press(qtbot, window, K.Key_Return)  # to the search button
    press(qtbot, window, K.Key_Return)  # search: two digits are not enough
    assert window.findChild(QLabel, "phone_error").text() == "Please type exactly 4 digits."
    qtbot.waitUntil(lambda: "Please type exactly 4 digits." in " ".join(speaker.texts[count:]), timeout=3000)


@pytest.mark.expect_log(logger="kiosk.maintenance", level="WARNING", message=r"wrong maintenance PIN \(1 of 5\)")
def test_pin_digits_are_never_spoken(qtbot, window: MainWindow, flow: KioskFlow, speaker: RecordingSpeaker) -> None:
    flow.set_speech(True)
    window.open_pin_pad()
    text = spoken_after(qtbot, speaker, 0)
    assert "Maintenance – enter the PIN" in text and "Cancel, button." in text
    for key in (K.Key_8, K.Key_9, K.Key_8, K.Key_9):
        press(qtbot, window, key)
    assert window.pin_pad.typed == 4
    press(qtbot, window, K.Key_F2)  # Read aloud on the pad
    press(qtbot, window, K.Key_Return)  # a wrong PIN: its verdict is spoken, the digits never
    qtbot.waitUntil(lambda: any("Wrong PIN" in t or "No maintenance PIN" in t for t in speaker.texts), timeout=3000)
    said = " ".join(speaker.texts)
    assert "8" not in said and "9" not in said and "●" not in said


def test_idle_countdown_is_spoken_with_its_seconds_and_choices(qtbot, window: MainWindow, flow: KioskFlow,
                                                               clock: ManualClock, speaker: RecordingSpeaker) -> None:
    flow.set_speech(True)
    flow.go(Screen.TRACK)
    spoken_after(qtbot, speaker, 0)
    count = len(speaker.said)
    clock.advance(flow.idle_seconds + 0.5)
    flow.tick()
    text = spoken_after(qtbot, speaker, count)
    assert text.startswith("Are you still there? Seconds left: 60. For your privacy")
    assert "Choices: I need more time; End now and delete my information." in text
    assert text.endswith("I need more time, button.")
    press(qtbot, window, K.Key_Tab)  # keys move inside the overlay and do not end the countdown
    assert window.idle_overlay.isVisible() and QApplication.focusWidget() is window.idle_overlay.finish
    press(qtbot, window, K.Key_Return)
    assert flow.state is Screen.WELCOME and not window.idle_overlay.isVisible()


def test_language_switch_changes_the_voice(qtbot, window: MainWindow, flow: KioskFlow, speaker: RecordingSpeaker) -> None:
    flow.set_speech(True)
    press(qtbot, window, K.Key_Tab)  # the first key only shows where the keys start
    window.top_bar.language.setFocus()
    spoken_after(qtbot, speaker, 0)
    count = len(speaker.said)
    press(qtbot, window, K.Key_Return)
    spoken_after(qtbot, speaker, count)
    assert flow.language == "vi" and speaker.said[-1][0] == "vi"
    assert "Bộ Khoa học và Công nghệ" in speaker.said[-1][1]
    press(qtbot, window, K.Key_F2)
    assert speaker.said[-1][0] == "vi"
    flow.set_language("en")
    press(qtbot, window, K.Key_F2)
    assert speaker.said[-1][0] == "en"


def test_secret_field_value_is_never_described(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setAccessibleName("PIN")
    field.setText("2468")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    assert describe_control(field) == "PIN, text field, hidden entry."
    field.setEchoMode(QLineEdit.EchoMode.Normal)
    field.setProperty("secret", True)
    assert "2468" not in describe_control(field)


def test_a_screen_may_give_its_own_instruction(window: MainWindow) -> None:
    ticket = window.screens[Screen.TICKET]
    assert screen_summary(ticket, ticket.title()).startswith("Your ticket. Your number. —.")
