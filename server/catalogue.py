"""The procedure catalogue: read from resources/catalogue/procedures.yaml and loaded into the
database on first start and whenever the file's ``version`` changes, or imported from the national
database's export (server/catalogue_import.py), which stays loaded until the file's version changes again."""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk_app.api.schemas import ProcedureDetail, Requirement
from server.models import Meta, Procedure

log = logging.getLogger("server.catalogue")
DEFAULT_CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "catalogue" / "procedures.yaml"
VERSION_KEY = "catalogue_version"
FILE_VERSION_KEY = "catalogue_file_version"  # the file's version last loaded (an import does not change it)
SOURCE_KEY = "catalogue_source"
FILE_SOURCE = "resources/catalogue/procedures.yaml"
FEE_RECEIPT = "fee_receipt"  # the component that proves the fee was paid (issue 21 finding 7)


class CatalogueFile(BaseModel):
    """The YAML file's structure."""

    model_config = ConfigDict(extra="forbid")
    version: str
    procedures: list[ProcedureDetail]

    @field_validator("procedures")
    @classmethod
    def _codes_unique(cls, procedures: list[ProcedureDetail]) -> list[ProcedureDetail]:
        codes = [p.code for p in procedures]
        duplicates = {c for c in codes if codes.count(c) > 1}
        if duplicates:
            raise ValueError(f"duplicate procedure codes: {sorted(duplicates)}")
        for procedure in procedures:
            ids = [c.id for c in procedure.components]
            if len(ids) != len(set(ids)):
                raise ValueError(f"procedure {procedure.code}: duplicate component ids")
            if procedure.stages and sum(s.working_days for s in procedure.stages) != procedure.processing_days:
                raise ValueError(f"procedure {procedure.code}: stage days do not add up to processing_days")
            if procedure.fees and procedure.fee_vnd != (procedure.fees[0].amount_vnd or 0):
                raise ValueError(f"procedure {procedure.code}: fee_vnd must equal the first fee item")
            fee_receipt = next((c for c in procedure.components if c.id == FEE_RECEIPT), None)
            if fee_receipt is not None and \
                    (fee_receipt.requirement is Requirement.REQUIRED) != procedure.fee_paid_before_submission:
                raise ValueError(f"procedure {procedure.code}: the fee receipt is required exactly when "
                                 "fee_paid_before_submission is true")
        return procedures


def read_catalogue(path: Path | None = None) -> CatalogueFile:
    """Parse and validate the catalogue file (parsed once per file version in a process)."""
    path = (path or DEFAULT_CATALOGUE).resolve()
    return _read_cached(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _read_cached(path: Path, _mtime_ns: int) -> CatalogueFile:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    with path.open(encoding="utf-8") as handle:
        return CatalogueFile.model_validate(yaml.load(handle, Loader=loader))  # noqa: S506 (a safe loader)


def current_version(session: Session) -> str:
    """The catalogue version loaded in the database ('' before the first load)."""
    meta = session.get(Meta, VERSION_KEY)
    return meta.value if meta else ""


def current_source(session: Session) -> str:
    """Where the loaded catalogue came from: the shipped file, or the national export it was imported from."""
    meta = session.get(Meta, SOURCE_KEY)
    return meta.value if meta else FILE_SOURCE


def sync_catalogue(session: Session, catalogue: CatalogueFile) -> bool:
    """Load ``catalogue`` if its version differs from the file version last loaded; return whether it did.

    Procedures that left the file are deactivated, not deleted: old dossiers still refer to them. An imported
    catalogue stays until the administrator bumps the file's version.
    """
    file_meta = session.get(Meta, FILE_VERSION_KEY)
    last_file_version = file_meta.value if file_meta else current_version(session)
    if last_file_version == catalogue.version:
        return False
    store_procedures(session, catalogue.procedures, catalogue.version, FILE_SOURCE)
    session.merge(Meta(key=FILE_VERSION_KEY, value=catalogue.version))
    log.info("catalogue version %s loaded (%d procedures)", catalogue.version, len(catalogue.procedures))
    return True


def store_procedures(session: Session, procedures: list[ProcedureDetail], version: str, source: str) -> None:
    """Make ``procedures`` the active catalogue in the session's transaction (others are deactivated)."""
    existing = {p.code: p for p in session.scalars(select(Procedure))}
    session.execute(update(Procedure).values(active=False))
    for detail in procedures:
        row = existing.get(detail.code) or Procedure(code=detail.code)
        row.name_vi, row.name_en, row.field = detail.name_vi, detail.name_en, detail.field.value
        row.processing_days, row.cutoff_hour, row.fee_vnd = detail.processing_days, detail.cutoff_hour, detail.fee_vnd
        row.active, row.data = True, detail.model_dump(mode="json")
        session.add(row)
    session.merge(Meta(key=VERSION_KEY, value=version))
    session.merge(Meta(key=SOURCE_KEY, value=source))
