"""The submission wizard: procedure → applicant → contact → delivery → consent → scan → review → submit.

Everything the citizen enters goes straight into the session (``applicant``, ``contact``,
``delivery``, ``consent``, ``scan_pages``) and the current step into ``session["submit_step"]``, so
Back, Home and the idle wipe behave. Declining consent wipes the session at once and ends politely.
Submitting builds one PDF per component in the session's scratch directory and hands the dossier to
``services.submission`` in a job; the receipt screen shows the result (confirmed or provisional).
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
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

from kiosk_app.api.schemas import DocumentComponent, ProcedureDetail, Requirement
from kiosk_app.digitize.enhance import default_mode
from kiosk_app.domain.citizen_id import CitizenIdError, parse_citizen_id_qr
from kiosk_app.domain.formatting import localized
from kiosk_app.dossier_form import (
    SubmittedSummary,
    applicant_errors,
    build_dossier,
    component_kind,
    contact_errors,
    delivery_errors,
    missing_required,
    write_component_pdfs,
)
from kiosk_app.flow import KioskFlow, Screen
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.widgets.form import FieldRow, WrapButton, catalogue_of, choice_button
from ui.widgets.scanner import ScanWidget
from ui.widgets.scrolling import make_kinetic
from ui.widgets.step_indicator import StepIndicator

log = logging.getLogger("ui.submit")

STEPS = ("procedure", "applicant", "contact", "delivery", "consent", "scan", "review")
PAGES_KEY = "scan_pages"


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    make_kinetic(area)
    return area


class SubmitScreen(ScreenWidget):
    screen = Screen.SUBMIT

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_.setContentsMargins(40, 10, 40, 10)
        self.layout_.setSpacing(8)
        self._declined = False
        self._submitting = False
        self._qr_connected = False
        self.fields: dict[str, FieldRow] = {}

        self.indicator = StepIndicator()
        self.heading = self.label("subtitle", "submit_heading")
        self.notice = self.label("notice", "submit_notice")
        self.notice.hide()
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for name, build in (("procedure", self._build_procedure), ("applicant", self._build_applicant),
                            ("contact", self._build_contact), ("delivery", self._build_delivery),
                            ("consent", self._build_consent), ("scan", self._build_scan),
                            ("review", self._build_review), ("info", self._build_info)):
            page = build()
            self.pages[name] = page
            self.stack.addWidget(page)
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
        self.layout_.addWidget(self.notice)
        self.layout_.addWidget(self.stack, 1)
        self.layout_.addLayout(nav)
        flow.session_reset.connect(self._session_reset)
        flow.state_changed.connect(self._state_changed)
        self.retranslate()

    # ------------------------------------------------------------------ building the steps
    def _field(self, section: str, name: str, keyboard: str) -> FieldRow:
        row = FieldRow(name, keyboard, lambda key, text: self._section(section).__setitem__(key, text))
        self.fields[name] = row
        return row

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
        self.qr_hint = self.label("notice", "applicant_qr_hint")
        self.qr_status = self.label("body", "applicant_qr_status")
        self.type_citizen = choice_button("btn_type_citizen", lambda: self._set_type("citizen"))
        self.type_business = choice_button("btn_type_business", lambda: self._set_type("business"))
        types = QHBoxLayout()
        types.addWidget(self.type_citizen)
        types.addWidget(self.type_business)
        layout.addWidget(self.qr_hint)
        layout.addWidget(self.qr_status)
        layout.addLayout(types)
        grid = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for name, keyboard, column in (("full_name", "text", left), ("id_number", "numeric", left),
                                       ("date_of_birth", "numeric", left), ("address", "text", right),
                                       ("organisation_name", "text", right), ("tax_code", "numeric", right)):
            column.addWidget(self._field("applicant", name, keyboard))
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
        layout.addWidget(self._field("contact", "phone", "phone"))
        layout.addWidget(self._field("contact", "email", "text"))
        layout.addStretch(1)
        return _scrolled(page)

    def _build_delivery(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.delivery_intro = self.label("body")
        self.delivery_counter = choice_button("btn_delivery_counter", lambda: self._set_delivery("counter"))
        self.delivery_post = choice_button("btn_delivery_post", lambda: self._set_delivery("post"))
        self.same_address = QPushButton()
        self.same_address.setObjectName("btn_same_address")
        self.same_address.clicked.connect(self._use_home_address)
        layout.addWidget(self.delivery_intro)
        layout.addWidget(self.delivery_counter)
        layout.addWidget(self.delivery_post)
        layout.addWidget(self._field("delivery", "postal_address", "text"))
        layout.addWidget(self.same_address)
        layout.addStretch(1)
        return _scrolled(page)

    def _build_consent(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consent_text = self.label("body", "consent_text")
        self.consent_status = self.label("notice", "consent_status")
        self.agree = QPushButton()
        self.agree.setObjectName("btn_consent_agree")
        self.agree.setProperty("role", "primary")
        self.agree.clicked.connect(self.agree_consent)
        self.decline = QPushButton()
        self.decline.setObjectName("btn_consent_decline")
        self.decline.clicked.connect(self.decline_consent)
        row = QHBoxLayout()
        row.addWidget(self.decline)
        row.addWidget(self.agree)
        layout.addWidget(self.consent_text)
        layout.addWidget(self.consent_status)
        layout.addLayout(row)
        layout.addStretch(1)
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
        self.scanner = ScanWidget(self.flow, PAGES_KEY)
        self.scanner.pages_changed.connect(lambda _cid: self._refresh_components())
        layout.addWidget(components_area)
        layout.addWidget(self.scanner, 1)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.review_labels: dict[str, QLabel] = {}
        self.review_edit: dict[str, QPushButton] = {}
        for section in ("applicant", "contact", "delivery", "scan"):
            row = QHBoxLayout()
            label = self.label("body", f"review_{section}")
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            edit = QPushButton()
            edit.setObjectName(f"btn_edit_{section}")
            edit.clicked.connect(lambda _=False, s=section: self.go_step(s))
            row.addWidget(label, 1)
            row.addWidget(edit)
            layout.addLayout(row)
            self.review_labels[section] = label
            self.review_edit[section] = edit
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
        layout.addWidget(self.info_heading)
        layout.addWidget(self.info_body)
        layout.addWidget(self.info_button)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ session helpers
    def _section(self, name: str) -> dict[str, Any]:
        value = self.flow.session.get(name)
        if value is None:
            value = {"type": "citizen"} if name == "applicant" else {"method": "counter"} if name == "delivery" else {}
            self.flow.session.set(name, value)
        return value

    def procedure(self) -> ProcedureDetail | None:
        code = self.flow.session.get("procedure_code")
        return catalogue_of(self.flow.services).get(code) if code else None

    def _name(self, vi: str, en: str) -> str:
        return localized(self.flow.language, vi, en)

    def current_step(self) -> str:
        step = self.flow.session.get("submit_step")
        if step in STEPS or step == "done":
            return step
        return "applicant" if self.procedure() is not None else "procedure"

    # ------------------------------------------------------------------ ScreenWidget
    def title(self) -> str:
        return self.tr("Submit a dossier")

    def help_text(self) -> str:
        return self.tr(
            "The steps are shown at the top; the highlighted one is where you are.\n\n"
            "1. Choose the procedure.\n"
            "2. Hold the QR code on the back of your chip ID card to the reader, or type your details.\n"
            "3. Give a phone number so the centre can reach you.\n"
            "4. Choose how to receive the result.\n"
            "5. Agree to the processing of your personal data (required to submit).\n"
            "6. Lay each document under the camera, one page at a time.\n"
            "7. Check everything and touch 'Submit my dossier'. You receive a printed receipt.\n\n"
            "'Previous step' keeps what you entered. Home deletes everything."
        )

    def step_names(self) -> list[str]:
        return [self.tr("Procedure"), self.tr("Applicant"), self.tr("Contact"), self.tr("Result"),
                self.tr("Consent"), self.tr("Documents"), self.tr("Review")]

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
            self.fields[name].caption.setText(caption)
        self.contact_intro.setText(self.tr(
            "How can the centre reach you about this dossier? We send messages about its progress to this number."))
        self.delivery_intro.setText(self.tr("How do you want to receive the result?"))
        self.delivery_counter.setText(self.tr("I will collect it at the reception counter"))
        self.delivery_post.setText(self.tr("Send it to me by post (VNPost)"))
        self.same_address.setText(self.tr("Use my address above"))
        self.consent_text.setText(self.tr(
            "To receive and process your dossier, the Ministry of Science and Technology processes the personal "
            "data you give here (name, ID number, date of birth, address, phone, e-mail and the scanned "
            "documents), under the Personal Data Protection Law (91/2025/QH15). The data is used only to "
            "handle this dossier and is kept as the law on archives requires. This kiosk deletes everything "
            "when you finish. You can ask to see, correct or delete your data at the reception counter.\n\n"
            "Do you agree to this processing of your personal data?"))
        self.agree.setText(self.tr("I agree"))
        self.decline.setText(self.tr("I do not agree"))
        self.submit_button.setText(self.tr("Submit my dossier"))
        for section, edit in self.review_edit.items():
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
        self._render()

    def prepare_preview(self) -> None:
        session = self.flow.session
        session.set("procedure_code", "1.005164")
        session.set("applicant", {"type": "citizen", "full_name": "Nguyễn Thị Lan", "id_number": "001190012345",
                                  "date_of_birth": "05/09/1990", "address": "Số 12 Trần Duy Hưng, Cầu Giấy, Hà Nội"})
        session.set("submit_step", "applicant")
        session.set("applicant_from_card", True)

    def _state_changed(self, old: Screen, new: Screen) -> None:
        if old is Screen.SUBMIT and new is not Screen.SUBMIT:
            self.scanner.stop()

    def _session_reset(self) -> None:
        self._declined = False
        self._submitting = False
        self.scanner.stop()
        self.search.clear()

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        if self._declined:
            self._show_info(self.tr("Thank you"), self.tr(
                "You did not agree, so nothing was submitted and everything you entered has been deleted. "
                "If you prefer, the staff at the reception counter can receive your papers in person."),
                self.tr("Finish"))
            return
        step = self.current_step()
        if step == "done":
            self._show_info(self.tr("Your dossier has been submitted"),
                            self.tr("Your receipt is ready. You do not need to submit this dossier again."),
                            self.tr("Show my receipt"))
            return
        procedure = self.procedure()
        self.indicator.show()
        self.indicator.set_steps(self.step_names(), STEPS.index(step))
        self.heading.setText(self._name(procedure.name_vi, procedure.name_en) if procedure is not None
                             else self.tr("Choose the procedure"))
        self.stack.setCurrentWidget(self.pages[step])
        self.prev_button.setVisible(step != STEPS[0])
        self.next_button.setVisible(step not in ("procedure", "review", "consent")
                                    or (step == "consent" and self.flow.session.get("consent") is True))
        self.next_button.setEnabled(not self._submitting)
        self._hide_notice()
        if self.flow.services is None and step in ("scan", "review"):
            self._show_notice(self.tr("Submitting is not available at this kiosk right now. "
                                      "Please go to the reception counter."))
        getattr(self, f"_render_{step}")()
        if step == "scan":
            self.scanner.start()
        else:
            self.scanner.stop()

    def _show_info(self, heading: str, body: str, button: str) -> None:
        self.indicator.hide()
        self.heading.setText("")
        self._hide_notice()
        self.info_heading.setText(heading)
        self.info_body.setText(body)
        self.info_button.setText(button)
        self.stack.setCurrentWidget(self.pages["info"])
        self.prev_button.hide()
        self.next_button.hide()
        self.scanner.stop()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _hide_notice(self) -> None:
        self.notice.hide()

    def _render_procedure(self) -> None:
        self._search(self.search.text())

    def _render_applicant(self) -> None:
        values = self._section("applicant")
        business = values.get("type") == "business"
        self.type_citizen.setChecked(not business)
        self.type_business.setChecked(business)
        for name in ("full_name", "id_number", "date_of_birth", "address", "organisation_name", "tax_code"):
            self.fields[name].load(str(values.get(name, "")))
        for name in ("organisation_name", "tax_code"):
            self.fields[name].setVisible(business)
        self.fields["full_name"].caption.setText(
            self.tr("Full name of the representative") if business else self.tr("Full name"))
        if self.flow.session.get("applicant_from_card"):
            self.qr_status.setText("✓ " + self.tr("Your details were read from your ID card. Please check them."))
        elif not self.qr_status.property("error"):
            self.qr_status.setText("")

    def _render_contact(self) -> None:
        values = self._section("contact")
        for name in ("phone", "email"):
            self.fields[name].load(str(values.get(name, "")))

    def _render_delivery(self) -> None:
        values = self._section("delivery")
        post = values.get("method") == "post"
        self.delivery_counter.setChecked(not post)
        self.delivery_post.setChecked(post)
        self.fields["postal_address"].load(str(values.get("postal_address", "")))
        self.fields["postal_address"].setVisible(post)
        self.same_address.setVisible(post)

    def _render_consent(self) -> None:
        given = self.flow.session.get("consent") is True
        self.consent_status.setVisible(given)
        self.consent_status.setText("✓ " + self.tr("You agreed to the processing of your personal data."))

    def _render_scan(self) -> None:
        procedure = self.procedure()
        if procedure is None:
            return
        components = procedure.components
        current = self.flow.session.get("scan_component")
        if current not in {c.id for c in components}:
            current = components[0].id
            self.flow.session.set("scan_component", current)
        component = next(c for c in components if c.id == current)
        if self.scanner.component_id != current:
            self.scanner.set_component(current, default_mode(component_kind(component)))
        self._refresh_components()

    def _refresh_components(self) -> None:
        procedure = self.procedure()
        while self.components_box.count():
            item = self.components_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the tree now: names stay unique
                widget.deleteLater()
        if procedure is None:
            return
        current = self.flow.session.get("scan_component")
        for component in procedure.components:
            count = len(self.scanner.pages(component.id))
            button = WrapButton(f"btn_component_{component.id}", self._component_text(component, count))
            button.setCheckable(True)
            button.setChecked(component.id == current)
            button.clicked.connect(lambda _=False, c=component: self._choose_component(c))
            self.components_box.addWidget(button)
        self.components_box.addStretch(1)

    def _component_text(self, component: DocumentComponent, count: int) -> str:
        name = self._name(component.name_vi, component.name_en)
        if component.requirement is Requirement.REQUIRED:
            need = self.tr("required")
        elif component.requirement is Requirement.CONDITIONAL:
            condition = self._name(component.condition_vi or "", component.condition_en or component.condition_vi or "")
            need = self.tr("only if: %1").replace("%1", condition)
        else:
            need = self.tr("optional")
        pages = self.tr("%1 page(s)").replace("%1", str(count)) if count else self.tr("no pages yet")
        mark = "✓ " if count else ""
        return f"{mark}{name}\n({need}) – {pages}"

    def _choose_component(self, component: DocumentComponent) -> None:
        self.flow.session.set("scan_component", component.id)
        self.scanner.set_component(component.id, default_mode(component_kind(component)))
        self._refresh_components()

    def _render_review(self) -> None:
        procedure = self.procedure()
        applicant = self._section("applicant")
        contact = self._section("contact")
        delivery = self._section("delivery")
        lines = [self.tr("Applicant") + ": " + str(applicant.get("full_name", ""))]
        if applicant.get("type") == "business":
            lines.append(self.tr("Organisation") + f": {applicant.get('organisation_name', '')} "
                         f"({self.tr('tax code')} {applicant.get('tax_code', '')})")
        if applicant.get("id_number"):
            lines.append(self.tr("ID card number") + f": {applicant['id_number']}")
        lines.append(self.tr("Address") + f": {applicant.get('address', '')}")
        self.review_labels["applicant"].setText("\n".join(lines))
        contact_lines = [self.tr("Phone") + f": {contact.get('phone', '')}"]
        if contact.get("email"):
            contact_lines.append(self.tr("E-mail") + f": {contact['email']}")
        self.review_labels["contact"].setText("\n".join(contact_lines))
        self.review_labels["delivery"].setText(
            self.tr("Result") + ": " + (self.tr("by post to %1").replace("%1", str(delivery.get("postal_address", "")))
                                         if delivery.get("method") == "post" else self.tr("at the reception counter")))
        docs = []
        if procedure is not None:
            for component in procedure.components:
                count = len(self.scanner.pages(component.id))
                if count:
                    docs.append(f"• {self._name(component.name_vi, component.name_en)} – "
                                + self.tr("%1 page(s)").replace("%1", str(count)))
        self.review_labels["scan"].setText(self.tr("Documents") + ":\n" + "\n".join(docs))
        self.submit_button.setEnabled(not self._submitting and self.flow.services is not None)

    # ------------------------------------------------------------------ intents
    def go_step(self, step: str) -> None:
        self.flow.touch()
        self.setFocus()  # the old step's field must not keep the keyboard open
        self.flow.session.set("submit_step", step)
        self._render()

    def previous_step(self) -> None:
        step = self.current_step()
        if step in STEPS and STEPS.index(step) > 0:
            self.go_step(STEPS[STEPS.index(step) - 1])

    def next_step(self) -> None:
        step = self.current_step()
        errors: dict[str, str] = {}
        if step == "applicant":
            errors = applicant_errors(self._section("applicant"))
            self._show_errors(("full_name", "id_number", "date_of_birth", "address", "organisation_name",
                               "tax_code"), errors)
        elif step == "contact":
            errors = contact_errors(self._section("contact"))
            self._show_errors(("phone", "email"), errors)
        elif step == "delivery":
            errors = delivery_errors(self._section("delivery"))
            self._show_errors(("postal_address",), errors)
        elif step == "consent" and self.flow.session.get("consent") is not True:
            return
        elif step == "scan":
            procedure = self.procedure()
            missing = missing_required(self.scanner.store, procedure.components) if procedure else []
            if missing:
                names = ", ".join(self._name(c.name_vi, c.name_en) for c in missing)
                self._show_notice(self.tr("Please scan these required documents first: %1").replace("%1", names))
                return
        if errors:
            self._show_notice(self.tr("Please correct the fields marked in red."))
            return
        if step in STEPS and STEPS.index(step) < len(STEPS) - 1:
            self.go_step(STEPS[STEPS.index(step) + 1])

    def _show_errors(self, names: tuple[str, ...], errors: dict[str, str]) -> None:
        for name in names:
            self.fields[name].set_error(errors.get(name, ""))

    def _search(self, text: str) -> None:
        while self.results.count():
            item = self.results.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the tree now: names stay unique
                widget.deleteLater()
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
        self.flow.session.set("procedure_code", code)
        self.flow.session.set(PAGES_KEY, {})
        self.flow.session.set("scan_component", None)
        self.go_step("applicant")

    def _set_type(self, kind: str) -> None:
        self._section("applicant")["type"] = kind
        self._render_applicant()

    def _set_delivery(self, method: str) -> None:
        self._section("delivery")["method"] = method
        self._render_delivery()

    def _use_home_address(self) -> None:
        address = str(self._section("applicant").get("address", ""))
        self._section("delivery")["postal_address"] = address
        self._render_delivery()

    def _qr_read(self, scan: Any) -> None:
        if self.flow.state is not Screen.SUBMIT or self.current_step() != "applicant" or self._declined:
            return
        try:
            card = parse_citizen_id_qr(scan.text)
        except CitizenIdError as exc:
            log.info("ID card QR rejected: %s", exc.problem.value)
            self.qr_status.setProperty("error", True)
            self.qr_status.setText(citizen_text(exc, self.flow.language))
            return
        applicant = self._section("applicant")
        applicant.update(full_name=card.full_name, id_number=card.id_number,
                         date_of_birth=card.date_of_birth.strftime("%d/%m/%Y"), address=card.address)
        self.flow.session.set("applicant_from_card", True)
        self.qr_status.setProperty("error", False)
        log.info("applicant read from ID card %s", card.masked_id)
        self._render_applicant()

    def _qr_unreadable(self, _error: Any) -> None:
        if self.flow.state is Screen.SUBMIT and self.current_step() == "applicant":
            self.qr_status.setProperty("error", True)
            self.qr_status.setText(self.tr(
                "The code could not be read. Hold the card still, about a hand's width from the reader."))

    def agree_consent(self) -> None:
        self.flow.session.set("consent", True)
        self.flow.session.set("consent_at", datetime.now().isoformat(timespec="seconds"))
        self.go_step("scan")

    def decline_consent(self) -> None:
        """Silence is not consent, and 'no' ends the session: wipe now, then thank the citizen."""
        self.scanner.stop()
        self.flow.session.wipe()
        self.flow.history.clear()
        self._declined = True
        log.info("consent declined: session wiped")
        self._render()

    def _info_continue(self) -> None:
        if self._declined:
            self.flow.reset(reason="consent declined")
        else:
            self.flow.go(Screen.RECEIPT)

    # ------------------------------------------------------------------ submitting
    def submit(self) -> None:
        services = self.flow.services
        procedure = self.procedure()
        if self._submitting or services is None or procedure is None:
            return
        if services.submission is None:
            self._show_notice(self.tr("Submitting is not available at this kiosk right now. "
                                      "Please go to the reception counter."))
            return
        session = self.flow.session
        applicant, contact, delivery = (dict(self._section(s)) for s in ("applicant", "contact", "delivery"))
        consent = session.get("consent") is True
        store = self.scanner.store
        language = self.flow.language
        folder = session.scratch_dir / "dossier"
        subject = f"{procedure.code} {procedure.name_vi}"
        submission = services.submission

        def work() -> tuple[Any, SubmittedSummary]:
            documents = write_component_pdfs(store, procedure.components, subject, folder, language)
            dossier = build_dossier(procedure, applicant, contact, delivery, consent, documents, language)
            result = submission.submit(dossier, [(cid, path) for cid, path, _n in documents])
            names = {c.id: self._name(c.name_vi, c.name_en) for c in procedure.components}
            summary = SubmittedSummary(
                procedure.code, self._name(procedure.name_vi, procedure.name_en),
                str(applicant.get("organisation_name") if applicant.get("type") == "business"
                    else applicant.get("full_name", "")),
                tuple((names[cid], n) for cid, _p, n in documents), datetime.now(),
                delivery.get("method") == "post", procedure.fee_vnd, tuple(p for _c, p, _n in documents))
            return result, summary

        self._submitting = True
        self.submit_button.setEnabled(False)
        self._show_notice(self.tr("Sending your dossier… please wait."))
        session_id = session.id
        services.jobs.run(work, lambda value: self._submitted(session_id, value), self._submit_failed)

    def _submitted(self, session_id: str, value: tuple[Any, SubmittedSummary]) -> None:
        self._submitting = False
        if session_id != self.flow.session.id:
            return  # wiped meanwhile (idle): the outbox has it; nobody is waiting for the receipt
        result, summary = value
        session = self.flow.session
        for pages in self.scanner.store.values():
            pages.submit()
        session.set("submission", result)
        session.set("submitted", summary)
        session.set("receipt_kind", "dossier")
        session.set("receipt_printed", False)
        session.set("submit_step", "done")
        self.flow.services.counters.add("submissions")
        self.flow.go(Screen.RECEIPT)

    def _submit_failed(self, exc: BaseException) -> None:
        self._submitting = False
        log.error("submission failed: %s", getattr(exc, "detail", repr(exc)))
        self.submit_button.setEnabled(True)
        self._show_notice(self.tr(
            "Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, "
            "or go to the reception counter."))
