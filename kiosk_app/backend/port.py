"""The backend port: everything the kiosk asks of the system officers work in, as one typed interface.

The screens, the outbox, the catalogue cache and the heartbeat are typed against :class:`Backend` and
never know which adapter they have: ``ReferenceBackend`` (the reference server's API v1) or
``OpenCpsBackend`` (an OpenCPS v2 installation), chosen by ``[backend] kind`` in the profile
(``kiosk_app.backend.make_backend``). Requests and results are the pydantic models of
``kiosk_app.api.schemas``; failures are the errors of ``kiosk_app.backend.errors`` only. Every call
blocks: run it through ``kiosk_app.jobs``, never on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk_app.api.schemas import (
    Catalogue,
    DossierCreate,
    DossierReceipt,
    DossierTracking,
    Health,
    Heartbeat,
    HeartbeatAck,
    ProcedureDetail,
    ServiceArea,
    SupplementProof,
    SupplementReceipt,
    Ticket,
)


@runtime_checkable
class Backend(Protocol):
    """The system a kiosk submits into, tracks in and reads its catalogue from."""

    def describe(self) -> str:
        """What the kiosk is connected to, for the technician (kind of system and address; no secret)."""
        ...

    def health(self) -> Health:
        """Whether the system answers (maintenance's "check now" times this)."""
        ...

    def catalogue(self) -> Catalogue:
        """The procedures the system offers, in summary."""
        ...

    def catalogue_version(self) -> str:
        """A value that changes whenever the catalogue does (the cache refreshes only then)."""
        ...

    def procedure(self, code: str) -> ProcedureDetail:
        """One procedure in full: its documents, fees, processing time."""
        ...

    def submit_dossier(self, idempotency_key: str, dossier: DossierCreate, files: Sequence[Path]) -> DossierReceipt:
        """Create and submit one dossier with one PDF per document; repeating it with the same key
        gives the same dossier, never a second one."""
        ...

    def track(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> DossierTracking:
        """A dossier's status, proven by its tracking token or the applicant's phone's last four digits."""
        ...

    def upload_supplement(self, code: str, proof: SupplementProof, files: Sequence[Path]) -> SupplementReceipt:
        """The documents an officer asked for, added to the dossier."""
        ...

    def draw_ticket(self, area: ServiceArea = ServiceArea.GENERAL) -> Ticket:
        """A numbered queue ticket for a counter; ``BackendUnsupported`` where the system has no queue."""
        ...

    def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        """This kiosk's health report; ``BackendUnsupported`` where the system keeps no fleet."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
