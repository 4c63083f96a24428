"""Kiosk-facing API v1: catalogue, dossier submission, tracking, supplements, tickets, heartbeat."""
from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import select

from kiosk_app.api.schemas import (
    API_PREFIX,
    Catalogue,
    CatalogueVersion,
    DossierCreate,
    DossierReceipt,
    DossierTracking,
    ErrorCode,
    Heartbeat,
    HeartbeatAck,
    ProcedureDetail,
    ProcedureSummary,
    SubmissionChannel,
    SupplementProof,
    SupplementReceipt,
    Ticket,
    TicketRequest,
    TrackRequest,
)
from server import auth, json_limits
from server.backend import Backend
from server.catalogue import current_version
from server.dossiers import MAX_CODE_LENGTH, DossierService
from server.errors import ERROR_RESPONSES, ApiError, _jsonable_errors
from server.lifecycle import time_unit
from server.models import Kiosk, Procedure
from server.tickets import issue_ticket
from server.upload_form import read_upload_form

router = APIRouter(prefix=API_PREFIX, responses=ERROR_RESPONSES)
bearer = HTTPBearer(auto_error=False, description="The kiosk's own token")
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:-]{8,100}$"


def _multipart_body(json_field: str, json_description: str, files_description: str) -> dict[str, object]:
    """The OpenAPI request body of an upload route (its form is read in the handler, after the token check)."""
    binary = {"type": "string", "contentMediaType": "application/octet-stream"}
    return {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": [json_field, "files"],
        "properties": {json_field: {"type": "string", "description": json_description},
                       "files": {"type": "array", "items": binary, "description": files_description}}}}}}}


async def get_backend(request: Request) -> Backend:
    """The application's Backend."""
    backend: Backend = request.app.state.backend
    return backend


async def get_service(request: Request) -> DossierService:
    """The application's DossierService."""
    service: DossierService = request.app.state.dossiers
    return service


BackendDep = Annotated[Backend, Depends(get_backend)]
ServiceDep = Annotated[DossierService, Depends(get_service)]


async def kiosk_id(backend: BackendDep,
             credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The calling kiosk's id; 401 for anyone without a valid kiosk token."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, ErrorCode.UNAUTHORISED_KIOSK, headers={"WWW-Authenticate": "Bearer"})
    hashed = auth.token_hash(credentials.credentials)
    known = backend.kiosk_cache.get(hashed)
    if known is not None:
        return known
    with backend.db.read() as session:
        kiosk = session.scalars(select(Kiosk).where(Kiosk.token_hash == hashed)).first()
        if kiosk is None or not kiosk.active:
            raise ApiError(401, ErrorCode.UNAUTHORISED_KIOSK, headers={"WWW-Authenticate": "Bearer"})
        backend.kiosk_cache.put(hashed, kiosk.id)
        return kiosk.id


KioskDep = Annotated[str, Depends(kiosk_id)]
JsonField = TypeVar("JsonField", DossierCreate, SupplementProof)


def _parse_json_field(model: type[JsonField], raw: str) -> JsonField:
    try:
        return model.model_validate(json_limits.loads(raw))  # depth and size bounded: no RecursionError
    except ValidationError as exc:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, _jsonable_errors(exc.errors())) from None


# ---------------------------------------------------------------- catalogue


@router.get("/catalogue", response_model=Catalogue, tags=["catalogue"], summary="List all procedures")
def list_procedures(backend: BackendDep) -> Catalogue:
    """Every active procedure with its code, names, field, processing time and fee."""
    with backend.db.read() as session:
        rows = session.scalars(select(Procedure).where(Procedure.active.is_(True)).order_by(Procedure.code))
        procedures = [ProcedureSummary(code=p.code, name_vi=p.name_vi, name_en=p.name_en, field=p.field,
                                       processing_days=p.processing_days, fee_vnd=p.fee_vnd,
                                       processing_unit=time_unit(p, SubmissionChannel.IN_PERSON),
                                       confirm_at_counter=not (p.data or {}).get("verified")) for p in rows]
        return Catalogue(version=current_version(session), procedures=procedures)


@router.get("/catalogue/version", response_model=CatalogueVersion, tags=["catalogue"],
            summary="The catalogue version")
def catalogue_version(backend: BackendDep) -> CatalogueVersion:
    """Changes whenever the catalogue changes; the kiosk reloads its copy then."""
    return CatalogueVersion(version=backend.catalogue_version())


@router.get("/catalogue/{procedure_code}", response_model=ProcedureDetail, tags=["catalogue"],
            summary="One procedure in full")
def procedure_detail(procedure_code: str, backend: BackendDep) -> ProcedureDetail:
    """Documents, fees, legal basis, result, channels and stages of one procedure."""
    with backend.db.read() as session:
        procedure = session.get(Procedure, procedure_code)
        if procedure is None or not procedure.active:
            raise ApiError(404, ErrorCode.PROCEDURE_NOT_FOUND, {"procedure_code": procedure_code})
        return ProcedureDetail.model_validate(procedure.data)


# ---------------------------------------------------------------- dossiers


