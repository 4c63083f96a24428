"""Every state a visitor or technician can see, one after the other, filled with sample data.

``kiosk screenshots`` saves each state to a PNG and the accessibility walker
(tests/ui/test_accessibility_walk.py) checks each one; both walk the same list, so a new screen,
wizard step or overlay is photographed and checked as soon as it is reachable here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk_app.flow import Screen
from kiosk_app.session_models import Consent
from kiosk_app.wizard import STEPS
from ui.main_window import MainWindow
from ui.screens.maintenance import MaintenanceScreen
from ui.screens.submit import SubmitScreen

# The submission wizard's steps (kiosk_app.wizard.STEPS) are separate states for the walk.
SUBMIT_STEPS = tuple(step.value for step in STEPS)
OVERLAYS = ("confirm_home", "help", "idle", "idle_scan", "display", "pin_pad")


def settle(window: QWidget, max_passes: int = 20) -> None:
    """Process events until the layout stops moving. Each word-wrapped label that grows to fit its text
    (ui.widgets.fit_label) asks for one more layout pass; a running kiosk gets them from its event loop
    within milliseconds, a screenshot taken after a fixed number of passes could catch it half-way."""
    previous: list[object] | None = None
    for _ in range(max_passes):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
        shape = [w.geometry().getRect() for w in window.findChildren(QWidget) if w.isVisible()]
        if shape == previous:
            return
        previous = shape


def _reset(window: MainWindow, language: str) -> None:
    flow = window.flow
    flow.reset(reason="preview")
    flow.set_out_of_service("")
    flow.set_language(language)


def _show_screen(window: MainWindow, screen: Screen, language: str) -> None:
    _reset(window, language)
    if screen is Screen.OUT_OF_SERVICE:
        window.flow.set_out_of_service("printer: paper out")
    elif screen is not Screen.WELCOME:
        window.screens[screen].prepare_preview()
        window.flow.show(screen)


def _submit_step(window: MainWindow, step: str, language: str) -> None:
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    if step == "consent":
        window.flow.session.submission.consent = Consent()  # not answered yet
    assert isinstance(submit, SubmitScreen)
    submit.preview_step(step)


def _maintenance_page(window: MainWindow, key: str, language: str) -> None:
    _show_screen(window, Screen.MAINTENANCE, language)
    maintenance = window.screens[Screen.MAINTENANCE]
    assert isinstance(maintenance, MaintenanceScreen)
    maintenance.show_page(key)


def _overlay(window: MainWindow, name: str, language: str) -> None:
    _reset(window, language)
    flow = window.flow
    if name == "pin_pad":
        window.open_pin_pad()
        return
    if name == "idle_scan":  # the warning while scanning: the camera preview stays in view
        _submit_step(window, "scan", language)
        window._idle_countdown(54)  # noqa: SLF001 - the countdown the flow would start
        return
    flow.go(Screen.LOOKUP)
    flow.session.procedure_code = "1.005164"  # something personal: Home asks before deleting it
    if name == "confirm_home":
        window.request_home()
    elif name == "help":
        window.show_help()
    elif name == "idle":
        window._idle_countdown(54)  # noqa: SLF001 - the countdown the flow would start
    elif name == "display":
        window.show_display_options()


def preview_states(window: MainWindow, language: str) -> Iterator[str]:
    """Put ``window`` in each state in turn (in ``language``) and yield the state's name."""
    steps: list[tuple[str, Callable[[], None]]] = []
    for screen in Screen:
        # The screen as prepare_preview() leaves it is named after the screen (submit.png shows the
        # applicant step, maintenance.png the devices page); the other steps and pages follow.
        steps.append((screen.value, partial(_show_screen, window, screen, language)))
        if screen is Screen.SUBMIT:
            steps += [(f"submit_{step}", partial(_submit_step, window, step, language))
                      for step in SUBMIT_STEPS if step != "applicant"]
        elif screen is Screen.MAINTENANCE:
            maintenance = window.screens[Screen.MAINTENANCE]
            assert isinstance(maintenance, MaintenanceScreen)
            keys = list(maintenance.pages)[1:]
            steps += [(f"maintenance_{key}", partial(_maintenance_page, window, key, language)) for key in keys]
    steps += [(name, partial(_overlay, window, name, language)) for name in OVERLAYS]
    for name, enter in steps:
        enter()
        yield name
    _reset(window, language)
