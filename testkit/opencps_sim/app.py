"""The HTTP face of the simulator: exactly the OpenCPS v2 REST routes the kiosk adapter uses.

Citations: ``CTL/`` = modules/backend-api-rest/src/main/java/org/opencps/api/controller/ and ``IMPL/`` = its
impl/ folder, in VietOpenCPS/opencps-v2 at commit 2c719850. docs/opencps-api.md explains each route.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from testkit.opencps_sim import models
from testkit.opencps_sim.simulator import Caller, Simulator, SimulatorError

BASE = "/o/rest/v2"
#: Bounds of a test tool that faces hostile input: one multipart request (one file + its fields), one form post.
MAX_UPLOAD_BYTES = 30 * 1024 * 1024
MAX_FORM_BYTES = 256 * 1024
#: DossierInputModel form fields the simulator keeps (API/dossier/model/DossierInputModel.java:132-358).
DOSSIER_INPUT_FIELDS = (
    "referenceUid", "serviceCode", "govAgencyCode", "dossierTemplateNo", "applicantName", "applicantIdType",
    "applicantIdNo", "applicantIdDate", "address", "cityCode", "districtCode", "wardCode", "contactName",
    "contactTelNo", "contactEmail", "password", "online", "notification", "applicantNote", "viaPostal",
    "postalAddress", "originality", "dossierName", "briefNote", "delegateName", "delegateIdNo", "delegateTelNo",
    "delegateEmail", "delegateAddress", "metaData")
DO_ACTION_FIELDS = ("actionCode", "actionUser", "actionNote", "payload", "assignUsers", "security", "payment",
                    "createDossiers")


#: Routes that answer a file (the response's type is the file's, whatever ``Accept`` says).
_FILE_ROUTE = re.compile(r"/dossiers/[^/]+/(files/[^/]+|documents/[^/]+)$")


def _json(body: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status)


def _not_signed_in() -> JSONResponse:
    """UnauthenticationException → 203 (modules/backend-auth/.../exception/BusinessExceptionImpl.java)."""
    return _json(models.error_msg(203, "Non-Authoritative Information.", "Non-Authoritative Information."), 203)


def _business_error(description: str | None) -> JSONResponse:
    """Any other exception → 403 "No Content." with the exception's message (BusinessExceptionImpl.java)."""
    return _json(models.error_msg(403, "No Content.", description), 403)


def _attachment(content: bytes, file_name: str, mime_type: str) -> Response:
    """A file answer: ``Content-Disposition: attachment; filename="..."`` (ConstantUtils.ATTACHMENT_FILENAME,
    content/Language.properties:28) and the file's MIME type."""
    safe = quote(file_name, safe=" .-_()")
    return Response(content, media_type=mime_type, headers={"Content-Disposition": f'attachment; filename="{safe}"'})


