"""What each issued paper says: the data a PDF is rendered from, kept as JSON with the issued form so that the
archive shows what was issued even after the dossier or the catalogue changed."""
from __future__ import annotations

from datetime import date, datetime, time

from pydantic import BaseModel, ConfigDict


class NoticeHead(BaseModel):
    """Who and what a notice (forms 02-04) is about."""

    model_config = ConfigDict(extra="forbid")
    number: str
    code: str
    agency: str
    applicant_name: str
    applicant_address: str
    procedure_code: str
    procedure_name_vi: str
    issued_at: datetime
    officer: str


class SupplementNotice(NoticeHead):
    """Form 02: what to add, why, and until when."""

    missing: list[str]
    reason: str | None
    due_date: date


class RefusalNotice(NoticeHead):
    """Form 03: the reason the dossier is refused."""

    reason: str


class ApologyNotice(NoticeHead):
    """Form 04: the apology for an overdue dossier and its new return date."""

    accepted_at: datetime | None
    receipt_number: str | None
    old_date: date
    new_date: date
    new_time: time
    reason: str
