"""OpenCpsBackend: the backend port over an OpenCPS v2 installation's REST API (``<url>`` = ``.../o/rest/v2``).

Written from the platform's source, VietOpenCPS/opencps-v2 at commit 2c719850 (paths below are under
modules/backend-api-rest/src/main/java/org/opencps/api/controller/ unless said otherwise); the contract tests
(tests/api/test_opencps_contract.py) hold the declared contract of every call as data and check both sides.

- Authentication: HTTP Basic with the kiosk's OpenCPS account, user and password joined by ``:`` and
  base64-encoded from UTF-8: the REST endpoint is published with Liferay's Basic auth verifier on every URL
  (modules/backend-api-rest/src/main/resources/configuration/com.liferay.portal.remote.cxf.common.configuration.
  CXFEndpointPublisherConfiguration-cxf:2; the repository's own parser, RestAuthFilter.java:146-165 in
  modules/backend-auth, decodes the same way). The site is chosen by the ``groupId`` header that every ``impl/``
  class reads (``header.getHeaderString(Field.GROUP_ID)``).
- Errors: the source answers an unauthenticated request with **203** and any other failure with **403**, both
  with an ``ErrorMsgModel`` body (modules/backend-auth/src/main/java/backend/auth/api/exception/
  BusinessExceptionImpl.java, ``processException``), so 203 is never a success here; an unknown dossier is a 200
  with an empty model, no payment file a 204, and an action the current step does not allow a 405.
- Catalogue: ``GET /serviceinfos`` (ServiceInfoManagement.java:93) filtered by ``agency``, the procedure's agency
  and process option from ``GET /serviceinfos/{id}`` (ServiceInfoManagement.java:121-122) and ``GET
  /serviceconfigs/{id}/processes`` (ServiceConfigManagement.java:119-120), its dossier parts from ``GET
  /dossiertemplates/{id}`` (DossierTemplateManagement.java:72-73).
- Submission: look the dossier up by ``referenceUid`` (``GET /dossiers/{id}`` accepts a dossierId, a dossierNo or a
  referenceUid: DossierManagement.java:121-122, DossierUtils.getDossier); create it with ``POST /dossiers``
  (DossierManagement.java:99, form fields of DossierInputModel) only when it is not there; upload one file per
  document to its dossier part (``POST /dossiers/{id}/files``, DossierFileManagement.java:70-71), skipping a file
  the dossier already holds byte for byte (``GET /dossiers/{id}/files`` and ``/files/{referenceUid}``,
  DossierFileManagement.java:49-50, 125-126); then the submit action (``POST /dossiers/{id}/actions``,
  DossierManagement.java:329-330, DoActionModel) unless the dossier has left the draft state already.
- Tracking: ``GET /dossiers/{code}`` with the receipt's secret as ``secretKey`` (checked against the dossier's
  password by the server, DossierManagementImpl.getDetailDossier) or the phone's last four digits (checked here);
  the fee from ``GET /dossiers/{id}/payment`` (PaymentFileManagement.java:95-96).

Idempotency: the dossier's ``referenceUid`` is the kiosk's provisional reference when one was printed, else the
outbox's idempotency key (upper case, since tracking codes are compared in upper case). OpenCPS itself returns
the existing dossier when a ``referenceUid`` is posted again (modules/backend-dossiermgt/backend-dossiermgt-service/
src/main/java/org/opencps/dossiermgt/service/impl/CPSDossierBusinessLocalServiceImpl.java:5441-5458), but it also
re-dates it, so the adapter looks first and posts only when nothing is found. Each file's ``referenceUid`` is
derived from the dossier's, and OpenCPS replaces a file posted again under the same one
(CPSDossierBusinessLocalServiceImpl.java:7085-7110), so a retry never adds a second copy. A retry of the whole
call after a crash at any point converges on one dossier with byte-identical files.

These calls block: run them through ``kiosk_app.jobs``, never on the GUI thread.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, ValidationError

from kiosk_app.api.schemas import (
    STATUS_NAMES,
    ApplicantType,
    Catalogue,
    ConsentRecord,
    DeliveryMethod,
    DocumentComponent,
    DocumentForm,
    DossierCreate,
    DossierReceipt,
    DossierStatus,
    DossierTracking,
    ErrorCode,
    FeeItem,
    Health,
    Heartbeat,
    HeartbeatAck,
    PaymentInfo,
    ProcedureDetail,
    ProcedureField,
    ProcedureSummary,
    ReceivedDocument,
    Requirement,
    ServiceArea,
    StageView,
    SubmissionChannel,
    SupplementProof,
    SupplementReceipt,
    SupplementRequestView,
    Ticket,
)
from kiosk_app.backend.errors import BackendRejected, BackendUnavailable, BackendUnsupported
from kiosk_app.backend.http import retrying_session, send
from kiosk_app.backend.opencps_models import (
    DossierDetailModel,
    DossierFileModel,
    DossierFileResultsModel,
    DossierTemplateDetailModel,
    DossierTemplatePartDataModel,
    ErrorMsgModel,
    PaymentFileModel,
    ProcessOptionResultsModel,
    ServiceInfoDetailModel,
    ServiceInfoModel,
    ServiceInfoResultsModel,
    ServiceInfoServiceConfig,
    parse_opencps_datetime,
)
from kiosk_app.backend.opencps_status import UnknownStatus, portal_status
from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.errors import BackendError
from kiosk_app.failpoints import failpoint

__all__ = ["OPENCPS_TZ", "OpenCpsBackend"]

log = logging.getLogger("kiosk.api.opencps")
Model = TypeVar("Model", bound=BaseModel)

OPENCPS_TZ = timezone(timedelta(hours=7), "ICT")
"""OpenCPS writes its dates in the server's local time without a zone; Vietnamese installations run at UTC+7."""