def _refusal(scope: Scope) -> JSONResponse | None:
    """What a request is refused before the app sees it, if anything.

    Bodies: a test tool that faces hostile input refuses bodies that are too large or unframed before reading
    them (OpenCPS leaves this to Liferay's upload settings). ``Accept``: every JSON route of the source lists
    ``@Produces({APPLICATION_XML, APPLICATION_JSON, ...})``, so a client that does not ask for JSON would get XML
    from OpenCPS (the first acceptable type); the simulator speaks only JSON and answers 406 instead of hiding
    the missing header. File downloads answer with the file's own type whatever the client accepts."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    if scope["method"] in ("POST", "PUT"):
        length = headers.get("content-length")
        if length is None or not length.isdigit():
            return _json(models.error_msg(411, "Length Required.", None), 411)
        limit = MAX_UPLOAD_BYTES if headers.get("content-type", "").startswith("multipart/") else MAX_FORM_BYTES
        if int(length) > limit:
            return _json(models.error_msg(413, "Request Entity Too Large.", f"limit {limit} bytes"), 413)
    if not _FILE_ROUTE.search(scope["path"]) and "application/json" not in headers.get("accept", ""):
        return _json(models.error_msg(406, "Not Acceptable.", "send Accept: application/json (OpenCPS lists "
                                      "application/xml first in @Produces)"), 406)
    return None


class Guarded:
    """The app behind :func:`_refusal`, as plain ASGI (no BaseHTTPMiddleware: it would cancel a request whose
    client has gone, which a servlet container does not)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @property
    def state(self) -> Any:
        return self.app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = _refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(sim: Simulator) -> FastAPI:
    """The ASGI app over ``sim``. No OpenAPI pages: only the OpenCPS routes answer."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.sim = sim
    app.state.client_disconnects = 0

    @app.exception_handler(ClientDisconnect)
    async def client_gone(_request: Request, _error: ClientDisconnect) -> Response:
        """The client went away before its whole body arrived (a cut upload): nothing was done, nobody to tell
        (and no "Exception in ASGI application" error log)."""
        app.state.client_disconnects += 1
        return Response(status_code=400)

    def caller(request: Request) -> Caller:
        """The signed-in account (HTTP Basic, checked like Liferay's BasicAuthHeaderAuthVerifier that the CXF
        endpoint enables: backend-api-rest/src/main/resources/configuration/...CXFEndpointPublisherConfiguration-cxf:2)
        or the guest, and the site from the ``groupId`` header (e.g. IMPL/DossierManagementImpl.java:1108)."""
        group = request.headers.get("groupid", "")
        group_id = int(group) if group.strip().isdigit() else 0
        account = None
        header = request.headers.get("authorization", "")
        if header[:6].lower() == "basic ":
            try:
                login, _, password = base64.b64decode(header[6:], validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                login, password = "", ""
            account = sim.authenticate(login, password)
        return Caller(group_id, account)

    async def form_fields(request: Request, names: tuple[str, ...]) -> dict[str, str]:
        """The @FormParam fields of a form post (JSON bodies are accepted too, as the @Consumes lists it)."""
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(await request.body())
            except ValueError:
                body = None
            if not isinstance(body, dict):
                return {}
            return {k: str(v) for k, v in body.items() if k in names and v is not None}
        async with request.form(max_files=0, max_fields=200, max_part_size=MAX_FORM_BYTES) as form:
            return {k: str(v) for k, v in form.items() if k in names and isinstance(v, str)}

    # ---------------------------------------------------------------- catalogue

    # CTL/ServiceInfoManagement.java:93-105 (GET /serviceinfos, ServiceInfoResultsModel);
    # IMPL/ServiceInfoManagementImpl.java:104-222 — no isAuth check; `end` 0 → all; `agency` filter :182-203.
    @app.get(BASE + "/serviceinfos")
    async def get_service_infos(request: Request) -> Response:
        q = request.query_params
        result = await run_in_threadpool(sim.service_infos, caller(request), keyword=q.get("keyword", ""),
                                         agency=q.get("agency", ""), domain=q.get("domain", ""),
                                         start=_int(q.get("start")), end=_int(q.get("end")))
        return _json(result)

    # CTL/ServiceInfoManagement.java:121-134 (GET /serviceinfos/{id}, "by code (or Id)", ServiceInfoDetailModel);
    # IMPL/ServiceInfoManagementImpl.java:301-344 — unknown → exception → 403.
    @app.get(BASE + "/serviceinfos/{service_id}")
    async def get_service_info(request: Request, service_id: str) -> Response:
        result = await run_in_threadpool(sim.service_info, caller(request), service_id)
        return _business_error("ServiceInfo not found") if result is None else _json(result)

    # CTL/ServiceConfigManagement.java:45-57 (GET /serviceconfigs, ServiceConfigResultsModel);
    # IMPL/ServiceConfigManagementImpl.java:91-142 — filters agency, service (serviceCode), domain :111-125.
    @app.get(BASE + "/serviceconfigs")
    async def get_service_configs(request: Request) -> Response:
        q = request.query_params
        result = await run_in_threadpool(sim.service_configs, caller(request), agency=q.get("agency", ""),
                                         service=q.get("service", ""), domain=q.get("domain", ""),
                                         start=_int(q.get("start")), end=_int(q.get("end")))
        return _json(result)

    # CTL/ServiceConfigManagement.java:119-133 (GET /serviceconfigs/{id}/processes, ProcessOptionResultsModel);
    # IMPL/ServiceConfigManagementImpl.java:290-336.
    @app.get(BASE + "/serviceconfigs/{config_id}/processes")
    async def get_process_options(request: Request, config_id: str) -> Response:
        return _json(await run_in_threadpool(sim.process_options, caller(request), _int(config_id)))

    # CTL/DossierTemplateManagement.java:72-84 (GET /dossiertemplates/{id}, id or templateNo,
    # DossierTemplateDetailModel); IMPL/DossierTemplateManagementImpl.java:140-170 — unknown → NotFound → 403.
    @app.get(BASE + "/dossiertemplates/{template_id}")
    async def get_dossier_template(request: Request, template_id: str) -> Response:
        result = await run_in_threadpool(sim.dossier_template, caller(request), template_id)
        return _business_error("Not found") if result is None else _json(result)

    # CTL/DossierTemplateManagement.java:116-128 (GET /dossiertemplates/{id}/parts, DossierPartResultsModel).
    @app.get(BASE + "/dossiertemplates/{template_id}/parts")
    async def get_dossier_parts(request: Request, template_id: str) -> Response:
        result = await run_in_threadpool(sim.dossier_template, caller(request), template_id)
        parts = [] if result is None else result["dossierParts"]
        return _json({"total": len(parts), "data": parts})

    # ---------------------------------------------------------------- dossiers

    # CTL/DossierManagement.java:99-119 (POST /dossiers, @BeanParam DossierInputModel, DossierDetailModel);
    # IMPL/DossierManagementImpl.java:1103-1121 → CPSDossierBusinessLocalServiceImpl.addDossier (:5129):
    # isAuth :5137-5139; process option by (serviceCode, govAgencyCode, dossierTemplateNo) or 403 :5207-5209;
    # an existing referenceUid returns that same dossier :5434-5448.
    @app.post(BASE + "/dossiers")
    async def add_dossier(request: Request) -> Response:
        who = caller(request)
        fields = await form_fields(request, DOSSIER_INPUT_FIELDS)
        return await run_in_threadpool(_call, lambda: _json(sim.add_dossier(who, fields)))

    # CTL/DossierManagement.java:121-138 (GET /dossiers/{id}, id or referenceUid, ?secretKey, DossierDetailModel);
    # IMPL/DossierManagementImpl.java:1123-1204 — wrong secretKey → 203 with a plain message :1162-1166;
    # no credentials → 203 :1191-1193; unknown dossier → 200 with an empty model (DossierUtils.java:899-905).
    @app.get(BASE + "/dossiers/{dossier_id}")
    async def get_dossier(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        secret = request.query_params.get("secretKey") or request.headers.get("secretCode") or ""
        return await run_in_threadpool(_call, lambda: _json(sim.dossier_detail(who, dossier_id, secret)))

    # CTL/DossierManagement.java:329-350 (POST /dossiers/{id}/actions, @BeanParam DoActionModel + @FormParam dueDate,
    # DossierActionDetailModel); IMPL/DossierManagementImpl.java:1549-1935 — isAuth :1573-1575; done →
    # 200 :1899-1921; the action cannot be done → 405 {"error": ...} :1923-1928.
    @app.post(BASE + "/dossiers/{dossier_id}/actions")
    async def do_action(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        fields = await form_fields(request, DO_ACTION_FIELDS)
        return await run_in_threadpool(_call, lambda: _json(sim.do_action(who, dossier_id, fields)))

    # CTL/DossierFileManagement.java:49-68 (GET /dossiers/{id}/files, DossierFileResultsModel);
    # IMPL/DossierFileManagementImpl.java:79-160 — isAuth :91-93.
    @app.get(BASE + "/dossiers/{dossier_id}/files")
    async def get_dossier_files(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        return await run_in_threadpool(_call, lambda: _json(sim.dossier_files(who, dossier_id)))

    # CTL/DossierFileManagement.java:70-99 (POST /dossiers/{id}/files, multipart: file, referenceUid,
    # dossierTemplateNo, dossierPartNo, fileTemplateNo, displayName, fileType, isSync, formData, removed, eForm,
    # modifiedDate; DossierFileModel); IMPL/DossierFileManagementImpl.java:167-203 (modifiedDate defaults to now
    # :184-186) → CPSDossierBusinessLocalServiceImpl.addDossierFileByDossierId (:6911): isAuth :6918; the same
    # file referenceUid is replaced when modifiedDate is newer, else "Conflict dossier file" :7083-7118.
    @app.post(BASE + "/dossiers/{dossier_id}/files")
    async def add_dossier_file(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            return _json(models.error_msg(415, "Unsupported Media Type.", "multipart/form-data"), 415)
        content: bytes | None = None
        file_name = ""
        mime_type = "application/octet-stream"
        async with request.form(max_files=1, max_fields=20, max_part_size=MAX_FORM_BYTES) as form:
            upload = form.get("file")
            if isinstance(upload, UploadFile):
                content = await upload.read()
                file_name = upload.filename or ""
                mime_type = upload.content_type or mime_type
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
        return await run_in_threadpool(_call, lambda: _json(sim.add_dossier_file(
            who, dossier_id, fields, content, file_name, mime_type)))

    # CTL/DossierFileManagement.java:125-147 (GET /dossiers/{id}/files/{referenceUid}: the bytes);
    # IMPL/DossierFileManagementImpl.java:241-300 — isAuth :251-253; id numeric or the dossier's referenceUid.
    @app.get(BASE + "/dossiers/{dossier_id}/files/{file_ref}")
    async def download_dossier_file(request: Request, dossier_id: str, file_ref: str) -> Response:
        who = caller(request)
        return await run_in_threadpool(_call, lambda: _file(sim.dossier_file_content(who, dossier_id, file_ref)))

    # ---------------------------------------------------------------- fee, receipt, results

    # CTL/PaymentFileManagement.java:95-111 (GET /dossiers/{id}/payment, ?secretCode, PaymentFileModel);
    # IMPL/PaymentFileManagementImpl.java:790-820 — isAuth unless secretCode :800-802; no PaymentFile → null
    # entity → 204 (PaymentFileUtils.java:167-171).
    @app.get(BASE + "/dossiers/{dossier_id}/payment")
    async def get_payment(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        secret = request.query_params.get("secretCode", "")
        result = await run_in_threadpool(_call, lambda: sim.payment_file(who, dossier_id, secret))
        if isinstance(result, Response):
            return result
        return Response(status_code=204) if result is None else _json(result)

    # CTL/DossierDocumentManagement.java:44-56 (GET /dossiers/{id}/documents/print?documentType=..., the newest
    # document of that type); IMPL/DossierDocumentManagementImpl.java:169-214 — isAuth :178-180; numeric id
    # only :172; nothing → 204 :213.
    @app.get(BASE + "/dossiers/{dossier_id}/documents/print")
    async def print_document(request: Request, dossier_id: str) -> Response:
        who = caller(request)
        kind = request.query_params.get("documentType", "")
        return await run_in_threadpool(_call, lambda: _file(sim.document_content(who, dossier_id, kind, None)))

    # CTL/DossierDocumentManagement.java:74-87 (GET /dossiers/{id}/documents/{referenceUid}: the bytes);
    # IMPL/DossierDocumentManagementImpl.java:325-360 — no isAuth check (commented out :334-335); nothing → 204.
    @app.get(BASE + "/dossiers/{dossier_id}/documents/{document_ref}")
    async def download_document(request: Request, dossier_id: str, document_ref: str) -> Response:
        who = caller(request)
        return await run_in_threadpool(_call, lambda: _file(sim.document_content(who, dossier_id, "",
                                                                                 document_ref)))

    # CTL/DeliverablesManagement.java:44-63 (GET /deliverables, DeliverableSearchModel query);
    # IMPL/DeliverablesManagementImpl.java:77-175 — isAuth :88-90; looseSerialize({total, data}) :148-170.
    @app.get(BASE + "/deliverables")
    async def get_deliverables(request: Request) -> Response:
        who = caller(request)
        q = request.query_params
        return await run_in_threadpool(_call, lambda: _json(sim.deliverables(
            who, applicant=q.get("applicant", ""), agency=q.get("agency", ""), state=q.get("state", ""))))

    return app


def create_asgi(sim: Simulator) -> Guarded:
    """What the server runs: the routes behind the body and ``Accept`` checks."""
    return Guarded(create_app(sim))


def _int(value: str | None) -> int:
    return int(value) if value is not None and value.strip().lstrip("-").isdigit() else 0


def _file(found: tuple[bytes, str, str] | None) -> Response:
    return Response(status_code=204) if found is None else _attachment(*found)


def _call(work: Callable[[], Any]) -> Any:
    """Run one simulator call; its typed refusals become the answers OpenCPS gives for them."""
    try:
        return work()
    except SimulatorError as refusal:
        if refusal.kind == "unauthenticated":
            return _not_signed_in()
        if refusal.kind == "secret":
            # IMPL/DossierManagementImpl.java:1162-1166: HTTP 203 with MessageUtil's text, no JSON model.
            return Response("secretKey not sucess", status_code=203, media_type="text/plain")
        if refusal.kind == "action":
            # IMPL/DossierManagementImpl.java:1923-1928; text content/Language.properties:63.
            return _json({"error": "Lỗi xảy ra không thể thực hiện hành động!"}, 405)
        return _business_error(refusal.description)
    except sqlite3.OperationalError as error:  # the database is locked by a long officer transaction
        return _json(models.error_msg(500, "Internal error", str(error)), 500)