@router.post("/dossiers", response_model=DossierReceipt, status_code=201, tags=["dossiers"],
             summary="Submit a dossier",
             responses={200: {"model": DossierReceipt,
                              "description": "Replay: this Idempotency-Key already created the dossier"}},
             openapi_extra=_multipart_body("dossier", "JSON of DossierCreate (see components.schemas.DossierCreate)",
                                           "One PDF per entry of DossierCreate.documents, same order"))
async def create_dossier(
    request: Request,
    response: Response,
    service: ServiceDep,
    kiosk: KioskDep,
    idempotency_key: Annotated[str, Header(alias="Idempotency-Key", pattern=IDEMPOTENCY_KEY_PATTERN,
                                           description="Unique per submission; a retry sends the same key")],
) -> DossierReceipt:
    """Create a dossier from the applicant's data and one PDF per component.

    The server assigns the dossier code, the appointed date and the tracking token. Retrying with the
    same ``Idempotency-Key`` returns the same dossier (200), never a second one; the same key with
    different content is refused (409 idempotency_key_reused).
    """
    settings = service.backend.settings
    form = await read_upload_form(request, "dossier", settings.max_files_per_upload, settings.max_file_bytes)
    dossier = _parse_json_field(DossierCreate, form.json_text)
    receipt, created = await run_in_threadpool(service.create, kiosk, idempotency_key, dossier, form.files)
    if not created:
        response.status_code = 200
        response.headers["Idempotent-Replayed"] = "true"
    return receipt


@router.post("/dossiers/{code}/supplements", response_model=SupplementReceipt, status_code=201,
             tags=["dossiers"], summary="Upload a supplement for a dossier in status 5",
             responses={200: {"model": SupplementReceipt, "description": "Replay of an upload with the same key"}},
             openapi_extra=_multipart_body("supplement", "JSON of SupplementProof",
                                           "One PDF per entry of SupplementProof.documents"))
async def upload_supplement(
    code: str,
    request: Request,
    service: ServiceDep,
    kiosk: KioskDep,
    response: Response,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", pattern=IDEMPOTENCY_KEY_PATTERN,
                                                  description="Optional; a retry with the same key is "
                                                              "answered with the first upload's receipt")] = None,
) -> SupplementReceipt:
    """Store the requested documents and resume processing; the appointed date moves by the days waited."""
    if len(code) > MAX_CODE_LENGTH:
        raise ApiError(404, ErrorCode.DOSSIER_NOT_FOUND)
    await run_in_threadpool(_limit_tracking, service.backend, f"kiosk:{kiosk}")  # a database write
    settings = service.backend.settings
    form = await read_upload_form(request, "supplement", settings.max_files_per_upload, settings.max_file_bytes)
    proof = _parse_json_field(SupplementProof, form.json_text)
    receipt, created = await run_in_threadpool(service.supplement, code, proof, form.files, idempotency_key,
                                               client=f"kiosk:{kiosk}")
    if not created:
        response.status_code = 200
        response.headers["Idempotent-Replayed"] = "true"
    return receipt


def _limit_tracking(backend: Backend, key: str) -> None:
    rule = backend.rules.track_rate
    if not backend.throttle.hit(rule, key):
        raise ApiError(429, ErrorCode.RATE_LIMITED,
                       headers={"Retry-After": str(backend.throttle.retry_after(rule, key))})


@router.post("/track", response_model=DossierTracking, tags=["tracking"], summary="Track a dossier")
def track(body: TrackRequest, service: ServiceDep, kiosk: KioskDep) -> Response:
    """Status, stages, deadlines and supplement request of a dossier.

    Needs the code plus the receipt's tracking token or the last four digits of the applicant's phone.
    A wrong proof and an unknown code get the same 404. Wrong phone digits are throttled per kiosk and
    dossier, per kiosk and for all kiosks together (429); the receipt's token is never locked.
    """
    _limit_tracking(service.backend, f"kiosk:{kiosk}")
    tracking = service.track(body.code, body.tracking_token, body.phone_last4, f"kiosk:{kiosk}")
    # Built from the validated model already: serialise once instead of FastAPI's re-validation.
    return Response(tracking.model_dump_json(), media_type="application/json")


# ---------------------------------------------------------------- tickets and fleet


@router.post("/tickets", response_model=Ticket, status_code=201, tags=["assistance"],
             summary="Draw a queue ticket for the assisted counter")
def draw_ticket(body: TicketRequest, backend: BackendDep, kiosk: KioskDep) -> Ticket:
    """Tickets are numbered per service area per day; the answer says how many people are ahead."""
    return issue_ticket(backend, body.service_area, kiosk)


@router.post("/kiosks/heartbeat", response_model=HeartbeatAck, tags=["fleet"], summary="Report kiosk health")
def heartbeat(body: Heartbeat, backend: BackendDep, kiosk: KioskDep) -> HeartbeatAck:
    """Record device health and counters; answer with the server's clock and the catalogue version."""
    now = backend.now()
    with backend.db.write() as session:
        row = session.get(Kiosk, kiosk)
        assert row is not None
        row.last_seen_at = now
        row.last_heartbeat = body.model_dump(mode="json")
    return HeartbeatAck(kiosk_id=kiosk, server_time=now, catalogue_version=backend.catalogue_version())
