"""Issue 14, "Consent on record", through the real widgets of a kiosk with services (embedded backend, simulated
devices): the start page shows the versioned consent text; delivery by post asks for the postal service; the
server stores the record of the text agreed to; declining leads to the ticket offer and on to a ticket."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from browse_kit import a_page, open_wizard, shown, tap, text, type_into
from kiosk_window import simulated_profile
from sqlalchemy import select

from kiosk_app.api.consent import consent_text
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices, build_services
from server.models import Dossier
from ui.main_window import MainWindow

RADIATION_WORKER = "1.009846"  # a health certificate among its documents: sensitive personal data
COMPONENTS = ("application", "qualifications", "training_certificate", "health_check", "photos")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskServices]:
    """The browse flows' running kiosk, with a generous camera frame time: nothing here scans, and on a loaded
    test machine one slow preview frame (default limit 2 s) would put the kiosk out of service mid-test."""
    services = build_services(simulated_profile(tmp_path_factory.mktemp("kiosk-data"),
                                                KIOSK_DEVICES__PRINTER__REQUIRED="false",
                                                KIOSK_DEVICES__CAMERA__OPTIONS__FRAME_TIMEOUT_S="60"))
    services.start()
    yield services
    services.stop()


def test_declining_consent_leads_to_the_ticket_offer_and_a_ticket(
        qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 14 (done when: declining consent leads to the ticket offer): "I do not agree", confirmed, explains that
    nothing was submitted and the counter can receive the papers, and its button takes the citizen to the assisted
    counter's ticket screen, where a ticket is drawn."""
    submit = open_wizard(flow, window, RADIATION_WORKER)
    assert submit.current_step() == "start" and shown(window, "btn_consent_decline")
    tap(qtbot, window, "btn_consent_decline")
    tap(qtbot, window, "btn_decline_confirm")
    assert not flow.session.has_personal_data
    explanation = text(window, "submit_info_body")
    assert "nothing was submitted" in explanation and "reception counter" in explanation and "ticket" in explanation
    assert shown(window, "btn_info_ticket")
    tap(qtbot, window, "btn_info_ticket")
    assert flow.state is Screen.ASSISTANCE
    tap(qtbot, window, "btn_area_radiation_safety")
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    assert flow.session.ticket.ticket is not None
    assert text(window, "ticket_number") == flow.session.ticket.ticket.label


def test_the_text_agreed_to_is_on_record_at_the_server(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    """Issue 14: the start page shows the versioned text (sensitive health certificate named, no postal service);
    choosing post shows the postal paragraph and Next waits for "I agree"; the dossier reaches the server with the
    version of the text with the postal service, the language, the time and this kiosk's id."""
    flow.set_language("en")
    submit = open_wizard(flow, window, RADIATION_WORKER)
    procedure = services.catalogue.get(RADIATION_WORKER)
    assert procedure is not None
    start = text(window, "consent_text")
    assert start.startswith(consent_text("en", procedure.components, False).text)
    assert "Health certificate" in start and "VNPost" not in start
    tap(qtbot, window, "btn_consent_agree")
    type_into(qtbot, window, "field_full_name", "Tran Van Binh")
    type_into(qtbot, window, "field_id_number", "001190012345")
    type_into(qtbot, window, "field_address", "Ha Noi")
    tap(qtbot, window, "btn_next")
    type_into(qtbot, window, "field_phone", "0912345678")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery" and not shown(window, "consent_post_text")
    tap(qtbot, window, "btn_delivery_post")
    tap(qtbot, window, "btn_same_address")
    with_post = consent_text("en", procedure.components, True)
    assert shown(window, "consent_post_text") and text(window, "consent_post_text") == with_post.post_paragraph
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery" and "I agree" in text(window, "submit_notice")
    tap(qtbot, window, "btn_consent_post")
    assert shown(window, "consent_post_status") and not shown(window, "btn_consent_post")
    for component in COMPONENTS:  # the pages as the scanning step would keep them (no camera needed here)
        flow.session.submission.scans.of(component).add(a_page())
    submit.go_step("review")  # a checked transition: every step before it, the delivery's consent too, is complete
    assert submit.current_step() == "review"
    tap(qtbot, window, "btn_submit_dossier")
    qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20_000)
    receipt = flow.session.submission.submitted.result.receipt
    assert receipt is not None
    with services.backend.app.state.backend.db.read() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == receipt.code)).one()
        record = (dossier.consent_version, dossier.consent_language, dossier.consent_kiosk_id)
        given_at = dossier.consent_given_at
    assert record == (with_post.version, "en", services.profile.kiosk.id)
    assert given_at is not None and given_at <= receipt.received_at
    tap(qtbot, window, "btn_finish")
