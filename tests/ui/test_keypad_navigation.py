"""Keypad navigation through the real window: reading order, Enter, Back, overlays keep the focus."""
from __future__ import annotations

from a11y_kit import RecordingSpeaker, kiosk_fixtures, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from kiosk_app.flow import KioskFlow, Screen
from ui.keypad import Action, action_for
from ui.main_window import MainWindow

K = Qt.Key
M = Qt.KeyboardModifier


flow, speaker, window = kiosk_fixtures(speech_on_keypad=True)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_keys_map_to_actions() -> None:
    none = M.NoModifier
    assert action_for(K.Key_Tab, none, False) is Action.NEXT
    assert action_for(K.Key_Backtab, M.ShiftModifier, True) is Action.PREVIOUS
    assert action_for(K.Key_Plus, M.KeypadModifier, True) is Action.NEXT
    assert action_for(K.Key_Right, none, True) is None  # the cursor moves in a text field
    assert action_for(K.Key_Enter, M.KeypadModifier, False) is Action.CHOOSE
    assert action_for(K.Key_Space, none, True) is None
    assert action_for(K.Key_Backspace, none, False) is Action.BACK
    assert action_for(K.Key_Backspace, none, True) is None
    assert action_for(K.Key_Minus, M.KeypadModifier, True) is None  # dossier codes have dashes
    assert action_for(K.Key_Slash, M.KeypadModifier, True) is Action.HELP
    assert action_for(K.Key_Asterisk, M.KeypadModifier, True) is Action.READ_ALOUD
    assert action_for(K.Key_5, none, False) is None


def test_first_key_turns_speech_on_and_tells_the_keys(qtbot, window: MainWindow, flow: KioskFlow,
                                                      speaker: RecordingSpeaker) -> None:
    press(qtbot, window, K.Key_Down)
    assert flow.speech and focused() == "btn_lookup"
    qtbot.waitUntil(lambda: bool(speaker.said))
    assert speaker.texts[0].startswith("Speech is on. Keys: Tab, the arrow keys or keypad plus move")
    flow.reset()
    assert not flow.speech and not window.keypad.active


def test_reading_order_wraps_and_enter_chooses(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    press(qtbot, window, K.Key_Tab)
    order = [focused()]
    for _ in range(10):
        press(qtbot, window, K.Key_Tab)
        order.append(focused())
    # the screen's content first, then the top bar (Back is disabled on the welcome screen), round again
    assert order == ["btn_lookup", "btn_submit", "btn_track", "btn_assistance", "btn_home", "btn_read_aloud",
                     "btn_language", "btn_display", "btn_help", "btn_lookup", "btn_submit"]
    press(qtbot, window, K.Key_Up)
    press(qtbot, window, K.Key_Up)
    assert focused() == "btn_help"
    window.findChild(QPushButton, "btn_assistance").setFocus()
    press(qtbot, window, K.Key_Return)
    assert flow.state is Screen.ASSISTANCE and focused() == "btn_area_general"
    press(qtbot, window, K.Key_Backspace)
    assert flow.state is Screen.WELCOME


def test_every_area_is_reachable_and_scrolled_into_view(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    window.resize(1280, 800)
    window.flow.set_text_scale(2.0)
    press(qtbot, window, K.Key_Tab)
    window.findChild(QPushButton, "btn_assistance").setFocus()
    press(qtbot, window, K.Key_Return)
    seen = []
    for _ in range(9):
        seen.append(focused())
        widget = QApplication.focusWidget()
        assert not widget.visibleRegion().isEmpty(), focused()
        press(qtbot, window, K.Key_Tab)
    assert len(set(seen)) == 9 and all(name.startswith("btn_area_") for name in seen)
    assert window.screens[Screen.ASSISTANCE].findChild(QScrollArea).verticalScrollBar().value() > 0


def test_focus_stays_inside_an_open_overlay(qtbot, window: MainWindow) -> None:
    press(qtbot, window, K.Key_Tab)
    window.top_bar.display.setFocus()
    press(qtbot, window, K.Key_Return)
    overlay = window.display_overlay
    assert overlay.isVisible() and overlay.isAncestorOf(QApplication.focusWidget())
    for _ in range(12):
        press(qtbot, window, K.Key_Tab)
        assert overlay.isAncestorOf(QApplication.focusWidget())
    window.findChild(QPushButton, "btn_track").setFocus()  # something behind tries to take focus
    assert overlay.isAncestorOf(QApplication.focusWidget())
    press(qtbot, window, K.Key_Escape)
    assert not overlay.isVisible()
    qtbot.waitUntil(lambda: focused() == "btn_display", timeout=1000)


def test_typing_in_fields_and_backspace_there(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    press(qtbot, window, K.Key_Tab)
    window.findChild(QPushButton, "btn_track").setFocus()
    press(qtbot, window, K.Key_Return)
    assert focused() == "field_code"
    type_text(qtbot, window, "AB-1")
    press(qtbot, window, K.Key_Minus, M.KeypadModifier)
    press(qtbot, window, K.Key_Backspace)
    assert QApplication.focusWidget().text() == "AB-1" and flow.state is Screen.TRACK
    press(qtbot, window, K.Key_Tab)
    press(qtbot, window, K.Key_7, M.KeypadModifier)
    type_text(qtbot, window, "89x0")
    assert QApplication.focusWidget().text() == "7890"
    assert window.keyboard is None or window.keyboard.isVisible()  # the touch keyboard shows, focus stays
    press(qtbot, window, K.Key_Return)
    assert focused() == "btn_track_search"


def test_focus_rings_show_once_keys_are_used(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Like CSS :focus-visible: a tapped button keeps no ring; the first navigation key draws them."""
    from ui.theme import PALETTES

    ring = PALETTES[flow.theme].focus.lower()
    tile = window.findChild(QPushButton, "btn_lookup")

    def ring_drawn() -> bool:
        image = tile.grab().toImage()
        return any(image.pixelColor(x, image.height() // 2).name() == ring for x in range(8))

    tile.setFocus()  # as a tap leaves it
    assert not ring_drawn()
    press(qtbot, window, K.Key_Tab)  # the first key focuses the first tile and shows the ring
    assert focused() == "btn_lookup" and ring_drawn()
    flow.reset()  # the next visitor starts with a touch screen again
    tile.setFocus()
    assert not ring_drawn()
