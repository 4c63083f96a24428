"""A legal processing time in words with its real unit ("15 working days", "60 days", "3 months"), for every place
the kiosk states one: procedure screen, search results, checklist slip, receipt, tracking (issue 14). Working days
only when the catalogue states no unit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk_app.api.schemas import ProcedureDetail, TimeUnit


def time_text(amount: int, unit: TimeUnit | str = TimeUnit.WORKING_DAYS) -> str:
    """``amount`` in ``unit``, in the kiosk's language: "1 working day", "60 days (calendar days)", "9 months"."""
    unit = TimeUnit(unit)
    if unit is TimeUnit.CALENDAR_DAYS:
        return QCoreApplication.translate("Counts", "%1 days (calendar days)").replace("%1", str(amount))
    if unit is TimeUnit.MONTHS:
        if amount == 1:
            return QCoreApplication.translate("Counts", "1 month")
        return QCoreApplication.translate("Counts", "%1 months").replace("%1", str(amount))
    if amount == 1:
        return QCoreApplication.translate("Counts", "1 working day")
    return QCoreApplication.translate("Counts", "%1 working days").replace("%1", str(amount))


def procedure_time_texts(procedure: ProcedureDetail, language: str) -> list[str]:
    """Each stated time of ``procedure`` with its unit and, where the catalogue gives one, what it covers."""
    texts: list[str] = []
    for time in procedure.processing_times:
        text = time_text(time.amount, time.unit)
        about = time.description_vi if language == "vi" else (time.description_en or time.description_vi)
        if about:
            text += f" ({about})"
        if text not in texts:
            texts.append(text)
    return texts or [time_text(procedure.processing_days)]


def confirm_at_counter_text() -> str:
    """The note beside the time and fee of an entry not verified against a source (issue 14)."""
    return QCoreApplication.translate("Counts", "Time and fee to be confirmed at the counter")
