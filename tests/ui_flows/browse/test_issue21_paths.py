"""Issue 21, the citizen's path without dead ends (findings 4, 7, 8, 10, 11b, 12), through the real widgets
of a kiosk with services (embedded backend, simulated camera, QR reader and printer) at 1920x1080."""
from __future__ import annotations

import pytest
from browse_kit import a_page, open_wizard, printed_pngs, shown, tap, text, type_into
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from devices.faults import DeviceFault
from devices.printer.job import TextLine
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from ui.main_window import MainWindow

TRADEMARK = "1.005152"  # 150.000 đ filing fee + 550.000 đ per class; conditional documents; fee paid afterwards


def fill_personal_steps(qtbot, window: MainWindow, submit) -> None:  # type: ignore[no-untyped-def]
    """After consent: the applicant, contact and delivery steps typed through their fields."""
    assert submit.current_step() == "applicant"
    type_into(qtbot, window, "field_full_name", "Tran Van Binh")
    type_into(qtbot, window, "field_id_number", "001190012345")
    type_into(qtbot, window, "field_address", "Ha Noi")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "contact"
    type_into(qtbot, window, "field_phone", "0912345678")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "delivery"
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "scan"


def test_start_page_asks_consent_first_and_a_confirmed_decline_offers_a_ticket(
        qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 4: a start page first — what is needed, the fee, how long, whether this kiosk takes
    dossiers now — and consent before any personal data is typed. "I do not agree" asks "are you sure?";
    a confirmed no wipes everything and offers a ticket for the counter; the top Back is then not active."""
    submit = open_wizard(flow, window, TRADEMARK)
    assert submit.current_step() == "start"
    assert not shown(window, "field_full_name") and not shown(window, "field_phone")  # nothing personal yet
    assert "Trademark application form (required)" in text(window, "start_needs")
    assert "Fee payment receipt (only if: When the fee was already paid" in text(window, "start_needs")
    fee = text(window, "start_fee")
    assert "150.000 đ – Filing fee" in fee and "550.000 đ – Substantive examination fee (per class)" in fee
    assert "1 month (formality examination, from filing)" in text(window, "start_time")  # issue 14: its unit
    assert "Time and fee to be confirmed at the counter" in text(window, "start_time")
    assert text(window, "start_kiosk").startswith("✓ This kiosk can take your dossier now")
    assert shown(window, "consent_text") and shown(window, "btn_consent_agree")
    # "I do not agree": asked first, nothing deleted yet; "No, go back" returns to the start page
    tap(qtbot, window, "btn_consent_decline")
    assert shown(window, "decline_question") and not shown(window, "btn_consent_agree")
    assert flow.session.procedure_code == TRADEMARK
    tap(qtbot, window, "btn_decline_cancel")
    assert shown(window, "btn_consent_agree") and not shown(window, "decline_question")
    # a confirmed no: wiped, a ticket offered, and no Back that looks active but does nothing
    tap(qtbot, window, "btn_consent_decline")
    tap(qtbot, window, "btn_decline_confirm")
    assert flow.session.procedure_code == "" and not flow.session.has_personal_data
    assert "deleted" in text(window, "submit_info_body")
    assert not window.top_bar.back.isEnabled()
    tap(qtbot, window, "btn_info_ticket")
    assert flow.state is Screen.ASSISTANCE


def test_one_back_and_change_returns_to_the_review(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 8: inside the wizard the top "Back" and "Previous step" both go one step back (from the
    first step Back leaves the wizard); "Change" on the review returns to the review after the change."""
    submit = open_wizard(flow, window, TRADEMARK)
    assert window.top_bar.back.isEnabled()
    tap(qtbot, window, "btn_consent_agree")
    type_into(qtbot, window, "field_full_name", "Tran Van Binh")
    type_into(qtbot, window, "field_id_number", "001190012345")
    type_into(qtbot, window, "field_address", "Ha Noi")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "contact"
    tap(qtbot, window, "btn_back")  # the top bar's Back: one step back, entries kept
    assert flow.state is Screen.SUBMIT and submit.current_step() == "applicant"
    assert flow.session.submission.applicant.full_name == "Tran Van Binh"
    tap(qtbot, window, "btn_next")
    tap(qtbot, window, "btn_prev_step")  # the wizard's own: the same
    assert submit.current_step() == "applicant"
    tap(qtbot, window, "btn_next")
    type_into(qtbot, window, "field_phone", "0912345678")
    tap(qtbot, window, "btn_next")
    tap(qtbot, window, "btn_next")
    for component in ("declaration", "specimen"):
        flow.session.submission.scans.of(component).add(a_page())
    submit.go_step("scan")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "review"
    # "Change" the phone: its step says where Next goes, and Next returns to the review
    tap(qtbot, window, "btn_edit_contact")
    assert submit.current_step() == "contact"
    assert window.findChild(QPushButton, "btn_next").text() == "Save and return to the review"
    type_into(qtbot, window, "field_phone", "0987654321")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "review" and "0987654321" in text(window, "review_contact")
    # back to the first step with the top bar's Back, then once more: out of the wizard
    for expected in ("scan", "delivery", "contact", "applicant", "start"):
        tap(qtbot, window, "btn_back")
        assert submit.current_step() == expected
    tap(qtbot, window, "btn_back")
    assert flow.state is Screen.WELCOME


def test_fee_receipt_not_required_and_the_confirmation_says_what_happens_next(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    """Issue 21 finding 7: the fee is paid after submitting (the receipt's payment code), so the fee receipt is
    not required to go on; the confirmation shows the fee as the procedure states it (150.000 đ + 550.000 đ per
    class, not one sum) and says what happens next, the receipt first."""
    submit = open_wizard(flow, window, TRADEMARK)
    tap(qtbot, window, "btn_consent_agree")
    fill_personal_steps(qtbot, window, submit)
    assert window.findChild(QPushButton, "btn_component_fee_receipt") is not None  # who paid already may add it
    for component in ("declaration", "specimen"):
        flow.session.submission.scans.of(component).add(a_page())
    submit.go_step("scan")
    tap(qtbot, window, "btn_next")
    assert submit.current_step() == "review", text(window, "submit_notice")
    tap(qtbot, window, "btn_submit_dossier")
    qtbot.waitUntil(lambda: flow.state is Screen.RECEIPT, timeout=20_000)
    qtbot.waitUntil(lambda: flow.session.receipt.printed, timeout=20_000)
    receipt = flow.session.submission.submitted.result.receipt
    assert receipt is not None and {d.component_id for d in receipt.documents} == {"declaration", "specimen"}
    details = text(window, "receipt_details")
    assert "150.000 đ – Filing fee" in details and "550.000 đ – Substantive examination fee (per class)" in details
    printed = [element.text for element in window.screens[Screen.RECEIPT].build_job().elements
               if isinstance(element, TextLine)]  # the paper says the same as the screen
    assert "150.000 đ – Filing fee" in printed and "550.000 đ – Substantive examination fee (per class)" in printed
    steps = text(window, "receipt_next_steps")
    assert shown(window, "receipt_next_steps") and text(window, "receipt_next_heading") == "What happens next"
    assert steps.startswith("1. Take your printed receipt from the printer")
    assert receipt.code in steps and "payment code" in steps and "Your result is expected on" in steps
    tap(qtbot, window, "btn_finish")
    assert flow.state is Screen.WELCOME
    assert services is not None


def test_checklist_answers_carry_into_the_submission_and_the_list_shows_it_scrolls(
        qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 10: "No" to a condition in the checklist removes that document from the start page and
    the scanning step; the checklist's list says that it scrolls and is not covered by the "still missing" box."""
    flow.session.procedure_code = TRADEMARK
    flow.go(Screen.LOOKUP)
    flow.go(Screen.PROCEDURE)
    flow.go(Screen.CHECKLIST)
    checklist = window.screens[Screen.CHECKLIST]
    tap(qtbot, window, "btn_applies_regulation_no")
    tap(qtbot, window, "btn_applies_power_of_attorney_yes")
    # the list and the "still missing" box do not overlap
    hint, scroll, missing = checklist.more_hint, checklist.list_scroll, checklist.missing

    def area(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    assert not area(scroll).intersects(area(missing))
    flow.set_text_scale(2.0)  # at 200 % text the list goes on below: the hint says so
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=5000)
    qtbot.waitUntil(hint.isVisible, timeout=5000)
    assert hint.text() == "↓ Drag the list up to see more ↓"
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert not hint.isVisible()  # at the end of the list
    assert not area(scroll).intersects(area(missing))
    flow.set_text_scale(1.0)
    tap(qtbot, window, "btn_continue_submit")
    submit = window.screens[Screen.SUBMIT]
    assert submit.current_step() == "start"
    needs = text(window, "start_needs")
    assert "Rules of use of a collective or certification mark" not in needs
    assert "Power of attorney (needed in your case)" in needs
    tap(qtbot, window, "btn_consent_agree")
    fill_personal_steps(qtbot, window, submit)
    qtbot.waitUntil(lambda: shown(window, "btn_component_declaration"), timeout=5000)  # new rows show queued
    assert shown(window, "btn_component_power_of_attorney")
    assert window.findChild(QPushButton, "btn_component_regulation") is None


@pytest.mark.expect_log(logger="devices.registry", level="WARNING", message=r"optional device degraded: printer",
                        optional=True)
def test_the_start_page_says_what_this_kiosk_can_do_now(qtbot, window: MainWindow, flow: KioskFlow,
                                                        services: KioskServices) -> None:
    """Issue 21 finding 11b: what the kiosk cannot do is said at the start, not at the scanning step: here the
    printer is out of paper, so the receipt is shown on screen (a dossier is still taken)."""
    assert services.devices is not None
    services.devices["printer"].inject(DeviceFault.PAPER_OUT)
    qtbot.waitUntil(lambda: not services.devices["printer"].status.state.usable, timeout=5000)
    open_wizard(flow, window, TRADEMARK)
    kiosk = text(window, "start_kiosk")
    assert "This kiosk can take your dossier now" in kiosk and "The printer is not working" in kiosk
    assert window.findChild(QPushButton, "btn_consent_agree").isEnabled()


def test_dossier_has_done_and_home_does_not_sound_like_deleting_the_dossier(
        qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 12: the tracked dossier's screen has "Done"; its Home question says the submitted dossier
    is not affected."""
    from ui.screens.dossier import preview_tracking

    flow.go(Screen.TRACK)
    flow.session.tracking.tracked = preview_tracking()
    flow.go(Screen.DOSSIER)
    tap(qtbot, window, "btn_home")
    assert window.confirm_overlay.isVisible()
    question = " ".join(label.text() for label in window.confirm_overlay.findChildren(QLabel))
    assert "Your submitted dossier is not affected." in question
    window.confirm_overlay.hide()
    tap(qtbot, window, "btn_dossier_done")
    assert flow.state is Screen.WELCOME and flow.session.tracking.tracked is None


def test_back_after_a_ticket_shows_the_same_ticket_and_prints_no_second_one(
        qtbot, window: MainWindow, flow: KioskFlow, services: KioskServices) -> None:
    """Issue 21 finding 12: Back after taking a ticket does not let the citizen draw and print a second one (and
    wait behind themselves): the same ticket is offered again."""
    tap(qtbot, window, "btn_assistance")
    tap(qtbot, window, "btn_area_general")
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    ticket = flow.session.ticket.ticket
    qtbot.waitUntil(lambda: "take your ticket" in text(window, "ticket_print_status"), timeout=10_000)
    printed = len(printed_pngs(services))
    tap(qtbot, window, "btn_back")
    assert flow.state is Screen.ASSISTANCE
    assert ticket.label in text(window, "assistance_message")
    assert not window.findChild(QPushButton, "btn_area_general").isEnabled()
    tap(qtbot, window, "btn_show_my_ticket")
    assert flow.state is Screen.TICKET and flow.session.ticket.ticket is ticket
    assert text(window, "ticket_number") == ticket.label and len(printed_pngs(services)) == printed
