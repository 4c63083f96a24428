"""Issue 21 finding 11b on a kiosk that cannot take dossiers (no submission service): said on the start page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk_app.flow import Screen


def test_a_kiosk_that_cannot_take_dossiers_says_so_at_the_start_and_offers_a_ticket(qtbot, flow, window) -> None:
    """Issue 21 finding 11b: a kiosk that cannot accept submissions says so on the start page, before anything is
    typed (not at the scanning step), does not let the citizen begin, and offers a ticket for the counter."""
    flow.session.procedure_code = "1.005298"
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    assert submit.current_step() == "start"
    kiosk = window.findChild(QLabel, "start_kiosk")
    assert kiosk.isVisible() and kiosk.text().startswith("This kiosk cannot take dossiers right now.")
    assert not window.findChild(QPushButton, "btn_consent_agree").isVisible()  # no consent that leads nowhere
    ticket = window.findChild(QPushButton, "btn_start_ticket")
    assert ticket.isVisible() and ticket.isEnabled()
    qtbot.mouseClick(ticket, Qt.MouseButton.LeftButton)
    assert flow.state is Screen.ASSISTANCE
