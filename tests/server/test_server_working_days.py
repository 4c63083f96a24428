"""Working-day arithmetic: Tết 2026 and 2027, Hùng Kings day, swapped days, cut-off, and properties."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from server_testkit import VN

from server.working_days import OfficeHours, WorkingCalendar

calendar = WorkingCalendar()
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
counts = st.integers(min_value=0, max_value=80)


def test_tet_2026_is_skipped() -> None:
    # Friday 13 Feb 2026, Tết holiday Mon 16 - Fri 20 Feb: 5 working days end on Friday 27 Feb.
    assert calendar.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)
    assert not any(calendar.is_working_day(date(2026, 2, d)) for d in range(16, 21))


def test_tet_2027_is_skipped() -> None:
    # Tết 2027: Thu 4 Feb - Wed 10 Feb. From Wednesday 3 Feb, 1 working day is Thursday 11 Feb.
    assert calendar.add_working_days(date(2027, 2, 3), 1) == date(2027, 2, 11)
    assert calendar.add_working_days(date(2027, 2, 3), 3) == date(2027, 2, 15)


def test_hung_kings_day_and_national_day() -> None:
    assert not calendar.is_working_day(date(2026, 4, 27))  # Hùng Kings day (observed, Monday)
    assert not calendar.is_working_day(date(2027, 4, 16))  # Hùng Kings day 2027 (Friday)
    assert not calendar.is_working_day(date(2026, 9, 2))
    assert calendar.add_working_days(date(2026, 4, 24), 1) == date(2026, 4, 28)


def test_swapped_saturday_counts_as_working_day() -> None:
    # 2026: Monday 31 Aug is a day off, worked back on Saturday 22 Aug.
    assert calendar.is_working_day(date(2026, 8, 22)) and not calendar.is_working_day(date(2026, 8, 31))


def test_administrator_corrections_override_the_seed() -> None:
    corrected = WorkingCalendar({date(2026, 3, 5): False, date(2026, 3, 7): True})
    assert corrected.add_working_days(date(2026, 3, 4), 2) == date(2026, 3, 7)


def test_receipt_day_not_counted_and_cutoff_moves_receipt() -> None:
    before = datetime(2026, 3, 4, 14, 59, tzinfo=VN)
    after = datetime(2026, 3, 4, 15, 0, tzinfo=VN)
    assert calendar.appointed_date(before, 1, 15) == date(2026, 3, 5)
    assert calendar.appointed_date(after, 1, 15) == date(2026, 3, 6)
    assert calendar.appointed_date(after, 1, None) == date(2026, 3, 5)
    saturday = datetime(2026, 3, 7, 10, 0, tzinfo=VN)
    assert calendar.appointed_date(saturday, 1, None) == date(2026, 3, 10)


@settings(max_examples=150, deadline=None)
@given(days, counts)
def test_result_is_a_working_day_with_exactly_n_working_days_after_start(start: date, n: int) -> None:
    end = calendar.add_working_days(start, n)
    assert end >= start
    assert calendar.working_days_between(start, end) == n
    if n > 0:
        assert calendar.is_working_day(end)
        assert end > start


@settings(max_examples=150, deadline=None)
@given(days, counts, counts)
def test_adding_is_additive_and_monotone(start: date, a: int, b: int) -> None:
    assert calendar.add_working_days(calendar.add_working_days(start, a), b) == calendar.add_working_days(start, a + b)
    assert calendar.add_working_days(start, a + b) >= calendar.add_working_days(start, a)


@settings(max_examples=100, deadline=None)
@given(days, st.integers(min_value=0, max_value=23), st.integers(min_value=1, max_value=30),
       st.integers(min_value=8, max_value=17))
def test_late_receipt_equals_receipt_on_the_next_working_day(day: date, hour: int, n: int, cutoff: int) -> None:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=VN)
    due = calendar.appointed_date(moment, n, cutoff)
    if hour >= cutoff or not calendar.is_working_day(day):
        assert due == calendar.add_working_days(calendar.next_working_day(day), n)
    else:
        assert due == calendar.add_working_days(day, n)
    assert due - day <= timedelta(days=n * 3 + 30)


def test_friday_evening_submission_counts_from_the_next_working_day() -> None:
    """Issue 14: a dossier received at 17:45 on a Friday counts as received on Monday (after office hours)."""
    friday_evening = datetime(2026, 3, 6, 17, 45, tzinfo=VN)
    assert calendar.effective_receipt_day(friday_evening, None) == date(2026, 3, 9)
    assert calendar.appointed_date(friday_evening, 1, None) == date(2026, 3, 10)  # Monday not counted
    friday_afternoon = datetime(2026, 3, 6, 16, 59, tzinfo=VN)
    assert calendar.effective_receipt_day(friday_afternoon, None) == date(2026, 3, 6)


def test_labour_day_submission_counts_from_the_next_working_day() -> None:
    """Issue 14: a dossier received on 1 May (a holiday, in office hours) counts from the next working day."""
    labour_day = datetime(2026, 5, 1, 10, 0, tzinfo=VN)  # Friday 1 May 2026
    assert calendar.effective_receipt_day(labour_day, None) == date(2026, 5, 4)
    assert calendar.appointed_date(labour_day, 1, None) == date(2026, 5, 5)


def test_before_opening_counts_as_that_day_and_hours_are_a_setting() -> None:
    """Issue 14: before opening on a working day is received at that day's opening; the hours are configurable."""
    early = datetime(2026, 3, 4, 6, 30, tzinfo=VN)
    assert calendar.effective_receipt_day(early, None) == date(2026, 3, 4)
    short_day = WorkingCalendar(office_hours=OfficeHours(time(7, 30), time(16, 30)))
    assert short_day.effective_receipt_day(datetime(2026, 3, 4, 16, 30, tzinfo=VN), None) == date(2026, 3, 5)
    assert short_day.effective_receipt_day(datetime(2026, 3, 4, 16, 29, tzinfo=VN), None) == date(2026, 3, 4)


