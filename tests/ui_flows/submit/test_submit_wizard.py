"""The submission wizard through its widgets, without services: steps, field validation, consent."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from kiosk_app.api.schemas import ApplicantType
from kiosk_app.dossier_form import applicant_errors, contact_errors, parse_day
from kiosk_app.flow import Screen
from kiosk_app.session_models import ApplicantDetails, ContactDetails


def tap(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    screen = window.stack.currentWidget()
    button = screen.findChild(QPushButton, name) or window.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot, window, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = window.stack.currentWidget().findChild(QLineEdit, name)
    assert field is not None and field.isVisible(), name
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types ASCII only; the on-screen keyboard inserts composed Vietnamese the same way
        field.insert(text)


def error(window, name: str) -> str:  # type: ignore[no-untyped-def]
    label = window.stack.currentWidget().findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisible() else ""


def fill_applicant_and_contact(flow) -> None:  # type: ignore[no-untyped-def]
    """A complete applicant and contact, as if typed (the wizard lets the citizen jump only over complete steps)."""
    submission = flow.session.submission
    submission.applicant = ApplicantDetails(full_name="Lê Thị Hoa", id_number="001190012345", address="Huế")
    submission.contact = ContactDetails(phone="0912345678")


def start_wizard(flow, window) -> object:  # type: ignore[no-untyped-def]
    """The wizard past its start page (consent given: these tests have no services, so the start page shows
    no "I agree": this kiosk cannot take a dossier)."""
    flow.session.procedure_code = "1.005298"
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    assert submit.current_step() == "start"
    submit.wizard.give_consent()
    submit.go_step("applicant")
    return submit


def test_wizard_validates_each_field_and_keeps_entries_in_the_session(qtbot, flow, window) -> None:
    submit = start_wizard(flow, window)
    assert submit.current_step() == "applicant"
    assert submit.indicator.current == 2  # "Procedure" and the start page done, "Applicant" highlighted
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "applicant"
    assert error(window, "full_name") and error(window, "id_number") and error(window, "address")
    type_in(qtbot, window, "field_full_name", "Trần Văn Bình")
    type_in(qtbot, window, "field_id_number", "0011900")
    type_in(qtbot, window, "field_date_of_birth", "31/02/1980")
    type_in(qtbot, window, "field_address", "Hà Nội")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "applicant"
    assert "12 digits" in error(window, "id_number")
    assert error(window, "date_of_birth") and not error(window, "full_name")
    type_in(qtbot, window, "field_id_number", "001190012345")
    type_in(qtbot, window, "field_date_of_birth", "05091980")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "contact"
    assert flow.session.submission.applicant.full_name == "Trần Văn Bình"
    assert window.stack.currentWidget().findChild(QLineEdit, "field_phone").property("keyboard") == "phone"
    type_in(qtbot, window, "field_phone", "0912")
    type_in(qtbot, window, "field_email", "lan@")
    tap(qtbot, window, "btn_next")
    assert error(window, "phone") and error(window, "email")
    type_in(qtbot, window, "field_phone", "0912 345 678")
    type_in(qtbot, window, "field_email", "")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery"
    tap(qtbot, window, "btn_delivery_post")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery" and error(window, "postal_address")
    tap(qtbot, window, "btn_same_address")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery"  # issue 14: the postal service receives data, agreed to first
    tap(qtbot, window, "btn_consent_post")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "scan"
    # Back to the previous screen and forward again: the step and the entries are kept
    tap(qtbot, window, "btn_prev_step")
    assert submit.current_step() == "delivery"
    assert window.stack.currentWidget().findChild(QLineEdit, "field_postal_address").text() == "Hà Nội"


def test_consent_is_explicit_and_declining_wipes_the_session(qtbot, flow, window) -> None:
    flow.session.procedure_code = "1.005298"
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    (flow.session.scratch_dir / "page.jpg").write_bytes(b"scan")
    assert submit.current_step() == "start"
    # silence is not consent: no way around
    assert not window.stack.currentWidget().findChild(QPushButton, "btn_next").isVisible()
    # no services here: the kiosk cannot take dossiers, so the start page shows no consent buttons (the taps
    # are in tests/ui_flows/browse/test_issue21_paths.py); the screen's intents are the same
    submit.decline_consent()
    submit.confirm_decline()  # "are you sure?" first (issue 21 finding 4)
    assert not flow.session.has_personal_data and not any(flow.session.scratch_dir.iterdir())
    assert flow.session.submission.applicant.full_name == "" and flow.session.procedure_code == ""
    info = window.stack.currentWidget().findChild(QLabel, "submit_info_body")
    assert info.isVisible() and "deleted" in info.text()
    tap(qtbot, window, "btn_info_continue")
    assert flow.state is Screen.WELCOME


def test_consent_agreed_moves_on_to_scanning_and_camera_missing_is_explained(qtbot, flow, window) -> None:
    submit = start_wizard(flow, window)
    fill_applicant_and_contact(flow)
    submit.go_step("scan")
    assert flow.session.submission.consent.given is True and submit.current_step() == "scan"
    status = window.stack.currentWidget().findChild(QLabel, "scan_status")
    assert "counter" in status.text()  # no camera (no services): send the citizen to the counter
    assert not window.stack.currentWidget().findChild(QPushButton, "btn_capture").isEnabled()
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "scan"  # the required declaration has no page yet
    assert "required" in window.findChild(QLabel, "submit_notice").text()


def test_validation_rules() -> None:
    assert parse_day("05/09/1980").isoformat() == "1980-09-05" and parse_day("30/02/1980") is None
    business = ApplicantDetails(type=ApplicantType.BUSINESS, full_name="A", address="B", tax_code="12")
    assert set(applicant_errors(business)) == {"organisation_name", "tax_code"}
    assert contact_errors(ContactDetails(phone="+84 912 345 678", email="a@b.vn")) == {}


def test_back_keeps_the_step_and_the_idle_wipe_forgets_it(qtbot, flow, window, clock) -> None:
    flow.go(Screen.SUBMIT)  # from WELCOME: no procedure yet
    submit = window.screens[Screen.SUBMIT]
    submit.pick_procedure("1.005298")
    assert submit.current_step() == "start"
    submit.wizard.give_consent()  # no services here: the start page shows no "I agree"
    submit.go_step("applicant")
    type_in(qtbot, window, "field_full_name", "Lan")
    type_in(qtbot, window, "field_id_number", "001190012345")
    type_in(qtbot, window, "field_address", "Huế")
    submit.go_step("contact")
    tap(qtbot, window, "btn_back")  # inside the wizard the top bar's Back is one step back (issue 21 finding 8)
    assert flow.state is Screen.SUBMIT and submit.current_step() == "applicant"
    tap(qtbot, window, "btn_home")  # Home asks first: something was typed
    assert window.confirm_overlay.isVisible()
    window.confirm_overlay.hide()
    flow.go(Screen.LOOKUP)  # leave and come back: the step and the entries are kept
    flow.back()
    assert submit.current_step() == "applicant" and flow.session.submission.applicant.full_name == "Lan"
    flow.start()
    clock.advance(flow.idle_seconds + flow.countdown_seconds + 1)
    flow.tick()
    assert flow.state is Screen.WELCOME and not flow.session.has_personal_data
    assert flow.session.submission.applicant.full_name == "" and flow.session.procedure_code == ""
    flow.go(Screen.SUBMIT)
    assert submit.current_step() == "procedure"


def test_a_forward_jump_over_an_incomplete_step_is_refused(qtbot, flow, window) -> None:
    """Issue 19: the screen calls the wizard's explicit transitions; it cannot skip a step that is not complete."""
    import pytest

    from kiosk_app.wizard import TransitionNotAllowed

    submit = start_wizard(flow, window)
    with pytest.raises(TransitionNotAllowed):
        submit.go_step("review")
    assert submit.current_step() == "applicant"
    assert window.stack.currentWidget().findChild(QLineEdit, "field_full_name") is not None


