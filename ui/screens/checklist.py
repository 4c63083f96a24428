"""CHECKLIST: tick the documents you have; the kiosk says what is missing and prints the list.

The ticks live in the session (``session.browse.checklist``, a ``ChecklistAnswers``), so Back and
the idle wipe behave. Conditional documents ask their question (yes/no) first. Printing runs as a job
through the receipt printer; a failure shows the printer's sentence and a QR of the procedure instead.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk_app.api.schemas import ProcedureDetail, Requirement
from kiosk_app.checklist_print import checklist, component_needed, form_name, missing_components, procedure_qr_data
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.visitor_state import ChecklistAnswers
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import copies_text, kinetic_list, localized, print_in_job, procedure_of, transparent_scroll
from ui.widgets.form import OptionButton
from ui.widgets.message import MessageKind
from ui.widgets.more_hint import MoreHint
from ui.widgets.qr_view import QrView
from ui.widgets.row_button import RowButton

TICKED, UNTICKED = "✓", "○"


class ChecklistScreen(ScreenWidget):
    screen = Screen.CHECKLIST

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setSpacing(16)
        self.heading = self.label("title", "checklist_heading")
        self.intro = self.label("body", "checklist_intro")
        self.list_widget = QWidget()
        self.list_widget.setObjectName("list_components")
        self.rows_layout = QVBoxLayout(self.list_widget)
        self.rows_layout.setContentsMargins(0, 0, 12, 0)
        self.rows_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        kinetic_list(scroll)
        transparent_scroll(scroll, self.list_widget)
        self.list_scroll = scroll
        self.more_hint = MoreHint(scroll, "checklist_more_hint")  # the list goes on below: say so
        self.missing = self.label("notice", "checklist_missing", "warning")
        self.print_status = self.message_box("checklist_print_status")
        self.qr = QrView("checklist_qr", 220)
        status_row = QHBoxLayout()
        status_row.addWidget(self.print_status, 1)
        status_row.addWidget(self.qr)
        self.print_button = QPushButton()
        self.print_button.setObjectName("btn_print_checklist")
        self.print_button.clicked.connect(self._print)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("btn_continue_submit")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(lambda: self.flow.go(Screen.SUBMIT))
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.print_button, 1)
        actions.addWidget(self.continue_button, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addWidget(self.more_hint)
        self.layout_.addWidget(self.missing)
        self.layout_.addLayout(status_row)
        self.layout_.addLayout(actions)
        self._built_for: tuple[str, str] | None = None
        self._row_widgets: list[QWidget] = []
        self.have_buttons: dict[str, RowButton] = {}
        self.applies_buttons: dict[str, tuple[QPushButton, QPushButton, QLabel]] = {}
        self._printing = False
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Check my documents")

    def help_text(self) -> str:
        return self.tr(
            "Touch each document you have with you; touch it again to untick it.\n\n"
            "Some documents are needed only in certain cases: answer Yes or No to their question.\n\n"
            "The yellow box tells you what is still missing. \"Print this checklist\" prints the list "
            "so you can prepare the rest at home."
        )

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Touch each document you have with you. The kiosk tells you what is still missing."))
        self.print_button.setText(self.tr("Print this checklist"))
        self.continue_button.setText(self.tr("Continue to submit"))
        self.more_hint.retranslate()
        self._built_for = None
        self.refresh()

    def entered(self) -> None:
        self.print_status.hide()
        self.qr.hide()
        self.refresh()

    def prepare_preview(self) -> None:
        self.flow.session.procedure_code = "2.000169"
        self.flow.session.browse.checklist = ChecklistAnswers(
            "2.000169", have={"application": True, "safety_report": True}, applies={"business_registration": True})

    # --- state ---------------------------------------------------------------------------------
    def _state(self, procedure: ProcedureDetail) -> ChecklistAnswers:
        return self.flow.session.browse.checklist_for(procedure.code)

    def _toggle_have(self, component_id: str) -> None:
        procedure = procedure_of(self.flow)
        if procedure is None:
            return
        have = self._state(procedure).have
        have[component_id] = not have.get(component_id, False)
        self.refresh()

    def _answer(self, component_id: str, applies: bool) -> None:
        procedure = procedure_of(self.flow)
        if procedure is None:
            return
        self._state(procedure).applies[component_id] = applies
        self.refresh()

    # --- rendering -------------------------------------------------------------------------------
    def refresh(self) -> None:
        procedure = procedure_of(self.flow)
        self.print_button.setEnabled(procedure is not None and not self._printing)
        self.continue_button.setEnabled(procedure is not None)
        if procedure is None:
            self.heading.setText(self.tr("No procedure chosen"))
            self.missing.setText(self.tr("Please go back and choose a procedure first."))
            self._rebuild(None)
            return
        self.heading.setText(localized(self.flow, procedure.name_vi, procedure.name_en))
        key = (procedure.code, self.flow.language)
        if self._built_for != key:
            self._rebuild(procedure)
            self._built_for = key
        state = self._state(procedure)
        have, applies = state.have, state.applies
        for component in procedure.components:
            row = self.have_buttons[component.id]
            name = localized(self.flow, component.name_vi, component.name_en)
            ticked = have.get(component.id, False)
            needed = component_needed(component, applies)
            row.setChecked(ticked)
            if component.requirement is Requirement.CONDITIONAL and not needed:
                need = self.tr("not needed in your case") if component.id in applies else self.tr("answer the question first")
            else:
                need = {Requirement.REQUIRED: self.tr("required"), Requirement.CONDITIONAL: self.tr("needed in your case"),
                        Requirement.OPTIONAL: self.tr("optional")}[component.requirement]
            copies = copies_text(component.copies)
            row.set_texts(f"{TICKED if ticked else UNTICKED}  {name}",
                          f"{form_name(component.form)}, {copies} – {need}"
                          + (" – " + self.tr("I have it") if ticked else ""))
            if component.id in self.applies_buttons:
                yes, no, _question = self.applies_buttons[component.id]
                yes.setChecked(applies.get(component.id) is True)
                no.setChecked(applies.get(component.id) is False)  # ticked options, not primary buttons
        missing = missing_components(procedure, have, applies)
        unanswered = [c for c in procedure.components
                      if c.requirement is Requirement.CONDITIONAL and c.id not in applies]
        if missing:
            names = "\n".join("• " + localized(self.flow, c.name_vi, c.name_en) for c in missing[:3])
            if len(missing) > 3:
                names += "\n" + self.tr("… and %1 more (see the list above)").replace("%1", str(len(missing) - 3))
            self.missing.setText(self.tr("Still missing: %1").replace("%1", str(len(missing))) + "\n" + names)
        elif unanswered:
            self.missing.setText(self.tr("Please answer the questions above so the kiosk can tell you what you need."))
        else:
            self.missing.setText(self.tr("You have every document this procedure needs."))

    def _rebuild(self, procedure: ProcedureDetail | None) -> None:
        for widget in self._row_widgets:
            widget.hide()
            widget.setParent(None)  # out of the tree at once (tests and screen readers find the new rows)
            widget.deleteLater()
        self._row_widgets = []
        self.have_buttons.clear()
        self.applies_buttons.clear()
        if procedure is None:
            return
        for component in procedure.components:
            if component.requirement is Requirement.CONDITIONAL:
                box = QWidget()
                line = QHBoxLayout(box)
                line.setContentsMargins(0, 0, 0, 0)
                condition = localized(self.flow, component.condition_vi, component.condition_en)
                question = self.label("body", f"question_{component.id}")
                question.setText(self.tr("Does this apply to you? %1").replace("%1", condition))
                yes = self._answer_button(f"btn_applies_{component.id}_yes", self.tr("Yes"),
                                          partial(self._answer, component.id, True))
                no = self._answer_button(f"btn_applies_{component.id}_no", self.tr("No"),
                                         partial(self._answer, component.id, False))
                line.addWidget(question, 1)
                line.addWidget(yes)
                line.addWidget(no)
                self.applies_buttons[component.id] = (yes, no, question)
                self.rows_layout.addWidget(box)
                self._row_widgets.append(box)
            row = RowButton(f"btn_have_{component.id}")
            row.setCheckable(True)
            row.clicked.connect(lambda _=False, c=component.id: self._toggle_have(c))
            self.have_buttons[component.id] = row
            self.rows_layout.addWidget(row)
            self._row_widgets.append(row)
        spacer = QWidget()
        self.rows_layout.addWidget(spacer, 1)
        self._row_widgets.append(spacer)
        for widget in self._row_widgets:
            widget.show()  # added to an already visible list

    @staticmethod
    def _answer_button(name: str, text: str, callback: Callable[[], None]) -> QPushButton:
        button = OptionButton(name, text)  # a chosen answer is ticked
        button.setMinimumWidth(120)
        button.clicked.connect(lambda _=False: callback())
        return button

    # --- printing ----------------------------------------------------------------------------------
    def _print(self) -> None:
        procedure = procedure_of(self.flow)
        if procedure is None or self._printing:
            return
        state = self._state(procedure)
        job = checklist(procedure, state.have, state.applies, self.flow.language, printed_at=datetime.now())
        self._printing = True
        self.print_button.setEnabled(False)
        self.qr.hide()
        self.print_status.show_message(self.tr("Printing your checklist…"), MessageKind.TIP)
        print_in_job(self.flow, job, self._printed, self._print_failed, on_dropped=self._print_dropped)

    def _printed(self, _result: object) -> None:
        self._printing = False
        self.print_status.show_message(self.tr("Your checklist has been printed. Please take it from the printer."),
                                       MessageKind.SUCCESS)
        self.refresh()

    def _print_dropped(self) -> None:
        """The visitor who asked for the print has gone: ready for the next one."""
        self._printing = False
        self.print_status.hide()

    def _print_failed(self, sentence: str) -> None:
        self._printing = False
        procedure = procedure_of(self.flow)
        self.print_status.show_message(
            self.tr("The checklist could not be printed.") + " " + sentence + "\n"
            + self.tr("You can photograph this code with your phone to read the procedure at home."), MessageKind.ERROR)
        if procedure is not None:
            self.qr.set_data(procedure_qr_data(procedure.code))
            self.qr.show()
        self.refresh()