SUBMIT_ACTION_CODE = "1100"
"""The action that sends an applicant's dossier (CPSDossierBusinessLocalServiceImpl.java:6172, DossierActionsImpl.java:120)."""
SUPPLEMENT_ACTION_CODE = "7200"
"""The action an applicant answers a supplement request with. The source fixes no code for it (action codes are
site data: ActionConfig / ProcessAction rows of each service process); 7200 is the simulator's (testkit/opencps_sim)
and an installation sets its own (``supplement_action_code``)."""
PART_TYPE_INPUT = 1
"""``DossierPartTerm.DOSSIER_PART_TYPE_INPUT`` (.../constants/DossierPartTerm.java:41): parts the applicant hands in."""
ORIGINALITY_ONLINE = 1
"""``DossierTerm.ORIGINALITY_DVCTT``: the dossier comes from the applicant's side, not typed in by an officer."""
VIA_POSTAL_CHOSEN = "2"
"""``viaPostal``: 0 no post service, 1 offered, 2 the applicant chose delivery by post
(CPSDossierBusinessLocalServiceImpl.java:5196-5201)."""
PAYMENT_UNPAID = 0
"""``paymentStatus`` before any payment; 1-3 are advance, settled, completed (.../constants/PaymentFileTerm.java:51-53)."""
PAYMENT_SETTLEMENT_ASKED = 2
"""``PaymentFileTerm.PAYMENT_STATUS_QUYET_TOAN_PHI``: the fee's settlement is asked for."""
CATALOGUE_PAGE_END = 1000
"""``end`` of the catalogue query: with ``agency`` set and no ``end`` the source slices the list at -1 and fails
(ServiceInfoManagementImpl.java:196-204), so the adapter always sends a positive end."""


@dataclass(frozen=True)
class _Plan:
    """Where a procedure's dossiers go in OpenCPS: the service, the agency, the template and its parts by component id."""

    service: ServiceInfoModel
    config: ServiceInfoServiceConfig
    template_no: str
    parts: dict[str, DossierTemplatePartDataModel]
    detail: ProcedureDetail


def component_id(part_no: str) -> str:
    """Our document component id for an OpenCPS ``partNo`` (``TP01`` -> ``tp01``): lower case, ``[a-z0-9_]``, 40 at most."""
    cleaned = re.sub(r"[^a-z0-9]+", "_", part_no.lower()).strip("_")
    return (cleaned or "part")[:40]


FILE_REFERENCE_MAX = 75
"""``opencps_dossierfile.referenceUid VARCHAR(75)`` (modules/backend-dossiermgt/backend-dossiermgt-service/src/main/
resources/META-INF/sql/tables.sql:382); a dossier's own referenceUid may be 255."""


def file_reference(text: str) -> str:
    """``text`` as a dossier file's referenceUid: itself when it fits the column, else its start and a digest."""
    if len(text) <= FILE_REFERENCE_MAX:
        return text
    return f"{text[:FILE_REFERENCE_MAX - 25]}-{hashlib.sha256(text.encode()).hexdigest()[:24].upper()}"


def parse_amount_vnd(text: str | None) -> int:
    """The first amount in an OpenCPS fee text ("Lệ phí: 100.000 đồng" -> 100000); 0 when it names none."""
    if not text:
        return 0
    match = re.search(r"\d{1,3}(?:[.,]\d{3})+|\d+", text)
    return int(re.sub(r"[.,]", "", match.group(0))) if match else 0


def parse_days(text: str | None) -> int:
    """The first whole number of an OpenCPS duration text ("20 ngày làm việc" -> 20); 0 when there is none."""
    match = re.search(r"\d+", text or "")
    return int(match.group(0)) if match else 0


def dossier_reference(idempotency_key: str, dossier: DossierCreate) -> str:
    """The dossier's ``referenceUid``: the printed provisional reference, else the outbox's key, in upper case."""
    return normalise_code(dossier.provisional_ref or idempotency_key)


def consent_meta(consent: ConsentRecord | bool) -> dict[str, str] | bool:
    """The consent as the dossier's metaData carries it: the record (issue 14), or ``true`` from an old outbox."""
    return consent.model_dump(mode="json") if isinstance(consent, ConsentRecord) else consent


def dossier_secret(idempotency_key: str) -> str:
    """The dossier's password (OpenCPS ``password``), printed on the receipt as its tracking token.

    Derived from the idempotency key, which never leaves the kiosk, so a retried submission sets the same one.
    """
    return hashlib.sha256(f"opencps-dossier-secret:{idempotency_key}".encode()).hexdigest()[:16].upper()


