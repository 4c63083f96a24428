"""How an OpenCPS v2 dossier status and sub-status become the portal's 1–10 status code the kiosk shows.

OpenCPS itself maps its statuses to the National Public Service Portal's codes with an installation-defined
table, sub-status first and then status (``DVCQGIntegrationActionImpl.getMappingStatus``,
modules/backend-dossiermgt/backend-dossiermgt-service/src/main/java/org/opencps/dossiermgt/action/impl/
DVCQGIntegrationActionImpl.java:1220-1243, commit 2c719850 of VietOpenCPS/opencps-v2). That table
(``opencps_dossierstatusmapping``) has no REST endpoint, so the adapter carries a default copy here and an
installation can override it (``[backend.opencps] status_map`` / ``substatus_map`` in the profile).

The status codes are the constants of ``DossierTerm`` (modules/backend-dossiermgt/backend-dossiermgt-api/src/
main/java/org/opencps/dossiermgt/constants/DossierTerm.java:150-163). Their meaning follows OpenCPS's own
statistics engine (modules/backend-statistic-rest/src/main/java/org/opencps/statistic/rest/engine/service/
StatisticEngineFetchEntry.java:85-150): ``denied`` is refused at reception; ``waiting`` (and ``receiving``)
are "paused, waiting for the applicant's supplement"; ``processing`` is processed inside the agency and any
other open status outside it; ``cancelled`` is withdrawn; ``unresolved`` is refused after processing;
``releasing`` has a result waiting to be handed over and ``done`` has it handed over.
"""
from __future__ import annotations

from collections.abc import Mapping

from kiosk_app.api.schemas import DossierStatus

__all__ = ["DEFAULT_STATUS_MAP", "DEFAULT_SUBSTATUS_MAP", "UnknownStatus", "portal_status"]

DEFAULT_STATUS_MAP: Mapping[str, DossierStatus] = {
    # DossierTerm.java:150-163                        portal code (docs/DOMAIN.md)
    "": DossierStatus.NEW,                            # a draft: created, not yet sent by the submit action
    "new": DossierStatus.NEW,                         # DOSSIER_STATUS_NEW: submitted, not yet received
    "receiving": DossierStatus.ACCEPTED,              # DOSSIER_STATUS_RECEIVING: taken in at the one-stop desk
    "processing": DossierStatus.PROCESSING,           # DOSSIER_STATUS_PROCESSING
    "interoperating": DossierStatus.PROCESSING,       # DOSSIER_STATUS_INTEROPERATING: processed by another agency
    "correcting": DossierStatus.PROCESSING,           # DOSSIER_STATUS_CORRECTING: a result being corrected
    "waiting": DossierStatus.SUPPLEMENT_REQUESTED,    # DOSSIER_STATUS_WAITING: waiting for the supplement
    "pausing": DossierStatus.STOPPED,                 # DOSSIER_STATUS_PAUSING
    "unresolved": DossierStatus.STOPPED,              # DOSSIER_STATUS_UNRESOLVED: refused after processing
    "denied": DossierStatus.REFUSED,                  # DOSSIER_STATUS_DENIED: refused at reception
    "cancelling": DossierStatus.WITHDRAWN,            # DOSSIER_STATUS_CANCELLING: the applicant asked to withdraw
    "cancelled": DossierStatus.WITHDRAWN,             # DOSSIER_STATUS_CANCELLED
    "releasing": DossierStatus.RESULT_READY,          # DOSSIER_STATUS_RELEASING: result waiting at the desk
    "posting": DossierStatus.RESULT_READY,            # DOSSIER_STATUS_POSTING: result on its way by post
    "done": DossierStatus.RESULT_RETURNED,            # DOSSIER_STATUS_DONE
    # DossierStatusConstants.java:4-16 (same module) adds:
    "collecting": DossierStatus.NEW,                  # COLLECTING: the dossier is still being collected
    "paying": DossierStatus.FEE_REQUESTED,            # PAYING: waiting for the applicant's payment
    "handover": DossierStatus.PROCESSING,             # HANDOVER: handed to another unit
}
"""OpenCPS ``dossierStatus`` -> portal status code."""

DEFAULT_SUBSTATUS_MAP: Mapping[str, DossierStatus] = {
    # The one sub-status the source itself writes (DossierLocalServiceImpl.java:7287-7290, "Chờ trả kết quả tại một cửa").
    "releasing_0": DossierStatus.RESULT_READY,
    # Sub-statuses are otherwise site data (set by each process step, ProcessStepTerm.java:15-16). The simulator
    # (testkit/opencps_sim) marks an officer's acceptance "processing" / "accepted": received, not yet processed.
    "accepted": DossierStatus.ACCEPTED,
}
"""OpenCPS ``dossierSubStatus`` -> portal status code; wins over the status (as in ``getMappingStatus``)."""


class UnknownStatus(ValueError):
    """Neither the sub-status nor the status is in the mapping table."""


def portal_status(
    status: str | None,
    sub_status: str | None = None,
    *,
    status_map: Mapping[str, DossierStatus] | None = None,
    substatus_map: Mapping[str, DossierStatus] | None = None,
) -> DossierStatus:
    """The portal code of an OpenCPS ``(dossierStatus, dossierSubStatus)``: the sub-status's entry first, then the status's.

    ``status_map`` / ``substatus_map`` are the installation's entries; they are laid over the defaults.
    Raises :class:`UnknownStatus` when neither is known (an installation's own status needs a profile entry).
    """
    statuses = {**DEFAULT_STATUS_MAP, **(status_map or {})}
    sub_statuses = {**DEFAULT_SUBSTATUS_MAP, **(substatus_map or {})}
    if sub_status and sub_status in sub_statuses:
        return sub_statuses[sub_status]
    key = (status or "").strip()
    if key in statuses:
        return statuses[key]
    raise UnknownStatus(f"OpenCPS status {status!r} / sub-status {sub_status!r} has no portal code")
