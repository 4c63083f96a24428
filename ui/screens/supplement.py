"""Supplement: scan what a supplement request (status 5) asks for and upload it, then show the receipt.

Reads the tracked dossier from the session: ``session.tracking.tracked`` (a ``DossierTracking``) and
``session.tracking.proof`` (a ``TrackingProof``), as stored by the tracking screen. The document being
scanned, the pages and the upload's receipt are kept in ``session.supplement``; the upload runs as a job
for this visitor.
"""
from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk_app.api.schemas import (
    DeliveryMethod,
    DocumentComponent,
    DossierStatus,
    DossierTracking,
    SubmittedDocument,
    SupplementProof,
    SupplementReceipt,
    SupplementRequestView,
)
from kiosk_app.digitize.enhance import default_mode
from kiosk_app.domain.formatting import day
from kiosk_app.dossier_form import component_kind, match_missing, write_component_pdfs
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.visitor_state import TrackingProof
from ui.messages import citizen_text
from ui.screens.base import ScreenWidget
from ui.screens.browse_support import catalogue_of, localized, log_detail
from ui.widgets.discard import clear_layout
from ui.widgets.form import WrapButton
from ui.widgets.scanner import ScanWidget

log = logging.getLogger("ui.supplement")


class SupplementScreen(ScreenWidget):
    screen = Screen.SUPPLEMENT

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_.setContentsMargins(48, 20, 48, 20)
        self.layout_.setSpacing(14)
        self._uploading = False
        self.heading = self.label("subtitle", "supplement_heading")
        self.request = self.label("notice", "supplement_request", "warning")
        self.notice = self.label("notice", "supplement_notice")
        self.notice.hide()
        self.components_box = QVBoxLayout()
        self.scanner = ScanWidget(flow, lambda: flow.session.supplement.scans)
        self.scanner.pages_changed.connect(lambda _c: self._refresh_components())
        self.upload = QPushButton()
        self.upload.setObjectName("btn_upload_supplement")
        self.upload.setProperty("role", "primary")
        self.upload.clicked.connect(self.upload_pages)
        self.request.setMaximumWidth(380)
        self.notice.setMaximumWidth(380)
        body = QHBoxLayout()
        side = QVBoxLayout()
        side.addWidget(self.request)
        side.addLayout(self.components_box)
        side.addStretch(1)
        side.addWidget(self.notice)
        side.addWidget(self.upload)
        body.addLayout(side, 0)
        body.addWidget(self.scanner, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(body, 1)
        flow.state_changed.connect(lambda old, new: self.scanner.stop() if old is Screen.SUPPLEMENT else None)
        flow.session_reset.connect(self._reset)
        self.retranslate()

    def _reset(self) -> None:
        self._uploading = False
        self.scanner.stop()

    def title(self) -> str:
        return self.tr("Add missing documents")

    def help_text(self) -> str:
        return self.tr(
            "The centre asked for more documents for your dossier; they are listed at the top.\n\n"
            "Choose a document on the left, then lay its pages under the camera one at a time. When every "
            "document is scanned, touch 'Send the documents'. You receive a printed receipt.")

    def retranslate(self) -> None:
        self.upload.setText(self.tr("Send the documents"))
        self.scanner.retranslate()
        self._render()

    def tracked(self) -> DossierTracking | None:
        return self.flow.session.tracking.tracked

    def components(self) -> list[DocumentComponent]:
        tracked = self.tracked()
        if tracked is None:
            return []
        procedure = catalogue_of(self.flow).get(tracked.procedure_code)
        if procedure is None:
            return []
        missing = tracked.supplement_request.missing if tracked.supplement_request is not None else []
        return match_missing(missing, procedure.components)

    def entered(self) -> None:
        self.setFocus()  # no field focused on arrival: the keyboard appears when the citizen taps one
        self._render()
        if self.components() and self.flow.services is not None:
            self.scanner.start()

    def prepare_preview(self) -> None:
        now = datetime(2026, 11, 28, 9, 0)
        self.flow.session.tracking.tracked = DossierTracking(
            code="000.00.00.G06-261120-0003", procedure_code="1.005164",
            procedure_name_vi="Duy trì hiệu lực văn bằng bảo hộ", procedure_name_en="Maintaining a protection title",
            status=DossierStatus.SUPPLEMENT_REQUESTED, status_name_vi="Yêu cầu bổ sung giấy tờ",
            status_name_en="Supplement requested", received_at=now, appointed_date=date(2026, 12, 8), overdue=False,
            finished_at=None, current_unit="Cục Sở hữu trí tuệ", delivery_method=DeliveryMethod.COUNTER, stages=[],
            supplement_request=SupplementRequestView(missing=["Chứng từ nộp phí"], note="Thiếu chứng từ nộp phí",
                                                     requested_at=now, due_date=date(2026, 12, 28)),
            fee_due=None, refusal_reason=None)
        self.flow.session.tracking.proof = TrackingProof("000.00.00.G06-261120-0003", phone_last4="5678")

    def _render(self) -> None:
        tracked = self.tracked()
        if tracked is None or tracked.supplement_request is None:
            self.heading.setText(self.tr("No additional documents are requested for this dossier."))
            self.request.hide()
            self.upload.setEnabled(False)
            self._refresh_components()
            return
        request = tracked.supplement_request
        self.heading.setText(tracked.code + " – " + localized(self.flow, tracked.procedure_name_vi, tracked.procedure_name_en))
        lines = [self.tr("The centre asks for:")] + [f"• {item}" for item in request.missing]
        if request.note:
            lines.append(request.note)
        lines.append(self.tr("Please send them by %1.").replace("%1", day(request.due_date)))
        self.request.setText("\n".join(lines))
        self.request.show()
        components = self.components()
        current = self.flow.session.supplement.scans.component
        if components and current not in {c.id for c in components}:
            current = components[0].id
            self.flow.session.supplement.scans.component = current
        for component in components:
            if component.id == current and self.scanner.component_id != current:
                self.scanner.set_component(current, default_mode(component_kind(component)))
        self._refresh_components()

    def _refresh_components(self) -> None:
        clear_layout(self.components_box)
        current = self.flow.session.supplement.scans.component
        total = 0
        for component in self.components():
            count = len(self.scanner.pages(component.id))
            total += count
            button = WrapButton(f"btn_component_{component.id}",
                                ("✓ " if count else "") + localized(self.flow, component.name_vi, component.name_en) + "\n"
                                + self.tr("%1 page(s)").replace("%1", str(count)))
            button.setCheckable(True)
            button.setChecked(component.id == current)
            button.setFixedWidth(380)
            button.clicked.connect(lambda _=False, c=component: self._choose(c))
            self.components_box.addWidget(button)
        self.upload.setEnabled(total > 0 and not self._uploading and self.flow.services is not None)

    def _choose(self, component: DocumentComponent) -> None:
        self.flow.session.supplement.scans.component = component.id
        self.scanner.set_component(component.id, default_mode(component_kind(component)))
        self._refresh_components()

    def upload_pages(self) -> None:
        services = self.flow.services
        tracked = self.tracked()
        proof = self.flow.session.tracking.proof
        if self._uploading or services is None or tracked is None or proof is None:
            return
        if services.client is None:
            self.notice.setText(self.tr("The service cannot be reached right now. Please try again in a moment."))
            self.notice.show()
            return
        procedure = catalogue_of(self.flow).get(tracked.procedure_code)
        components = self.components()
        # Frozen tuples of pages (as the wizard does): the worker never sees the GUI edit the store meanwhile.
        store = {cid: pages.pages for cid, pages in self.flow.session.supplement.scans.pages.items()}
        folder = self.flow.session.scratch_dir / "supplement"
        client = services.client
        subject = f"{tracked.code} {procedure.name_vi if procedure else ''}"

        def work() -> SupplementReceipt:
            documents = write_component_pdfs(store, components, subject, folder, "vi")
            request = SupplementProof(
                tracking_token=proof.tracking_token, phone_last4=proof.phone_last4,
                documents=[SubmittedDocument(component_id=cid, pages=n) for cid, _p, n in documents])
            return client.upload_supplement(tracked.code, request, [p for _c, p, _n in documents])

        self._uploading = True
        self.upload.setEnabled(False)
        self.notice.setText(self.tr("Sending your documents… please wait."))
        self.notice.show()
        language = self.flow.language
        # A visitor who leaves meanwhile drops the result; ``_reset`` (on session_reset) cleared the busy flag.
        services.jobs.run_for_session(self.flow.session, work, self._uploaded, lambda exc: self._failed(exc, language))

    def _uploaded(self, receipt: SupplementReceipt) -> None:
        self._uploading = False
        self.flow.session.supplement_receipted(receipt)
        self.notice.hide()
        self.flow.go(Screen.RECEIPT)

    def _failed(self, exc: BaseException, language: str) -> None:
        self._uploading = False
        log.warning("supplement upload failed: %s", log_detail(exc))
        self.notice.setText(citizen_text(exc, language))
        self.notice.show()
        self._refresh_components()
