"""Issue 15, done-when 1: the OpenCPS adapter's requests and response parsing match the platform's source.

The declared contract is data here, read from VietOpenCPS/opencps-v2 at commit 2c719850 (paths under
modules/backend-api-rest/src/main/java/org/opencps/api/ unless they start with modules/): for every endpoint the
adapter uses, the method, the JAX-RS path, the body kind (@Consumes), the declared parameter names
(@QueryParam / @FormParam of the @BeanParam model / @Multipart) and the response model (@ApiOperation
response=), each with its file:line. The adapter talks to a recording stand-in (tests/api/opencps_recorder.py, on
the ``responses`` transport: no network) whose answers name every field of the declared response model, so the
same run proves the adapter reads those models; a second table lists each model's JSON field names and the
adapter's own models must not read a field outside it.
"""
from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import requests
import responses
from pydantic import BaseModel

from kiosk_app.api.schemas import (
    Applicant,
    ApplicantType,
    Contact,
    Delivery,
    DeliveryMethod,
    DossierCreate,
    DossierStatus,
    Heartbeat,
    Requirement,
    SubmittedDocument,
    SupplementProof,
)
from kiosk_app.backend import opencps_models
from kiosk_app.backend.errors import BackendRejected, BackendTimeout, BackendUnavailable, BackendUnsupported
from kiosk_app.backend.opencps import OpenCpsBackend, dossier_secret
from kiosk_app.backend.opencps_status import DEFAULT_STATUS_MAP, UnknownStatus, portal_status
from kiosk_app.clock import ManualClock
from tests.api.opencps_recorder import (
    AGENCY,
    GROUP_ID,
    NATIONAL_CODE,
    PASSWORD,
    ROOT,
    SERVICE_CODE,
    TEMPLATE_NO,
    USER,
    Recorded,
    RecordingOpenCps,
)

# ----------------------------------------------------------------------------- the declared contract


@dataclass(frozen=True)
class Declared:
    """One endpoint as its controller declares it."""

    method: str
    path: str                    # JAX-RS template under the REST root (@Path of the class + the method)
    body: str | None             # "form" (@Consumes APPLICATION_FORM_URLENCODED) / "multipart" (MULTIPART_FORM_DATA) / None
    params: frozenset[str]       # every declared query or body parameter name
    required: frozenset[str]     # those declared required (or that the implementation cannot do without)
    response: str                # the declared response model
    cite: str                    # where it is declared

    def matches(self, method: str, path: str) -> bool:
        """``path`` (under the REST root) fills this template: each ``{name}`` is exactly one segment."""
        pattern = "/".join("[^/]+" if part.startswith("{") else re.escape(part) for part in self.path.split("/"))
        return method == self.method and re.fullmatch(pattern, path) is not None


SERVICEINFO_QUERY = frozenset({  # serviceinfo/model/ServiceInfoSearchModel.java:65-92
    "keyword", "administration", "domain", "level", "start", "end", "sort", "order", "active", "top", "agency",
    "mapping", "synced"})
PROCESS_OPTION_QUERY = frozenset({"keyword", "start", "end", "sort", "order", "applicant"})  # ProcessOptionSearchModel.java:57-67
DOSSIER_INPUT_FORM = frozenset({  # dossier/model/DossierInputModel.java:132-358 (@FormParam)
    "referenceUid", "serviceCode", "govAgencyCode", "dossierTemplateNo", "applicantName", "applicantIdType",
    "applicantIdNo", "applicantIdDate", "address", "cityCode", "districtCode", "wardCode", "contactName",
    "contactTelNo", "contactEmail", "password", "online", "notification", "applicantNote", "viaPostal",
    "postalAddress", "postalCityCode", "postalTelNo", "originality", "dossierNo", "submitDate", "receiveDate",
    "dueDate", "dossierStatus", "dossierStatusText", "dossierSubStatus", "dossierSubStatusText", "isSameAsApplicant",
    "delegateName", "delegateIdNo", "delegateTelNo", "delegateEmail", "delegateAddress", "delegateCityCode",
    "delegateCityName", "delegateDistrictCode", "delegateDistrictName", "delegateWardCode", "delegateWardName",
    "sampleCount", "briefNote", "serviceName", "dossierName", "postalCityName", "postalServiceCode",
    "postalServiceName", "postalDistrictCode", "postalDistrictName", "postalWardCode", "postalWardName",
    "originDossierNo", "dossierMarkArr", "importing", "dossierFileArr", "dossiers", "payment", "serverNo", "metaData",
    "systemId", "dossierCounter", "dvcqgIntegration", "vnpostalStatus", "vnpostalProfile", "fromViaPostal", "formMeta",
    "delegateType", "documentNo", "documentDate"})
DO_ACTION_FORM = frozenset({  # dossier/model/DoActionModel.java:55-70, + @FormParam("dueDate") DossierManagement.java:350
    "actionCode", "actionUser", "actionNote", "payload", "assignUsers", "security", "payment", "createDossiers", "dueDate"})
