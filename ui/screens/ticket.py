"""TICKET: the queue number in huge type, the people ahead, and the printed ticket.

Prints ``session.ticket.ticket`` once (``session.ticket.printing`` remembers the outcome, so Back and a
language change do not print it again). When the printer fails the number stays on the screen, with a
QR of it to photograph and a word to tell the staff.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from devices.base import PrintResult
from kiosk_app.api.schemas import ServiceArea, Ticket
from kiosk_app.checklist_print import AGENCY
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.receipts import ticket as ticket_job
from kiosk_app.visitor_state import TicketPrinting
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import area_name, print_in_job
from ui.widgets.message import MessageKind
from ui.widgets.qr_view import QrView


class TicketScreen(ScreenWidget):
    screen = Screen.TICKET

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.caption = self.label("subtitle", "ticket_caption")
        self.number = self.label("countdown", "ticket_number")
        self.area = self.label("subtitle", "ticket_area")
        self.ahead = self.label("title", "ticket_people_ahead")
        for label in (self.caption, self.number, self.area, self.ahead):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.setSpacing(12)
        self.layout_.setContentsMargins(64, 16, 64, 24)
        flow.text_scale_changed.connect(self._scale_number)
        self._scale_number(flow.text_scale)
        self.print_status = self.message_box("ticket_print_status")
        self.qr = QrView("ticket_qr", 200)
        row = QHBoxLayout()
        row.addWidget(self.print_status, 1)
        row.addWidget(self.qr)
        self.done = QPushButton()
        self.done.setObjectName("btn_ticket_done")
        self.done.setProperty("role", "primary")
        self.done.clicked.connect(lambda: self.flow.reset(reason="finished"))
        self.layout_.addStretch(1)
        for label in (self.caption, self.number, self.area, self.ahead):
            self.layout_.addWidget(label)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.done)
        self.retranslate()

    def _scale_number(self, scale: float) -> None:
        # larger than the theme's largest type, growing less than the rest so it still fits 1280x800
        self.number.setStyleSheet(f"font-size: {round(128 * min(scale, 1.25))}px;")

    def title(self) -> str:
        return self.tr("Your ticket")

    def instruction(self) -> str:
        """What speech output says after the title: the number, the area and the people ahead."""
        return " ".join(f"{label.text()}." for label in (self.caption, self.number, self.area, self.ahead) if label.text())

    def help_text(self) -> str:
        return self.tr(
            "Take your ticket from the printer below the screen. Please wait in the seating area until your "
            "number is shown on the screen above the counters, then go to that counter.\n\n"
            "Touch \"Done\" when you have your ticket."
        )

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Your number"))
        self.done.setText(self.tr("Done"))
        self.refresh()

    def entered(self) -> None:
        self.refresh()
        state = self.flow.session.ticket
        if state.ticket is not None and state.printing is TicketPrinting.NOT_STARTED:
            self._print(state.ticket)

    def prepare_preview(self) -> None:
        from datetime import datetime

        area = ServiceArea.INTELLECTUAL_PROPERTY
        state = self.flow.session.ticket
        state.drawn(Ticket(label="B012", number=12, service_area=area, issued_at=datetime.now(), people_ahead=3), area)
        state.printing = TicketPrinting.PRINTED

    # --- printing ---------------------------------------------------------------------------------
    def _print(self, ticket: Ticket) -> None:
        self.flow.session.ticket.printing = TicketPrinting.PRINTING
        self.refresh()
        job = ticket_job(ticket, area_name(ticket.service_area), AGENCY)
        print_in_job(self.flow, job, lambda _result: self._printed(ticket),
                     lambda sentence: self._failed(ticket, sentence), after_print=self._count)

    def _count(self, result: PrintResult) -> None:
        """Usage counters (on the printing worker): the paper left the printer, whoever is in front of it now."""
        services = self.flow.services
        if services is not None:
            services.counters.add("tickets_printed")
            services.counters.add("paper_mm", int(round(result.length_mm)))

    def _is_shown(self, ticket: Ticket) -> bool:
        """Whether ``ticket`` is still this visitor's ticket (they may have drawn another meanwhile)."""
        return self.flow.session.ticket.ticket is ticket

    def _printed(self, ticket: Ticket) -> None:
        if self._is_shown(ticket):
            self.flow.session.ticket.printing = TicketPrinting.PRINTED
            self.refresh()

    def _failed(self, ticket: Ticket, sentence: str) -> None:
        if self._is_shown(ticket):
            state = self.flow.session.ticket
            state.printing, state.problem = TicketPrinting.FAILED, sentence
            self.refresh()

    # --- rendering --------------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.flow.session.ticket
        ticket = state.ticket
        if ticket is None:
            self.number.setText("—")
            self.area.setText("")
            self.ahead.setText(self.tr("No ticket yet. Please go back and choose an area."))
            self.print_status.hide()
            self.qr.hide()
            return
        self.number.setText(ticket.label)
        self.area.setText(area_name(ticket.service_area))
        self.ahead.setText(self.tr("People ahead of you: %1").replace("%1", str(ticket.people_ahead)))
        printing = state.printing
        failed = printing is TicketPrinting.FAILED
        self.print_status.setVisible(printing is not TicketPrinting.NOT_STARTED)
        self.qr.setVisible(failed)
        self.print_status.set_kind(MessageKind.ERROR if failed else MessageKind.SUCCESS
                                   if printing is TicketPrinting.PRINTED else MessageKind.TIP)
        if printing is TicketPrinting.PRINTING:
            self.print_status.setText(self.tr("Printing your ticket…"))
        elif printing is TicketPrinting.PRINTED:
            self.print_status.setText(self.tr("Please take your ticket from the printer below the screen."))
        elif failed:
            self.print_status.setText(
                self.tr("Your ticket could not be printed.") + " " + state.problem + "\n"
                + self.tr("Please remember your number %1, or photograph this code, and tell the staff.")
                .replace("%1", ticket.label))
            self.qr.set_data(ticket.label)
