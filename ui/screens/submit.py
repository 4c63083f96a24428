"""The submission wizard's screen: procedure → start page (consent) → applicant → contact → delivery → scan → review.

The steps, their order, their checks, consent and the dossier are :class:`kiosk_app.wizard.SubmissionWizard`'s;
this screen renders the wizard's current step and calls it when the citizen taps. Everything the
citizen enters goes straight into the session's typed state (``session.submission``), so Back, Home and
the idle wipe behave. The start page says what is needed, the fee, how long it takes and whether this
kiosk takes dossiers now, and asks for consent before anything personal is typed; a "no" is confirmed,
then wipes the session and offers a ticket for the counter. Inside the wizard the top bar's Back is the
wizard's "Previous step" (:meth:`SubmitScreen.step_back`). Submitting builds
one PDF per component in the session's scratch directory and hands the dossier to
``services.submission`` in a session-scoped job; the receipt screen shows the result.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api.schemas import (
    ApplicantType,
    DeliveryMethod,
    DocumentComponent,
    ProcedureDetail,
    Requirement,
)
from kiosk_app.domain.citizen_id import CitizenIdError
from kiosk_app.domain.formatting import fee_lines, localized
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.identity.chip_identity import ChipIdentity
from kiosk_app.processing_time import confirm_at_counter_text, procedure_time_texts
from kiosk_app.readiness import IntakeProblem, submission_readiness
from kiosk_app.receipts import scanned_copy_text
from kiosk_app.session_models import (
    ApplicantDetails,
    CardReadStatus,
    ContactDetails,
    DeliveryChoice,
    SubmittedDossier,
)
from kiosk_app.wizard import DEFAULT_KIOSK_ID, DossierIncomplete, Step, SubmissionWizard
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.widgets.card_panel import CardPanel
from ui.widgets.discard import clear_layout
from ui.widgets.error_summary import ErrorSummary
from ui.widgets.form import FieldRow, FormErrors, WrapButton, catalogue_of, choice_button
from ui.widgets.message import MessageKind, MessageLabel, MessageSlot
from ui.widgets.page_viewer import THUMB_HEIGHT, PageStrip, PageViewer, ViewerAction
from ui.widgets.scanner import ScanWidget
from ui.widgets.scrolling import make_kinetic
from ui.widgets.step_indicator import StepIndicator

log = logging.getLogger("ui.submit")

STEP_FIELDS: dict[Step, tuple[str, ...]] = {
    Step.APPLICANT: ApplicantDetails.TEXT_FIELDS, Step.CONTACT: ContactDetails.TEXT_FIELDS,
    Step.DELIVERY: DeliveryChoice.TEXT_FIELDS}  # the field rows of each step that has fields


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    # a step takes the height the screen leaves it and scrolls inside: its size hint (up to 24 lines) would make the
    # stack, and so the screen, taller than 1080 px where the step indicator wraps (Vietnamese), hiding the buttons
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    make_kinetic(area)
    return area


class _StepStack(QStackedWidget):
    """The wizard's pages, needing only the room the page on show needs, and at least ``MIN_LINES`` lines.

    QStackedWidget's minimum is the largest of all its pages' (the scan step's camera view): with the error
    summary above it, the applicant step did not fit the screen at its minimum and Back/Next went below the
    fold. The pages it hides may be squeezed: it shows one at a time. The floor keeps a field, its caption
    and its error in view inside a step: when the on-screen keyboard leaves less room than that, the screen
    scrolls as a whole instead (ui.widgets.scrolling.PageScrollArea)."""

    MIN_LINES = 10

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        floor = QSize(0, self.MIN_LINES * self.fontMetrics().height())
        return page.minimumSizeHint().expandedTo(page.minimumSize()).expandedTo(floor)


class SubmitScreen(ScreenWidget):
    screen = Screen.SUBMIT

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_.setContentsMargins(40, 10, 40, 10)
        self.layout_.setSpacing(8)
        self.wizard = SubmissionWizard(flow.session, lambda: catalogue_of(self.flow.services),
                                       kiosk_id=self._kiosk_id)
        self._submitting = False  # widget state: the submit button waits for the job
        self._qr_connected = False
        self._card_connected = False
        self.card_preview = False  # screenshots: show the card panel without a reader
        self.field_rows: dict[str, FieldRow] = {}

        self.indicator = StepIndicator()
        self.heading = self.label("subtitle", "submit_heading")
        self.notice = MessageLabel("submit_notice")
        self.notice.hide()
        self.error_summary = ErrorSummary(lambda name: self.form_errors.go_to(name))
        self.form_errors = FormErrors(self.field_rows, self.error_summary)  # the rows are added below
        self.messages = MessageSlot(self.notice, self.error_summary, lines=1)  # a message does not push the step down
        self.stack = _StepStack()
        self.pages: dict[Step, QWidget] = {}
        for step, build in ((Step.PROCEDURE, self._build_procedure), (Step.START, self._build_start),
                            (Step.APPLICANT, self._build_applicant),
                            (Step.CONTACT, self._build_contact), (Step.DELIVERY, self._build_delivery),
                            (Step.SCAN, self._build_scan), (Step.REVIEW, self._build_review)):
            page = build()
            self.pages[step] = page
            self.stack.addWidget(page)
        self.info_page = self._build_info()
        self.stack.addWidget(self.info_page)
        self.prev_button = QPushButton()
        self.prev_button.setObjectName("btn_prev_step")
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton()
        self.next_button.setObjectName("btn_next")
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.layout_.addWidget(self.indicator)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.messages)
        self.layout_.addWidget(self.stack, 1)
        self.layout_.addLayout(nav)
        flow.session_reset.connect(self._session_reset)
        flow.state_changed.connect(self._state_changed)
        flow.set_step_back(Screen.SUBMIT, self)
        self.retranslate()

    # ------------------------------------------------------------------ building the steps
    def _field(self, step: Step, name: str, keyboard: str) -> FieldRow:
        row = FieldRow(name, keyboard, lambda key, text: self._edited(step, key, text))
        self.field_rows[name] = row
        return row

    def _edited(self, step: Step, name: str, text: str) -> None:
        """Keep what was typed; an error shown on this step's fields goes as soon as the field passes."""
        self.wizard.enter(step, name, text)
        self.form_errors.revalidate(self.wizard.check(step).fields, STEP_FIELDS[step])
        if step is Step.APPLICANT and name == "id_number":
            self._render_card()  # a complete ID number gives the card's CAN: the panel stops asking for it

    def _build_procedure(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.procedure_intro = self.label("body")
        self.search = QLineEdit()
        self.search.setObjectName("field_procedure_search")
        self.search.setProperty("keyboard", "text")
        self.search.textChanged.connect(self._search)
        self.results = QVBoxLayout()
        self.goto_lookup = QPushButton()
        self.goto_lookup.setObjectName("btn_goto_lookup")
        self.goto_lookup.clicked.connect(lambda: self.flow.go(Screen.LOOKUP))
        self.procedure_intro.setBuddy(self.search)
        layout.addWidget(self.procedure_intro)
        layout.addWidget(self.search)
        layout.addLayout(self.results)
        layout.addWidget(self.goto_lookup)
        layout.addStretch(1)
        return _scrolled(page)

    def _build_applicant(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.card_panel = CardPanel()
        self.card_panel.read_requested.connect(self._card_read_requested)
        self.card_panel.can_edited.connect(self.wizard.set_card_access_number)
        self.card_panel.hide()
        layout.addWidget(self.card_panel)
        self.qr_hint = self.label("notice", "applicant_qr_hint")
        self.qr_status = self.message_box("applicant_qr_status")  # read from the card (success) or not (error)
        self.qr_status.hide()
        self.type_citizen = choice_button("btn_type_citizen", lambda: self._set_type(ApplicantType.CITIZEN))
        self.type_business = choice_button("btn_type_business", lambda: self._set_type(ApplicantType.BUSINESS))
        types = QHBoxLayout()
        types.addWidget(self.type_citizen)
        types.addWidget(self.type_business)
        layout.addWidget(self.qr_hint)
        layout.addWidget(self.qr_status)
        layout.addLayout(types)
        grid = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for name, keyboard, column in (("full_name", "text", left), ("id_number", "numeric", left),
                                       ("date_of_birth", "date", left), ("address", "text", right),
                                       ("organisation_name", "text", right), ("tax_code", "numeric", right)):
            column.addWidget(self._field(Step.APPLICANT, name, keyboard))
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return _scrolled(page)

    def _build_contact(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contact_intro = self.label("body")
        layout.addWidget(self.contact_intro)
        layout.addWidget(self._field(Step.CONTACT, "phone", "phone"))
        layout.addWidget(self._field(Step.CONTACT, "email", "text"))
        layout.addStretch(1)
        return _scrolled(page)

    def _build_delivery(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.delivery_intro = self.label("body")
        self.delivery_counter = choice_button("btn_delivery_counter", lambda: self._set_delivery(DeliveryMethod.COUNTER))
        self.delivery_post = choice_button("btn_delivery_post", lambda: self._set_delivery(DeliveryMethod.POST))
        self.same_address = QPushButton()
        self.same_address.setObjectName("btn_same_address")
        self.same_address.clicked.connect(self._use_home_address)
        layout.addWidget(self.delivery_intro)
        layout.addWidget(self.delivery_counter)
        layout.addWidget(self.delivery_post)
        layout.addWidget(self._field(Step.DELIVERY, "postal_address", "text"))
        layout.addWidget(self.same_address)
        # delivery by post: the postal service receives data, which the start page's consent did not name (issue 14)
        self.consent_post_text = self.label("notice", "consent_post_text")
        self.consent_post = QPushButton()
        self.consent_post.setObjectName("btn_consent_post")
        self.consent_post.setProperty("role", "primary")
        self.consent_post.clicked.connect(self.agree_post)
        self.consent_post_status = self.label("notice", "consent_post_status", "success")
        post_row = QHBoxLayout()  # the paragraph and its "I agree" side by side: the step fits without scrolling
        post_row.addWidget(self.consent_post_text, 1)
        post_row.addWidget(self.consent_post, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(post_row)
        layout.addWidget(self.consent_post_status)
        layout.addStretch(1)
        return _scrolled(page)

    def _build_start(self) -> QWidget:
        """The start page: what is needed, the fee, how long, this kiosk's state, then consent (or the decline
        question)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        self.start_needs_heading = self.label("subtitle", "start_needs_heading")
        self.start_needs = self.label("body", "start_needs")
        self.start_fee_heading = self.label("subtitle", "start_fee_heading")
        self.start_fee = self.label("body", "start_fee")
        self.start_time_heading = self.label("subtitle", "start_time_heading")
        self.start_time = self.label("body", "start_time")
        self.start_kiosk = self.label("notice", "start_kiosk")
        self.consent_heading = self.label("subtitle", "consent_heading")
        self.consent_text = self.label("body", "consent_text")
        self.consent_status = self.label("notice", "consent_status", "success")
        self.agree = QPushButton()
        self.agree.setObjectName("btn_consent_agree")
        self.agree.setProperty("role", "primary")
        self.agree.clicked.connect(self.agree_consent)
        self.decline = QPushButton()
        self.decline.setObjectName("btn_consent_decline")
        self.decline.clicked.connect(self.decline_consent)
        self.start_ticket = QPushButton()
        self.start_ticket.setObjectName("btn_start_ticket")
        self.start_ticket.setProperty("role", "primary")
        self.start_ticket.clicked.connect(self.get_ticket)
        self.consent_row = QWidget()
        row = QHBoxLayout(self.consent_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.decline)
        row.addWidget(self.start_ticket)
        row.addStretch(1)
        row.addWidget(self.agree)
        # "Are you sure?" (GOV.UK: confirm a destructive choice): shown instead of the consent buttons
        self.decline_box = QWidget()
        self.decline_box.setObjectName("decline_box")
        box = QVBoxLayout(self.decline_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.decline_question = self.label("notice", "decline_question")
        self.decline_confirm = QPushButton()
        self.decline_confirm.setObjectName("btn_decline_confirm")
        self.decline_confirm.clicked.connect(self.confirm_decline)
        self.decline_cancel = QPushButton()
        self.decline_cancel.setObjectName("btn_decline_cancel")
        self.decline_cancel.setProperty("role", "primary")
        self.decline_cancel.clicked.connect(self.cancel_decline)
        answers = QHBoxLayout()
        answers.addWidget(self.decline_confirm)
        answers.addStretch(1)
        answers.addWidget(self.decline_cancel)
        box.addWidget(self.decline_question)
        box.addLayout(answers)
        # Two columns use the width: what the citizen needs and this kiosk's state on the left; consent on the
        # right. The consent text (issue 14: who, why, which data, who else, how long, rights) scrolls in its own
        # box, so the buttons stay in view at 1920x1080.
        self.consent_scroll = QScrollArea()
        self.consent_scroll.setObjectName("consent_scroll")
        self.consent_scroll.setWidgetResizable(True)
        self.consent_scroll.setWidget(self.consent_text)
        self.consent_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the box takes the height the column leaves (its own size hint would make the page taller than the screen),
        # but never less than a few lines
        self.consent_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.consent_scroll.setMinimumHeight(240)
        self.consent_text.setProperty("scroll_body", True)  # the screen's background shows through (ui/theme.py)
        make_kinetic(self.consent_scroll)
        needs = QWidget()
        needs.setProperty("scroll_body", True)
        left, right = QVBoxLayout(needs), QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(14)
        for widget in (self.start_needs_heading, self.start_needs, self.start_fee_heading, self.start_fee,
                       self.start_time_heading, self.start_time, self.start_kiosk):
            left.addWidget(widget)
        left.addStretch(1)
        self.start_scroll = QScrollArea()  # a long list of documents scrolls in its column, the buttons stay in view
        self.start_scroll.setObjectName("start_scroll")
        self.start_scroll.setWidgetResizable(True)
        self.start_scroll.setWidget(needs)
        self.start_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        make_kinetic(self.start_scroll)
        right.addWidget(self.consent_heading)
        right.addWidget(self.consent_scroll, 1)
        # the text is longer than its box: say so (the citizen agrees to all of it, not to the first lines)
        self.consent_more = self.label("muted", "consent_more")
        self.consent_scroll.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: self.consent_more.setVisible(high > 0))
        right.addWidget(self.consent_more)
        for part in (self.consent_status, self.consent_row, self.decline_box):
            right.addWidget(part)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addWidget(self.start_scroll, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)
        return _scrolled(page)

    def _build_scan(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.components_box = QVBoxLayout()
        self.components_box.setSpacing(8)
        holder = QWidget()
        holder.setLayout(self.components_box)
        components_area = _scrolled(holder)
        components_area.setMinimumWidth(300)
        components_area.setMaximumWidth(400)
        self.scanner = ScanWidget(self.flow, lambda: self.flow.session.submission.scans)
        self.scanner.pages_changed.connect(lambda _cid: self._refresh_components())
        layout.addWidget(components_area)
        layout.addWidget(self.scanner, 1)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.review_labels: dict[Step, QLabel] = {}
        self.review_edit: dict[Step, QPushButton] = {}
        for section in (Step.APPLICANT, Step.CONTACT, Step.DELIVERY, Step.SCAN):
            row = QHBoxLayout()
            label = self.label("body", f"review_{section.value}")
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            edit = QPushButton()
            edit.setObjectName(f"btn_edit_{section.value}")
            edit.clicked.connect(lambda _=False, s=section: self.change_step(s))
            row.addWidget(label, 1)
            row.addWidget(edit)
            layout.addLayout(row)
            self.review_labels[section] = label
            self.review_edit[section] = edit
        # Issue 21 finding 6: the pages of each document, as thumbnails; a tap shows one large.
        self.review_pages = QVBoxLayout()
        self.review_pages.setSpacing(8)
        layout.addLayout(self.review_pages)  # under the documents' row
        self.review_strips: dict[str, PageStrip] = {}
        self.review_viewer = PageViewer(self)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("btn_submit_dossier")
        self.submit_button.setProperty("role", "primary")
        self.submit_button.clicked.connect(self.submit)
        layout.addWidget(self.submit_button)
        layout.addStretch(1)
        return _scrolled(page)

    def _build_info(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.info_heading = self.label("title", "submit_info_heading")
        self.info_body = self.label("body", "submit_info_body")
        self.info_button = QPushButton()
        self.info_button.setObjectName("btn_info_continue")
        self.info_button.setProperty("role", "primary")
        self.info_button.clicked.connect(self._info_continue)
        self.info_ticket = QPushButton()
        self.info_ticket.setObjectName("btn_info_ticket")
        self.info_ticket.setProperty("role", "primary")
        self.info_ticket.clicked.connect(self.get_ticket)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info_ticket)
        buttons.addWidget(self.info_button)
        buttons.addStretch(1)
        layout.addWidget(self.info_heading)
        layout.addWidget(self.info_body)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ the wizard
    def procedure(self) -> ProcedureDetail | None:
        return self.wizard.procedure()

    def _name(self, vi: str, en: str) -> str:
        return localized(self.flow.language, vi, en)

    def current_step(self) -> str:
        """The wizard's step by name ("done" once the dossier is submitted)."""
        return "done" if self.wizard.submitted is not None else self.wizard.step.value

    # ------------------------------------------------------------------ ScreenWidget
    def title(self) -> str:
        return self.tr("Submit a dossier")

    def help_text(self) -> str:
        return self.tr(
            "The steps are shown at the top; the highlighted one is where you are.\n\n"
            "1. Choose the procedure.\n"
            "2. Read what you need, the fee and how long it takes, and agree to the processing of your "
            "personal data (required to submit).\n"
            "3. Hold the QR code on the back of your chip ID card to the reader, or type your details.\n"
            "4. Give a phone number so the centre can reach you.\n"
            "5. Choose how to receive the result.\n"
            "6. Lay each document under the camera, one page at a time.\n"
            "7. Check everything and touch 'Submit my dossier'. You receive a printed receipt.\n\n"
            "'Back' and 'Previous step' both go one step back and keep what you entered. "
            "Home deletes everything."
        )

    def step_names(self) -> list[str]:
        """The step indicator's captions, in the wizard's order."""
        names = {Step.PROCEDURE: self.tr("Procedure"), Step.START: self.tr("Before you start"),
                 Step.APPLICANT: self.tr("Applicant"), Step.CONTACT: self.tr("Contact"),
                 Step.DELIVERY: self.tr("Result"), Step.SCAN: self.tr("Documents"), Step.REVIEW: self.tr("Review")}
        return [names[step] for step in self.wizard.steps]

    def retranslate(self) -> None:
        self.prev_button.setText("← " + self.tr("Previous step"))
        self.next_button.setText(self.tr("Next") + " →")
        self.procedure_intro.setText(self.tr(
            "Which procedure do you want to submit? Type a few words of its name, or browse all procedures."))
        self.goto_lookup.setText(self.tr("Browse all procedures"))
        self.qr_hint.setText(self.tr(
            "Hold the QR code on the back of your chip ID card in front of the reader: your details are "
            "filled in for you. You can also type them."))
        self.type_citizen.setText(self.tr("I apply as an individual"))
        self.type_business.setText(self.tr("For a business or organisation"))
        captions = {
            "full_name": self.tr("Full name"),
            "id_number": self.tr("ID card number"),
            "date_of_birth": self.tr("Date of birth (day/month/year)"),
            "address": self.tr("Address"),
            "organisation_name": self.tr("Name of the business or organisation"),
            "tax_code": self.tr("Tax code"),
            "phone": self.tr("Phone number (required)"),
            "email": self.tr("E-mail (optional)"),
            "postal_address": self.tr("Postal address for the result"),
        }
        for name, caption in captions.items():
            self.field_rows[name].caption.setText(caption)
        self.contact_intro.setText(self.tr(
            "How can the centre reach you about this dossier? We send messages about its progress to this number."))
        self.delivery_intro.setText(self.tr("How do you want to receive the result?"))
        self.delivery_counter.setText(self.tr("I will collect it at the reception counter"))
        self.delivery_post.setText(self.tr("Send it to me by post (VNPost)"))
        self.same_address.setText(self.tr("Use my address above"))
        self.start_needs_heading.setText(self.tr("What you need"))
        self.start_fee_heading.setText(self.tr("Fee"))
        self.start_time_heading.setText(self.tr("How long it takes"))
        self.consent_heading.setText(self.tr("Your personal data"))
        self.start_ticket.setText(self.tr("Get a ticket for the counter"))
        self.decline_question.setText(self.tr(
            "Are you sure you do not agree? Without your consent this kiosk cannot take your dossier, and "
            "everything about this dossier is deleted from the kiosk. You can hand in your papers at the "
            "reception counter instead."))
        self.decline_confirm.setText(self.tr("Yes, I do not agree"))
        self.decline_cancel.setText(self.tr("No, go back"))
        self.consent_post.setText(self.tr("I agree"))
        self.consent_more.setText("↕ " + self.tr("Slide the text up to read all of it."))
        self.consent_post_status.setText(self.tr("You agreed that the postal service receives these details."))
        self.agree.setText(self.tr("I agree and start"))
        self.decline.setText(self.tr("I do not agree"))
        self.submit_button.setText(self.tr("Submit my dossier"))
        for edit in self.review_edit.values():
            edit.setText(self.tr("Change"))
        self.scanner.retranslate()
        self._render()

    def entered(self) -> None:
        self.setFocus()  # no field focused on arrival: the keyboard appears when the citizen taps one
        services = self.flow.services
        if services is not None and not self._qr_connected:
            qr = services.devices.get("qr") if services.devices is not None else None
            if qr is not None:
                qr.notifier.code_read.connect(self._qr_read)
                qr.notifier.unreadable.connect(self._qr_unreadable)
                self._qr_connected = True
        card_service = getattr(services, "card", None)  # some shells' services have no card reader at all
        if card_service is not None and not self._card_connected:
            notifier = card_service.reader.notifier
            notifier.card_present.connect(self._card_present)
            notifier.read_progress.connect(self._card_progress)
            self._card_connected = True
        self._render()

    def prepare_preview(self) -> None:
        session = self.flow.session
        session.procedure_code = "1.005164"
        session.submission.applicant = ApplicantDetails(
            full_name="Nguyễn Thị Lan", id_number="001190012345", date_of_birth="05/09/1990",
            address="Số 12 Trần Duy Hưng, Cầu Giấy, Hà Nội", from_card=True)
        self.wizard.give_consent()
        self.wizard.goto(Step.APPLICANT)

    # ------------------------------------------------------------------ Back (the flow asks: one back)
    def can_step_back(self) -> bool:
        """Whether the top bar's Back stays in the wizard (one step back, like "Previous step")."""
        return self.wizard.can_step_back

    def step_back(self) -> bool:
        """The top bar's Back inside the wizard: one step back; False on the first step (the flow leaves)."""
        if not self.wizard.can_step_back:
            return False
        self.previous_step()
        return True

    def _state_changed(self, old: Screen, new: Screen) -> None:
        if old is Screen.SUBMIT and new is not Screen.SUBMIT:
            self.scanner.stop()

    def _session_reset(self) -> None:
        self._submitting = False
        self.scanner.forget()
        self.review_viewer.hide()
        self.search.clear()
        self.form_errors.clear()
        self.qr_status.set_kind(MessageKind.TIP)  # the last visitor's card reading is not shown to the next
        self.qr_status.hide()

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        self._render_step()
        self.flow.back_state_changed.emit()  # the top bar's Back follows the wizard's step

    def _render_step(self) -> None:
        wizard = self.wizard
        if wizard.declined:
            self._show_info(self.tr("Thank you"), self.tr(
                "You did not agree, so nothing was submitted and everything you entered has been deleted. "
                "The staff at the reception counter can receive your papers in person: take a ticket for "
                "the counter and wait until your number is called."),
                self.tr("Finish"), ticket=True)
            return
        if wizard.submitted is not None:
            self._show_info(self.tr("Your dossier has been submitted"),
                            self.tr("Your receipt is ready. You do not need to submit this dossier again."),
                            self.tr("Show my receipt"))
            return
        step = wizard.step
        procedure = wizard.procedure()
        self.indicator.show()
        self.indicator.set_steps(self.step_names(), wizard.index)
        self.heading.setText(self._name(procedure.name_vi, procedure.name_en) if procedure is not None
                             else self.tr("Choose the procedure"))
        self.stack.setCurrentWidget(self.pages[step])
        self.prev_button.setVisible(wizard.can_step_back)
        self.next_button.setVisible(step not in (Step.PROCEDURE, Step.REVIEW, Step.START)
                                    or (step is Step.START and wizard.state.consent.agreed))
        self.next_button.setEnabled(not self._submitting)
        self.next_button.setText(self.tr("Save and return to the review") if wizard.changing
                                 else self.tr("Next") + " →")
        self._hide_notice()
        self.form_errors.hide_summary()
        if self.flow.services is None and step in (Step.SCAN, Step.REVIEW):
            self._show_notice(self.tr("Submitting is not available at this kiosk right now. "
                                      "Please go to the reception counter."), MessageKind.WARNING)
        {Step.PROCEDURE: self._render_procedure, Step.START: self._render_start, Step.APPLICANT: self._render_applicant,
         Step.CONTACT: self._render_contact, Step.DELIVERY: self._render_delivery,
         Step.SCAN: self._render_scan, Step.REVIEW: self._render_review}[step]()
        if step is Step.SCAN:
            self.scanner.start()
        else:
            self.scanner.stop()

    def _show_info(self, heading: str, body: str, button: str, *, ticket: bool = False) -> None:
        self.info_ticket.setVisible(ticket)
        self.info_ticket.setText(self.tr("Get a ticket for the counter"))
        # with a ticket offered (consent declined), the ticket is the one primary action; "Finish" steps back
        self.info_button.setProperty("role", "" if ticket else "primary")
        self.info_button.style().unpolish(self.info_button)
        self.info_button.style().polish(self.info_button)
        self.indicator.hide()
        self.heading.setText("")
        self._hide_notice()
        self.info_heading.setText(heading)
        self.info_body.setText(body)
        self.info_button.setText(button)
        self.stack.setCurrentWidget(self.info_page)
        self.prev_button.hide()
        self.next_button.hide()
        self.scanner.stop()

    def _show_notice(self, text: str, kind: MessageKind = MessageKind.TIP) -> None:
        self.notice.show_message(text, kind)

    def _hide_notice(self) -> None:
        self.notice.hide()

    def _render_procedure(self) -> None:
        self._search(self.search.text())

    def _render_applicant(self) -> None:
        values = self.wizard.state.applicant
        business = values.business
        self.type_citizen.setChecked(not business)
        self.type_business.setChecked(business)
        for name in ApplicantDetails.TEXT_FIELDS:
            self.field_rows[name].load(values.text(name))
        for name in ("organisation_name", "tax_code"):
            self.field_rows[name].setVisible(business)
        self.field_rows["full_name"].caption.setText(
            self.tr("Full name of the representative") if business else self.tr("Full name"))
        self._render_card()
        if values.from_card and not values.identity_trust.startswith("chip"):
            self.qr_status.show_message(self.tr("Your details were read from your ID card. Please check them."),
                                        MessageKind.SUCCESS)
        elif self.qr_status.kind is not MessageKind.ERROR:
            self.qr_status.hide()

    def _render_contact(self) -> None:
        values = self.wizard.state.contact
        for name in ContactDetails.TEXT_FIELDS:
            self.field_rows[name].load(values.text(name))

    def _render_delivery(self) -> None:
        values = self.wizard.state.delivery
        post = values.post
        self.delivery_counter.setChecked(not post)
        self.delivery_post.setChecked(post)
        self.field_rows["postal_address"].load(values.postal_address)
        self.field_rows["postal_address"].setVisible(post)
        self.same_address.setVisible(post)
        shown = self.wizard.consent_text(self.flow.language, post=True)
        agreed = self.wizard.state.consent.post
        self.consent_post_text.setVisible(post and shown is not None)
        self.consent_post_text.setText(shown.post_paragraph if shown is not None else "")
        self.consent_post.setVisible(post and not agreed)
        self.consent_post_status.setVisible(post and agreed)

    def _render_start(self) -> None:
        wizard = self.wizard
        procedure = wizard.procedure()
        if procedure is None:
            return
        language = self.flow.language
        needs = []
        for component in wizard.components():
            needs.append("• " + self._component_text(component, None))
        self.start_needs.setText("\n".join(needs))
        fees = fee_lines(wizard.fees(), language)
        if not fees:
            fee = self.tr("No fee.")
        elif procedure.fee_paid_before_submission:
            fee = "\n".join(fees) + "\n" + self.tr(
                "Pay before you submit, and scan the fee receipt with your documents.")
        else:
            fee = "\n".join(fees) + "\n" + self.tr(
                "You pay after submitting: your receipt has the payment code (VietQR).")
            if len(fees) > 1:
                fee += " " + self.tr("Fees per item (e.g. per class) are as the procedure states them.")
        self.start_fee.setText(fee)
        times = "\n".join(procedure_time_texts(procedure, self.flow.language))
        note = "\n" + confirm_at_counter_text() if procedure.confirm_at_counter else ""  # unverified entry (issue 14)
        self.start_time.setText(self.tr("About 10 minutes at this kiosk.") + "\n"
                                + self.tr("Legal processing time:") + "\n" + times + note)
        readiness = submission_readiness(self.flow.services)
        lines = []
        if readiness.accepts:
            lines.append("✓ " + self.tr("This kiosk can take your dossier now."))
        problems = set(readiness.problems)
        if IntakeProblem.NO_SUBMISSION in problems:
            lines.append(self.tr("This kiosk cannot take dossiers right now. Please take a ticket for the "
                                 "reception counter: the staff will receive your papers."))
        elif IntakeProblem.NO_CAMERA in problems:
            lines.append(self.tr("The camera of this kiosk is not working, so documents cannot be scanned. "
                                 "Please take a ticket for the reception counter: the staff will receive your papers."))
        if IntakeProblem.QUEUED in problems and readiness.accepts:
            lines.append(self.tr("The connection to the ministry is slow right now: your dossier is kept safely "
                                 "here and sent automatically. You get a provisional reference."))
        if IntakeProblem.NO_PRINTER in problems and readiness.accepts:
            lines.append(self.tr("The printer is not working: your receipt is shown on the screen for you to "
                                 "photograph."))
        self.start_kiosk.setText("\n".join(lines))
        self.start_kiosk.setProperty("error", not readiness.accepts)
        self.start_kiosk.style().unpolish(self.start_kiosk)
        self.start_kiosk.style().polish(self.start_kiosk)
        given = wizard.state.consent.agreed
        declining = wizard.declining
        # the versioned consent text (issue 14): its SHA-256 is what the dossier records
        shown = wizard.consent_text(language)
        question = "" if given else "\n\n" + self.tr("Do you agree to this processing of your personal data?")
        self.consent_text.setText((shown.text if shown is not None else "") + question)
        self.consent_status.setVisible(given)
        self.consent_status.setText(self.tr("You agreed to the processing of your personal data."))
        self.consent_row.setVisible(not declining)
        self.decline_box.setVisible(declining)
        # a kiosk that cannot take the dossier offers the counter instead of a consent that leads nowhere
        self.agree.setVisible(not given and readiness.accepts)
        self.decline.setVisible(not given and readiness.accepts)
        self.start_ticket.setVisible(not readiness.accepts)

    def _render_scan(self) -> None:
        component = self.wizard.scan_component()
        if component is None:
            return
        if self.scanner.component_id != component.id:
            self.scanner.set_component(component.id, self.wizard.scan_mode(component))
        self._refresh_components()

    def _refresh_components(self) -> None:
        procedure = self.wizard.procedure()
        clear_layout(self.components_box)
        if procedure is None:
            return
        scans = self.wizard.state.scans
        for component in self.wizard.components():  # a document answered "No" in the checklist is not listed
            count = scans.count(component.id)
            button = WrapButton(f"btn_component_{component.id}", self._component_text(component, count))
            button.setCheckable(True)
            button.setChecked(component.id == scans.component)
            button.clicked.connect(lambda _=False, c=component: self._choose_component(c))
            self.components_box.addWidget(button)
        self.components_box.addStretch(1)

    def _component_text(self, component: DocumentComponent, count: int | None) -> str:
        """A document's line: its name, whether it is needed, and (on the scanning step) its pages."""
        name = self._name(component.name_vi, component.name_en)
        if component.requirement is Requirement.REQUIRED:
            need = self.tr("required")
        elif component.requirement is Requirement.CONDITIONAL and self.wizard.answer(component.id) is True:
            need = self.tr("needed in your case")
        elif component.requirement is Requirement.CONDITIONAL:
            condition = self._name(component.condition_vi or "", component.condition_en or component.condition_vi or "")
            need = self.tr("only if: %1").replace("%1", condition)
        else:
            need = self.tr("optional")
        if count is None:
            return f"{name} ({need})"
        pages = self.tr("%1 page(s)").replace("%1", str(count)) if count else self.tr("no pages yet")
        mark = "✓ " if count else ""
        return f"{mark}{name}\n({need}) – {pages}"

    def _choose_component(self, component: DocumentComponent) -> None:
        self.wizard.choose_component(component.id)
        self.scanner.set_component(component.id, self.wizard.scan_mode(component))
        self._refresh_components()

    def _render_review(self) -> None:
        review = self.wizard.review()
        applicant, contact, delivery = review.applicant, review.contact, review.delivery
        lines = [self.tr("Applicant") + ": " + applicant.full_name]
        if applicant.business:
            lines.append(self.tr("Organisation") + f": {applicant.organisation_name} "
                         f"({self.tr('tax code')} {applicant.tax_code})")
        if applicant.id_number:
            lines.append(self.tr("ID card number") + f": {applicant.id_number}")
        lines.append(self.tr("Address") + f": {applicant.address}")
        self.review_labels[Step.APPLICANT].setText("\n".join(lines))
        contact_lines = [self.tr("Phone") + f": {contact.phone}"]
        if contact.email:
            contact_lines.append(self.tr("E-mail") + f": {contact.email}")
        self.review_labels[Step.CONTACT].setText("\n".join(contact_lines))
        self.review_labels[Step.DELIVERY].setText(
            self.tr("Result") + ": " + (self.tr("by post to %1").replace("%1", delivery.postal_address)
                                         if delivery.post else self.tr("at the reception counter")))
        self.review_labels[Step.SCAN].setText(self.tr("Documents") + ":")
        self._render_review_pages(review.documents)
        self.submit_button.setEnabled(not self._submitting and self.flow.services is not None)

    def _render_review_pages(self, documents: tuple[tuple[DocumentComponent, int], ...]) -> None:
        """Issue 21 finding 6: each document's name, page count and thumbnails (a tap shows the page large)."""
        clear_layout(self.review_pages)
        self.review_strips = {}
        scans = self.wizard.state.scans
        for component, count in documents:
            name = self._name(component.name_vi, component.name_en)
            caption = self.label("body", f"review_document_{component.id}")
            caption.setText(f"{name} – {scanned_copy_text(count)}")
            strip = PageStrip(f"review_thumb_{component.id}")
            pages = scans.of(component.id).pages
            strip.set_pages(pages, accessible=self.tr("Page %1 – touch to see it large"))
            strip.tapped.connect(lambda index, c=component, n=name: self._view_review_page(c.id, n, index))
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(strip)
            area.setFixedHeight(THUMB_HEIGHT + 48)  # the thumbnails and a horizontal scroll bar
            make_kinetic(area)
            caption.setFixedWidth(480)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(area, 1)
            self.review_pages.addWidget(row)
            self.review_strips[component.id] = strip

    def _view_review_page(self, component_id: str, name: str, index: int) -> None:
        pages = self.wizard.state.scans.of(component_id)
        if 0 <= index < len(pages):
            self.flow.touch()
            self.review_viewer.show_page(
                pages[index], f"{name} – " + self.tr("page %1 of %2").replace("%1", str(index + 1))
                .replace("%2", str(len(pages))), "",
                (ViewerAction("btn_viewer_close", self.tr("Close"), lambda: None, "primary"),))

    # ------------------------------------------------------------------ intents
    def go_step(self, step: Step | str) -> None:
        """Show ``step`` (back to any earlier step; forwards only over complete steps)."""
        self.flow.touch()
        self.setFocus()  # the old step's field must not keep the keyboard open
        self.wizard.goto(Step(step))
        self._render()

    def change_step(self, step: Step | str) -> None:
        """"Change" on the review: show ``step``; its Next returns to the review."""
        self.flow.touch()
        self.setFocus()
        self.wizard.change(Step(step))
        self._render()

    def preview_step(self, step: Step | str) -> None:
        """Screenshots: show ``step`` with the sample data, whether the steps before it are complete or not."""
        self.wizard.goto(Step(step), checked=False)
        self._render()

    def previous_step(self) -> None:
        self.flow.touch()
        self.setFocus()
        if self.wizard.back():
            self._render()

    def next_step(self) -> None:
        step = self.wizard.step
        problems = self.wizard.next()
        self.form_errors.show(problems.fields, STEP_FIELDS.get(step, ()))  # the summary takes the focus
        if problems.missing:
            names = ", ".join(self._name(c.name_vi, c.name_en) for c in problems.missing)
            self._show_notice(self.tr("Please scan these required documents first: %1").replace("%1", names),
                              MessageKind.ERROR)
        elif problems.fields:
            self._hide_notice()
        elif problems.needs_consent and step is Step.DELIVERY:
            self._show_notice(self.tr(
                "Please read who receives your details for delivery by post, then touch “I agree”."), MessageKind.ERROR)
        elif problems.ok and self.wizard.step is not step:
            self.flow.touch()
            self.setFocus()  # the old step's field must not keep the keyboard open
            self._render()

    def _search(self, text: str) -> None:
        clear_layout(self.results)
        services = self.flow.services
        if services is None or not text.strip():
            return
        for hit in services.index.search(text, limit=6):
            procedure = services.catalogue.get(hit.code)
            if procedure is None:
                continue
            button = WrapButton(f"btn_pick_{hit.code.replace('.', '_')}",
                                self._name(procedure.name_vi, procedure.name_en) + f" ({hit.code})")
            button.clicked.connect(lambda _=False, code=hit.code: self.pick_procedure(code))
            self.results.addWidget(button)

    def pick_procedure(self, code: str) -> None:
        self.flow.touch()
        self.setFocus()
        self.wizard.choose_procedure(code)
        self._render()

    def _set_type(self, kind: ApplicantType) -> None:
        self.wizard.set_applicant_type(kind)
        self._render_applicant()
        self._revalidate_applicant()

    def _revalidate_applicant(self) -> None:
        """Errors shown on the applicant step follow what it now holds (after a type change or a card filled it)."""
        self.form_errors.revalidate(self.wizard.check(Step.APPLICANT).fields, STEP_FIELDS[Step.APPLICANT])

    def _set_delivery(self, method: DeliveryMethod) -> None:
        self.wizard.set_delivery(method)
        self._render_delivery()

    def _use_home_address(self) -> None:
        self.wizard.use_home_address()
        self._render_delivery()

    # ------------------------------------------------------------------ the chip ID card (issue 16)
    def _card_available(self) -> bool:
        return self.card_preview or getattr(self.flow.services, "card", None) is not None

    def _render_card(self) -> None:
        available = self._card_available()
        self.card_panel.setVisible(available)
        card = self.wizard.state.card
        if available:
            self.card_panel.show_state(card, self.wizard.card_access_number() is None, self.flow.language)
        # the printed QR is the fallback: offered until the chip is being read or has been read
        self.qr_hint.setVisible(not available or card.status in (CardReadStatus.WAITING, CardReadStatus.FAILED))

    def _card_present(self, _atr: object) -> None:
        """A card was put on the reader: read it at once when the CAN is known (else the panel asks for it)."""
        if self.flow.state is not Screen.SUBMIT or not self.wizard.accepts_id_card:
            return
        if self.wizard.state.card.status in (CardReadStatus.WAITING, CardReadStatus.FAILED) \
                and self.wizard.card_access_number() is not None:
            self._start_card_read()

    def _card_read_requested(self, can: str) -> None:
        self.flow.touch()
        if can:
            self.wizard.set_card_access_number(can)
        if self.wizard.card_access_number() is None:
            self._render_card()
            return
        self._start_card_read()

    def _start_card_read(self) -> None:
        card_service = getattr(self.flow.services, "card", None)
        can = self.wizard.card_access_number()
        if card_service is None or can is None:
            return
        if self.wizard.state.card.status is CardReadStatus.READING:
            return
        self.wizard.card_reading_started()
        self._render_card()
        card_service.read(self.flow.session, can, self._card_done, self._card_failed, self._render_card)

    def _card_progress(self, done: int, total: int) -> None:
        if self.wizard.state.card.status is CardReadStatus.READING:
            self.wizard.card_progress(done, total)
            self.card_panel.progress.setValue(int(self.wizard.state.card.progress * 100))

    def _card_done(self, identity: ChipIdentity) -> None:
        self.wizard.card_read(identity)
        self._render_applicant()
        self._revalidate_applicant()

    def _card_failed(self, error: BaseException) -> None:
        log.info("chip ID card not read: %s", getattr(error, "code", type(error).__name__))
        self.wizard.card_failed(error)
        self._render_card()

    def _qr_read(self, scan: Any) -> None:
        if self.flow.state is not Screen.SUBMIT or not self.wizard.accepts_id_card:
            return
        try:
            self.wizard.read_id_card(scan.text)
        except CitizenIdError as exc:
            log.info("ID card QR rejected: %s", exc.problem.value)
            self.qr_status.show_message(citizen_text(exc, self.flow.language), MessageKind.ERROR)
            return
        self.qr_status.set_kind(MessageKind.SUCCESS)
        self._render_applicant()
        self._revalidate_applicant()

    def _qr_unreadable(self, _error: Any) -> None:
        if self.flow.state is Screen.SUBMIT and self.wizard.accepts_id_card:
            self.qr_status.show_message(self.tr(
                "The code could not be read. Hold the card still, about a hand's width from the reader."),
                MessageKind.ERROR)

    def agree_consent(self) -> None:
        self.flow.touch()
        self.setFocus()
        self.wizard.give_consent(self.flow.language)
        self._render()

    def agree_post(self) -> None:
        """Delivery by post: the citizen agreed that the postal service receives the details it needs."""
        self.flow.touch()
        self.setFocus()
        self.wizard.agree_post(self.flow.language)
        self._render_delivery()
        self._hide_notice()

    def _kiosk_id(self) -> str:
        """This kiosk's id for the consent record (the profile's; the default without services)."""
        profile = getattr(self.flow.services, "profile", None)  # shell tests' stand-in services have no profile
        return profile.kiosk.id if profile is not None else DEFAULT_KIOSK_ID

    def decline_consent(self) -> None:
        """ "I do not agree": ask whether they are sure (nothing is deleted yet)."""
        self.flow.touch()
        self.setFocus()
        self.wizard.ask_decline()
        self._render()

    def cancel_decline(self) -> None:
        self.flow.touch()
        self.wizard.cancel_decline()
        self._render()

    def confirm_decline(self) -> None:
        """A confirmed 'no' ends the session: the wizard wipes it; the page offers a ticket for the counter."""
        self.scanner.stop()
        self.wizard.decline_consent()
        self.flow.history.clear()  # nothing to go back to: the top bar's Back is disabled
        self._render()

    def get_ticket(self) -> None:
        """The counter instead of the kiosk: choose the area and draw a ticket."""
        self.flow.touch()
        self.flow.go(Screen.ASSISTANCE)

    def _info_continue(self) -> None:
        if self.wizard.declined:
            self.flow.reset(reason="consent declined")
        else:
            self.flow.go(Screen.RECEIPT)

    # ------------------------------------------------------------------ submitting
    def submit(self) -> None:
        services = self.flow.services
        if self._submitting or services is None or self.wizard.procedure() is None:
            return
        if services.submission is None:
            self._show_notice(self.tr("Submitting is not available at this kiosk right now. "
                                      "Please go to the reception counter."), MessageKind.WARNING)
            return
        try:
            draft = self.wizard.draft(self.flow.language)
        except DossierIncomplete as exc:
            self._show_notice(citizen_text(exc, self.flow.language), MessageKind.ERROR)
            return
        submission = services.submission
        self._submitting = True
        self.submit_button.setEnabled(False)
        self._show_notice(self.tr("Sending your dossier… please wait."))
        # A wipe meanwhile (idle) drops the result: the outbox has the dossier; nobody waits for the receipt.
        services.jobs.run_for_session(self.flow.session, lambda: draft.submit(submission), self._submitted,
                                      self._submit_failed, on_dropped=self._submit_dropped)

    def _submitted(self, outcome: SubmittedDossier) -> None:
        self._submitting = False
        self.wizard.record_submitted(outcome)
        if self.flow.services is not None:
            self.flow.services.counters.add("submissions")
        self.flow.go(Screen.RECEIPT)

    def _submit_dropped(self) -> None:
        self._submitting = False

    def _submit_failed(self, exc: BaseException) -> None:
        self._submitting = False
        log.error("submission failed: %s", getattr(exc, "detail", repr(exc)))
        self.submit_button.setEnabled(True)
        self._show_notice(citizen_text(exc, self.flow.language), MessageKind.ERROR)