DOSSIER_FILE_MULTIPART = frozenset({  # controller/DossierFileManagement.java:87-99 (@Multipart)
    "file", "referenceUid", "dossierTemplateNo", "dossierPartNo", "fileTemplateNo", "displayName", "fileType", "isSync",
    "formData", "removed", "eForm", "modifiedDate"})

NONE: frozenset[str] = frozenset()
CONTRACT: dict[str, Declared] = {
    "list procedures": Declared("GET", "/serviceinfos", None, SERVICEINFO_QUERY, NONE, "ServiceInfoResultsModel",
                                "controller/ServiceInfoManagement.java:93-106"),
    "procedure": Declared("GET", "/serviceinfos/{id}", None, NONE, NONE, "ServiceInfoDetailModel",
                          "controller/ServiceInfoManagement.java:121-135"),
    "process options": Declared("GET", "/serviceconfigs/{id}/processes", None, PROCESS_OPTION_QUERY, NONE,
                                "ProcessOptionResultsModel", "controller/ServiceConfigManagement.java:119-133"),
    "dossier template": Declared("GET", "/dossiertemplates/{id}", None, NONE, NONE, "DossierTemplateDetailModel",
                                 "controller/DossierTemplateManagement.java:72-84"),
    "create dossier": Declared("POST", "/dossiers", "form", DOSSIER_INPUT_FORM,
                               frozenset({"referenceUid", "serviceCode", "govAgencyCode", "dossierTemplateNo"}),
                               "DossierDetailModel", "controller/DossierManagement.java:99-119"),
    "dossier": Declared("GET", "/dossiers/{id}", None, frozenset({"secretKey"}), NONE, "DossierDetailModel",
                        "controller/DossierManagement.java:121-138"),
    "do action": Declared("POST", "/dossiers/{id}/actions", "form", DO_ACTION_FORM, frozenset({"actionCode"}),
                          "DoActionModel", "controller/DossierManagement.java:329-350"),
    "dossier files": Declared("GET", "/dossiers/{id}/files", None, NONE, NONE, "DossierFileResultsModel",
                              "controller/DossierFileManagement.java:49-68"),
    "upload file": Declared("POST", "/dossiers/{id}/files", "multipart", DOSSIER_FILE_MULTIPART,
                            frozenset({"file", "dossierPartNo", "referenceUid"}), "DossierFileModel",
                            "controller/DossierFileManagement.java:70-99"),
    "download file": Declared("GET", "/dossiers/{id}/files/{referenceUid}", None, NONE, NONE, "file bytes",
                              "controller/DossierFileManagement.java:125-147"),
    "payment": Declared("GET", "/dossiers/{id}/payment", None, frozenset({"secretCode"}), NONE, "PaymentFileModel",
                        "controller/PaymentFileManagement.java:95-109"),
}
CONTENT_TYPES = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data"}

