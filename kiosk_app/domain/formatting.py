"""How the kiosk writes money, dates and catalogue texts: one copy of each small formatter.

Pure functions, used by the printed receipts and by every screen (issue 19: "one of each").
"""
from __future__ import annotations

from datetime import date, datetime


def vnd(amount: int) -> str:
    """12.500.000 đ (Vietnamese thousands separator)."""
    return f"{amount:,}".replace(",", ".") + " đ"


def day(value: date) -> str:
    """A date as Vietnamese forms write it: 04/03/2026."""
    return value.strftime("%d/%m/%Y")


def moment(value: datetime) -> str:
    """A time and date: 09:30 04/03/2026."""
    return value.strftime("%H:%M %d/%m/%Y")


def localized(language: str, vi: str | None, en: str | None) -> str:
    """The Vietnamese or English variant of a catalogue text; the other one when it is missing."""
    return (en or vi or "") if language == "en" else (vi or en or "")
