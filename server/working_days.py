"""Working-day arithmetic for legal deadlines (weekends, Vietnamese public holidays, corrections).

The holidays package seeds the public holidays, including lunar Tết, Hùng Kings day, substituted days
off and the Saturdays the government turns into working days. An administrator's table of corrections
(extra days off, swapped working days) overrides it. Rules (DOMAIN.md): the day of receipt is not
counted; a dossier received at or after the procedure's cut-off hour, or on a day off, counts as
received on the next working day; a period ends at the end of its last working day.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays

MAX_SPAN_DAYS = 3660
"""Longest search for working days before giving up (ten years): guards against a calendar of only days off."""


@lru_cache(maxsize=64)
def _vietnam_calendar(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """Public holidays and swapped working Saturdays of one year, from the holidays package."""
    calendar = holidays.country_holidays("VN", years=year)
    days_off = frozenset(d for d in calendar if d.year == year)
    workdays = frozenset(d for d in getattr(calendar, "weekend_workdays", set()) if d.year == year)
    return days_off, workdays


class WorkingCalendar:
    """Tells working days from days off and counts legal periods in working days."""

    def __init__(self, corrections: Mapping[date, bool] | None = None) -> None:
        """``corrections`` maps a day to True (working day) or False (day off), overriding the seed."""
        self._corrections = dict(corrections or {})

    def is_working_day(self, day: date) -> bool:
        """Whether offices are open on ``day``."""
        if day in self._corrections:
            return self._corrections[day]
        days_off, workdays = _vietnam_calendar(day.year)
        if day in workdays:
            return True
        return day.weekday() < 5 and day not in days_off

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        for _ in range(MAX_SPAN_DAYS):
            day += timedelta(days=1)
            if self.is_working_day(day):
                return day
        raise ValueError("no working day within ten years: check the calendar corrections")

    def add_working_days(self, start: date, days: int) -> date:
        """The day ``days`` working days after ``start`` (``start`` itself never counts).

        With ``days == 0`` the answer is ``start`` itself (an immediate procedure).
        """
        if days < 0:
            raise ValueError("days must not be negative")
        for _ in range(days):
            start = self.next_working_day(start)
        return start

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in (start, end]; 0 when ``end <= start``."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def effective_receipt_day(self, received_local: datetime, cutoff_hour: int | None) -> date:
        """The day a receipt counts from: the next working day when received on a day off or after cut-off."""
        day = received_local.date()
        late = cutoff_hour is not None and received_local.hour >= cutoff_hour
        if late or not self.is_working_day(day):
            return self.next_working_day(day)
        return day

    def appointed_date(self, received_local: datetime, working_days: int, cutoff_hour: int | None) -> date:
        """The day the result is due: ``working_days`` after the effective receipt day."""
        return self.add_working_days(self.effective_receipt_day(received_local, cutoff_hour), working_days)
