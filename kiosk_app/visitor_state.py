"""What the browsing, tracking, supplement and ticket screens keep for one visitor, as typed state.

:class:`~kiosk_app.session.CitizenSession` holds one of each (``browse``, ``tracking``, ``supplement``,
``ticket``) and replaces them with fresh, empty ones at every wipe. Screens read and write these
attributes instead of string keys, so what a screen depends on is visible in its types. (The submission
wizard's state lives beside the wizard.)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk_app.api.schemas import DossierTracking, ServiceArea, SupplementReceipt, Ticket
from kiosk_app.session_models import ScanState

if TYPE_CHECKING:  # the scanned page type lives with the scanning code (numpy, OpenCV)
    pass


class _State:
    """Common to the visitor states: empty means "as a fresh one", which is what a wipe leaves."""

    def is_empty(self) -> bool:
        return self == type(self)()


@dataclass
class ChecklistAnswers:
    """The CHECKLIST screen's ticks for one procedure: documents the visitor has, and their answers
    to the "does this apply to you?" questions of conditional documents (component id -> bool)."""

    procedure_code: str
    have: dict[str, bool] = field(default_factory=dict)
    applies: dict[str, bool] = field(default_factory=dict)


@dataclass
class BrowseState(_State):
    """LOOKUP and CHECKLIST: the search text, the field being browsed, the checklist's ticks."""

    query: str = ""
    browsed_field: str | None = None  # a ProcedureField value, or None for the list of fields
    checklist: ChecklistAnswers | None = None

    def checklist_for(self, procedure_code: str) -> ChecklistAnswers:
        """The ticks for ``procedure_code``; a checklist of another procedure starts afresh."""
        if self.checklist is None or self.checklist.procedure_code != procedure_code:
            self.checklist = ChecklistAnswers(procedure_code)
        return self.checklist


class TicketPrinting(StrEnum):
    """Where a paper's printing stands, a queue ticket or a reprinted form 01 (so Back or a language change never
    prints it twice)."""

    NOT_STARTED = "not_started"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


@dataclass(frozen=True)
class TrackingProof:
    """What proves the visitor may see a dossier: its code with the phone's last 4 digits, or the
    receipt QR's tracking token. The supplement upload sends the same proof again."""

    code: str
    phone_last4: str | None = None
    tracking_token: str | None = None


@dataclass
class TrackingState(_State):
    """TRACK and DOSSIER: what the visitor typed, the dossier found and the proof it was found with, and the
    reprint of form 01 after the receipt's QR was scanned (issue 14)."""

    typed_code: str = ""
    typed_phone_last4: str = ""
    tracked: DossierTracking | None = None
    proof: TrackingProof | None = None
    form01_printing: TicketPrinting = TicketPrinting.NOT_STARTED
    form01_problem: str = ""


@dataclass
class SupplementState(_State):
    """SUPPLEMENT: the document being scanned, the scanned pages per component, the upload's receipt."""

    scans: ScanState = field(default_factory=ScanState)
    receipt: SupplementReceipt | None = None


@dataclass
class TicketState(_State):
    """ASSISTANCE and TICKET: the ticket drawn, for which area, and its printing."""

    ticket: Ticket | None = None
    area: ServiceArea | None = None
    printing: TicketPrinting = TicketPrinting.NOT_STARTED
    problem: str = ""  # the printer's sentence for the citizen when printing FAILED

    def drawn(self, ticket: Ticket, area: ServiceArea) -> None:
        """A new ticket: not printed yet."""
        self.ticket, self.area, self.printing, self.problem = ticket, area, TicketPrinting.NOT_STARTED, ""
