"""Assistance tickets: numbered per service area per day, with the number of people still ahead."""
from __future__ import annotations

from sqlalchemy import func, select

from kiosk_app.api.schemas import ServiceArea, Ticket
from server import sequences
from server.backend import Backend
from server.models import Ticket as TicketRow
from server.settings import VIETNAM_TZ

AREA_LETTERS: dict[ServiceArea, str] = {
    ServiceArea.GENERAL: "A", ServiceArea.SCIENCE_TECHNOLOGY: "B", ServiceArea.INTELLECTUAL_PROPERTY: "C",
    ServiceArea.STANDARDS_METROLOGY_QUALITY: "D", ServiceArea.RADIATION_SAFETY: "E",
    ServiceArea.TELECOMMUNICATIONS: "F", ServiceArea.RADIO_FREQUENCIES: "G", ServiceArea.POSTAL_SERVICES: "H",
    ServiceArea.RESULT_RETURN: "K",
}
"""The letter printed before a ticket number, one per service area."""


def ticket_label(area: ServiceArea, number: int) -> str:
    """What is printed and called out, e.g. ``C007``."""
    return f"{AREA_LETTERS[area]}{number:03d}"


def issue_ticket(backend: Backend, area: ServiceArea, kiosk_id: str | None) -> Ticket:
    """Draw the next ticket of ``area`` today."""
    with backend.db.write() as session:
        now = backend.now()
        day = now.astimezone(VIETNAM_TZ).date()
        number = sequences.next_value(session, f"ticket:{area.value}", day)
        session.add(TicketRow(service_area=area.value, day=day, number=number, issued_at=now, kiosk_id=kiosk_id))
        ahead = session.scalar(select(func.count()).select_from(TicketRow).where(
            TicketRow.service_area == area.value, TicketRow.day == day, TicketRow.called_at.is_(None),
            TicketRow.number < number)) or 0
    return Ticket(label=ticket_label(area, number), number=number, service_area=area,
                  issued_at=now.astimezone(VIETNAM_TZ), people_ahead=int(ahead))


def call_next(backend: Backend, area: ServiceArea) -> str | None:
    """The counter calls the next waiting ticket of ``area``; returns its label (None if nobody waits)."""
    with backend.db.write() as session:
        now = backend.now()
        day = now.astimezone(VIETNAM_TZ).date()
        row = session.scalars(select(TicketRow).where(
            TicketRow.service_area == area.value, TicketRow.day == day, TicketRow.called_at.is_(None)
        ).order_by(TicketRow.number).limit(1)).first()
        if row is None:
            return None
        row.called_at = now
        return ticket_label(area, row.number)


def waiting_counts(backend: Backend) -> dict[ServiceArea, int]:
    """How many people wait in each area today."""
    with backend.db.read() as session:
        day = backend.now().astimezone(VIETNAM_TZ).date()
        rows = session.execute(select(TicketRow.service_area, func.count()).where(
            TicketRow.day == day, TicketRow.called_at.is_(None)).group_by(TicketRow.service_area)).all()
    counts = {area: 0 for area in ServiceArea}
    for area, count in rows:
        counts[ServiceArea(area)] = int(count)
    return counts
