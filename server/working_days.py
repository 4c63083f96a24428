"""Working-day arithmetic for legal deadlines (weekends, Vietnamese public holidays, corrections).

The holidays package seeds the public holidays, including lunar Tết, Hùng Kings day, substituted days
off and the Saturdays the government turns into working days. An administrator's table of corrections
(extra days off, swapped working days) overrides it. Rules (DOMAIN.md): the day of receipt is not
counted; a dossier received outside office hours (after closing), on a weekend or on a holiday counts
as received on the next working day (issue 14: kiosks and the portal accept dossiers at any time), as
does one received at or after a procedure's own afternoon cut-off where a source gives one; a period
ends at the end of its last working day. One received before opening on a working day counts from that
day's opening, i.e. as received that day.

``holidays`` is pinned (pyproject) to a version that knows 2026's days off as decided: Tết Mon 16 - Fri
20 Feb, the National Day bridge Mon 31 Aug worked back on Sat 22 Aug, and Vietnam Culture Day 24 Nov.
"""
from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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


@dataclass(frozen=True)
class OfficeHours:
    """When the one-stop department receives dossiers on a working day (local time); a server setting."""

    opens: time = time(8, 0)
    closes: time = time(17, 0)

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError("office hours: opening must come before closing")


class WorkingCalendar:
    """Tells working days from days off and counts legal periods in working days."""

    def __init__(self, corrections: Mapping[date, bool] | None = None,
                 office_hours: OfficeHours | None = None) -> None:
        """``corrections`` maps a day to True (working day) or False (day off), overriding the seed."""
        self._corrections = dict(corrections or {})
        self.office_hours = office_hours or OfficeHours()

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

    def add_period(self, start: date, amount: int, unit: str = "working_days") -> date:
        """The day a period of ``amount`` ``unit`` ("working_days", "calendar_days", "months") started on
        ``start`` ends (issue 14: keep the unit with every time).

        Civil Code 2015 Art. 148: the first day is not counted; a period in months ends on the same day of the
        last month, or on that month's last day when it has no such day; a period whose last day is a day off
        ends at the end of the next working day.
        """
        if amount < 0:
            raise ValueError("a period must not be negative")
        if unit == "working_days":
            return self.add_working_days(start, amount)
        if unit == "calendar_days":
            end = start + timedelta(days=amount)
        elif unit == "months":
            month_index = start.year * 12 + start.month - 1 + amount
            year, month = divmod(month_index, 12)
            end = date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))
        else:
            raise ValueError(f"unknown time unit {unit!r}")
        return end if amount == 0 or self.is_working_day(end) else self.next_working_day(end)

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
        """The day a receipt counts from: the next working day when received on a day off, after the
        office closed, or at/after the procedure's own cut-off (None: the office's closing time only)."""
        day = received_local.date()
        closes = self.office_hours.closes
        if cutoff_hour is not None:
            closes = min(closes, time(cutoff_hour))
        if received_local.time() >= closes or not self.is_working_day(day):
            return self.next_working_day(day)
        return day

    def appointed_date(self, received_local: datetime, working_days: int, cutoff_hour: int | None) -> date:
        """The day the result is due: ``working_days`` after the effective receipt day."""
        return self.add_working_days(self.effective_receipt_day(received_local, cutoff_hour), working_days)