class OpenCpsBackend:
    """Typed calls to an OpenCPS v2 installation, with the reference client's methods and results."""

    def __init__(
        self,
        base_url: str,
        *,
        group_id: int,
        user: str,
        password: str,
        agency_code: str,
        connect_timeout_s: float = 3,
        read_timeout_s: float = 15,
        upload_timeout_s: float = 120,
        ca_bundle: Path | None = None,
        retries: int = 3,
        submit_action_code: str = SUBMIT_ACTION_CODE,
        supplement_action_code: str = SUPPLEMENT_ACTION_CODE,
        originality: int = ORIGINALITY_ONLINE,
        domain_fields: Mapping[str, ProcedureField] | None = None,
        default_field: ProcedureField = ProcedureField.SCIENCE_TECHNOLOGY,
        status_map: Mapping[str, DossierStatus] | None = None,
        substatus_map: Mapping[str, DossierStatus] | None = None,
        tracking_url: str | None = None,
        plan_ttl_s: float = 300.0,
        clock: Clock | None = None,
    ) -> None:
        if ":" in user or ":" in password:
            # Basic joins them with a colon; the repository's own parser (RestAuthFilter.java:162) splits at every one.
            raise ValueError("an OpenCPS account's user and password must not contain ':' (the auth filter splits there)")
        self.base_url = base_url.rstrip("/")
        self.group_id = group_id
        self.user = user
        self.agency_code = agency_code
        self.timeout = (connect_timeout_s, read_timeout_s)
        self.upload_timeout = (connect_timeout_s, upload_timeout_s)
        self.submit_action_code = submit_action_code
        self.supplement_action_code = supplement_action_code
        self.originality = originality
        self.domain_fields = dict(domain_fields or {})
        self.default_field = default_field
        self.status_map = dict(status_map or {})
        self.substatus_map = dict(substatus_map or {})
        self.plan_ttl_s = plan_ttl_s
        self.clock = clock or SYSTEM_CLOCK
        self._plans: dict[str, tuple[float, _Plan]] = {}
        self._listed: tuple[float, list[ServiceInfoModel]] | None = None
        parts = urlsplit(self.base_url)
        self.tracking_url = tracking_url or f"{parts.scheme}://{parts.netloc}/"
        credentials = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.session = retrying_session(
            {"Authorization": f"Basic {credentials}", "groupId": str(group_id), "Accept": "application/json"},
            ca_bundle, retries)

    def describe(self) -> str:
        """Where this backend points, for the technician (no secret)."""
        return f"OpenCPS v2 at {self.base_url} (groupId {self.group_id}, agency {self.agency_code}, account {self.user})"

    def close(self) -> None:
        self.session.close()

    # --- plumbing -------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, timeout: tuple[float, float] | None = None,
                 not_found_on: tuple[int, ...] = (), **kwargs: Any) -> requests.Response:
        """One call; a transport failure or an error answer becomes a typed error.

        ``not_found_on``: statuses that mean "no such dossier" for this call (the source answers 403, or 203 for
        a wrong secret, where another API would say 404): they become ``dossier_not_found``.
        """
        response = send(self.session, method, self.base_url, path, timeout or self.timeout, log, **kwargs)
        if response.status_code in not_found_on:
            raise BackendRejected(404, ErrorCode.DOSSIER_NOT_FOUND.value, detail=self._error_text(response))
        if response.status_code == 203:
            raise BackendRejected(203, ErrorCode.UNAUTHORISED_KIOSK.value, detail=self._error_text(response))
        if response.status_code == 401:
            raise BackendRejected(401, ErrorCode.UNAUTHORISED_KIOSK.value, detail=self._error_text(response))
        if response.status_code >= 400:
            raise BackendRejected(response.status_code, f"http_{response.status_code}", detail=self._error_text(response))
        return response

    @staticmethod
    def _error_text(response: requests.Response) -> str:
        """The ErrorMsgModel's message and description, or the start of whatever the body was (405 sends {"error":...})."""
        try:
            error = ErrorMsgModel.model_validate_json(response.content)
        except (ValidationError, ValueError):
            error = ErrorMsgModel()
        if error.message or error.description:
            return f"OpenCPS {response.status_code}: {error.message or ''} {error.description or ''}".strip()
        return f"OpenCPS {response.status_code}: {response.text[:200]}"

    @staticmethod
    def _parse(response: requests.Response, model: type[Model]) -> Model:
        try:
            return model.model_validate_json(response.content)
        except (ValidationError, ValueError) as exc:
            # A cut or garbled body is a transport failure, not a server decision.
            raise BackendUnavailable(f"{response.request.method} {response.url}: unreadable answer: {exc}") from exc

    def _get(self, path: str, model: type[Model], **kwargs: Any) -> Model:
        return self._parse(self._request("GET", path, **kwargs), model)

    @staticmethod
    def _segment(value: str | int) -> str:
        return quote(str(value), safe="")

    # --- catalogue ----------------------------------------------------------------------------------
    def health(self) -> Health:
        """The installation answers an authenticated catalogue query of one item."""
        self._get("/serviceinfos", ServiceInfoResultsModel, params={"start": 0, "end": 1})
        return Health(version=f"OpenCPS v2 (groupId {self.group_id})")

    def _services(self) -> list[ServiceInfoModel]:
        """The agency's procedures, fetched now (and kept for :meth:`_known_services`)."""
        results = self._get("/serviceinfos", ServiceInfoResultsModel,
                            params={"agency": self.agency_code, "start": 0, "end": CATALOGUE_PAGE_END})
        services = []
        for service in results.data:
            if not service.serviceCode:
                continue
            agencies = {config.govAgencyCode for config in service.serviceConfigs}
            if service.serviceConfigs and self.agency_code not in agencies:
                continue  # the server filtered by ``agency`` already; a list that names agencies is checked again
            services.append(service)
        self._listed = (self.clock.monotonic(), services)
        return services

    def _known_services(self) -> list[ServiceInfoModel]:
        """The agency's procedures as fetched less than ``plan_ttl_s`` ago, else fetched now.

        The catalogue itself (``catalogue``, ``catalogue_version``) always asks OpenCPS; submissions, procedure
        look-ups and tracking reuse a recent list, so a busy kiosk does not fetch the whole catalogue per dossier.
        """
        if self._listed is not None and self.clock.monotonic() - self._listed[0] < self.plan_ttl_s:
            return self._listed[1]
        return self._services()

    @staticmethod
    def _version(services: Sequence[ServiceInfoModel]) -> str:
        """OpenCPS has no catalogue version: a digest of every procedure's code and modification date stands in."""
        digest = hashlib.sha256()
        for service in sorted(services, key=lambda s: s.serviceCode or ""):
            digest.update(f"{service.serviceCode}|{service.serviceCodeDVCQG}|{service.modifiedDate}\n".encode())
        return f"opencps-{digest.hexdigest()[:16]}"

    @staticmethod
    def procedure_code(service: ServiceInfoModel) -> str:
        """The code the kiosk shows and submits: the national database code when OpenCPS has it, else OpenCPS's own."""
        return service.serviceCodeDVCQG or service.serviceCode or ""

    def _field(self, service: ServiceInfoModel) -> ProcedureField:
        """The profile's field for the OpenCPS domain; a domain code that names one of our fields is that field."""
        code = service.domainCode or ""
        if code in self.domain_fields:
            return self.domain_fields[code]
        try:
            return ProcedureField(code.lower())
        except ValueError:
            return self.default_field

    def _summary(self, service: ServiceInfoModel) -> ProcedureSummary:
        name = service.serviceName or service.serviceCode or ""
        return ProcedureSummary(
            code=self.procedure_code(service), name_vi=name, name_en=name, field=self._field(service),
            processing_days=parse_days(service.durationText), fee_vnd=parse_amount_vnd(service.feeText))

    def catalogue(self) -> Catalogue:
        services = self._services()
        return Catalogue(version=self._version(services), procedures=[self._summary(s) for s in services])

    def catalogue_version(self) -> str:
        return self._version(self._services())

    def _find_service(self, code: str) -> ServiceInfoModel:
        """The agency's procedure with this code (national or OpenCPS's); a miss in a kept list asks OpenCPS again."""
        wanted = normalise_code(code)

        def find(services: Sequence[ServiceInfoModel]) -> ServiceInfoModel | None:
            return next((s for s in services if wanted in {normalise_code(s.serviceCodeDVCQG or ""),
                                                             normalise_code(s.serviceCode or "")}), None)

        found = find(self._known_services()) or find(self._services())
        if found is None:
            raise BackendRejected(404, ErrorCode.PROCEDURE_NOT_FOUND.value,
                                  detail=f"OpenCPS has no procedure {code!r} at agency {self.agency_code}")
        return found

    def _plan(self, code: str, *, fresh: bool = False) -> _Plan:
        """Everything needed to show a procedure and to file a dossier of it (up to four GETs; kept ``plan_ttl_s``)."""
        kept = self._plans.get(code)
        if not fresh and kept is not None and self.clock.monotonic() - kept[0] < self.plan_ttl_s:
            return kept[1]
        plan = self._fetch_plan(code)
        self._plans[code] = (self.clock.monotonic(), plan)
        return plan

    def _fetch_plan(self, code: str) -> _Plan:
        listed = self._find_service(code)
        detail = self._get(f"/serviceinfos/{self._segment(listed.serviceInfoId or listed.serviceCode or '')}",
                           ServiceInfoDetailModel)
        # The detail has no national code (ServiceInfoDetailModel.java): the list's is kept.
        service = ServiceInfoModel(**detail.model_dump(), serviceCodeDVCQG=listed.serviceCodeDVCQG)
        config = next((c for c in service.serviceConfigs if c.govAgencyCode == self.agency_code), None)
        if config is None or config.serviceConfigId is None:
            raise BackendRejected(404, ErrorCode.PROCEDURE_NOT_FOUND.value,
                                  detail=f"procedure {code!r} has no service config at agency {self.agency_code}")
        options = self._get(f"/serviceconfigs/{config.serviceConfigId}/processes", ProcessOptionResultsModel)
        option = min((o for o in options.data if o.templateNo), key=lambda o: o.seqOrder or 0, default=None)
        if option is None or option.templateNo is None:
            raise BackendRejected(404, ErrorCode.PROCEDURE_NOT_FOUND.value,
                                  detail=f"procedure {code!r} has no process option with a dossier template")
        template = self._get(f"/dossiertemplates/{self._segment(option.templateNo)}", DossierTemplateDetailModel)
        parts = self._input_parts(template)
        return _Plan(service=service, config=config, template_no=option.templateNo, parts=parts,
                     detail=self._detail(service, config, parts))

    @staticmethod
    def _input_parts(template: DossierTemplateDetailModel) -> dict[str, DossierTemplatePartDataModel]:
        parts: dict[str, DossierTemplatePartDataModel] = {}
        for part in template.dossierParts:
            if part.partType not in (None, PART_TYPE_INPUT):
                continue
            key = component_id(part.partNo)
            while key in parts:  # two part numbers that clean to the same id
                key = f"{key[:36]}_{len(parts)}"
            parts[key] = part
        return parts

    def _detail(self, service: ServiceInfoModel, config: ServiceInfoServiceConfig,
                parts: Mapping[str, DossierTemplatePartDataModel]) -> ProcedureDetail:
        summary = self._summary(service)
        unit = config.govAgencyName or service.administrationName or self.agency_code
        components = [
            DocumentComponent(
                id=key, name_vi=part.partName or part.partNo, name_en=part.partName or part.partNo,
                form=DocumentForm.COPY, copies=1,
                requirement=Requirement.REQUIRED if (part.required or "").lower() == "true" else Requirement.OPTIONAL,
                template_form=part.fileTemplateNo or None)
            for key, part in parts.items()
        ]
        fee_text = service.feeText or ""
        return ProcedureDetail(
            **summary.model_dump(),
            implementing_unit_vi=unit, implementing_unit_en=unit,
            applicants=[ApplicantType.CITIZEN, ApplicantType.BUSINESS],
            applicants_vi=service.applicantText or "", applicants_en=service.applicantText or "",
            fees=[FeeItem(amount_vnd=summary.fee_vnd, description_vi=fee_text, description_en=fee_text)],
            result_vi=service.resultText or "", result_en=service.resultText or "",
            legal_basis=[service.regularText] if service.regularText else [],
            channels=[SubmissionChannel.IN_PERSON, SubmissionChannel.ONLINE],
            components=components,
        )

    def procedure(self, code: str) -> ProcedureDetail:
        return self._plan(code).detail

    # --- dossiers ---------------------------------------------------------------------------------------
    def _dossier_or_none(self, response: requests.Response) -> DossierDetailModel | None:
        """The dossier of a ``GET /dossiers/{id}`` answer, or None for the source's "not found".

        An unknown id, dossierNo or referenceUid is answered 200 with an empty model: DossierUtils.getDossier
        returns null and mappingForGetDetail(null) a model with no field set (DossierUtils.java:899-905, 1197-1214).
        """
        try:
            payload = json.loads(response.content)
        except ValueError as exc:
            raise BackendUnavailable(f"GET {response.url}: unreadable answer: {exc}") from exc
        if isinstance(payload, dict) and payload.get("dossierId") in (None, 0):
            return None
        return self._parse(response, DossierDetailModel)

    def _find_dossier(self, reference: str) -> DossierDetailModel | None:
        """The dossier with this referenceUid (or dossierNo), or None when OpenCPS has none."""
        try:
            response = self._request("GET", f"/dossiers/{self._segment(reference)}", not_found_on=(403,))
        except BackendRejected as exc:
            if exc.code == ErrorCode.DOSSIER_NOT_FOUND.value:  # an older installation failing on the null dossier
                return None
            raise
        return self._dossier_or_none(response)

    def _dossier_form(self, reference: str, key: str, dossier: DossierCreate, plan: _Plan) -> dict[str, str]:
        """The DossierInputModel form fields (dossier/model/DossierInputModel.java:131-271) of a kiosk submission."""
        applicant = dossier.applicant
        business = applicant.type is ApplicantType.BUSINESS
        return {
            "referenceUid": reference,
            "serviceCode": plan.service.serviceCode or "",
            "govAgencyCode": self.agency_code,
            "dossierTemplateNo": plan.template_no,
            "applicantName": (applicant.organisation_name or applicant.full_name) if business else applicant.full_name,
            "applicantIdType": "business" if business else "citizen",  # ApplicantTerm.java:54-55
            "applicantIdNo": (applicant.tax_code if business else applicant.id_number) or "",
            "address": applicant.address,
            "contactName": applicant.full_name,
            "contactTelNo": dossier.contact.phone,
            "contactEmail": dossier.contact.email or "",
            "password": dossier_secret(key),
            "online": "true",
            "originality": str(self.originality),
            "viaPostal": VIA_POSTAL_CHOSEN if dossier.delivery.method is DeliveryMethod.POST else "0",
            "postalAddress": dossier.delivery.postal_address or "",
            "applicantNote": "Nộp tại kiosk tự phục vụ",
            # OpenCPS has no consent field: the record (issue 14: text version, language, time, kiosk) goes into
            # the dossier's free-form metaData (DossierInputModel.java, field metaData; docs/opencps-api.md 4.1)
            "metaData": json.dumps({"kiosk": {"consent": consent_meta(dossier.consent), "language": dossier.language,
                                              "provisionalRef": dossier.provisional_ref}}, ensure_ascii=False),
        }

    def _create_dossier(self, reference: str, form: Mapping[str, str]) -> DossierDetailModel:
        created = self._parse(self._request("POST", "/dossiers", data=dict(form)), DossierDetailModel)
        if created.referenceUid and created.referenceUid != reference:
            # OpenCPS means to fill in the account's older draft of the same procedure instead of creating a dossier
            # (CPSDossierBusinessLocalServiceImpl.java:5435-5437, 5486). As written it never matches (the call passes
            # serviceCode and govAgencyCode in the other order than DossierLocalServiceImpl.java:7185-7191 takes
            # them), but should an installation fix that, the answer is another submission's draft: refuse it
            # (503: retried later, after that submission has sent its draft) rather than file into it.
            raise BackendRejected(503, "opencps_draft_in_the_way",
                                  detail=f"OpenCPS answered draft {created.dossierId} ({created.referenceUid!r}) "
                                         f"for {reference!r}: an earlier submission is still half-way")
        return created

    def _dossier_files(self, dossier_id: int) -> dict[str, DossierFileModel]:
        files = self._get(f"/dossiers/{dossier_id}/files", DossierFileResultsModel)
        return {f.referenceUid: f for f in files.data if f.referenceUid and not f.removed}

    def _holds(self, dossier_id: int, existing: Mapping[str, DossierFileModel], file_ref: str, data: bytes) -> bool:
        """True when the dossier holds exactly these bytes under ``file_ref`` (size first, then the bytes)."""
        held = existing.get(file_ref)
        if held is None or (held.fileSize is not None and held.fileSize != len(data)):
            return False
        response = self._request("GET", f"/dossiers/{dossier_id}/files/{self._segment(file_ref)}")
        return response.content == data

    def _upload(self, dossier: DossierDetailModel, part: DossierTemplatePartDataModel, template_no: str,
                file_ref: str, path: Path, data: bytes) -> None:
        fields = {
            "referenceUid": file_ref,
            "dossierTemplateNo": template_no,
            "dossierPartNo": part.partNo,
            "fileTemplateNo": part.fileTemplateNo or "",
            "displayName": path.name,
            "fileType": "pdf",
            "isSync": "true",
        }
        self._request("POST", f"/dossiers/{dossier.dossierId}/files", timeout=self.upload_timeout,
                      data=fields, files={"file": (path.name, data, "application/pdf")})

    def _do_action(self, dossier_id: int, action_code: str, note: str) -> None:
        form = {"actionCode": action_code, "actionUser": self.user, "actionNote": note, "payload": "{}"}
        self._request("POST", f"/dossiers/{dossier_id}/actions", data=form)

    def _status(self, dossier: DossierDetailModel, fallback: DossierStatus) -> DossierStatus:
        try:
            return portal_status(dossier.dossierStatus, dossier.dossierSubStatus,
                                 status_map=self.status_map, substatus_map=self.substatus_map)
        except UnknownStatus as exc:
            log.warning("%s; shown as %s (add it to [backend.opencps] status_map)", exc, fallback.name)
            return fallback

    def _now(self) -> datetime:
        """Now at UTC+7, from the kiosk's clock."""
        return datetime.fromtimestamp(self.clock.time(), OPENCPS_TZ)

    @staticmethod
    def _when(value: str | None) -> datetime | None:
        try:
            moment = parse_opencps_datetime(value)
        except ValueError:
            return None
        return moment.replace(tzinfo=OPENCPS_TZ) if moment else None

    def submit_dossier(self, idempotency_key: str, dossier: DossierCreate, files: Sequence[Path]) -> DossierReceipt:
        """File one dossier with one PDF per document and send it; safe to repeat with the same key."""
        failpoint("client.before_upload")
        if len(files) != len(dossier.documents):
            raise BackendRejected(422, ErrorCode.FILE_COUNT_MISMATCH.value,
                                  detail=f"{len(files)} files for {len(dossier.documents)} documents")
        plan = self._plan(dossier.procedure_code)
        if any(d.component_id not in plan.parts for d in dossier.documents):
            plan = self._plan(dossier.procedure_code, fresh=True)  # the template may have changed since it was kept
        unknown = [d.component_id for d in dossier.documents if d.component_id not in plan.parts]
        if unknown:
            raise BackendRejected(422, ErrorCode.UNKNOWN_COMPONENT.value, detail=f"not parts of the template: {unknown}")
        reference = dossier_reference(idempotency_key, dossier)
        form = self._dossier_form(reference, idempotency_key, dossier, plan)
        found = self._find_dossier(reference)
        if found is None:
            found = self._create_dossier(reference, form)
            failpoint("opencps.after_create")
        contents = [Path(p).read_bytes() for p in files]
        if not found.dossierStatus:  # still a draft: files and the submit action are (maybe partly) to do
            existing = self._dossier_files(found.dossierId)
            for index, (document, path, data) in enumerate(zip(dossier.documents, files, contents, strict=True), 1):
                file_ref = file_reference(f"{reference}-F{index:02d}")
                if self._holds(found.dossierId, existing, file_ref, data):
                    continue
                self._upload(found, plan.parts[document.component_id], plan.template_no, file_ref, Path(path), data)
                failpoint("opencps.after_file")
            try:
                self._do_action(found.dossierId, self.submit_action_code, "Nộp hồ sơ tại kiosk tự phục vụ")
            except BackendRejected:
                # 405 when the step no longer allows it: an earlier attempt's action, delayed on the way, got there
                # first (DossierManagementImpl.java:1923-1927). Sent is sent; anything else stays the refusal.
                moved = self._find_dossier(reference)
                if moved is None or not moved.dossierStatus:
                    raise
            failpoint("opencps.after_action")
            found = self._find_dossier(reference) or found
        receipt = self._receipt(found, plan, idempotency_key, dossier, contents)
        failpoint("client.after_reply")
        return receipt

    def _receipt(self, found: DossierDetailModel, plan: _Plan, key: str, dossier: DossierCreate,
                 contents: Sequence[bytes]) -> DossierReceipt:
        received_at = self._when(found.receiveDate) or self._when(found.submitDate) or self._now()
        due = self._when(found.dueDate)
        code = normalise_code(found.dossierNo or found.referenceUid or dossier_reference(key, dossier))
        documents = [
            ReceivedDocument(
                component_id=document.component_id,
                name_vi=plan.parts[document.component_id].partName or plan.parts[document.component_id].partNo,
                name_en=plan.parts[document.component_id].partName or plan.parts[document.component_id].partNo,
                form=DocumentForm.COPY, copies=1, pages=document.pages, sha256=hashlib.sha256(data).hexdigest())
            for document, data in zip(dossier.documents, contents, strict=True)
        ]
        return DossierReceipt(
            code=code,
            procedure_code=dossier.procedure_code,
            procedure_name_vi=found.serviceName or plan.detail.name_vi,
            procedure_name_en=plan.detail.name_en,
            status=self._status(found, DossierStatus.NEW),
            received_at=received_at,
            appointed_date=due.date() if due else received_at.date(),
            processing_days=plan.detail.processing_days,
            tracking_token=dossier_secret(key),
            tracking_url=self.tracking_url,
            fee_vnd=plan.detail.fee_vnd,
            payment=None,  # OpenCPS's bankInfo is free text: no VietQR account to render
            delivery_method=dossier.delivery.method,
            receiving_unit=found.govAgencyName or plan.detail.implementing_unit_vi,
            documents=documents,
            provisional_ref=dossier.provisional_ref,
        )

    # --- tracking and supplements ------------------------------------------------------------------------
    def _holder_dossier(self, code: str, tracking_token: str | None, phone_last4: str | None) -> DossierDetailModel:
        """The dossier, when the holder's proof matches: the secret is checked by OpenCPS, the phone digits here."""
        if (tracking_token is None) == (phone_last4 is None):
            raise ValueError("give exactly one of tracking_token and phone_last4")
        path = f"/dossiers/{self._segment(normalise_code(code))}"
        if tracking_token is not None:
            # A wrong secretKey is answered 203 with a plain-text body (DossierManagementImpl.getDetailDossier).
            response = self._request("GET", path, params={"secretKey": tracking_token}, not_found_on=(203, 403))
        else:
            response = self._request("GET", path, not_found_on=(403,))
        found = self._dossier_or_none(response)
        if found is None:
            raise BackendRejected(404, ErrorCode.DOSSIER_NOT_FOUND.value, detail=f"OpenCPS has no dossier {code!r}")
        if tracking_token is not None:
            return found
        digits = re.sub(r"\D", "", found.contactTelNo or "")
        if len(digits) < 4 or digits[-4:] != phone_last4:
            raise BackendRejected(404, ErrorCode.DOSSIER_NOT_FOUND.value, detail="phone digits do not match")
        return found

    def _payment(self, dossier_id: int) -> PaymentFileModel | None:
        """The dossier's payment file; None when it has none (204: mappingToPaymentFileModel(null) is null,
        PaymentFileUtils.java:167-171; 403 from an installation failing on it)."""
        try:
            response = self._request("GET", f"/dossiers/{dossier_id}/payment")
        except BackendRejected as exc:
            if exc.status == 403:
                return None
            raise
        if response.status_code == 204 or not response.content.strip():
            return None
        return self._parse(response, PaymentFileModel)

    def _kiosk_code(self, service_code: str) -> str:
        """The code the kiosk knows a procedure by (the national one when OpenCPS has it) for OpenCPS's serviceCode."""
        try:
            services = self._known_services()
        except BackendError:
            return service_code  # tracking still answers when only the catalogue cannot be read
        listed = next((s for s in services if s.serviceCode == service_code), None)
        return self.procedure_code(listed) if listed is not None else service_code

    @staticmethod
    def _fee_due(found: DossierDetailModel, payment: PaymentFileModel | None) -> PaymentInfo | None:
        """What is still to pay and to whom, when the payment file says so and names a bank account.

        Unpaid is ``paymentStatus`` 0 or 2 (settlement asked, PaymentFileTerm.java:51-53). The account comes from
        ``bankInfo`` when it is the JSON OpenCPS's payment gateway reads (``TKThuHuong`` account number,
        ``MaNHThuHuong`` bank code, ``TenTKThuHuong`` account name: modules/pay-gate-integration/.../util/
        PayGateTerm.java:91-93) and the bank code is a 6-digit BIN a VietQR code can carry; otherwise None.
        """
        if payment is None or payment.paymentStatus not in (PAYMENT_UNPAID, PAYMENT_SETTLEMENT_ASKED):
            return None
        amount = payment.paymentAmount or payment.feeAmount or 0
        try:
            bank = json.loads(payment.bankInfo or "")
        except ValueError:
            return None
        if amount <= 0 or not isinstance(bank, dict):
            return None
        bin_, account, name = (str(bank.get(k) or "") for k in ("MaNHThuHuong", "TKThuHuong", "TenTKThuHuong"))
        if not re.fullmatch(r"\d{6}", bin_) or not account or not name:
            return None
        purpose = f"{found.dossierNo or found.referenceUid or ''} {payment.paymentNote or ''}".strip()
        return PaymentInfo(amount_vnd=amount, bank_bin=bin_, account_number=account, account_name=name, purpose=purpose)

    def track(self, code: str, *, tracking_token: str | None = None, phone_last4: str | None = None) -> DossierTracking:
        found = self._holder_dossier(code, tracking_token, phone_last4)
        status = self._status(found, DossierStatus.PROCESSING)
        fee_due = self._fee_due(found, self._payment(found.dossierId))
        now = self._now()
        received_at = self._when(found.receiveDate) or self._when(found.submitDate) or now
        due = self._when(found.dueDate)
        finished = self._when(found.finishDate)
        step_due = self._when(found.stepDuedate)
        unit = found.govAgencyName or self.agency_code
        stages = []
        if found.stepName:
            stages.append(StageView(
                name_vi=found.stepName, name_en=found.stepName, status=status, unit=unit,
                handler=found.lastActionUser or None, started_at=self._when(found.lastActionDate) or received_at,
                regulated_end=step_due.date() if step_due else None, actual_end=None,
                note=found.lastActionNote or None, overdue=bool(step_due and step_due < now and not finished)))
        supplement = None
        if status is DossierStatus.SUPPLEMENT_REQUESTED:
            note = found.lastActionNote or found.dossierSubStatusText or found.dossierStatusText or ""
            # OpenCPS keeps one text for the request (the officer's action note): shown once, as what is missing.
            supplement = SupplementRequestView(
                missing=[note] if note else [], note=None,
                requested_at=self._when(found.lastActionDate) or now,
                due_date=(step_due or due or now).date())
        return DossierTracking(
            code=normalise_code(found.dossierNo or found.referenceUid or code),
            procedure_code=self._kiosk_code(found.serviceCode or ""),
            procedure_name_vi=found.serviceName or "", procedure_name_en=found.serviceName or "",
            status=status, status_name_vi=STATUS_NAMES[status][0], status_name_en=STATUS_NAMES[status][1],
            received_at=received_at,
            appointed_date=due.date() if due else received_at.date(),
            overdue=bool(due and due < now and not finished),
            finished_at=finished,
            current_unit=unit,
            delivery_method=DeliveryMethod.POST if found.viaPostal == VIA_POSTAL_CHOSEN else DeliveryMethod.COUNTER,
            stages=stages,
            supplement_request=supplement,
            fee_due=fee_due,
            refusal_reason=(found.lastActionNote or None) if status is DossierStatus.REFUSED else None,
            processing_days=int(found.durationCount) if found.durationCount else None,
        )

    def upload_supplement(self, code: str, proof: SupplementProof, files: Sequence[Path]) -> SupplementReceipt:
        """Files to the dossier's parts, then the action that answers the supplement request; safe to repeat."""
        if len(files) != len(proof.documents):
            raise BackendRejected(422, ErrorCode.FILE_COUNT_MISMATCH.value,
                                  detail=f"{len(files)} files for {len(proof.documents)} documents")
        found = self._holder_dossier(code, proof.tracking_token, proof.phone_last4)
        template = self._get(f"/dossiertemplates/{self._segment(found.dossierTemplateNo or '')}",
                             DossierTemplateDetailModel)
        parts = self._input_parts(template)
        unknown = [d.component_id for d in proof.documents if d.component_id not in parts]
        if unknown:
            raise BackendRejected(422, ErrorCode.UNKNOWN_COMPONENT.value, detail=f"not parts of the template: {unknown}")
        contents = [Path(p).read_bytes() for p in files]
        reference = found.referenceUid or normalise_code(code)
        # The same bytes for the same part always get the same referenceUid, so a repeat replaces instead of adding.
        file_refs = [file_reference(f"{reference}-S-{d.component_id}-{hashlib.sha256(data).hexdigest()[:12].upper()}")
                     for d, data in zip(proof.documents, contents, strict=True)]
        existing = self._dossier_files(found.dossierId)
        status = self._status(found, DossierStatus.PROCESSING)
        if status is not DossierStatus.SUPPLEMENT_REQUESTED:
            if all(self._holds(found.dossierId, existing, ref, data) for ref, data in zip(file_refs, contents, strict=True)):
                return self._supplement_receipt(found, proof, parts, contents)  # answered already: the reply was lost
            raise BackendRejected(409, ErrorCode.SUPPLEMENT_NOT_REQUESTED.value,
                                  detail=f"dossier {found.dossierId} is {found.dossierStatus!r}")
        for document, path, data, file_ref in zip(proof.documents, files, contents, file_refs, strict=True):
            if not self._holds(found.dossierId, existing, file_ref, data):
                self._upload(found, parts[document.component_id], found.dossierTemplateNo or "", file_ref, Path(path), data)
        try:
            self._do_action(found.dossierId, self.supplement_action_code, proof.note or "Nộp bổ sung tại kiosk tự phục vụ")
        except BackendRejected:
            moved = self._find_dossier(reference)  # an earlier attempt's action may have got there first
            if moved is None or self._status(moved, DossierStatus.PROCESSING) is DossierStatus.SUPPLEMENT_REQUESTED:
                raise
        return self._supplement_receipt(self._find_dossier(reference) or found, proof, parts, contents)

    def _supplement_receipt(self, found: DossierDetailModel, proof: SupplementProof,
                            parts: Mapping[str, DossierTemplatePartDataModel], contents: Sequence[bytes]) -> SupplementReceipt:
        now = self._now()
        due = self._when(found.dueDate)
        return SupplementReceipt(
            code=normalise_code(found.dossierNo or found.referenceUid or ""),
            status=self._status(found, DossierStatus.PROCESSING),
            appointed_date=due.date() if due else now.date(),
            received_at=now,
            documents=[ReceivedDocument(component_id=d.component_id, name_vi=parts[d.component_id].partName or d.component_id,
                                        name_en=parts[d.component_id].partName or d.component_id,
                                        form=DocumentForm.COPY, copies=1, pages=d.pages,
                                        sha256=hashlib.sha256(data).hexdigest())
                       for d, data in zip(proof.documents, contents, strict=True)],
        )

    # --- what OpenCPS does not offer ------------------------------------------------------------------
    def draw_ticket(self, area: ServiceArea = ServiceArea.GENERAL) -> Ticket:
        """OpenCPS's bookings (BookingManagement.java:41) are appointments made ahead, not walk-in queue tickets."""
        raise BackendUnsupported(f"draw_ticket({area.value}): OpenCPS v2 issues no queue tickets")

    def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        """OpenCPS has no kiosk fleet endpoint: the kiosk's health stays local."""
        raise BackendUnsupported("heartbeat: OpenCPS v2 has no kiosk heartbeat endpoint")

