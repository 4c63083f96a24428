"""Issue 16 point 4: the applicant step reads the chip ID card through the card service (simulated reader running
the real reading code against the test chip), asks for the CAN only when it cannot be derived, and shows the
outcome; a wrong CAN gives the citizen's message and a retry works."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from devices.card_reader.simulated import SimulatedCardReader
from devices.options import SimulatedCardReaderOptions
from kiosk_app.composition import build_flow
from kiosk_app.flow import Screen
from kiosk_app.identity.passive_auth import CscaStore
from kiosk_app.identity.service import ChipCardService
from kiosk_app.session_models import ApplicantDetails, CardReadStatus
from kiosk_app.wizard import Step
from tests.kiosk_window import simulated_profile


@pytest.fixture
def card_step(qtbot, tmp_path: Path) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    from kiosk_app.services import build_services
    from ui.app import build_window, create_qapp

    create_qapp()
    profile = simulated_profile(tmp_path / "data")
    services = build_services(profile, with_devices=False, with_backend=False)
    reader = SimulatedCardReader(SimulatedCardReaderOptions(card_present=False))
    reader.start()
    services.card = ChipCardService(reader, CscaStore.from_pem(reader.trust_anchor), services.jobs)
    flow = build_flow(profile, language="en")
    flow.services = services
    window = build_window(flow, kiosk_mode=False)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    submit = window.screens[Screen.SUBMIT]
    flow.session.procedure_code = "1.005164"
    submit.wizard.give_consent()
    flow.go(Screen.SUBMIT)
    assert submit.wizard.step is Step.APPLICANT
    yield flow, window, submit, reader
    flow.reset(reason="test end")
    qtbot.waitUntil(lambda: services.jobs.pending == 0, timeout=20000)
    reader.stop()
    window.shutdown()
    flow.stop()


def test_card_on_the_reader_fills_the_applicant_when_the_id_number_is_known(qtbot, card_step) -> None:
    """Issue 16: with the ID number typed, putting the card on the reader reads it at once: verified, fields filled."""
    flow, window, submit, reader = card_step
    panel = submit.card_panel
    assert panel.isVisible() and panel.can.isVisible()  # nothing known yet: the CAN is asked for
    submit.field_rows["id_number"].edit.setText(reader.card.citizen.id_number)
    assert not panel.can.isVisible()  # derived from the ID number now
    reader.present_card()
    qtbot.waitUntil(lambda: submit.wizard.state.card.status is CardReadStatus.VERIFIED, timeout=20000)
    applicant = flow.session.submission.applicant
    assert applicant.full_name == reader.card.citizen.full_name and applicant.identity_trust == "chip-verified"
    assert submit.field_rows["full_name"].edit.text() == reader.card.citizen.full_name
    assert panel.status.isVisible() and "confirmed" in panel.status.text()
    assert not submit.qr_hint.isVisible()


def test_the_can_is_asked_and_a_wrong_one_can_be_retried(qtbot, card_step) -> None:
    """Issue 16: without an ID number the panel asks for the CAN; a wrong CAN shows the citizen's message and
    "Try again" with the right one reads the card."""
    flow, window, submit, reader = card_step
    flow.session.submission.applicant = ApplicantDetails()
    reader.present_card()
    submit._render()
    panel = submit.card_panel
    assert panel.can.isVisible()
    qtbot.keyClicks(panel.can, "999999")
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: submit.wizard.state.card.status is CardReadStatus.FAILED, timeout=20000)
    assert "last 6 digits" in panel.status.text()
    assert panel.read_button.text() == "Try again" and panel.can.isVisible()
    panel.can.clear()
    qtbot.keyClicks(panel.can, reader.card.citizen.can)
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: submit.wizard.state.card.status is CardReadStatus.VERIFIED, timeout=20000)
    assert flow.session.submission.applicant.id_number == reader.card.citizen.id_number


def test_the_can_is_never_spoken(qtbot, card_step) -> None:
    """Issue 16 point 7: speech mode describes the CAN field as a hidden entry, never its digits."""
    from ui.spoken import describe_control

    flow, window, submit, reader = card_step
    qtbot.keyClicks(submit.card_panel.can, "123456")
    spoken = describe_control(submit.card_panel.can)
    assert "hidden entry" in spoken and "1" not in spoken
