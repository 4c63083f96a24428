"""Helpers of the speech and keypad tests: a speaker that records, a window built with it, key presses."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk_app.flow import KioskFlow


class RecordingSpeaker:
    """Remembers every utterance as (language, text)."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def say(self, text: str, language: str) -> None:
        self.said.append((language, text))

    def stop(self) -> None:
        pass

    def busy(self) -> bool:
        return False

    @property
    def texts(self) -> list[str]:
        return [text for _language, text in self.said]


def make_window(qtbot, flow: KioskFlow, speaker: object, *, speech_on_keypad: bool = False):  # type: ignore[no-untyped-def]
    from kiosk_window import open_window

    window = open_window(qtbot, flow, speaker=speaker, speech_on_keypad=speech_on_keypad)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key press where a real keyboard's would go: the focused widget, else the window."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    qtbot.wait(1)  # queued speech and deferred focus moves run


def type_text(qtbot, window: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget() or window, text)