JAVA_FIELDS: dict[str, tuple[str, ...]] = {
    # serviceinfo/model/ServiceInfoResultsModel.java:45
    "ServiceInfoResultsModel": (
        "total", "data"
    ),
    # serviceinfo/model/ServiceInfoModel.java:86
    "ServiceInfoModel": (
        "serviceInfoId", "createDate", "modifiedDate", "serviceCode", "serviceCodeDVCQG", "serviceNameDVCQG",
        "serviceName", "processText", "methodText", "dossierText", "conditionText", "durationText", "applicantText",
        "resultText", "regularText", "feeText", "administrationCode", "administrationName", "domainCode", "domainName",
        "maxLevel", "public", "synced", "active", "serviceConfigs"
    ),
    # serviceinfo/model/ServiceInfoDetailModel.java:89
    "ServiceInfoDetailModel": (
        "serviceInfoId", "createDate", "modifiedDate", "serviceCode", "serviceName", "processText", "methodText",
        "dossierText", "conditionText", "durationText", "applicantText", "resultText", "regularText", "feeText",
        "administrationCode", "administrationName", "domainCode", "domainName", "maxLevel", "public", "govAgencyText",
        "isNotarization", "active", "fileTemplates", "serviceConfigs"
    ),
    # serviceinfo/model/ServiceInfoServiceConfig.java:48
    "ServiceInfoServiceConfig": (
        "govAgencyCode", "govAgencyName", "serviceInstruction", "serviceLevel", "serviceUrl", "serviceConfigId"
    ),
    # serviceconfig/model/ProcessOption.java:63
    "ProcessOption": (
        "processOptionId", "seqOrder", "autoSelect", "instructionNote", "submissionNote", "dossierTemplateId",
        "templateNo", "templateName", "serviceProcessId", "processNo", "processName", "optionName"
    ),
    # serviceconfig/model/ProcessOptionResultsModel.java:45
    "ProcessOptionResultsModel": (
        "total", "data"
    ),
    # dossiertemplate/model/DossierTemplateDetailModel.java:59
    "DossierTemplateDetailModel": (
        "dossierTemplateId", "createDate", "modifiedDate", "templateName", "description", "templateNo", "newFormScript",
        "dossierParts", "formMeta"
    ),
    # dossiertemplate/model/DossierTemplatePartDataModel.java:61
    "DossierTemplatePartDataModel": (
        "partNo", "partName", "partTip", "partType", "multiple", "required", "fileTemplateNo", "esign", "hasForm",
        "typeCode", "deliverableAction", "fileMark", "eForm"
    ),
    # dossier/model/DossierDetailModel.java:211
    "DossierDetailModel": (
        "dossierIdCTN", "dossierId", "userId", "userName", "createDate", "modifiedDate", "referenceUid", "counter",
        "serviceCode", "serviceName", "govAgencyCode", "govAgencyName", "dossierTemplateNo", "applicantName",
        "applicantIdType", "applicantIdNo", "applicantIdDate", "address", "cityCode", "cityName", "districtCode",
        "districtName", "wardCode", "wardName", "contactName", "contactTelNo", "contactEmail", "dossierNote",
        "submissionNote", "briefNote", "dossierNo", "submitting", "submitDate", "receiveDate", "dueDate", "releaseDate",
        "finishDate", "cancellingDate", "correctingDate", "dossierStatus", "dossierStatusText", "dossierSubStatus",
        "dossierSubStatusText", "viaPostal", "postalAddress", "postalCityCode", "postalCityName", "postalTelNo",
        "permission", "lastActionDate", "lastActionCode", "lastActionName", "lastActionUser", "lastActionNote",
        "stepCode", "stepName", "stepInstruction", "stepDuedate", "stepOverdue", "visited", "pending", "applicantNote",
        "notification", "online", "specialNo", "lockState", "delegateAddress", "delegateCityCode", "delegateCityName",
        "delegateDistrictCode", "delegateDistrictName", "delegateEmail", "delegateIdNo", "delegateName",
        "delegateTelNo", "delegateWardCode", "delegateWardName", "dossierActionId", "postalDistrictCode",
        "postalDistrictName", "postalWardCode", "postalWardName", "postalServiceCode", "dossierTemplateName",
        "paymentFee", "paymentNote", "durationCount", "durationUnit", "sampleCount", "processBlock", "processUnit",
        "lastActionUserId", "extendDate", "dossierName", "originality", "originDossierId", "originDossierNo",
        "metaData", "groupDossierId", "delegateType", "documentNo", "documentDate", "serverNo", "systemId", "groupId",
        "dossierCounter", "vnpostalStatus", "vnpostalProfile", "fromViaPostal"
    ),
    # dossierfile/model/DossierFileModel.java:77
    "DossierFileModel": (
        "dossierFileId", "createDate", "modifiedDate", "referenceUid", "dossierTemplateNo", "dossierPartNo",
        "dossierPartType", "fileTemplateNo", "displayName", "dossierPartName", "fileType", "fileSize", "fileVersion",
        "isNew", "signCheck", "signInfo", "removed", "eForm", "formData", "formReport", "formScript", "dossierId"
    ),
    # dossierfile/model/DossierFileResultsModel.java:45
    "DossierFileResultsModel": (
        "total", "data"
    ),
    # paymentfile/model/PaymentFileModel.java:104
    "PaymentFileModel": (
        "createDate", "modifiedDate", "referenceUid", "govAgencyCode", "govAgencyName", "applicantName",
        "applicantIdNo", "isNew", "paymentFee", "advanceAmount", "feeAmount", "serviceAmount", "shipAmount",
        "paymentAmount", "paymentNote", "bankInfo", "epaymentProfile", "paymentStatus", "paymentMethod",
        "confirmDatetime", "confirmPayload", "confirmFileType", "confirmFileSize", "confirmNote", "approveDatetime",
        "accountUserName", "govAgencyTaxNo", "invoiceTemplateNo", "invoiceIssueNo", "invoiceNo", "invoicePayload",
        "einvoice", "paymentFileId"
    ),
    # modules/backend-auth/src/main/java/backend/auth/api/exception/ErrorMsgModel.java:45
    "ErrorMsgModel": ("message", "code", "description"),
}


ADAPTER_MODELS: dict[type[BaseModel], str] = {
    opencps_models.ServiceInfoResultsModel: "ServiceInfoResultsModel",
    opencps_models.ServiceInfoModel: "ServiceInfoModel",
    opencps_models.ServiceInfoDetailModel: "ServiceInfoDetailModel",
    opencps_models.ServiceInfoServiceConfig: "ServiceInfoServiceConfig",
    opencps_models.ProcessOption: "ProcessOption",
    opencps_models.ProcessOptionResultsModel: "ProcessOptionResultsModel",
    opencps_models.DossierTemplateDetailModel: "DossierTemplateDetailModel",
    opencps_models.DossierTemplatePartDataModel: "DossierTemplatePartDataModel",
    opencps_models.DossierDetailModel: "DossierDetailModel",
    opencps_models.DossierFileModel: "DossierFileModel",
    opencps_models.DossierFileResultsModel: "DossierFileResultsModel",
    opencps_models.PaymentFileModel: "PaymentFileModel",
    opencps_models.ErrorMsgModel: "ErrorMsgModel",
}

# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def opencps() -> Iterator[RecordingOpenCps]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake = RecordingOpenCps(JAVA_FIELDS)
        fake.install(mock)
        yield fake


@pytest.fixture
def backend() -> Iterator[OpenCpsBackend]:
    adapter = OpenCpsBackend(ROOT, group_id=GROUP_ID, user=USER, password=PASSWORD, agency_code=AGENCY, retries=0)
    yield adapter
    adapter.close()


def make_pdf(path: Path, text: str) -> Path:
    path.write_bytes(b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n")
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    return [make_pdf(tmp_path / "to-khai.pdf", "tờ khai"), make_pdf(tmp_path / "giay-chung-nhan.pdf", "giấy chứng nhận")]


def a_dossier(provisional_ref: str | None = None) -> DossierCreate:
    return DossierCreate(
        procedure_code=NATIONAL_CODE,
        applicant=Applicant(type=ApplicantType.CITIZEN, full_name="Trần Thị Bình", id_number="001190012345",
                            address="12 Tràng Tiền, Hoàn Kiếm, Hà Nội"),
        contact=Contact(phone="0912345678", email="binh@example.vn"),
        delivery=Delivery(method=DeliveryMethod.COUNTER),
        documents=[SubmittedDocument(component_id="tp01", pages=2), SubmittedDocument(component_id="tp02", pages=1)],
        consent=True, provisional_ref=provisional_ref)


KEY = "6f1c2b1e-8d4a-4c3e-9f00-123456789abc"


def check_against_contract(request: Recorded) -> str:
    """The declared endpoint ``request`` is an instance of, after checking it keeps to that declaration."""
    candidates = [name for name, declared in CONTRACT.items() if declared.matches(request.method, request.path)]
    assert len(candidates) == 1, f"{request.method} {request.path} is not one declared endpoint: {candidates}"
    declared = CONTRACT[candidates[0]]
    # Authentication: Basic, user:password in UTF-8 (RestAuthFilter.java:146-165), and the site (Field.GROUP_ID).
    scheme, _, token = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token).decode("utf-8") == f"{USER}:{PASSWORD}"
    assert request.headers["groupId"] == str(GROUP_ID)
    # The controllers @Produce XML and JSON (e.g. DossierManagement.java:104-106): the adapter asks for JSON.
    assert request.headers["Accept"] == "application/json"
    sent = set(request.query) | set(request.fields) | set(request.files)
    if declared.body is None:
        assert not request.fields and not request.files, f"{declared.cite}: no body is declared"
    else:
        assert request.content_type.startswith(CONTENT_TYPES[declared.body]), (declared.cite, request.content_type)
        assert not request.query, f"{declared.cite}: parameters go in the {declared.body} body"
    assert sent <= declared.params, f"{declared.cite} declares no {sorted(sent - declared.params)}"
    assert declared.required <= sent, f"{declared.cite} needs {sorted(declared.required - sent)}"
    return candidates[0]


