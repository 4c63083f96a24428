"""ASSISTANCE and TICKET through the real widgets: draw, print, printer out of paper, backend down."""
from __future__ import annotations

import threading

import pytest
from browse_kit import printed_pngs, tap, text
from PySide6.QtWidgets import QLabel, QPushButton

from devices.faults import DeviceFault
from kiosk_app.api.schemas import ServiceArea, Ticket
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from ui.main_window import MainWindow
from ui.widgets.qr_view import QrView


def test_ticket_is_drawn_printed_and_shown_big(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    """Finding 3 (counters): a printed ticket counts in tickets_printed, and the visit in sessions."""
    tap(qtbot, window, "btn_assistance")
    before = len(printed_pngs(services))
    counted = dict(services.counters.values)
    tap(qtbot, window, "btn_area_intellectual_property")
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    ticket = flow.session.ticket.ticket
    assert ticket.service_area.value == "intellectual_property"
    assert text(window, "ticket_number") == ticket.label
    assert text(window, "ticket_people_ahead") == f"People ahead of you: {ticket.people_ahead}"
    assert text(window, "ticket_area") == "Intellectual property"
    qtbot.waitUntil(lambda: "take your ticket" in text(window, "ticket_print_status"), timeout=10_000)
    pngs = printed_pngs(services)
    assert len(pngs) == before + 1 and f"ticket-{ticket.label}" in pngs[-1].name
    tap(qtbot, window, "btn_language")  # a language change does not print it again
    assert len(printed_pngs(services)) == before + 1
    tap(qtbot, window, "btn_ticket_done")
    assert flow.state is Screen.WELCOME and flow.session.ticket.ticket is None
    # Finding 3: the fleet page's counters were never incremented for tickets and sessions
    assert services.counters.values["tickets_printed"] == counted["tickets_printed"] + 1
    assert services.counters.values["sessions"] == counted["sessions"] + 1
    assert services.counters.values["paper_mm"] > counted["paper_mm"]


def test_second_ticket_has_one_more_person_ahead(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_postal_services")
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    first = flow.session.ticket.ticket
    tap(qtbot, window, "btn_ticket_done")  # the next visitor (Back shows the same ticket: issue 21 finding 12)
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_postal_services")
    qtbot.waitUntil(lambda: flow.session.ticket.ticket is not first and flow.state is Screen.TICKET, timeout=10_000)
    second = flow.session.ticket.ticket
    assert second.number == first.number + 1 and second.people_ahead == first.people_ahead + 1


@pytest.mark.expect_log(logger="devices.printer", level="WARNING", message=r"print job \w+ failed: paper_out")
@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"optional device degraded: printer", optional=True)
def test_printer_out_of_paper_still_shows_the_number(qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    services.devices["printer"].inject(DeviceFault.PAPER_OUT)
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_general")
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    ticket = flow.session.ticket.ticket
    status = window.findChild(QLabel, "ticket_print_status")
    qtbot.waitUntil(lambda: "could not be printed" in status.text(), timeout=10_000)
    assert "out of paper" in status.text() and ticket.label in status.text()
    assert text(window, "ticket_number") == ticket.label
    qr = window.findChild(QrView, "ticket_qr")
    assert qr.isVisible() and qr.data() == ticket.label


def test_backend_down_sends_the_citizen_to_the_counter(qtbot, dead_window: MainWindow, dead_flow: KioskFlow) -> None:
    tap(qtbot, dead_window, "btn_assistance")
    tap(qtbot, dead_window, "btn_area_general")
    message = dead_window.findChild(QLabel, "assistance_message")
    qtbot.waitUntil(lambda: "cannot be issued" in message.text(), timeout=10_000)
    assert dead_flow.state is Screen.ASSISTANCE
    assert dead_window.findChild(type(dead_window.top_bar.home), "btn_area_general").isEnabled()


def test_a_ticket_drawn_for_a_visitor_who_left_is_not_given_to_the_next(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 (session-scoped work): the ticket job runs with ``jobs.run_for_session``; when the visitor's
    session is wiped before the ticket arrives, the next visitor's session stays empty and the area buttons
    work again (before, the ticket was stored in whatever session was current)."""
    release = threading.Event()
    real_draw = services.client.draw_ticket

    def slow_draw(area: ServiceArea) -> Ticket:
        assert release.wait(10)
        return real_draw(area)

    monkeypatch.setattr(services.client, "draw_ticket", slow_draw)
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_general")
    assert not window.findChild(QPushButton, "btn_area_general").isEnabled()  # busy while drawing
    flow.reset(reason="idle")
    release.set()
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=10_000)
    assert flow.state is Screen.WELCOME
    assert flow.session.ticket.is_empty() and not flow.session.has_personal_data
    tap(qtbot, window, "btn_assistance")
    assert window.findChild(QPushButton, "btn_area_general").isEnabled()
