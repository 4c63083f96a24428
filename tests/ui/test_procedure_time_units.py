"""Issue 14: the procedure screen states a processing time in its unit (months, calendar days), not as working days."""
from __future__ import annotations

from kiosk_app.api.schemas import ProcessingTime, SubmissionChannel, TimeUnit
from server.catalogue import read_catalogue
from ui.screens.browse_support import processing_time_text


def test_times_are_shown_in_their_units() -> None:
    """Issue 14: 9 months reads "9 months", 60 calendar days "60 days (calendar days)", none stated: working days."""
    trademark = next(p for p in read_catalogue().procedures if p.code == "1.005298")
    assert processing_time_text(trademark.model_copy(update={"processing_times": []})) == [
        f"{trademark.processing_days} working days"]
    months = trademark.model_copy(update={"processing_times": [
        ProcessingTime(amount=9, unit=TimeUnit.MONTHS, channel=SubmissionChannel.IN_PERSON),
        ProcessingTime(amount=9, unit=TimeUnit.MONTHS, channel=SubmissionChannel.ONLINE)]})
    assert processing_time_text(months) == ["9 months"]
    calendar = trademark.model_copy(update={"processing_times": [
        ProcessingTime(amount=60, unit=TimeUnit.CALENDAR_DAYS),
        ProcessingTime(amount=1, unit=TimeUnit.WORKING_DAYS)]})
    assert processing_time_text(calendar) == ["60 days (calendar days)", "1 working day"]
