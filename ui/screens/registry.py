"""Which widget shows which flow state. A state whose screen is not built yet gets a placeholder."""
from __future__ import annotations

import importlib

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


def build_screens(flow: KioskFlow) -> list[ScreenWidget]:
    from ui.screens.placeholder import PlaceholderScreen

    screens: list[ScreenWidget] = []
    for state in Screen:
        target = SCREENS.get(state)
        if target is None:
            screens.append(PlaceholderScreen(flow, state))
            continue
        module, name = target.split(":")
        screens.append(getattr(importlib.import_module(module), name)(flow))
    return screens
