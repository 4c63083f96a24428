"""KioskFlow: the state machine of screens, the citizen session, the idle timer and out-of-service.

Screens render the flow's state and emit intents (``go``, ``back``, ``home``); they hold no business
state of their own. One method, :meth:`KioskFlow.go`, runs the old state's exit hooks and the new
state's enter hooks, and lets a state redirect (e.g. to OUT_OF_SERVICE while a required device is
down). Time comes from an injectable clock; a QTimer calls :meth:`tick`, tests call it themselves.

The idle timer never takes work from someone who is there: a touch, a key, a page moving under the
camera, a QR code read (:meth:`KioskFlow.note_presence`) each restart it, it is paused while a page is
being captured (:meth:`KioskFlow.pause_idle`), and its length depends on the screen (reading and
scanning screens wait longer, see :class:`IdleKind`).
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk_app.clock import Clock, SystemClock
from kiosk_app.session import CitizenSession

if TYPE_CHECKING:  # services import the whole kiosk (devices, backend client, outbox); the flow needs only the types
    from kiosk_app.maintenance import MaintenanceAccess
    from kiosk_app.services import KioskServices

log = logging.getLogger("kiosk.flow")


class Screen(str, Enum):
    """Every state of the kiosk flow; each is shown by one screen in ``ui.screens``."""

    WELCOME = "welcome"
    LOOKUP = "lookup"  # search and browse procedures
    PROCEDURE = "procedure"  # one procedure in full
    CHECKLIST = "checklist"  # tick the documents you have; print the list
    SUBMIT = "submit"  # the submission wizard (its step is in the session)
    RECEIPT = "receipt"  # the receipt of a submission or a supplement
    TRACK = "track"  # code entry or receipt QR
    DOSSIER = "dossier"  # a tracked dossier's timeline
    SUPPLEMENT = "supplement"  # scan and upload what a supplement request asks for
    ASSISTANCE = "assistance"  # choose a service area
    TICKET = "ticket"  # the printed queue ticket
    MAINTENANCE = "maintenance"  # technicians, behind the PIN
    OUT_OF_SERVICE = "out_of_service"


# Where each state may lead (Home to WELCOME and the OUT_OF_SERVICE redirect are always allowed).
TRANSITIONS: dict[Screen, frozenset[Screen]] = {
    Screen.WELCOME: frozenset({Screen.LOOKUP, Screen.SUBMIT, Screen.TRACK, Screen.ASSISTANCE, Screen.MAINTENANCE}),
    Screen.LOOKUP: frozenset({Screen.PROCEDURE, Screen.ASSISTANCE}),  # no match: a ticket for the counter
    Screen.PROCEDURE: frozenset({Screen.CHECKLIST, Screen.SUBMIT}),
    Screen.CHECKLIST: frozenset({Screen.SUBMIT}),
    Screen.SUBMIT: frozenset({Screen.RECEIPT, Screen.LOOKUP, Screen.ASSISTANCE}),  # a ticket instead of the kiosk
    Screen.RECEIPT: frozenset({Screen.TRACK}),
    Screen.TRACK: frozenset({Screen.DOSSIER}),
    Screen.DOSSIER: frozenset({Screen.SUPPLEMENT}),
    Screen.SUPPLEMENT: frozenset({Screen.RECEIPT, Screen.DOSSIER}),
    Screen.ASSISTANCE: frozenset({Screen.TICKET}),
    Screen.TICKET: frozenset(),
    Screen.MAINTENANCE: frozenset(),
    Screen.OUT_OF_SERVICE: frozenset({Screen.MAINTENANCE}),
}
# Colour themes of the UI (ui.theme has a palette for each).
THEMES = ("standard", "high-contrast")
# The text sizes a citizen can choose (WCAG 1.4.4: up to 200 %).
TEXT_SCALES = (1.0, 1.5, 2.0)
# States that are usable while a required device is down.
SERVICE_FREE = frozenset({Screen.OUT_OF_SERVICE, Screen.MAINTENANCE})
# States that are not left when a device fails: what is on screen is what the person needs now.
HOLD_OUT_OF_SERVICE = frozenset({Screen.MAINTENANCE, Screen.RECEIPT, Screen.TICKET})



class IdleKind(str, Enum):
    """How long a screen waits before the idle warning (profile ``[kiosk.idle]``)."""

    DEFAULT = "default"
    READING = "reading"  # long texts a slow reader needs time for
    SCANNING = "scanning"  # laying pages under the camera, one after another


# Screens where the citizen reads: a procedure in full, the checklist, a tracked dossier's timeline.
READING_SCREENS = frozenset({Screen.PROCEDURE, Screen.CHECKLIST, Screen.DOSSIER})
# Screens where the citizen scans (the submission wizard's scan step counts too, see KioskFlow.idle_kind).
SCANNING_SCREENS = frozenset({Screen.SUPPLEMENT})
SCAN_STEP = "scan"  # kiosk_app.wizard.Step.SCAN (a str enum): the wizard's scanning step
# A pause longer than this is a bug (a capture never reported its end): the timer runs again.
MAX_IDLE_PAUSE_SECONDS = 600.0

EnterHook = Callable[[Screen], "Screen | None"]
ExitHook = Callable[[Screen], None]


class StepBack(Protocol):
    """A screen with steps of its own (the submission wizard): Back goes one of its steps back first."""

    def can_step_back(self) -> bool: ...

    def step_back(self) -> bool: ...


class IllegalTransition(RuntimeError):
    """A screen asked for a transition the table does not allow (a programming error)."""


class KioskFlow(QObject):
    """The one object that knows where the citizen is and what they entered."""

    state_changed = Signal(object, object)  # (old Screen, new Screen)
    idle_countdown = Signal(int)  # seconds left before the session is wiped
    idle_cancelled = Signal()
    session_reset = Signal()
    session_ended = Signal(str)  # a visitor's session ended (reason: finished, idle, home…); usage counters
    language_changed = Signal(str)
    text_scale_changed = Signal(float)
    theme_changed = Signal(str)  # "standard" or "high-contrast"
    speech_changed = Signal(bool)  # speech mode: every screen and focus change is spoken
    back_state_changed = Signal()  # whether Back can do something may have changed (a screen's own steps)

    TICK_MS = 250

    def __init__(
        self,
        session: CitizenSession,
        *,
        idle_seconds: float,
        countdown_seconds: int,
        reading_seconds: float | None = None,
        scanning_seconds: float | None = None,
        language: str = "vi",
        text_scale: float = 1.0,
        theme: str = "standard",
        speech: bool = False,
        clock: Clock | None = None,
        services: KioskServices | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services  # None in shell-only tests and screenshots: no devices, no backend
        self.idle_seconds = idle_seconds  # before the warning, on screens without a longer time
        self.idle_periods: dict[IdleKind, float] = {
            IdleKind.DEFAULT: idle_seconds,
            IdleKind.READING: reading_seconds if reading_seconds is not None else idle_seconds,
            IdleKind.SCANNING: scanning_seconds if scanning_seconds is not None else idle_seconds,
        }
        self.countdown_seconds = countdown_seconds
        self.default_language = language
        self.default_text_scale = text_scale
        self.language = language
        self.text_scale = text_scale
        self.default_theme = theme
        self.default_speech = speech
        self.theme = theme
        self.speech = speech
        self.clock = clock or SystemClock()
        self.maintenance: MaintenanceAccess | None = None  # None: this kiosk has no maintenance entry
        self.maintenance_idle_seconds = 300.0  # maintenance mode leaves by itself after this long untouched
        self.state = Screen.WELCOME
        self.history: list[Screen] = []
        self.out_of_service_reason = ""
        self._last_touch = self.clock.monotonic()
        self._countdown_left: int | None = None
        self._pauses: Counter[str] = Counter()  # why the idle timer is paused (e.g. "capture": 1)
        self._paused_since = 0.0
        self._visitor = False  # someone left WELCOME for a citizen screen since the last reset
        self._step_back: dict[Screen, StepBack] = {}
        self._enter_hooks: dict[Screen, list[EnterHook]] = {}
        self._exit_hooks: dict[Screen, list[ExitHook]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.tick)

    # --- hooks -------------------------------------------------------------------------------
    def on_enter(self, state: Screen, hook: EnterHook) -> None:
        """Call ``hook(previous)`` on entering ``state``; a returned Screen redirects there."""
        self._enter_hooks.setdefault(state, []).append(hook)

    def on_exit(self, state: Screen, hook: ExitHook) -> None:
        """Call ``hook(next)`` when leaving ``state``."""
        self._exit_hooks.setdefault(state, []).append(hook)

    # --- navigation --------------------------------------------------------------------------
    def can_go(self, target: Screen) -> bool:
        return target in TRANSITIONS[self.state] or target in (Screen.WELCOME, Screen.OUT_OF_SERVICE)

    def go(self, target: Screen) -> Screen:
        """Move to ``target`` (following redirects); returns the state actually reached."""
        if not self.can_go(target) and target != self.state:
            raise IllegalTransition(f"{self.state.value} -> {target.value}")
        self.touch()
        return self._move(target, record=True)

    def _move(self, target: Screen, *, record: bool) -> Screen:
        """Run exit/enter hooks and follow redirects; ``record`` pushes the old state for Back."""
        _record = record
        for _ in range(8):  # redirects are bounded: a loop is a bug, not a hang
            if self.out_of_service_reason and target not in SERVICE_FREE:
                target = Screen.OUT_OF_SERVICE
            old = self.state
            if target == old:
                return old
            for hook in self._exit_hooks.get(old, []):
                hook(target)
            if _record and old not in (Screen.OUT_OF_SERVICE,) and target != Screen.WELCOME:
                self.history.append(old)
            self.state = target
            if target not in SERVICE_FREE and target != Screen.WELCOME:
                self._visitor = True
            redirect: Screen | None = None
            for enter in self._enter_hooks.get(target, []):
                redirect = enter(old) or redirect
            log.info("screen %s -> %s", old.value, target.value)
            self.state_changed.emit(old, target)
            if redirect is None or redirect == target:
                return target
            target, _record = redirect, False
        raise IllegalTransition("redirect loop")

    def show(self, target: Screen) -> Screen:
        """Jump to ``target`` without the transition rules (screenshots and QA previews only)."""
        return self._move(target, record=False)

    def set_step_back(self, state: Screen, steps: StepBack) -> None:
        """Back on ``state`` goes one of ``steps``' steps back first (one Back: issue 21 finding 8)."""
        self._step_back[state] = steps

    def back(self) -> Screen:
        """One step back inside a screen with steps, else the previous screen; entries are kept."""
        self.touch()
        steps = self._step_back.get(self.state)
        if steps is not None and steps.step_back():
            return self.state
        if not self.history:
            return self.state
        return self._move(self.history.pop(), record=False)

    def home(self) -> Screen:
        """Discard the session (the UI asks first when there is something to lose) and go to WELCOME."""
        self.reset(reason="home")
        return self.state

    def can_go_back(self) -> bool:
        steps = self._step_back.get(self.state)
        return bool(self.history) or (steps is not None and steps.can_step_back())

    # --- session, language, text size, theme, speech ---------------------------------------------------------
    def set_language(self, language: str) -> None:
        if language not in ("vi", "en"):
            raise ValueError(f"unsupported language {language!r}")
        self.touch()
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def set_text_scale(self, scale: float) -> None:
        self.touch()
        scale = min(2.0, max(1.0, round(scale, 2)))
        if scale != self.text_scale:
            self.text_scale = scale
            self.text_scale_changed.emit(scale)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unsupported theme {theme!r}")
        self.touch()
        if theme != self.theme:
            self.theme = theme
            self.theme_changed.emit(theme)

    def set_speech(self, on: bool) -> None:
        self.touch()
        if on != self.speech:
            self.speech = on
            self.speech_changed.emit(on)

    def reset(self, reason: str = "idle") -> None:
        """Wipe every personal datum of the session and return to WELCOME with default settings."""
        self._countdown_left = None
        self._pauses.clear()
        self.session.wipe()
        self.history.clear()
        if self.state != Screen.WELCOME:
            self._move(Screen.WELCOME, record=False)
        self.set_language(self.default_language)
        self.set_text_scale(self.default_text_scale)
        self.set_theme(self.default_theme)
        self.set_speech(self.default_speech)
        self._last_touch = self.clock.monotonic()
        log.info("session reset (%s)", reason)
        self.session_reset.emit()
        if self._visitor:
            self._visitor = False
            self.session_ended.emit(reason)

    # --- idle handling ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the idle timer (the UI does this once the window is shown)."""
        self._last_touch = self.clock.monotonic()
        self._timer.start()

    def stop(self) -> None:
        """The kiosk stops: no more ticks, and the visitor's data is erased (a clean stop leaves nothing)."""
        self._timer.stop()
        self.session.close()

    def touch(self) -> None:
        """The citizen did something: restart the idle period and cancel a running countdown."""
        self._last_touch = self.clock.monotonic()
        if self._countdown_left is not None:
            self._countdown_left = None
            self.idle_cancelled.emit()

    def note_presence(self, reason: str) -> None:
        """Someone is at the kiosk without touching it (a page moved under the camera, a QR code read):
        restart the idle period like a touch, and end a running warning."""
        log.debug("presence: %s", reason)
        self.touch()

    def pause_idle(self, reason: str) -> None:
        """Stop the idle timer while ``reason`` lasts (a page being captured and processed); a pause is
        presence too. Each pause is ended by :meth:`resume_idle` with the same reason."""
        if not self._pauses:
            self._paused_since = self.clock.monotonic()
        self._pauses[reason] += 1
        self.note_presence(reason)

    def resume_idle(self, reason: str) -> None:
        """``reason`` is over; the idle period starts afresh once no pause is left (a wipe meanwhile
        already ended every pause: then nothing happens)."""
        if self._pauses.get(reason, 0) <= 0:
            return
        self._pauses[reason] -= 1
        if self._pauses[reason] == 0:
            del self._pauses[reason]
        if not self._pauses:
            self._last_touch = self.clock.monotonic()

    @property
    def idle_paused(self) -> bool:
        return bool(self._pauses)

    def extend(self) -> None:
        """'I need more time' from the idle warning: the screen's whole idle period again."""
        self.touch()

    @property
    def counting_down(self) -> bool:
        return self._countdown_left is not None

    @property
    def idle_kind(self) -> IdleKind:
        """Which idle time applies on the current screen (and wizard step)."""
        if self.state in READING_SCREENS:
            return IdleKind.READING
        if self.state in SCANNING_SCREENS or (
                self.state is Screen.SUBMIT and self.session.submission.step == SCAN_STEP):
            return IdleKind.SCANNING
        return IdleKind.DEFAULT

    @property
    def idle_period(self) -> float:
        """Seconds without presence before the warning, on the current screen."""
        return self.idle_periods[self.idle_kind]

    def _idle_matters(self) -> bool:
        if self.state in (Screen.OUT_OF_SERVICE,):
            return False
        at_rest = (
            self.state == Screen.WELCOME
            and not self.session.has_personal_data
            and self.language == self.default_language
            and self.text_scale == self.default_text_scale
            and self.theme == self.default_theme
            and self.speech == self.default_speech
        )
        return not at_rest

    def _still_paused(self, now: float) -> bool:
        """True while a pause holds the timer; a pause left over far too long is ended (a bug, logged) and
        the idle period starts from then: the warning still comes before any wipe."""
        if not self._pauses:
            return False
        if now - self._paused_since < MAX_IDLE_PAUSE_SECONDS:
            return True
        log.warning("idle timer paused for %.0f s by %s: running again", now - self._paused_since,
                    ", ".join(sorted(self._pauses)))
        self._pauses.clear()
        self._last_touch = now
        return False

    def tick(self) -> None:
        """Advance the idle logic to the clock's current time (QTimer or tests call this)."""
        if self.state is Screen.MAINTENANCE:  # no citizen here: no countdown, just leave when untouched
            if self.clock.monotonic() - self._last_touch >= self.maintenance_idle_seconds:
                log.info("maintenance mode left after %.0f idle seconds", self.maintenance_idle_seconds)
                self.reset(reason="maintenance idle")
            return
        now = self.clock.monotonic()
        if not self._idle_matters() or self._still_paused(now):
            self._last_touch = now
            return
        idle = now - self._last_touch
        period = self.idle_period
        if idle < period:
            return
        left = max(0, int(self.countdown_seconds - (idle - period) + 0.999))
        if left <= 0:
            self.reset(reason="idle")
            return
        if left != self._countdown_left:
            self._countdown_left = left
            self.idle_countdown.emit(left)

    # --- out of service ------------------------------------------------------------------------
    def set_out_of_service(self, reason: str) -> None:
        """A required device failed (``reason`` non-empty) or recovered (empty)."""
        was = bool(self.out_of_service_reason)
        self.out_of_service_reason = reason
        if self.state in HOLD_OUT_OF_SERVICE:
            # The technician stays in maintenance; a citizen keeps their receipt or ticket on screen
            # (its QR holds the dossier code when the printer just ran out of paper). Leaving the
            # screen goes out of service, because every other target redirects there.
            if bool(reason) != was:
                log.info("service state changed on %s: %s", self.state.value, reason or "back in service")
            return
        if reason and not was:
            log.warning("out of service: %s", reason)
            self.session.wipe()
            self.history.clear()
            self._move(Screen.OUT_OF_SERVICE, record=False)
        elif not reason and was:
            log.info("back in service")
            self.history.clear()
            self._move(Screen.WELCOME, record=False)
