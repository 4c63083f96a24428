"""Daily counters (dossier numbers per agency, ticket numbers per service area) and dossier codes.

A counter is one row per (name, day) bumped with an atomic ``INSERT ... ON CONFLICT DO UPDATE ...
RETURNING``: PostgreSQL holds the row lock until the transaction ends and SQLite runs writers one at a
time, so concurrent submissions get distinct consecutive numbers and a rolled-back submission leaves
no gap.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.models import Sequence


def next_value(session: Session, name: str, day: date) -> int:
    """Increment and return the counter ``name`` of ``day`` (1 for the first call of the day)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(Sequence)
        .values(name=name, day=day, last_value=1)
        .on_conflict_do_update(index_elements=[Sequence.name, Sequence.day],
                               set_={"last_value": Sequence.last_value + 1})
        .returning(Sequence.last_value)
    )
    return int(session.execute(statement).scalar_one())


def format_dossier_code(pattern: str, agency: str, received_local: datetime, seq: int) -> str:
    """Render a dossier code, e.g. ``000.00.00.G06-251219-0001`` with the default pattern."""
    return pattern.format(agency=agency, date=received_local, seq=seq)
