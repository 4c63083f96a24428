"""The typed per-visitor state of the browsing, tracking, supplement and ticket screens (issue 19, first
bullet: "the session's wipe clears the models"). Plain pytest: no QApplication needed."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk_app.api.schemas import (
    DeliveryMethod,
    DossierStatus,
    DossierTracking,
    ServiceArea,
    SupplementReceipt,
    Ticket,
)
from kiosk_app.digitize.pages import ComponentPages
from kiosk_app.session import CitizenSession
from kiosk_app.session_models import ReceiptKind
from kiosk_app.visitor_state import (
    BrowseState,
    ChecklistAnswers,
    SupplementState,
    TicketPrinting,
    TicketState,
    TrackingProof,
    TrackingState,
)

NOW = datetime(2026, 11, 28, 9, 0)


def tracking() -> DossierTracking:
    return DossierTracking(
        code="000.00.00.G06-261128-0001", procedure_code="1.005164", procedure_name_vi="Duy trì hiệu lực",
        procedure_name_en="Maintaining", status=DossierStatus.PROCESSING, status_name_vi="Đang xử lý",
        status_name_en="Processing", received_at=NOW, appointed_date=date(2026, 12, 8), overdue=False,
        finished_at=None, current_unit="Bộ phận Một cửa", delivery_method=DeliveryMethod.COUNTER, stages=[],
        supplement_request=None, fee_due=None, refusal_reason=None)


def supplement_receipt() -> SupplementReceipt:
    return SupplementReceipt(code="000.00.00.G06-261128-0001", status=DossierStatus.PROCESSING,
                             appointed_date=date(2026, 12, 8), received_at=NOW, documents=[])


def ticket() -> Ticket:
    return Ticket(label="A001", number=1, service_area=ServiceArea.GENERAL, issued_at=NOW, people_ahead=0)


# One way to put data in each typed state (and in the procedure code); every one must count and be wiped.
FILLERS: dict[str, Callable[[CitizenSession], None]] = {
    "procedure_code": lambda s: setattr(s, "procedure_code", "1.009846"),
    "browse.query": lambda s: setattr(s.browse, "query", "nhan hieu"),
    "browse.browsed_field": lambda s: setattr(s.browse, "browsed_field", "intellectual_property"),
    "browse.checklist": lambda s: s.browse.checklist_for("2.000169").have.update(application=True),
    "tracking.typed_code": lambda s: setattr(s.tracking, "typed_code", "000.00.00.G06-261128-0001"),
    "tracking.typed_phone_last4": lambda s: setattr(s.tracking, "typed_phone_last4", "5678"),
    "tracking.tracked": lambda s: setattr(s.tracking, "tracked", tracking()),
    "tracking.proof": lambda s: setattr(s.tracking, "proof", TrackingProof("X", phone_last4="5678")),
    "supplement.component": lambda s: setattr(s.supplement, "component", "fee_receipt"),
    "supplement.pages": lambda s: s.supplement.pages.setdefault("fee_receipt", ComponentPages("fee_receipt")),
    "supplement.receipt": lambda s: setattr(s.supplement, "receipt", supplement_receipt()),
    "ticket.ticket": lambda s: s.ticket.drawn(ticket(), ServiceArea.GENERAL),
    "ticket.printing": lambda s: setattr(s.ticket, "printing", TicketPrinting.PRINTED),
}


@pytest.mark.parametrize("part", sorted(FILLERS))
def test_each_typed_state_counts_as_personal_data_and_is_wiped(tmp_path: Path, part: str) -> None:
    """Issue 19 (typed session): ``has_personal_data`` sees data in each typed state, and ``wipe()`` leaves
    every typed state empty (a fresh object, not the old one with its data)."""
    session = CitizenSession(tmp_path / "sessions")
    assert not session.has_personal_data
    old = (session.browse, session.tracking, session.supplement, session.ticket)
    FILLERS[part](session)
    assert session.has_personal_data, part
    session.wipe()
    assert not session.has_personal_data, part
    assert session.procedure_code == ""
    assert session.browse == BrowseState() and session.tracking == TrackingState()
    assert session.supplement == SupplementState() and session.ticket == TicketState()
    assert all(new is not before for new, before in
               zip((session.browse, session.tracking, session.supplement, session.ticket), old))


def test_checklist_of_another_procedure_starts_afresh() -> None:
    browse = BrowseState()
    browse.checklist_for("2.000169").have["application"] = True
    assert browse.checklist_for("2.000169").have == {"application": True}
    assert browse.checklist_for("1.009846") == ChecklistAnswers("1.009846")


def test_a_new_ticket_is_not_printed_yet() -> None:
    state = TicketState()
    state.drawn(ticket(), ServiceArea.GENERAL)
    state.printing, state.problem = TicketPrinting.FAILED, "out of paper"
    state.drawn(ticket(), ServiceArea.POSTAL_SERVICES)
    assert state.printing is TicketPrinting.NOT_STARTED and state.problem == ""
    assert state.area is ServiceArea.POSTAL_SERVICES


def test_a_supplement_receipt_is_handed_to_the_receipt_screen(tmp_path: Path) -> None:
    """The supplement upload's receipt is kept, and the receipt screen's typed state shows and prints it."""
    session = CitizenSession(tmp_path / "sessions")
    receipt = supplement_receipt()
    session.supplement_receipted(receipt)
    assert session.supplement.receipt is receipt
    assert session.receipt.kind is ReceiptKind.SUPPLEMENT and session.receipt.supplement is receipt
    assert session.receipt.printed is False
    assert session.has_personal_data
    session.wipe()
    assert not session.has_personal_data and session.receipt.supplement is None