def test_a_submission_finishing_after_the_visitor_left_is_dropped(qtbot, flow, window) -> None:
    """Issue 19: submitting is a session-scoped job (JobRunner.run_for_session): when the session was wiped
    while the dossier was being queued, its result reaches nobody: no receipt, no counter, nothing kept."""
    import threading
    from pathlib import Path
    from types import SimpleNamespace

    import numpy as np

    from kiosk_app.catalogue_cache import CatalogueCache
    from kiosk_app.digitize.enhance import EnhanceMode
    from kiosk_app.digitize.pdf import encode_page
    from kiosk_app.dossier_form import ScannedPage
    from kiosk_app.jobs import JobRunner
    from kiosk_app.session_models import Consent
    from kiosk_app.submission import SubmissionResult

    release, started, calls = threading.Event(), threading.Event(), []

    class SlowOutbox:
        def submit(self, dossier, files):  # type: ignore[no-untyped-def]
            calls.append(dossier)
            started.set()
            release.wait(10)
            return SubmissionResult("TAM-LATE", None)

    counted: list[str] = []
    jobs = JobRunner()
    flow.services = SimpleNamespace(catalogue=CatalogueCache(Path("/nonexistent/catalogue.json")), devices=None,
                                    outbox=SimpleNamespace(backlog=lambda: 0),
                                    submission=SlowOutbox(), jobs=jobs,
                                    counters=SimpleNamespace(add=lambda name, n=1: counted.append(name)))
    submit = start_wizard(flow, window)
    fill_applicant_and_contact(flow)
    flow.session.submission.consent = Consent(True)
    page = ScannedPage(encode_page(np.full((42, 30), 250, np.uint8), EnhanceMode.GREY, 150), b"", (), EnhanceMode.GREY)
    flow.session.submission.scans.of("declaration").add(page)
    submit.go_step("review")
    tap(qtbot, window, "btn_submit_dossier")
    assert started.wait(10)
    flow.reset(reason="idle")  # the visitor walked away while the dossier was being queued
    release.set()
    qtbot.waitUntil(lambda: jobs.pending == 0, timeout=10000)
    assert len(calls) == 1  # the dossier itself was queued: the outbox keeps it
    assert flow.state is Screen.WELCOME and counted == []
    assert flow.session.submission.submitted is None and not flow.session.has_personal_data
    jobs.wait()


