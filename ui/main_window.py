"""The kiosk's one window: top bar, the stack of screens, the on-screen keyboard and overlays."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk_app.chime import Chime, SilentChime
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.maintenance import PinResult
from kiosk_app.speech import SilentSpeaker, Speaker
from ui.i18n import install_language
from ui.keypad import KeypadNavigator
from ui.screens.base import ScreenWidget
from ui.screens.registry import LazyScreens, build_screen
from ui.speech_guide import SpeechGuide
from ui.theme import PALETTES, stylesheet
from ui.widgets.connecting import ConnectingLine
from ui.widgets.overlay import ConfirmOverlay, DisplayOverlay, HelpOverlay, IdleOverlay
from ui.widgets.picture import THEME_PROPERTY

if TYPE_CHECKING:
    from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.pin_pad import PinPadOverlay
from ui.widgets.top_bar import TopBar

log = logging.getLogger("kiosk.ui")

_ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class MainWindow(QWidget):
    """Renders the flow: switches screens on state changes and turns top-bar taps into intents."""

    # Seconds left when the idle warning chimes again (it chimes when it opens, too).
    CHIME_AGAIN_AT = (10,)
    # The window's first paint: the running kiosk starts its devices and embedded backend then (issue 20).
    first_painted = Signal()

    def __init__(self, flow: KioskFlow, *, kiosk_mode: bool, speaker: Speaker | None = None,
                 speech_on_keypad: bool = False, chime: Chime | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flow = flow
        self.chime: Chime = chime or SilentChime()
        self.kiosk_mode = kiosk_mode
        self._allow_close = not kiosk_mode
        self._welcome_painted = False
        self._painted = False
        if kiosk_mode:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("Kiosk")

        self.top_bar = TopBar()
        self.stack = QStackedWidget()
        # Each screen is built (and its module imported) the first time the flow shows it or code asks for it.
        self.screens = LazyScreens(self._build_screen, self._screen_added)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.idle_overlay = IdleOverlay(self)  # a banner under the top bar: the screen stays in view
        self.connecting = ConnectingLine(self)  # a request waits for the backend that is still starting
        layout.addWidget(self.top_bar)
        layout.addWidget(self.idle_overlay)
        layout.addWidget(self.connecting)
        layout.addWidget(self.stack, 1)
        # The on-screen keyboard is built when a text field first takes focus (issue 20: not before the
        # first paint); until then this window watches focus for it.
        self._keyboard: OnScreenKeyboard | None = None
        self._keyboard_tried = False
        _qapp().focusChanged.connect(self._focus_before_keyboard)

        self.confirm_overlay = ConfirmOverlay(self)
        self.help_overlay = HelpOverlay(self)
        self.display_overlay = DisplayOverlay(self)
        self.pin_pad = PinPadOverlay(self)
        self.pin_pad.submitted.connect(self._pin_entered)
        self._last_press = -1

        self.top_bar.home_clicked.connect(self.request_home)
        self.top_bar.back_clicked.connect(self.flow.back)
        self.top_bar.language_clicked.connect(self._toggle_language)
        self.top_bar.display_clicked.connect(self.show_display_options)
        self.top_bar.read_aloud_clicked.connect(self.read_aloud)
        self.display_overlay.text_scale_chosen.connect(self.flow.set_text_scale)
        self.display_overlay.theme_chosen.connect(self.flow.set_theme)
        self.display_overlay.speech_chosen.connect(self.flow.set_speech)
        self.top_bar.help_clicked.connect(self.show_help)
        self.confirm_overlay.confirmed.connect(self.flow.home)
        self.idle_overlay.stay_clicked.connect(self.flow.extend)
        self.idle_overlay.finish_clicked.connect(lambda: self.flow.reset(reason="finished"))
        flow.state_changed.connect(self._show_state)
        flow.idle_countdown.connect(self._idle_countdown)
        flow.idle_cancelled.connect(self.idle_overlay.hide)
        flow.session_reset.connect(self._session_reset)
        flow.language_changed.connect(self._apply_language)
        flow.text_scale_changed.connect(self._apply_style)
        flow.theme_changed.connect(self._apply_style)
        flow.speech_changed.connect(self._refresh_display_overlay)
        flow.back_state_changed.connect(self._refresh_back)
        link = getattr(flow.services, "link", None)  # kiosk_app.backend_link.BackendLink (None: no services)
        if link is not None:
            link.waiting_changed.connect(self.connecting.set_waiting)
            self.connecting.set_waiting(link.waiting)

        self._apply_language(flow.language)
        self._apply_style()
        self._show_state(flow.state, flow.state)
        _qapp().installEventFilter(self)
        self._build_accessibility(speaker or SilentSpeaker(), speech_on_keypad)

    # --- construction ----------------------------------------------------------------------------
    def _keypad_roots(self) -> list[QWidget]:
        """Where keypad focus may go: the top bar and the current screen, in that order."""
        screen = self.stack.currentWidget()
        return [self.top_bar] if screen is None else [self.top_bar, screen]

    def _build_screen(self, state: Screen) -> ScreenWidget:
        return build_screen(self.flow, state)

    def _screen_added(self, screen: ScreenWidget) -> None:
        """A screen built on first access joins the stack; it built itself in the current language."""
        current = self.stack.currentWidget()
        policy = QSizePolicy.Policy.Ignored if current is not None else QSizePolicy.Policy.Preferred
        screen.setSizePolicy(policy, policy)  # only the current screen counts for the window's size
        self.stack.addWidget(screen)
        if current is not None:
            self.stack.setCurrentWidget(current)  # adding never changes what is shown

    def _build_accessibility(self, speaker: Speaker, speech_on_keypad: bool) -> None:
        """Speech guide and keypad navigation (after the window's own event filter: keys reach them first)."""
        self.overlays = (self.idle_overlay, self.pin_pad, self.confirm_overlay, self.display_overlay,
                         self.help_overlay)
        self.speech = SpeechGuide(self.flow, speaker, self, self.overlays)
        self.keypad = KeypadNavigator(
            self, self._keypad_roots, self.overlays,
            on_help=self.show_help, on_read_aloud=self.read_aloud, on_back=self._back_key,
            on_activity=self.flow.touch)
        self.speech_on_keypad = speech_on_keypad
        self.keypad.activated.connect(self._keypad_activated)
        self.keypad.toggled.connect(self.speech.control_changed)
        self.flow.state_changed.connect(self.keypad.screen_changed)
        self.flow.session_reset.connect(self.keypad.reset)
        self.flow.session_reset.connect(lambda: self._show_focus_rings(False))

    def _keypad_activated(self) -> None:
        """The first navigation key of a session: focus rings on, speech mode on (profile ``speech_on_keypad``)
        and the keys told."""
        self._show_focus_rings(True)
        if self.speech_on_keypad and not self.flow.speech:
            self.flow.set_speech(True)
            self.speech.introduce(self.keypad.key_guide())

    def _show_focus_rings(self, on: bool) -> None:
        """Focus rings are drawn while keys are in use (ui/theme.py: the ``keys`` property)."""
        if bool(self.property("keys")) != on:
            self.setProperty("keys", on)
            _qapp().setStyleSheet(_qapp().styleSheet())  # the same sheet again: re-polish every widget against the property

    def _back_key(self) -> None:
        if self.top_bar.back.isEnabled() and self.top_bar.back.isVisible():
            self.top_bar.back.click()

    @property
    def keyboard(self) -> OnScreenKeyboard | None:
        """The on-screen keyboard under the screens, built on first use (None: its module is missing)."""
        if not self._keyboard_tried:
            self._keyboard_tried = True
            self._keyboard = self._build_keyboard()
        return self._keyboard

    def _build_keyboard(self) -> OnScreenKeyboard | None:
        _qapp().focusChanged.disconnect(self._focus_before_keyboard)  # the keyboard follows focus itself
        try:
            from ui.widgets.keyboard import OnScreenKeyboard
        except ImportError:
            return None
        keyboard = OnScreenKeyboard(self, clock=self.flow.clock)
        keyboard.set_palette(PALETTES[self.flow.theme])
        layout = self.layout()
        assert layout is not None
        layout.addWidget(keyboard)  # last: under the screens
        self.speech.follow_keyboard(keyboard)
        return keyboard

    def _focus_before_keyboard(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A text field of this window took focus before the keyboard existed: build it and type there."""
        if (isinstance(new, QLineEdit) and new.window() is self and new.isEnabled() and not new.isReadOnly()
                and self._keyboard is None):
            keyboard = self.keyboard  # it follows focus itself from now on
            if keyboard is not None and keyboard.field is not new:
                keyboard.attach(new)

    # --- rendering the flow --------------------------------------------------------------------------
    def _show_state(self, _old: Screen, new: Screen) -> None:
        screen = self.screens[new]
        # Only the current screen counts for the window's size: a tall screen elsewhere in the stack
        # must not push the window beyond the panel.
        for other in self.screens.built():
            policy = QSizePolicy.Policy.Preferred if other is screen else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self.top_bar.set_title(screen.title())
        self._refresh_back()
        self.top_bar.home.setEnabled(new not in (Screen.OUT_OF_SERVICE,))
        for overlay in (self.help_overlay, self.confirm_overlay, self.display_overlay):
            overlay.hide()
        self.pin_pad.close_pad()

    def _refresh_back(self) -> None:
        """Back is enabled only when it does something (never active-looking and dead)."""
        self.top_bar.back.setEnabled(self.flow.can_go_back())

    def _apply_language(self, language: str) -> None:
        install_language(language)
        self.top_bar.retranslate(language)
        self.idle_overlay.retranslate()
        self.connecting.retranslate()
        self.display_overlay.retranslate()
        self.pin_pad.retranslate()
        for screen in self.screens.built():
            screen.retranslate()
        self.top_bar.set_title(self.screens[self.flow.state].title())
        if self.help_overlay.isVisible():
            self.show_help()

    def _apply_style(self, *_changed: object) -> None:
        """Text size and colour theme are one stylesheet for the whole application."""
        palette = PALETTES[self.flow.theme]
        _qapp().setProperty(THEME_PROPERTY, self.flow.theme)  # for ui.widgets.picture
        sheet = stylesheet(self.flow.text_scale, palette)
        if _qapp().styleSheet() != sheet:  # re-polishing every widget costs seconds: only on a real change
            _qapp().setStyleSheet(sheet)
        if self._keyboard is not None:
            self._keyboard.set_palette(palette)
        self._refresh_display_overlay()

    def _refresh_display_overlay(self, *_changed: object) -> None:
        self.display_overlay.show_state(self.flow.text_scale, self.flow.theme, self.flow.speech)

    def _idle_countdown(self, seconds: int) -> None:
        """The idle warning: opens with a chime (heard with speech mode off too) and chimes again near the end."""
        self.idle_overlay.set_seconds(seconds)
        if not self.idle_overlay.isVisible():
            for overlay in (self.help_overlay, self.confirm_overlay, self.display_overlay):
                overlay.hide()
            self.idle_overlay.open()
            self._keep_camera_in_view()
            self.chime.ring()
        elif seconds in self.CHIME_AGAIN_AT:
            self.chime.ring()

    def _keep_camera_in_view(self) -> None:
        """The banner pushed the screen down: a screen that scrolls (200 % text) brings the camera preview
        back into view, so a citizen scanning pages still sees it."""
        screen = self.screens[self.flow.state]
        preview = screen.findChild(QLabel, "scan_preview")
        if preview is not None and preview.isVisible():
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the banner's room is taken now, not at the next event loop turn
            screen.scroll_area.ensureWidgetVisible(preview, 0, 0)

    def _session_reset(self) -> None:
        for overlay in (self.idle_overlay, self.help_overlay, self.confirm_overlay, self.display_overlay):
            overlay.hide()
        self.pin_pad.close_pad()
        if self._keyboard is not None:
            self._keyboard.hide()

    # --- intents ----------------------------------------------------------------------------------
    def request_home(self) -> None:
        """Home: ask before discarding what the citizen entered; go straight home when nothing would be lost."""
        if self.flow.session.has_personal_data:
            self.confirm_overlay.ask(
                self.tr("Start again?"),
                self.screens[self.flow.state].home_warning() or self.tr("What you have entered and scanned will be deleted."),
                self.tr("Yes, start again"),
                self.tr("No, continue"),
            )
        else:
            self.flow.home()

    def show_help(self) -> None:
        screen = self.screens[self.flow.state]
        text = screen.help_text()
        if self.flow.state is Screen.WELCOME:  # where a keypad user starts: how the keys work
            text += "\n\n" + self.keypad.key_guide()
        self.help_overlay.show_help(screen.title(), text, screen.help_image())

    def _toggle_language(self) -> None:
        self.flow.set_language("en" if self.flow.language == "vi" else "vi")

    def show_display_options(self) -> None:
        self._refresh_display_overlay()
        self.display_overlay.open()

    def read_aloud(self) -> None:
        """Speak the screen's title, its main instruction and the focused control (also with speech mode off)."""
        self.speech.read_aloud()

    # --- maintenance entry ---------------------------------------------------------------------------
    def _corner_tap(self, event: QMouseEvent) -> None:
        """Feed a press to the hidden gesture; open the PIN pad where maintenance may be entered."""
        access = self.flow.maintenance
        if access is None or self.flow.state not in (Screen.WELCOME, Screen.OUT_OF_SERVICE) \
                or self.pin_pad.isVisible():
            return
        pos = self.mapFromGlobal(event.globalPosition().toPoint())
        if access.tap(pos.x(), pos.y()):
            self.open_pin_pad()

    def open_pin_pad(self) -> None:
        access = self.flow.maintenance
        self.pin_pad.open_pad()
        locked = access.gate.locked_for() if access is not None else 0.0
        if locked > 0:
            self.pin_pad.show_message(self._locked_text(locked), locked=True)
        else:
            self.pin_pad.show_message("")

    def _locked_text(self, seconds: float) -> str:
        minutes = max(1, round(seconds / 60))
        return self.tr("Too many wrong PINs. Entry is locked for %n minute(s).", "", minutes)

    def _pin_entered(self, pin: str) -> None:
        access = self.flow.maintenance
        if access is None:
            return
        result = access.check(pin)
        if result is PinResult.ACCEPTED:
            self.pin_pad.close_pad()
            self.flow.go(Screen.MAINTENANCE)
        elif result is PinResult.LOCKED:
            self.pin_pad.show_message(self._locked_text(access.gate.locked_for()), locked=True)
        elif result is PinResult.NOT_SET:
            self.pin_pad.show_message(self.tr("No maintenance PIN is set on this kiosk."))
        else:
            self.pin_pad.show_message(
                self.tr("Wrong PIN. %n attempt(s) left.", "", access.gate.attempts_left))

    # --- kiosk window behaviour ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY_EVENTS:
            self.flow.touch()
            # A press is seen once per widget it propagates to (same timestamp): count each tap once.
            if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                    and isinstance(watched, QWidget) and watched.window() is self \
                    and event.timestamp() != self._last_press:
                self._last_press = event.timestamp()
                self._corner_tap(event)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint is on screen
        if not self._welcome_painted and self.flow.state is Screen.WELCOME:
            self._welcome_painted = True
            log.info("welcome screen shown")  # bench/ui_latency.py measures start-up up to this line

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.kiosk_mode and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape must not leave kiosk mode
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._allow_close:
            _qapp().removeEventFilter(self)
            if self._keyboard is not None:
                self._keyboard.dispose()  # stop following the application's focus
            elif not self._keyboard_tried:
                _qapp().focusChanged.disconnect(self._focus_before_keyboard)
            self.keypad.dispose()
            self.speech.dispose()
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()

    def shutdown(self) -> None:
        """Close for real (application exit, maintenance 'restart')."""
        self._allow_close = True
        self.close()


def _qapp() -> QApplication:
    """The running QApplication (the window exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the kiosk window needs a QApplication"
    return app
