"""The speech guide: says what the kiosk shows, in the flow's language, through a speaker (espeak-ng).

* Read aloud (top-bar button, F2 or keypad "*") always speaks the screen (or the open overlay) and the
  focused control, even with speech mode off.
* With speech mode on, a screen change, an overlay opening (idle countdown, help, confirm, display
  options, PIN pad), a focus change and a status that appears (an error, a print result) are spoken.

What is said within one turn of the event loop becomes one utterance (a screen change and the focus
it brings are heard together); a new utterance interrupts the last one, except statuses, which wait
until the voice is quiet so they do not cut a screen's title. The sentences come from ``ui.spoken``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.speech import Speaker
from ui.keypad import top_overlay
from ui.screens.base import ScreenWidget
from ui.spoken import clean, describe_control, overlay_summary, screen_summary, status_labels

if TYPE_CHECKING:  # the main window builds the guide: a run-time import would be circular
    from ui.main_window import MainWindow

POLL_MS = 250  # how often shown statuses are compared and queued speech is started


class SpeechGuide(QObject):
    """Connects the window's screens, overlays and focus to a speaker."""

    spoken = Signal(str, str)  # (text, language) of every utterance, for tests and logs

    def __init__(self, flow: KioskFlow, speaker: Speaker, window: MainWindow, overlays: Sequence[QWidget],
                 keyboard: QObject | None = None) -> None:
        super().__init__(window)
        self.flow = flow
        self.speaker = speaker
        self.window = window
        self.overlays = tuple(overlays)
        self._context: list[str] = []
        self._focus = ""
        self._statuses: dict[str, str] = {}  # label key -> text waiting for a quiet voice
        self._known: dict[int, str] = {}  # label id -> text last seen (spoken or already there)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)
        flow.state_changed.connect(self._screen_changed)
        flow.language_changed.connect(self._language_changed)
        flow.speech_changed.connect(self._speech_changed)
        flow.idle_countdown.connect(self._countdown)
        flow.session_reset.connect(self._session_reset)
        for overlay in self.overlays:
            overlay.installEventFilter(self)
        if keyboard is not None:
            self.follow_keyboard(keyboard)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        if flow.speech:
            self._poll.start()

    # --- what is shown ---------------------------------------------------------------------------
    def open_overlay(self) -> QWidget | None:
        """The overlay the citizen is looking at, if any."""
        return top_overlay(self.overlays)

    def current_screen(self) -> ScreenWidget:
        return self.window.screens[self.flow.state]

    def context_text(self) -> str:
        """The open overlay's summary, or the screen's title, heading and instruction."""
        overlay = self.open_overlay()
        if overlay is not None:
            return overlay_summary(overlay)
        screen = self.current_screen()
        return screen_summary(screen, screen.title())

    def focus_text(self) -> str:
        focused = QApplication.focusWidget()
        return describe_control(focused) if self._ours(focused) else ""

    def _ours(self, widget: QWidget | None) -> TypeGuard[QWidget]:
        return widget is not None and widget.window() is self.window and widget.isVisible()

    # --- speaking --------------------------------------------------------------------------------
    def read_aloud(self) -> None:
        """Speak the screen (or overlay) and the focused control now, whether speech mode is on or not."""
        self._context.clear()
        self._focus = ""
        self._flush_timer.stop()
        self._say(" ".join(p for p in (self.context_text(), self.focus_text()) if p))

    def introduce(self, text: str) -> None:
        """Say ``text`` and then the screen (e.g. how to use the keys when the keypad turned speech on)."""
        self._queue_context(text)
        self._queue_context(self.context_text())

    def _queue_context(self, text: str) -> None:
        if text and text not in self._context:
            self._context.append(text)
            self._flush_timer.start()

    def _queue_focus(self, text: str) -> None:
        self._focus = text
        self._flush_timer.start()

    def _flush(self) -> None:
        text = " ".join(p for p in (*self._context, self._focus) if p)
        self._context.clear()
        self._focus = ""
        if text and self.flow.speech:
            self._say(text)

    def _say(self, text: str) -> None:
        if text:
            self.speaker.say(text, self.flow.language)
            self.spoken.emit(text, self.flow.language)

    def flush(self) -> None:
        """Say what is waiting now (tests; the event loop does it otherwise)."""
        if self._flush_timer.isActive():
            self._flush_timer.stop()
            self._flush()

    # --- statuses --------------------------------------------------------------------------------
    def _status_labels(self) -> list[QLabel]:
        roots: list[QWidget] = [self.current_screen()]
        overlay = self.open_overlay()
        if overlay is not None:
            roots.append(overlay)
        return [label for root in roots for label in status_labels(root)]

    def _remember_statuses(self) -> None:
        """What is shown now is not news: only later changes are announced."""
        for label in self._status_labels():
            self._known[id(label)] = clean(label.text()) if label.isVisible() else ""

    def _tick(self) -> None:
        if not self.flow.speech:
            return
        for label in self._status_labels():
            text = clean(label.text()) if label.isVisible() else ""
            if text != self._known.get(id(label), ""):
                self._known[id(label)] = text
                if text:
                    self._statuses[str(id(label))] = text
        if self._statuses and not self._flush_timer.isActive() and not self.speaker.busy():
            key = next(iter(self._statuses))
            self._say(self._statuses.pop(key))

    # --- reactions -------------------------------------------------------------------------------
    def _screen_changed(self, _old: Screen, _new: Screen) -> None:
        self._statuses.clear()
        self._remember_statuses()
        if self.flow.speech:
            self._context.clear()
            self._queue_context(self.context_text())

    def _language_changed(self, _language: str) -> None:
        if self.flow.speech:
            self._queue_context(self.context_text())
            self._queue_focus(self.focus_text())

    def _speech_changed(self, on: bool) -> None:
        self._statuses.clear()
        if on:
            self._remember_statuses()
            self._poll.start()
            self._queue_context(QCoreApplication.translate("Spoken", "Speech is on."))
        else:
            self._poll.stop()
            self._context.clear()
            self._focus = ""
            self.speaker.stop()

    def _countdown(self, seconds: int) -> None:
        # The overlay's opening sentence says the seconds; later, two reminders (not one a second).
        if self.flow.speech and seconds in (10, 5) and self.open_overlay() is not None:
            self._statuses["countdown"] = QCoreApplication.translate("Spoken", "Seconds left: %1.").replace("%1", str(seconds))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.flow.speech and self._ours(new):
            self._queue_focus(describe_control(new))

    def control_changed(self, widget: QWidget) -> None:
        """A control's state changed (a toggle chosen): say it again if it still has focus."""
        if self.flow.speech and widget is QApplication.focusWidget() and self._ours(widget):
            self._queue_focus(describe_control(widget))

    def follow_keyboard(self, keyboard: QObject) -> None:
        """Speak the keys of ``keyboard`` (the window builds it when a text field first takes focus)."""
        if hasattr(keyboard, "key_pressed"):
            keyboard.key_pressed.connect(self._key_typed)

    def _key_typed(self, _name: str, spoken: str) -> None:
        if self.flow.speech and spoken:  # empty for a secret field: a PIN is never spoken
            self._say(spoken)

    def _session_reset(self) -> None:
        self._context.clear()
        self._focus = ""
        self._statuses.clear()
        self._flush_timer.stop()
        self.speaker.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and watched in self.overlays and self.flow.speech:
            self._remember_statuses()
            self._queue_context(overlay_summary(watched))
        return False

    def dispose(self) -> None:
        """Stop listening to the application (the window is closing)."""
        self._poll.stop()
        self._flush_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass
        self.speaker.stop()
