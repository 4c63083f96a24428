"""LOOKUP: search procedures as you type (diacritics folded, typos tolerated) or browse them by field.

The query and the chosen field live in the session (``session.browse``: ``query``, ``browsed_field``), so Back
from a procedure returns to the same list. Works with the backend down: the index is built from the
kiosk's catalogue cache (or the shipped catalogue).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk_app.api.schemas import ProcedureField, ProcedureSummary
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.processing_time import confirm_at_counter_text, time_text
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import (
    catalogue_of,
    field_name,
    index_of,
    kinetic_list,
    localized,
    procedures_text,
    transparent_scroll,
    vnd,
)
from ui.widgets.row_button import RowButton

MAX_RESULTS = 20


class LookupScreen(ScreenWidget):
    screen = Screen.LOOKUP

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.layout_.setSpacing(18)
        self.heading = self.label("title", "lookup_heading")
        self.search = QLineEdit()
        self.search.setObjectName("field_search")
        self.search.setProperty("keyboard", "text")
        self.search.setClearButtonEnabled(False)
        self.search.textEdited.connect(self._query_edited)
        self.offline = self.label("notice", "lookup_offline", "warning")
        self.summary = self.label("subtitle", "lookup_summary")
        self.all_fields = QPushButton()
        self.all_fields.setObjectName("btn_all_fields")
        self.all_fields.clicked.connect(self._show_fields)
        self.ticket = QPushButton()  # issue 21 finding 9: no match is not a dead end
        self.ticket.setObjectName("btn_lookup_ticket")
        self.ticket.setProperty("role", "primary")
        self.ticket.clicked.connect(self._ask_at_the_counter)
        self.ticket.hide()
        self.list_widget = QWidget()
        self.list_widget.setObjectName("list_procedures")
        self.rows_layout = QVBoxLayout(self.list_widget)
        self.rows_layout.setContentsMargins(0, 0, 12, 0)
        self.rows_layout.setSpacing(14)
        self.rows_layout.addStretch(1)
        self.rows: list[RowButton] = []
        self._callbacks: dict[RowButton, Callable[[], None]] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        kinetic_list(scroll)
        transparent_scroll(scroll, self.list_widget)
        self.list_scroll = scroll
        for widget in (self.heading, self.search, self.offline, self.summary, self.ticket, self.all_fields):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(scroll, 1)
        self.retranslate()

    # --- ScreenWidget ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Look up procedures")

    def help_text(self) -> str:
        return self.tr(
            "Type a few words of the procedure's name with the keyboard below, for example "
            "\"dang ky nhan hieu\". You do not need to type the accents, and small typing mistakes are fine.\n\n"
            "Or touch a field to see all of its procedures.\n\n"
            "Touch a procedure to see its documents, fee and processing time."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Which procedure are you looking for?"))
        self.search.setPlaceholderText(self.tr("Type a few words, e.g. dang ky nhan hieu"))
        self.search.setAccessibleName(self.tr("Search procedures"))
        self.offline.setText(self.tr(
            "The ministry's system cannot be reached right now. You can still look up procedures "
            "saved on this kiosk."))
        self.all_fields.setText("← " + self.tr("All fields"))
        self.ticket.setText(self.tr("Ask the staff: take a ticket for the counter"))
        self.refresh()

    def entered(self) -> None:
        query = self.flow.session.browse.query
        if self.search.text() != query:
            self.search.setText(query)
        self.refresh()

    def prepare_preview(self) -> None:
        self.flow.session.browse.query = "nhan hieu"

    # --- intents -------------------------------------------------------------------------------
    def _query_edited(self, text: str) -> None:
        self.flow.session.browse.query = text
        self.refresh()

    def _show_fields(self) -> None:
        self.flow.session.browse.browsed_field = None
        self.refresh()

    def _open_field(self, field: str) -> None:
        self.flow.session.browse.browsed_field = field
        self.refresh()
        self.list_scroll.verticalScrollBar().setValue(0)

    def _ask_at_the_counter(self) -> None:
        self.flow.go(Screen.ASSISTANCE)

    def _open_procedure(self, code: str) -> None:
        self.flow.session.procedure_code = code
        self.flow.go(Screen.PROCEDURE)

    # --- rendering -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-render from the session: search results, a field's procedures, or the fields."""
        services = self.flow.services
        self.offline.setVisible(services is None or services.client is None)
        query = self.flow.session.browse.query.strip()
        field = self.flow.session.browse.browsed_field
        catalogue = catalogue_of(self.flow)
        if query:
            procedures = [p for p in (catalogue.get(hit.code) for hit in index_of(self.flow).search(query, MAX_RESULTS)) if p]
            self.all_fields.hide()
            self.ticket.setVisible(not procedures)
            if procedures:
                self.summary.setText(self.tr("Procedures matching \"%1\" – touch one to open it").replace("%1", query))
            else:
                self.summary.setText(self.tr(
                    "No procedure matches \"%1\". Check the words, try fewer words, or clear the box to browse by "
                    "field. The staff at the counter can also help you."
                ).replace("%1", query))
            self._fill([(f"btn_result_{p.code}", *self._procedure_texts(p), partial(self._open_procedure, p.code))
                        for p in procedures])
        elif field:
            self.ticket.hide()
            codes = index_of(self.flow).in_field(field)
            procedures = [p for p in (catalogue.get(c) for c in codes) if p]
            self.all_fields.show()
            self.summary.setText(field_name(field) + " – " + procedures_text(len(procedures)))
            self._fill([(f"btn_result_{p.code}", *self._procedure_texts(p), partial(self._open_procedure, p.code))
                        for p in procedures])
        else:
            self.all_fields.hide()
            self.ticket.hide()
            self.summary.setText(self.tr("Or choose a field"))
            present = set(index_of(self.flow).fields())
            fields = [f for f in ProcedureField if f.value in present]
            self._fill([(f"btn_field_{f.value}", field_name(f),
                         procedures_text(len(index_of(self.flow).in_field(f.value))),
                         partial(self._open_field, f.value)) for f in fields])

    def _procedure_texts(self, procedure: ProcedureSummary) -> tuple[str, str]:
        days = time_text(procedure.processing_days, procedure.processing_unit)
        if procedure.confirm_at_counter:  # not verified (issue 14): neither time nor fee is asserted
            detail = f"{procedure.code}  ·  {days}  ·  {confirm_at_counter_text()}"
        else:
            fee = vnd(procedure.fee_vnd) if procedure.fee_vnd else self.tr("no fee")
            detail = f"{procedure.code}  ·  {days}  ·  {fee}"
        return localized(self.flow, procedure.name_vi, procedure.name_en), detail

    def _fill(self, items: list[tuple[str, str, str, Callable[[], None]]]) -> None:
        """Show ``items`` in the pooled rows (created once, re-used for every keystroke)."""
        while len(self.rows) < len(items):
            row = RowButton("")
            row.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap must not take the keyboard away; keypad keys reach it
            row.clicked.connect(lambda _=False, r=row: self._callbacks[r]())
            self.rows_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for row, item in zip(self.rows, items, strict=False):  # the pool may hold more rows than items
            name, title, detail, callback = item
            row.setObjectName(name)
            row.set_texts(title, detail)
            self._callbacks[row] = callback
            row.show()
        for row in self.rows[len(items):]:
            row.hide()
            row.setObjectName("")