def test_holidays_package_knows_2026_days_off_as_decided() -> None:
    """Issue 14: the pinned holidays version has 2026's changed days off (Tết 16-20 Feb; Mon 31 Aug off,
    worked back on Sat 22 Aug, for the five-day National Day break 29 Aug - 2 Sep; Culture Day 24 Nov)."""
    assert not any(calendar.is_working_day(date(2026, 2, d)) for d in range(14, 23))
    assert calendar.is_working_day(date(2026, 2, 23))
    assert not any(calendar.is_working_day(date(2026, 8, 29) + timedelta(days=i)) for i in range(5))
    assert calendar.is_working_day(date(2026, 8, 22))  # a Saturday worked back
    assert not calendar.is_working_day(date(2026, 11, 24))


def test_periods_keep_their_unit() -> None:
    """Issue 14: calendar days and months are counted as such (Civil Code 2015 Art. 148), not as working days."""
    assert calendar.add_period(date(2026, 3, 4), 5, "working_days") == date(2026, 3, 11)
    assert calendar.add_period(date(2026, 3, 4), 5, "calendar_days") == date(2026, 3, 9)  # Mon 9 Mar
    assert calendar.add_period(date(2026, 3, 4), 3, "calendar_days") == date(2026, 3, 9)  # Sat 7 -> Mon 9
    assert calendar.add_period(date(2026, 3, 4), 9, "months") == date(2026, 12, 4)
    assert calendar.add_period(date(2026, 1, 31), 1, "months") == date(2026, 3, 2)  # 28 Feb is a Saturday
    assert calendar.add_period(date(2025, 12, 31), 2, "months") == date(2026, 3, 2)  # no 31 Feb; 28 Feb is Sat
    assert calendar.add_period(date(2026, 3, 31), 1, "months") == date(2026, 5, 4)  # 30 Apr, 1 May off, then weekend
