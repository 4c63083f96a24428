"""Which widget shows which flow state, built the first time it is needed (issue 20: imports on demand).

A state whose screen is not written yet gets a placeholder. :class:`LazyScreens` is the window's
``screens``: a mapping of every state to its screen that imports and builds a screen module on first
access, so the kiosk's first paint builds the welcome screen only and the submission wizard's
scanner, PDF and camera modules are imported when a citizen first goes there.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from kiosk_app.flow import KioskFlow, Screen
from ui.screens.base import ScreenWidget

# "module:Class" per state; each screen module is independent of the others.
SCREENS: dict[Screen, str] = {
    Screen.WELCOME: "ui.screens.welcome:WelcomeScreen",
    Screen.OUT_OF_SERVICE: "ui.screens.out_of_service:OutOfServiceScreen",
    Screen.MAINTENANCE: "ui.screens.maintenance:MaintenanceScreen",
    Screen.SUBMIT: "ui.screens.submit:SubmitScreen",
    Screen.RECEIPT: "ui.screens.receipt:ReceiptScreen",
    Screen.SUPPLEMENT: "ui.screens.supplement:SupplementScreen",
    Screen.LOOKUP: "ui.screens.lookup:LookupScreen",
    Screen.PROCEDURE: "ui.screens.procedure:ProcedureScreen",
    Screen.CHECKLIST: "ui.screens.checklist:ChecklistScreen",
    Screen.TRACK: "ui.screens.track:TrackScreen",
    Screen.DOSSIER: "ui.screens.dossier:DossierScreen",
    Screen.ASSISTANCE: "ui.screens.assistance:AssistanceScreen",
    Screen.TICKET: "ui.screens.ticket:TicketScreen",
}


def build_screen(flow: KioskFlow, state: Screen) -> ScreenWidget:
    """The screen of ``state`` (its module imported now)."""
    target = SCREENS.get(state)
    if target is None:
        from ui.screens.placeholder import PlaceholderScreen

        return PlaceholderScreen(flow, state)
    module, name = target.split(":")
    screen = getattr(importlib.import_module(module), name)(flow)
    assert isinstance(screen, ScreenWidget)
    return screen


class LazyScreens(Mapping[Screen, ScreenWidget]):
    """Every flow state's screen, built on first access; ``added`` is called with each new screen.

    Iterating lists every state (as the eager dict did); ``values()``/``items()`` therefore build every
    screen. The window itself walks :meth:`built` only.
    """

    def __init__(self, build: Callable[[Screen], ScreenWidget], added: Callable[[ScreenWidget], None]) -> None:
        self._build = build
        self._added = added
        self._screens: dict[Screen, ScreenWidget] = {}

    def __getitem__(self, state: Screen) -> ScreenWidget:
        screen = self._screens.get(state)
        if screen is None:
            if not isinstance(state, Screen):
                raise KeyError(state)
            screen = self._screens[state] = self._build(state)
            self._added(screen)
        return screen

    def __iter__(self) -> Iterator[Screen]:
        return iter(Screen)

    def __len__(self) -> int:
        return len(Screen)

    def __contains__(self, state: object) -> bool:
        return isinstance(state, Screen)

    def built(self) -> list[ScreenWidget]:
        """The screens built so far, in the order they were built."""
        return list(self._screens.values())

    def is_built(self, state: Screen) -> bool:
        return state in self._screens
