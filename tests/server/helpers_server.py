"""Test helper: apply staff actions to a dossier the way the console does."""
from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from server.lifecycle import Action, ActionInput
from server.models import Dossier, Procedure


def act(app: FastAPI, code: str, action: Action, **given: object) -> int:
    """Apply ``action`` to dossier ``code`` as officer 'Cán bộ A'; returns the new status."""
    backend = app.state.backend
    with backend.db.write() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.stages), selectinload(Dossier.supplement_requests))).one()
        procedure = session.get(Procedure, dossier.procedure_code)
        backend.lifecycle.apply(dossier, procedure, action, ActionInput(handler="Cán bộ A", **given), backend.now())
        return dossier.status