@pytest.mark.expect_log(logger="ui.submit", level="ERROR", message=r"submission failed")
def test_a_failed_submission_is_told_through_citizen_text_and_can_be_retried(qtbot, flow, window) -> None:
    """Issue 19: the screen shows the wizard's DossierNotSaved through ui.messages.citizen_text (the same sentence
    as before the error bridge), keeps everything, and lets the citizen try again."""
    from pathlib import Path
    from types import SimpleNamespace

    import numpy as np

    from kiosk_app.catalogue_cache import CatalogueCache
    from kiosk_app.digitize.enhance import EnhanceMode
    from kiosk_app.digitize.pdf import encode_page
    from kiosk_app.dossier_form import ScannedPage
    from kiosk_app.jobs import JobRunner
    from kiosk_app.session_models import Consent

    class BrokenOutbox:
        def submit(self, dossier, files):  # type: ignore[no-untyped-def]
            raise OSError("No space left on device")

    jobs = JobRunner()
    flow.services = SimpleNamespace(catalogue=CatalogueCache(Path("/nonexistent/catalogue.json")), devices=None,
                                    outbox=SimpleNamespace(backlog=lambda: 0),
                                    submission=BrokenOutbox(), jobs=jobs, counters=SimpleNamespace(add=lambda *a: None))
    submit = start_wizard(flow, window)
    fill_applicant_and_contact(flow)
    flow.session.submission.consent = Consent(True)
    page = ScannedPage(encode_page(np.full((42, 30), 250, np.uint8), EnhanceMode.GREY, 150), b"", (), EnhanceMode.GREY)
    flow.session.submission.scans.of("declaration").add(page)
    submit.go_step("review")
    tap(qtbot, window, "btn_submit_dossier")
    qtbot.waitUntil(lambda: jobs.pending == 0, timeout=10000)
    notice = window.findChild(QLabel, "submit_notice").text()
    assert notice == ("Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, "
                      "or go to the reception counter.")
    assert "No space" not in notice and flow.state is Screen.SUBMIT and submit.current_step() == "review"
    assert flow.session.submission.submitted is None and flow.session.submission.applicant.full_name == "Lê Thị Hoa"
    assert window.stack.currentWidget().findChild(QPushButton, "btn_submit_dossier").isEnabled()
    jobs.wait()
