"""TICKET: the queue number in huge type, the people ahead, and the printed ticket.

Prints ``session["ticket"]`` once (``session["ticket_print"]`` remembers the outcome, so Back and a
language change do not print it again). When the printer fails the number stays on the screen, with a
QR of it to photograph and a word to tell the staff.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk_app.api.schemas import Ticket
from kiosk_app.checklist_print import AGENCY
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.receipts import ticket as ticket_job
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import area_name, print_in_job
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
        self.print_status = self.label("notice", "ticket_print_status")
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
        ticket: Ticket | None = self.flow.session.get("ticket")
        if ticket is not None and self.flow.session.get("ticket_print") is None:
            self._print(ticket)

    def prepare_preview(self) -> None:
        from datetime import datetime

        self.flow.session.set("ticket", Ticket(label="B012", number=12, service_area="intellectual_property",
                                               issued_at=datetime.now(), people_ahead=3))
        self.flow.session.set("ticket_area", "intellectual_property")
        self.flow.session.set("ticket_print", "printed")

    # --- printing ---------------------------------------------------------------------------------
    def _print(self, ticket: Ticket) -> None:
        self.flow.session.set("ticket_print", "printing")
        self.refresh()
        job = ticket_job(ticket, area_name(ticket.service_area), AGENCY)
        print_in_job(self.flow, job, lambda result: self._printed(ticket, result),
                     lambda sentence: self._failed(ticket, sentence))

    def _current(self, ticket: Ticket) -> bool:
        return self.flow.session.get("ticket") is ticket

    def _printed(self, ticket: Ticket, result: Any = None) -> None:
        counters = getattr(self.flow.services, "counters", None)
        if counters is not None:  # the paper left the printer, whoever is in front of it now
            counters.add("tickets_printed")
            length = getattr(result, "length_mm", None)
            if isinstance(length, (int, float)):
                counters.add("paper_mm", int(round(length)))
        if self._current(ticket):
            self.flow.session.set("ticket_print", "printed")
            self.refresh()

    def _failed(self, ticket: Ticket, sentence: str) -> None:
        if self._current(ticket):
            self.flow.session.set("ticket_print", sentence)
            self.refresh()

    # --- rendering --------------------------------------------------------------------------------
    def refresh(self) -> None:
        ticket: Ticket | None = self.flow.session.get("ticket")
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
        state = self.flow.session.get("ticket_print")
        failed = state not in (None, "printing", "printed")
        self.print_status.setVisible(state is not None)
        self.qr.setVisible(failed)
        if state == "printing":
            self.print_status.setText(self.tr("Printing your ticket…"))
        elif state == "printed":
            self.print_status.setText(self.tr("Please take your ticket from the printer below the screen."))
        elif failed:
            self.print_status.setText(
                self.tr("Your ticket could not be printed.") + " " + str(state) + "\n"
                + self.tr("Please remember your number %1, or photograph this code, and tell the staff.")
                .replace("%1", ticket.label))
            self.qr.set_data(ticket.label)