def run_citizen_session(backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Catalogue, procedure, submission, tracking both ways, a supplement: every call the adapter makes."""
    backend.health()
    backend.catalogue()
    backend.procedure(NATIONAL_CODE)
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    backend.track(receipt.code, tracking_token=receipt.tracking_token)
    backend.track(receipt.code, phone_last4="5678")
    backend.submit_dossier(KEY, a_dossier(), files)  # a retry of a dossier already sent
    dossier = next(iter(opencps.dossiers.values()))
    dossier.status, dossier.last_action_note = "waiting", "Thiếu bản sao giấy chứng nhận"
    proof = SupplementProof(phone_last4="5678", documents=[SubmittedDocument(component_id="tp02", pages=1)])
    backend.upload_supplement(receipt.code, proof, files[1:])
    # a submission whose submit action never got through: the retry checks the files already there, byte for byte
    opencps.lose_reply = lambda r: requests.ConnectionError("cut") if r.path.endswith("/actions") else None
    with pytest.raises(BackendUnavailable):
        backend.submit_dossier("second-key", a_dossier(), files)
    opencps.lose_reply = lambda r: None
    opencps.dossiers[max(opencps.dossiers)].status = ""
    backend.submit_dossier("second-key", a_dossier(), files)


# ----------------------------------------------------------------------------- the requests


def test_every_request_keeps_to_its_declaration_and_every_declared_endpoint_is_used(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: each request's method, path, headers and query/form/multipart names match the controller (file:line)."""
    run_citizen_session(backend, opencps, files)
    used = {check_against_contract(request) for request in opencps.requests}
    assert used == set(CONTRACT), f"declared but not exercised: {set(CONTRACT) - used}"


def test_the_dossier_form_says_who_applies_for_what_where(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: POST /dossiers carries the service, agency, template and applicant as DossierInputModel fields."""
    backend.submit_dossier(KEY, a_dossier(), files)
    create = next(r for r in opencps.requests if r.method == "POST" and r.path == "/dossiers")
    assert create.fields["referenceUid"] == KEY.upper()
    assert create.fields["serviceCode"] == SERVICE_CODE  # OpenCPS's own code, though the kiosk shows the national one
    assert create.fields["govAgencyCode"] == AGENCY
    assert create.fields["dossierTemplateNo"] == TEMPLATE_NO
    assert create.fields["applicantName"] == "Trần Thị Bình"
    assert create.fields["applicantIdType"] == "citizen"
    assert create.fields["applicantIdNo"] == "001190012345"
    assert create.fields["contactTelNo"] == "0912345678"
    assert create.fields["password"] == dossier_secret(KEY)
    uploads = [r for r in opencps.requests if r.method == "POST" and r.path.endswith("/files")]
    assert [(u.fields["dossierPartNo"], u.fields["referenceUid"]) for u in uploads] == [
        ("TP01", f"{KEY.upper()}-F01"), ("TP02", f"{KEY.upper()}-F02")]
    assert [u.files["file"] for u in uploads] == [p.read_bytes() for p in files]
    action = next(r for r in opencps.requests if r.path.endswith("/actions"))
    assert action.fields["actionCode"] == "1100"  # CPSDossierBusinessLocalServiceImpl.java:6172
    assert action.fields["actionUser"] == USER


def test_a_provisional_reference_becomes_the_reference_uid(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: an offline receipt's TAM- code is the dossier's referenceUid, so GET /dossiers/{TAM-...} finds it."""
    receipt = backend.submit_dossier(KEY, a_dossier("TAM-K01-261203-ABCDEF"), files)
    assert next(iter(opencps.dossiers.values())).reference_uid == "TAM-K01-261203-ABCDEF"
    assert receipt.provisional_ref == "TAM-K01-261203-ABCDEF"
    assert backend.track("tam-k01-261203-abcdef", tracking_token=receipt.tracking_token).code == receipt.code


# ----------------------------------------------------------------------------- the responses


@pytest.mark.parametrize("model", list(ADAPTER_MODELS), ids=lambda m: m.__name__)
def test_the_adapter_reads_only_fields_the_source_declares(model: type[BaseModel]) -> None:
    """Issue 15: every field the adapter's models read is a JSON field of the Java model it mirrors."""
    declared = set(JAVA_FIELDS[ADAPTER_MODELS[model]])
    assert set(model.model_fields) <= declared, sorted(set(model.model_fields) - declared)


def test_catalogue_and_procedure_from_serviceinfos_serviceconfigs_and_the_template(
        backend: OpenCpsBackend, opencps: RecordingOpenCps) -> None:
    """Issue 15: ServiceInfoModel / ProcessOption / DossierTemplateDetailModel become our Catalogue and ProcedureDetail."""
    catalogue = backend.catalogue()
    assert [p.code for p in catalogue.procedures] == [NATIONAL_CODE]
    summary = catalogue.procedures[0]
    assert (summary.processing_days, summary.fee_vnd) == (15, 2_000_000)
    assert catalogue.version == backend.catalogue_version()
    listed = next(r for r in opencps.requests if r.path == "/serviceinfos")
    assert listed.query["agency"] == AGENCY and int(listed.query["end"]) > 0  # ServiceInfoManagementImpl.java:196-204
    detail = backend.procedure(NATIONAL_CODE)
    assert [(c.id, c.name_vi, c.requirement) for c in detail.components] == [
        ("tp01", "Tờ khai cấp giấy phép", Requirement.REQUIRED),
        ("tp02", "Bản sao giấy chứng nhận", Requirement.OPTIONAL)]  # the output part KQ01 (partType 2) is not handed in
    assert detail.implementing_unit_vi == "Sở Khoa học và Công nghệ"
    assert backend.procedure(SERVICE_CODE).code == NATIONAL_CODE  # OpenCPS's own code finds it too


def test_receipt_and_tracking_from_the_dossier_detail_model(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: DossierDetailModel (dates dd/MM/yyyy HH:mm:ss, UTC+7) and PaymentFileModel become receipt and tracking."""
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    assert receipt.code == f"{AGENCY}-261203-0501"  # the dossierNo OpenCPS gave on submission
    assert receipt.status is DossierStatus.NEW
    assert receipt.received_at.isoformat() == "2026-12-03T09:16:00+07:00"
    assert receipt.appointed_date == date(2026, 12, 24)
    assert [d.sha256 for d in receipt.documents] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in files]
    opencps.dossiers[501].status = "receiving"  # an officer took it in
    tracking = backend.track(receipt.code, tracking_token=receipt.tracking_token)
    assert tracking.status is DossierStatus.ACCEPTED
    assert tracking.procedure_code == NATIONAL_CODE  # the code the kiosk knows, not OpenCPS's serviceCode
    assert tracking.current_unit == "Sở Khoa học và Công nghệ"
    assert [(s.name_vi, s.handler, s.regulated_end) for s in tracking.stages] == [
        ("Tiếp nhận hồ sơ", "Nguyễn Văn Cán Bộ", date(2026, 12, 5))]
    opencps.dossiers[501].status = "paying"  # DossierStatusConstants.PAYING
    tracking = backend.track(receipt.code, phone_last4="5678")
    assert tracking.status is DossierStatus.FEE_REQUESTED
    assert tracking.fee_due is None  # the payment file names no bank account a VietQR code can carry
    opencps.bank_info = '{"TKThuHuong": "0011001234567", "MaNHThuHuong": "970436", "TenTKThuHuong": "SO KHCN"}'
    fee = backend.track(receipt.code, phone_last4="5678").fee_due
    assert fee is not None and (fee.amount_vnd, fee.bank_bin, fee.account_number) == (2_000_000, "970436", "0011001234567")
    opencps.dossiers[501].status, opencps.dossiers[501].last_action_note = "waiting", "Thiếu giấy chứng nhận"
    supplement = backend.track(receipt.code, phone_last4="5678").supplement_request
    assert supplement is not None and supplement.missing == ["Thiếu giấy chứng nhận"]


def test_a_busy_kiosk_reads_a_procedures_setup_once_per_period(opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: submissions reuse the procedure's service, process option and template for ``plan_ttl_s``
    (four GETs fewer per dossier), and read them again after it."""
    clock = ManualClock()
    backend = OpenCpsBackend(ROOT, group_id=GROUP_ID, user=USER, password=PASSWORD, agency_code=AGENCY, retries=0,
                             plan_ttl_s=300, clock=clock)
    setup_paths = ("/serviceinfos", "/serviceinfos/12", "/serviceconfigs/77/processes", f"/dossiertemplates/{TEMPLATE_NO}")

    def setup_reads() -> list[int]:
        return [sum(1 for r in opencps.requests if r.method == "GET" and r.path == path) for path in setup_paths]

    backend.submit_dossier("key-a", a_dossier(), files)
    clock.advance(299)
    backend.submit_dossier("key-b", a_dossier(), files)
    assert setup_reads() == [1, 1, 1, 1]
    clock.advance(2)
    backend.submit_dossier("key-c", a_dossier(), files)
    assert setup_reads() == [2, 2, 2, 2]
    backend.catalogue()  # the catalogue itself always asks
    assert setup_reads()[0] == 3
    assert len(opencps.dossiers) == 3
    with pytest.raises(BackendRejected) as unknown:  # a code not in the kept list: OpenCPS is asked before refusing
        backend.procedure("9.999999")
    assert unknown.value.code == "procedure_not_found" and setup_reads()[0] == 4
    stale = a_dossier().model_copy(update={"documents": [SubmittedDocument(component_id="tp09", pages=1)]})
    with pytest.raises(BackendRejected) as refused:  # a part not in the kept template: the template is read again
        backend.submit_dossier("key-d", stale, files[:1])
    assert refused.value.code == "unknown_component" and setup_reads()[3] == 3
    backend.close()


# ----------------------------------------------------------------------------- idempotency by referenceUid


def dossier_state(opencps: RecordingOpenCps) -> list[tuple[str, list[str], dict[str, bytes]]]:
    return [(d.reference_uid, d.actions, {ref: f.data for ref, f in d.files.items()}) for d in opencps.dossiers.values()]


LOST_REPLIES: dict[str, Callable[[Recorded, RecordingOpenCps], bool]] = {
    "create": lambda r, fake: r.method == "POST" and r.path == "/dossiers",
    "first file": lambda r, fake: r.path.endswith("/files") and r.fields.get("referenceUid", "").endswith("-F01"),
    "second file": lambda r, fake: r.path.endswith("/files") and r.fields.get("referenceUid", "").endswith("-F02"),
    "submit action": lambda r, fake: r.path.endswith("/actions"),
    "read after the action": lambda r, fake: r.method == "GET" and re.fullmatch(r"/dossiers/[^/]+", r.path) is not None
    and any(d.actions for d in fake.dossiers.values()),
}


@pytest.mark.parametrize("lost", list(LOST_REPLIES))
def test_a_retry_after_a_lost_reply_converges_on_one_dossier_with_the_same_bytes(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path], lost: str) -> None:
    """Issue 15: the reply of any step of the sequence lost (it took effect): the retry makes no second dossier,
    no second copy of a file and no second submit action."""
    cut: list[Recorded] = []

    def lose_once(r: Recorded) -> BaseException | None:
        if not cut and LOST_REPLIES[lost](r, opencps):
            cut.append(r)
            return requests.ConnectionError("reply cut")
        return None

    opencps.lose_reply = lose_once
    with pytest.raises(BackendUnavailable):
        backend.submit_dossier(KEY, a_dossier(), files)
    assert cut, "the reply to cut was never sent"
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    assert dossier_state(opencps) == [(KEY.upper(), ["1100"], {f"{KEY.upper()}-F01": files[0].read_bytes(),
                                                               f"{KEY.upper()}-F02": files[1].read_bytes()})]
    assert receipt.code == f"{AGENCY}-261203-0501"
    # Each step ran once: the retry looked the dossier up instead of posting it again (OpenCPS would re-date it,
    # CPSDossierBusinessLocalServiceImpl.java:5451-5458) and skipped the files the dossier already held.
    assert [r.path for r in opencps.requests if r.method == "POST" and r.path == "/dossiers"] == ["/dossiers"]
    uploaded = [r.fields["referenceUid"] for r in opencps.requests if r.method == "POST" and r.path.endswith("/files")]
    assert uploaded == [f"{KEY.upper()}-F01", f"{KEY.upper()}-F02"]


def test_a_submit_action_overtaken_by_an_earlier_attempts_is_a_success(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: the step no longer allows the action (405) because a delayed earlier one got there first: the
    dossier is sent, so the call returns its receipt instead of a refusal the outbox would keep for good."""
    opencps.overtaken_action = True
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    assert receipt.code == f"{AGENCY}-261203-0501" and opencps.dossiers[501].status == "new"
    opencps.dossiers[501].status = ""  # and a 405 on a dossier still a draft stays a refusal
    opencps.overtaken_action = True
    original = opencps.dossier_body
    opencps.dossier_body = lambda d: {**original(d), "dossierStatus": ""}  # type: ignore[method-assign]
    with pytest.raises(BackendRejected) as refused:
        backend.submit_dossier(KEY, a_dossier(), files)
    assert refused.value.status == 405 and not refused.value.retryable


def test_a_stored_file_that_differs_is_uploaded_again_under_the_same_reference(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: same size, other bytes (GET /dossiers/{id}/files/{referenceUid} compared): replaced, not added."""
    opencps.lose_reply = lambda r: requests.ConnectionError("cut") if r.path.endswith("/actions") else None
    with pytest.raises(BackendUnavailable):
        backend.submit_dossier(KEY, a_dossier(), files)
    opencps.lose_reply = lambda r: None
    dossier = opencps.dossiers[501]
    dossier.status = ""  # the action never reached OpenCPS
    stored = dossier.files[f"{KEY.upper()}-F01"]
    stored.data = bytes(len(stored.data))  # as long as the PDF, but not it
    backend.submit_dossier(KEY, a_dossier(), files)
    assert {ref: f.data for ref, f in dossier.files.items()} == {
        f"{KEY.upper()}-F01": files[0].read_bytes(), f"{KEY.upper()}-F02": files[1].read_bytes()}
    reuploads = [r.fields["referenceUid"] for r in opencps.requests if r.method == "POST" and r.path.endswith("/files")]
    assert reuploads == [f"{KEY.upper()}-F01", f"{KEY.upper()}-F02", f"{KEY.upper()}-F01"]


def test_another_submissions_draft_in_the_way_is_a_retryable_refusal(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: were OpenCPS to answer a new referenceUid with the account's older draft (…Impl.java:5435-5437,
    5486; a lookup that never matches as written), the adapter refuses to file into it, retryably."""
    original = opencps._dossiers

    def reuse_draft(r: Recorded, rest: list[str], fail: tuple[int, object]) -> tuple[int, object]:
        if r.method == "POST" and not rest and opencps.dossiers:
            return 200, opencps.dossier_body(next(iter(opencps.dossiers.values())))
        return original(r, rest, fail)

    opencps._dossiers = reuse_draft  # type: ignore[method-assign]
    opencps.lose_reply = lambda r: requests.ConnectionError("cut") if r.path.endswith("/files") else None
    with pytest.raises(BackendUnavailable):
        backend.submit_dossier("first-key", a_dossier(), files)
    opencps.lose_reply = lambda r: None
    with pytest.raises(BackendRejected) as refused:
        backend.submit_dossier("second-key", a_dossier(), files)
    assert refused.value.code == "opencps_draft_in_the_way" and refused.value.retryable


# ----------------------------------------------------------------------------- errors as the source answers them


def test_an_unknown_reference_is_answered_with_an_empty_model_and_a_dossier_is_created(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: GET /dossiers/{unknown} answers 200 with an empty DossierDetailModel (DossierUtils.java:899-905,
    1197-1214); that is "not there yet", so the adapter creates the dossier; no payment file answers 204."""
    opencps.fee_due = False
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    lookups = [r for r in opencps.requests if r.method == "GET" and r.path == f"/dossiers/{KEY.upper()}"]
    assert lookups and len(opencps.dossiers) == 1
    assert backend.track(receipt.code, phone_last4="5678").status is DossierStatus.NEW


def test_file_references_fit_the_column(backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: a dossier file's referenceUid is VARCHAR(75) (tables.sql:382) though a dossier's may be 255; long
    ones are shortened the same way every time, so a retry still finds the file."""
    long_key = "k" * 120
    backend.submit_dossier(long_key, a_dossier(), files)
    refs = [r.fields["referenceUid"] for r in opencps.requests if r.method == "POST" and r.path.endswith("/files")]
    assert len(refs) == 2 and all(len(ref) <= 75 for ref in refs) and len(set(refs)) == 2
    assert next(iter(opencps.dossiers.values())).reference_uid == long_key.upper()
    opencps.dossiers[501].status = ""  # a retry of a dossier whose action never got through skips both files
    backend.submit_dossier(long_key, a_dossier(), files)
    assert [r.fields["referenceUid"] for r in opencps.requests if r.method == "POST" and r.path.endswith("/files")] == refs


def test_203_is_the_sources_unauthenticated_answer_not_a_success(
        backend: OpenCpsBackend, opencps: RecordingOpenCps) -> None:
    """Issue 15: BusinessExceptionImpl.processException answers UnauthenticationException with 203 + ErrorMsgModel."""
    opencps.unauthenticated = True
    with pytest.raises(BackendRejected) as refused:
        backend.catalogue()
    assert (refused.value.status, refused.value.code, refused.value.retryable) == (203, "unauthorised_kiosk", False)


def test_a_wrong_proof_or_unknown_code_is_dossier_not_found(
        backend: OpenCpsBackend, opencps: RecordingOpenCps, files: list[Path]) -> None:
    """Issue 15: wrong secretKey (203), unknown dossier (403), wrong phone digits: all ``dossier_not_found``."""
    receipt = backend.submit_dossier(KEY, a_dossier(), files)
    for code, proof in [(receipt.code, {"tracking_token": "WRONG"}), ("NO-SUCH-CODE", {"tracking_token": "X"}),
                        (receipt.code, {"phone_last4": "0000"})]:
        with pytest.raises(BackendRejected) as refused:
            backend.track(code, **proof)
        assert refused.value.code == "dossier_not_found"


@pytest.mark.parametrize(("answer", "expected"), [
    ((500, b'{"message":"Internal","code":500}'), (BackendRejected, True)),
    ((403, b'{"message":"No Content.","code":403,"description":"x"}'), (BackendRejected, False)),
    ((200, b'{"total": 1, "data": [{"serviceCo'), (BackendUnavailable, None)),
    (requests.ConnectionError("refused"), (BackendUnavailable, None)),
    (requests.ReadTimeout("slow"), (BackendTimeout, None)),
])
def test_failures_become_the_typed_errors(backend: OpenCpsBackend, answer: object, expected: tuple[type, bool | None]) -> None:
    """Issue 15: transport -> BackendUnavailable/Timeout, unreadable body -> BackendUnavailable, 5xx retryable."""
    with responses.RequestsMock() as mock:
        if isinstance(answer, tuple):
            mock.add("GET", f"{ROOT}/serviceinfos", status=answer[0], body=answer[1])
        else:
            mock.add("GET", f"{ROOT}/serviceinfos", body=answer)  # type: ignore[arg-type]
        with pytest.raises(expected[0]) as raised:
            backend.catalogue()
    if expected[1] is not None:
        assert isinstance(raised.value, BackendRejected) and raised.value.retryable is expected[1]


def test_no_queue_tickets_and_no_heartbeat(backend: OpenCpsBackend) -> None:
    """Issue 15: OpenCPS has no walk-in ticket or kiosk heartbeat endpoint: BackendUnsupported, not a retryable failure."""
    with pytest.raises(BackendUnsupported):
        backend.draw_ticket()
    with pytest.raises(BackendUnsupported):
        backend.heartbeat(Heartbeat(app_version="1.0"))


def test_a_colon_in_the_password_is_refused_up_front() -> None:
    """Issue 15: RestAuthFilter.java:162 splits user:password at every colon, so such an account could never log in."""
    with pytest.raises(ValueError, match="must not contain"):
        OpenCpsBackend(ROOT, group_id=1, user="kiosk", password="a:b", agency_code=AGENCY)


# ----------------------------------------------------------------------------- status mapping


@pytest.mark.parametrize(("status", "expected"), [
    ("new", 1), ("receiving", 2), ("denied", 3), ("processing", 4), ("interoperating", 4), ("waiting", 5),
    ("cancelled", 7), ("pausing", 8), ("unresolved", 8), ("releasing", 9), ("posting", 9), ("done", 10)])
def test_every_dossier_term_status_has_a_portal_code(status: str, expected: int) -> None:
    """Issue 15: DossierTerm.java:150-163 statuses map to the portal's 1-10 codes."""
    assert portal_status(status) == DossierStatus(expected)


def test_the_sub_status_wins_and_an_installation_can_override() -> None:
    """Issue 15: like DVCQGIntegrationActionImpl.getMappingStatus (sub-status first), with the profile's entries on top."""
    assert portal_status("releasing", "releasing_0") is DossierStatus.RESULT_READY
    assert portal_status("processing", "processing_9", substatus_map={"processing_9": DossierStatus.ACCEPTED}) \
        is DossierStatus.ACCEPTED
    assert portal_status("new", status_map={"new": DossierStatus.ACCEPTED}) is DossierStatus.ACCEPTED
    with pytest.raises(UnknownStatus):
        portal_status("archived")
    assert set(DEFAULT_STATUS_MAP) >= {"new", "receiving", "waiting", "processing", "pausing", "posting", "correcting",
                                       "cancelling", "releasing", "denied", "unresolved", "cancelled", "done",
                                       "interoperating"}
