"""Helpers of the speech and keypad tests: a speaker that records, a window built with it, key presses."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
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


def kiosk_fixtures(*, speech_on_keypad: bool):
    """The ``flow`` (English), ``speaker`` (recording) and ``window`` fixtures of a speech or keypad test
    module: ``flow, speaker, window = kiosk_fixtures(speech_on_keypad=...)`` at module level."""
    from kiosk_window import open_window

    from kiosk_app.composition import build_flow

    @pytest.fixture
    def flow(profile, clock) -> Iterator[KioskFlow]:
        flow = build_flow(profile, clock=clock, language="en")
        flow.default_language = "en"
        yield flow
        flow.stop()

    @pytest.fixture
    def speaker() -> RecordingSpeaker:
        return RecordingSpeaker()

    @pytest.fixture
    def window(qtbot, flow: KioskFlow, speaker: RecordingSpeaker):
        window = open_window(qtbot, flow, speaker=speaker, speech_on_keypad=speech_on_keypad)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        yield window
        window.shutdown()

    return flow, speaker, window


def press(qtbot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where a real keyboard's would go: the focused widget, else the window."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    qtbot.wait(1)  # queued speech and deferred focus moves run


def type_text(qtbot, window: QWidget, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget() or window, text)
