"""PROCEDURE: one procedure in full (documents, time, fees, result, applicants, unit, channels, legal basis).

Issue 21 finding 11: what a citizen needs first comes first, using the width of the screen. The left
column lists the documents to hand in; the right column starts with the processing time and the fee,
then the rest, and ends with the legal bases (read by few, so last).

Reads ``session.procedure_code`` and the kiosk's catalogue cache, so it works with the backend down.
Two next steps: check my documents (CHECKLIST) or submit this dossier (SUBMIT).
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk_app.api.schemas import DocumentComponent, ProcedureDetail, Requirement, SubmissionChannel
from kiosk_app.checklist_print import form_name
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.processing_time import confirm_at_counter_text
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import (
    copies_text,
    field_name,
    kinetic_list,
    localized,
    procedure_of,
    processing_time_text,
    transparent_scroll,
    vnd,
)


class ProcedureScreen(ScreenWidget):
    screen = Screen.PROCEDURE

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setSpacing(18)
        self.heading = self.label("title", "procedure_name")
        self.subheading = self.label("subtitle", "procedure_code")
        self.key_facts = self.label("body", "procedure_key_facts")  # processing time and fee
        self.facts = self.label("body", "procedure_facts")  # result, applicants, unit, channels…
        self.legal_basis = self.label("body", "procedure_legal_basis")
        self.documents_heading = self.label("subtitle", "procedure_documents_heading")
        self.documents = self.label("body", "procedure_documents")
        for label in (self.key_facts, self.facts, self.legal_basis, self.documents):
            label.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        body.setObjectName("list_procedure_details")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 12, 0)
        columns.setSpacing(48)
        documents_column, facts_column = QVBoxLayout(), QVBoxLayout()
        for column, widgets in ((documents_column, (self.documents_heading, self.documents)),
                                (facts_column, (self.key_facts, self.facts, self.legal_basis))):
            column.setSpacing(16)
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
        columns.addLayout(documents_column, 3)
        columns.addLayout(facts_column, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        kinetic_list(scroll)
        transparent_scroll(scroll, body)
        self.list_scroll = scroll
        self.checklist_button = QPushButton()
        self.checklist_button.setObjectName("btn_checklist")
        self.checklist_button.setProperty("role", "primary")
        self.checklist_button.clicked.connect(lambda: self.flow.go(Screen.CHECKLIST))
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("btn_submit_this")
        self.submit_button.clicked.connect(lambda: self.flow.go(Screen.SUBMIT))
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.submit_button, 1)
        actions.addWidget(self.checklist_button, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.subheading)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addLayout(actions)
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Procedure")

    def help_text(self) -> str:
        return self.tr(
            "This page shows everything about the procedure: on the left, the documents you need; on the right, "
            "how long it takes, the fee, what you receive and who may apply. Drag the page up to read more.\n\n"
            "• Check my documents: tick the papers you have; the kiosk tells you what is missing and can print the list.\n"
            "• Submit this dossier: scan your papers and send them now."
        )

    def retranslate(self) -> None:
        self.checklist_button.setText(self.tr("Check my documents"))
        self.submit_button.setText(self.tr("Submit this dossier"))
        self.documents_heading.setText(self.tr("Documents to hand in"))
        self.refresh()

    def entered(self) -> None:
        self.refresh()
        self.list_scroll.verticalScrollBar().setValue(0)

    def prepare_preview(self) -> None:
        self.flow.session.procedure_code = "1.009846"

    # --- rendering -------------------------------------------------------------------------------
    def refresh(self) -> None:
        procedure = procedure_of(self.flow)
        self.checklist_button.setEnabled(procedure is not None)
        self.submit_button.setEnabled(procedure is not None)
        self.documents_heading.setVisible(procedure is not None)
        if procedure is None:
            self.heading.setText(self.tr("This procedure is not available"))
            self.subheading.setText("")
            self.documents.setText(escape(self.tr(
                "Please go back and choose another procedure, or ask the staff at the counter.")))
            for label in (self.key_facts, self.facts, self.legal_basis):
                label.setText("")
            return
        self.heading.setText(localized(self.flow, procedure.name_vi, procedure.name_en))
        self.subheading.setText(self.tr("Code %1 · %2").replace("%1", procedure.code).replace("%2", field_name(procedure.field)))
        key_facts, facts, legal_basis = self._facts_html(procedure)
        self.key_facts.setText(key_facts)
        self.facts.setText(facts)
        self.legal_basis.setText(legal_basis)
        self.documents.setText(self._documents_html(procedure))

    def _facts_html(self, p: ProcedureDetail) -> tuple[str, str, str]:
        """The key facts (time, fee), the other facts, and the legal bases, as three HTML blocks."""
        loc = lambda vi, en: localized(self.flow, vi, en)  # noqa: E731
        fees = [loc(f.description_vi, f.description_en) if f.amount_vnd is None  # described only (issue 14)
                else f"{vnd(f.amount_vnd) if f.amount_vnd else self.tr('no fee')} – {loc(f.description_vi, f.description_en)}"
                for f in p.fees] or [self.tr("no fee")]
        channels = {
            SubmissionChannel.IN_PERSON: self.tr("in person at the one-stop department"),
            SubmissionChannel.ONLINE: self.tr("online on the public service portal"),
            SubmissionChannel.POST: self.tr("by post"),
        }
        key_rows = [
            (self.tr("Processing time"), processing_time_text(p, self.flow.language)),
            (self.tr("Fee"), fees),
        ]
        if p.confirm_at_counter:  # not verified against a source (issue 14): time and fee are not asserted
            key_rows.append((self.tr("Please note"), [confirm_at_counter_text()]))
        rows = [
            (self.tr("You receive"), [loc(p.result_vi, p.result_en)]),
            (self.tr("Who may apply"), [loc(p.applicants_vi, p.applicants_en)]),
            (self.tr("Handled by"), [loc(p.implementing_unit_vi, p.implementing_unit_en)]),
            (self.tr("How to submit"), [channels[c] for c in p.channels]),
            (self.tr("Number of sets"), [str(p.dossier_sets)]),
        ]
        if p.cutoff_hour is not None:
            rows.append((self.tr("Please note"), [self.tr(
                "Dossiers received at or after %1:00 count from the next working day.").replace("%1", str(p.cutoff_hour))]))

        def html(blocks: list[tuple[str, list[str]]]) -> str:
            parts = []
            for heading, values in blocks:
                items = "<br>".join(escape(v) for v in values if v)
                parts.append(f"<p style='margin:0 0 10px 0'><b>{escape(heading)}</b><br>{items}</p>")
            return "".join(parts)

        return html(key_rows), html(rows), html([(self.tr("Legal basis"), list(p.legal_basis))])

    def _component_html(self, index: int, c: DocumentComponent) -> str:
        requirement = {
            Requirement.REQUIRED: self.tr("Required"),
            Requirement.CONDITIONAL: self.tr("Only if it applies to you"),
            Requirement.OPTIONAL: self.tr("Optional"),
        }[c.requirement]
        copies = copies_text(c.copies)
        line = (f"<p style='margin:0 0 12px 0'><b>{index}. {escape(localized(self.flow, c.name_vi, c.name_en))}</b><br>"
                f"{escape(form_name(c.form))}, {escape(copies)} – <i>{escape(requirement)}</i>")
        if c.requirement is Requirement.CONDITIONAL:
            condition = localized(self.flow, c.condition_vi, c.condition_en)
            line += "<br>" + escape(self.tr("When: %1").replace("%1", condition))
        if c.template_form:
            line += "<br>" + escape(self.tr("Template: %1").replace("%1", c.template_form))
        return line + "</p>"

    def _documents_html(self, p: ProcedureDetail) -> str:
        return "".join(self._component_html(i, c) for i, c in enumerate(p.components, 1))

