"""What the browsing screens share: the catalogue (with its offline fallback), field and area names,
citizen-facing error sentences, and money/date formats.

Screens ask ``flow.services`` first (a ``KioskServices``, or None); in a shell without services (screenshots, shell tests) the
catalogue shipped with the kiosk is used read-only, so lookup and checklists still show something.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from devices.base import PrinterError
from kiosk_app.api.schemas import ProcedureDetail, ProcedureField, ServiceArea, TimeUnit
from kiosk_app.catalogue_cache import SHIPPED_CATALOGUE, CatalogueCache
from kiosk_app.domain import formatting
from kiosk_app.domain.formatting import day, vnd  # noqa: F401 (the browse screens import them from here)
from kiosk_app.errors import KioskError
from kiosk_app.flow import KioskFlow
from kiosk_app.processing_time import procedure_time_texts, time_text
from kiosk_app.search import ProcedureIndex
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import citizen_text

if TYPE_CHECKING:
    from devices.base import PrintResult, ReceiptPrinter
    from devices.printer.job import PrintJob

FIELD_NAMES: dict[ProcedureField, str] = {
    ProcedureField.SCIENCE_TECHNOLOGY: QT_TRANSLATE_NOOP("Fields", "Science and technology"),
    ProcedureField.INTELLECTUAL_PROPERTY: QT_TRANSLATE_NOOP("Fields", "Intellectual property"),
    ProcedureField.STANDARDS_METROLOGY_QUALITY: QT_TRANSLATE_NOOP("Fields", "Standards, metrology and quality"),
    ProcedureField.RADIATION_SAFETY: QT_TRANSLATE_NOOP("Fields", "Radiation and nuclear safety"),
    ProcedureField.TELECOMMUNICATIONS: QT_TRANSLATE_NOOP("Fields", "Telecommunications"),
    ProcedureField.RADIO_FREQUENCIES: QT_TRANSLATE_NOOP("Fields", "Radio frequencies"),
    ProcedureField.POSTAL_SERVICES: QT_TRANSLATE_NOOP("Fields", "Postal services"),
}

AREA_NAMES: dict[ServiceArea, str] = {
    ServiceArea.GENERAL: QT_TRANSLATE_NOOP("Fields", "General information and guidance"),
    ServiceArea.RESULT_RETURN: QT_TRANSLATE_NOOP("Fields", "Collect a result"),
    **{ServiceArea(f.value): name for f, name in FIELD_NAMES.items()},
}


def field_name(field: ProcedureField | str) -> str:
    return QCoreApplication.translate("Fields", FIELD_NAMES[ProcedureField(field)])


def area_name(area: ServiceArea | str) -> str:
    return QCoreApplication.translate("Fields", AREA_NAMES[ServiceArea(area)])


@lru_cache(maxsize=1)
def _shipped() -> tuple[CatalogueCache, ProcedureIndex]:
    cache = CatalogueCache(SHIPPED_CATALOGUE.with_name("no-cache-in-shell.json"))
    index = ProcedureIndex.for_catalogue(cache.procedures())
    return cache, index


def catalogue_of(flow: KioskFlow) -> CatalogueCache:
    """The kiosk's catalogue cache, or the shipped catalogue when the flow has no services."""
    services = flow.services
    return services.catalogue if services is not None else _shipped()[0]


def index_of(flow: KioskFlow) -> ProcedureIndex:
    services = flow.services
    return services.index if services is not None else _shipped()[1]


def procedure_of(flow: KioskFlow) -> ProcedureDetail | None:
    """The procedure the citizen chose (``session.procedure_code``), if it is in the catalogue."""
    code = flow.session.procedure_code
    return catalogue_of(flow).get(code) if code else None


def localized(flow: KioskFlow, vi: str | None, en: str | None) -> str:
    """The catalogue text in the session's language (``formatting.localized``)."""
    return formatting.localized(flow.language, vi, en)


def printer_of(flow: KioskFlow) -> ReceiptPrinter | None:
    """The receipt printer, or None when this kiosk runs without services or devices."""
    services = flow.services
    if services is None or services.devices is None:
        return None
    printer: ReceiptPrinter | None = services.devices.get("printer")
    return printer


def print_in_job(flow: KioskFlow, job: PrintJob, on_printed: Callable[[PrintResult], None],
                 on_failed: Callable[[str], None], *, on_dropped: Callable[[], None] | None = None,
                 after_print: Callable[[PrintResult], None] | None = None) -> bool:
    """Print ``job`` on the receipt printer off the GUI thread, for the current visitor.

    ``on_printed(result)`` or ``on_failed(sentence)`` is called later on the GUI thread, unless the
    visitor's session ended meanwhile (then ``on_dropped()``). ``after_print(result)`` runs on the
    worker right after the paper left the printer, whoever stands there by then (usage counters).
    Returns False (after calling ``on_failed``) when this kiosk has no printer.
    """
    printer = printer_of(flow)
    services = flow.services
    if printer is None or services is None:
        on_failed(citizen_text(PrinterError("this kiosk has no receipt printer"), flow.language))
        return False
    language = flow.language

    def work() -> PrintResult:
        result = printer.print_job(job)
        if after_print is not None:
            after_print(result)
        return result

    services.jobs.run_for_session(flow.session, work, on_printed,
                                  lambda error: on_failed(citizen_text(error, language)), on_dropped)
    return True


def log_detail(error: BaseException) -> str:
    """What the log says about a failed job: the technician's detail of kiosk errors, else the error's type
    (never its text, which may quote what the citizen typed)."""
    return error.detail if isinstance(error, KioskError) and error.detail else type(error).__name__


def working_days_text(n: int) -> str:
    return time_text(n, TimeUnit.WORKING_DAYS)


def processing_time_text(procedure: ProcedureDetail, language: str = "en") -> list[str]:
    """A procedure's processing time(s) with their units (issue 14); working days when none is stated."""
    return procedure_time_texts(procedure, language)


def copies_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Counts", "1 copy")
    return QCoreApplication.translate("Counts", "%1 copies").replace("%1", str(n))


def procedures_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Counts", "1 procedure")
    return QCoreApplication.translate("Counts", "%1 procedures").replace("%1", str(n))


def transparent_scroll(scroll: QScrollArea, body: QWidget) -> None:
    """Let the screen's background show through a scroll area and its content widget (not its buttons)."""
    body.setProperty("scroll_body", True)  # ui/theme.py makes scroll areas and their bodies transparent


def kinetic_list(scroll: QScrollArea) -> None:
    """Drag-to-scroll for a list of buttons, with taps delivered at once (see ui.widgets.scrolling).

    The list keeps a minimum height that grows with the text size (ui/theme.py, role "list"): at 200 %
    a list squeezed between a long title and the buttons would otherwise show less than one row; the
    screen as a whole scrolls instead.
    """
    from ui.widgets.scrolling import make_kinetic

    scroll.setProperty("role", "list")
    make_kinetic(scroll)
