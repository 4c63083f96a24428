"""What a printed document checklist says: a procedure's components, what the citizen has ticked, a QR.

Like ``kiosk_app.receipts``, this module decides the content (in the citizen's language, through Qt
translations, context ``Checklist``); the printer in ``devices`` turns it into dots. The citizen takes
the slip home to prepare the missing papers; the QR leads to the procedure's page on the National
Public Service Portal (or carries the procedure code when no page address is configured).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from devices.printer.job import PrintJob
from kiosk_app.api.schemas import DocumentComponent, DocumentForm, ProcedureDetail, Requirement
from kiosk_app.domain.formatting import moment
from kiosk_app.processing_time import confirm_at_counter_text, procedure_time_texts

AGENCY = "Bộ phận Một cửa – Bộ Khoa học và Công nghệ"
PORTAL_PROCEDURE_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
"""Address of a procedure's public page; *unverified* pattern of the national portal, so callers may pass
their own (an empty template prints the bare procedure code in the QR)."""


def form_name(form: DocumentForm) -> str:
    """'original', 'certified copy' or 'copy' in the current language."""
    return {
        DocumentForm.ORIGINAL: QCoreApplication.translate("Checklist", "original"),
        DocumentForm.CERTIFIED_COPY: QCoreApplication.translate("Checklist", "certified copy"),
        DocumentForm.COPY: QCoreApplication.translate("Checklist", "copy"),
    }[form]


def requirement_name(requirement: Requirement) -> str:
    return {
        Requirement.REQUIRED: QCoreApplication.translate("Checklist", "required"),
        Requirement.CONDITIONAL: QCoreApplication.translate("Checklist", "only if it applies to you"),
        Requirement.OPTIONAL: QCoreApplication.translate("Checklist", "optional"),
    }[requirement]


def component_needed(component: DocumentComponent, applies: Mapping[str, bool]) -> bool:
    """Whether the citizen must bring ``component``: required ones always, conditional ones when they apply."""
    if component.requirement is Requirement.REQUIRED:
        return True
    if component.requirement is Requirement.CONDITIONAL:
        return bool(applies.get(component.id, False))
    return False


def missing_components(procedure: ProcedureDetail, have: Mapping[str, bool],
                       applies: Mapping[str, bool]) -> list[DocumentComponent]:
    """The needed components the citizen has not ticked, in catalogue order."""
    return [c for c in procedure.components if component_needed(c, applies) and not have.get(c.id, False)]


def procedure_qr_data(code: str, url_template: str = PORTAL_PROCEDURE_URL) -> str:
    return url_template.format(code=code) if url_template else code


def checklist(procedure: ProcedureDetail, have: Mapping[str, bool], applies: Mapping[str, bool],
              language: str, *, printed_at: datetime, agency: str = AGENCY,
              url_template: str = PORTAL_PROCEDURE_URL) -> PrintJob:
    """The checklist slip: each component with [x] or [ ], its form and copies, what is missing, a QR."""
    job = PrintJob(title="checklist-" + procedure.code.replace(".", "_"))  # printers name files by title
    job.text("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "normal", bold=True, align="center")
    job.text(agency, "small", align="center")
    job.rule()
    job.text(QCoreApplication.translate("Checklist", "DOCUMENT CHECKLIST"), "large", bold=True, align="center")
    name = procedure.name_vi if language == "vi" else procedure.name_en
    job.text(f"{name} ({procedure.code})", bold=True)
    times = "; ".join(procedure_time_texts(procedure, language))
    job.text(QCoreApplication.translate("Checklist", "Processing time") + f": {times}", "small")
    if procedure.confirm_at_counter:  # not verified against a source (issue 14)
        job.text(confirm_at_counter_text(), "small", bold=True)
    job.rule(dashed=True)
    for index, component in enumerate(procedure.components, 1):
        mark = "[x]" if have.get(component.id, False) else "[ ]"
        title = component.name_vi if language == "vi" else component.name_en
        job.text(f"{mark} {index}. {title}", bold=component_needed(component, applies))
        if component.copies == 1:
            copies = QCoreApplication.translate("Checklist", "1 copy")
        else:
            copies = QCoreApplication.translate("Checklist", "%1 copies").replace("%1", str(component.copies))
        details = f"{form_name(component.form)}, {copies} – {requirement_name(component.requirement)}"
        job.text("     " + details, "small")
        if component.requirement is Requirement.CONDITIONAL:
            condition = (component.condition_vi if language == "vi" else component.condition_en) or component.condition_vi
            answers: dict[bool | None, str] = {
                True: QCoreApplication.translate("Checklist", "applies to you"),
                False: QCoreApplication.translate("Checklist", "does not apply to you"),
                None: QCoreApplication.translate("Checklist", "not answered yet"),
            }
            answer = answers[applies.get(component.id)]
            job.text("     " + QCoreApplication.translate("Checklist", "When") + f": {condition} ({answer})", "small")
    job.rule(dashed=True)
    missing = missing_components(procedure, have, applies)
    if missing:
        job.text(QCoreApplication.translate("Checklist", "Still to prepare") + ":", bold=True)
        for component in missing:
            title = component.name_vi if language == "vi" else component.name_en
            job.text(f"- {title}", "small")
    else:
        job.text(QCoreApplication.translate("Checklist", "You have every document this procedure needs."), bold=True)
    job.rule(dashed=True)
    job.qr(procedure_qr_data(procedure.code, url_template), module_mm=0.5)
    job.text(QCoreApplication.translate("Checklist", "Scan to read this procedure on your phone"), "small",
             align="center")
    job.text(moment(printed_at), "small", align="center")
    job.feed(2)
    return job.cut()
