"""How the kiosk writes money, dates and catalogue texts: one copy of each small formatter.

Pure functions, used by the printed receipts and by every screen (issue 19: "one of each").
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol


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


def fee_lines(fees: Iterable[FeeLike], language: str) -> list[str]:
    """A procedure's fees as it states them, one line each: "150.000 đ – Filing fee", "550.000 đ – … (per class)".

    Never one summed number: a fixed part and a per-item part are different things (issue 21 finding 7)."""
    lines = []
    for fee in fees:
        text = localized(language, fee.description_vi, fee.description_en)
        if fee.amount_vnd is None:  # only described (issue 14): the description is the amount
            lines.append(text)
        elif fee.amount_vnd:
            lines.append(f"{vnd(fee.amount_vnd)} – {text}")
    return lines


class FeeLike(Protocol):
    """A fee item (``kiosk_app.api.schemas.FeeItem``)."""

    amount_vnd: int | None
    description_vi: str
    description_en: str
