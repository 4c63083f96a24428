"""ASSISTANCE: choose the service area you need help with and draw a numbered ticket for the counter.

The ticket is drawn from the backend in a job for this visitor; it goes to ``session.ticket`` and the
flow moves to TICKET, which prints it. With the backend down the citizen is sent to the counter.
"""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QWidget

from kiosk_app.api.schemas import ServiceArea, Ticket
from kiosk_app.backend.errors import BackendUnavailable
from kiosk_app.flow import KioskFlow, Screen
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import area_name, kinetic_list, transparent_scroll
from ui.widgets.row_button import RowButton

AREAS: tuple[ServiceArea, ...] = (
    ServiceArea.GENERAL, ServiceArea.RESULT_RETURN, ServiceArea.INTELLECTUAL_PROPERTY,
    ServiceArea.SCIENCE_TECHNOLOGY, ServiceArea.STANDARDS_METROLOGY_QUALITY, ServiceArea.RADIATION_SAFETY,
    ServiceArea.TELECOMMUNICATIONS, ServiceArea.RADIO_FREQUENCIES, ServiceArea.POSTAL_SERVICES,
)


class AssistanceScreen(ScreenWidget):
    screen = Screen.ASSISTANCE

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setSpacing(20)
        self.heading = self.label("title", "assistance_heading")
        self.intro = self.label("body", "assistance_intro")
        self.message = self.label("notice", "assistance_message", "warning")
        areas = QWidget()
        areas.setObjectName("list_areas")
        grid = QGridLayout(areas)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        self.buttons: dict[ServiceArea, RowButton] = {}
        for index, area in enumerate(AREAS):
            button = RowButton(f"btn_area_{area.value}")
            if area is ServiceArea.GENERAL:
                button.setProperty("role", "tile")
            button.clicked.connect(lambda _=False, a=area: self._draw(a))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[area] = button
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        grid.setRowStretch(len(AREAS) // 3 + 1, 1)
        scroll = QScrollArea()  # nine areas with long names: small screens and large text scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(areas)
        kinetic_list(scroll)
        transparent_scroll(scroll, areas)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addWidget(self.message)
        # Issue 21 finding 12: Back from the ticket must not print a second one: the same ticket is shown again
        self.show_ticket = QPushButton()
        self.show_ticket.setObjectName("btn_show_my_ticket")
        self.show_ticket.setProperty("role", "primary")
        self.show_ticket.clicked.connect(lambda: self.flow.go(Screen.TICKET))
        self.layout_.addWidget(self.show_ticket)
        self._busy = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Get assistance")

    def help_text(self) -> str:
        return self.tr(
            "Touch the kind of help you need. The kiosk prints a numbered ticket; wait until your number "
            "is called and go to the counter shown on the screen above the counters.\n\n"
            "Not sure? Touch \"General information and guidance\"."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What do you need help with?"))
        self.intro.setText(self.tr("Touch one area. You will get a numbered ticket for the counter."))
        for area, button in self.buttons.items():
            button.set_texts(area_name(area))
        self.show_ticket.setText(self.tr("Show my ticket"))
        self._render()

    def entered(self) -> None:
        self._busy = False
        self.message.hide()
        self._render()

    def _draw(self, area: ServiceArea) -> None:
        if self._busy or self.flow.session.ticket.ticket is not None:  # one ticket per visitor
            return
        services = self.flow.services
        client = services.client if services is not None else None
        if services is None or client is None:
            self._show(self._offline_text())
            return
        self._busy = True
        self._render()
        self._show(self.tr("Getting your ticket…"))
        language = self.flow.language
        services.jobs.run_for_session(self.flow.session, lambda: client.draw_ticket(area),
                                      lambda ticket: self._drawn(area, ticket),
                                      lambda error: self._failed(error, language), self._dropped)

    def _dropped(self) -> None:
        """The visitor who asked has gone: the ticket is not shown to the next one."""
        self._busy = False
        self._render()

    def _drawn(self, area: ServiceArea, ticket: Ticket) -> None:
        self._busy = False
        self._render()
        self.flow.session.ticket.drawn(ticket, area)
        if self.flow.state is Screen.ASSISTANCE:
            self.message.hide()
            self.flow.go(Screen.TICKET)

    def _failed(self, error: BaseException, language: str) -> None:
        self._busy = False
        self._render()
        # Down, or a system without a queue (OpenCPS): either way the counter serves the citizen.
        self._show(self._offline_text() if isinstance(error, BackendUnavailable) else citizen_text(error, language))

    def _offline_text(self) -> str:
        return self.tr("Tickets cannot be issued right now. Please go to the reception counter; "
                       "the staff will help you in turn.")

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _render(self) -> None:
        ticket = self.flow.session.ticket.ticket
        for button in self.buttons.values():
            button.setEnabled(not self._busy and ticket is None)
        self.show_ticket.setVisible(ticket is not None)
        if ticket is not None:
            self._show(self.tr("You already have ticket %1. Please wait until your number is called.")
                       .replace("%1", ticket.label))
