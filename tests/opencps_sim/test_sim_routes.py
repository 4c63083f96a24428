"""Issue 15 (simulator): every route answers with the response models, status codes and error shapes that
VietOpenCPS/opencps-v2's controllers declare, and enforces their authentication.

``API/`` = modules/backend-api-rest/src/main/java/org/opencps/api/ at commit 2c719850; the field lists below are
the JAXB models' fields, copied as data so a field the source does not declare fails the test.
"""
from __future__ import annotations

import base64
import socket
from typing import Any

import pytest
import requests
from opencps_http import PROCEDURE_FEE, PROCEDURE_FREE, OpenCps

from testkit.opencps_sim import GROUP_ID, KIOSK_USER, RunningSim

# API/serviceinfo/model/ServiceInfoModel.java:88-123
SERVICE_INFO = {"serviceInfoId", "createDate", "modifiedDate", "serviceCode", "serviceCodeDVCQG", "serviceNameDVCQG",
                "serviceName", "processText", "methodText", "dossierText", "conditionText", "durationText",
                "applicantText", "resultText", "regularText", "feeText", "administrationCode", "administrationName",
                "domainCode", "domainName", "maxLevel", "public", "mappingClassPK", "synced", "active",
                "serviceConfigs"}
# API/serviceinfo/model/ServiceInfoDetailModel.java:91-134
SERVICE_INFO_DETAIL = {"serviceInfoId", "createDate", "modifiedDate", "serviceCode", "serviceName", "processText",
                       "methodText", "dossierText", "conditionText", "durationText", "applicantText", "resultText",
                       "regularText", "feeText", "administrationCode", "administrationName", "domainCode",
                       "domainName", "maxLevel", "public", "govAgencyText", "isNotarization", "active",
                       "fileTemplates", "serviceConfigs"}
# API/serviceinfo/model/ServiceInfoServiceConfig.java:50-55
SERVICE_INFO_CONFIG = {"govAgencyCode", "govAgencyName", "serviceInstruction", "serviceLevel", "serviceUrl",
                       "serviceConfigId"}
# API/serviceconfig/model/ServiceConfig.java:74-91
SERVICE_CONFIG = {"serviceConfigId", "createDate", "modifiedDate", "serviceInfoId", "serviceCode", "serviceName",
                  "domainCode", "domainName", "govAgencyCode", "govAgencyName", "serviceInstruction", "serviceLevel",
                  "serviceUrl", "forCitizen", "forBusiness", "postalService", "registration"}
# API/serviceconfig/model/ProcessOption.java:65-85
PROCESS_OPTION = {"processOptionId", "seqOrder", "autoSelect", "instructionNote", "submissionNote",
                  "dossierTemplateId", "templateNo", "templateName", "serviceProcessId", "processNo", "processName",
                  "optionName"}
# API/dossiertemplate/model/DossierTemplateDetailModel.java:61-69 and DossierTemplatePartDataModel.java:63-75
DOSSIER_TEMPLATE = {"dossierTemplateId", "createDate", "modifiedDate", "templateName", "description", "templateNo",
                    "newFormScript", "dossierParts", "formMeta"}
DOSSIER_PART = {"partNo", "partName", "partTip", "partType", "multiple", "required", "fileTemplateNo", "esign",
                "hasForm", "typeCode", "deliverableAction", "fileMark", "eForm"}
# API/dossier/model/DossierDetailModel.java:212-320
DOSSIER_DETAIL = {
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
    "delegateDistrictCode", "delegateDistrictName", "delegateEmail", "delegateIdNo", "delegateName", "delegateTelNo",
    "delegateWardCode", "delegateWardName", "dossierActionId", "postalDistrictCode", "postalDistrictName",
    "postalWardCode", "postalWardName", "postalServiceCode", "dossierTemplateName", "paymentFee", "paymentNote",
    "durationCount", "durationUnit", "sampleCount", "processBlock", "processUnit", "lastActionUserId", "extendDate",
    "dossierName", "originality", "originDossierId", "originDossierNo", "metaData", "groupDossierId", "delegateType",
    "documentNo", "documentDate", "serverNo", "systemId", "groupId", "dossierCounter", "vnpostalStatus",
    "vnpostalProfile", "fromViaPostal"}
# API/dossier/model/DossierActionDetailModel.java:39-54
DOSSIER_ACTION = {"dossierActionId", "dossierId", "groupId", "userId", "userName", "createDate", "modifiedDate",
                  "serviceProcessId", "previousActionId", "fromStepCode", "stepCode", "sequenceNo", "dueDate",
                  "nextActionId", "dossierDocumentId", "rollbackable"}
# API/dossierfile/model/DossierFileModel.java:78-99
DOSSIER_FILE = {"dossierFileId", "createDate", "modifiedDate", "referenceUid", "dossierTemplateNo", "dossierPartNo",
                "dossierPartType", "fileTemplateNo", "displayName", "dossierPartName", "fileType", "fileSize",
                "fileVersion", "isNew", "signCheck", "signInfo", "removed", "eForm", "formData", "formReport",
                "formScript", "dossierId"}
# API/paymentfile/model/PaymentFileModel.java:106-138
PAYMENT_FILE = {"createDate", "modifiedDate", "referenceUid", "govAgencyCode", "govAgencyName", "applicantName",
                "applicantIdNo", "isNew", "paymentFee", "advanceAmount", "feeAmount", "serviceAmount", "shipAmount",
                "paymentAmount", "paymentNote", "bankInfo", "epaymentProfile", "paymentStatus", "paymentMethod",
                "confirmDatetime", "confirmPayload", "confirmFileType", "confirmFileSize", "confirmNote",
                "approveDatetime", "accountUserName", "govAgencyTaxNo", "invoiceTemplateNo", "invoiceIssueNo",
                "invoiceNo", "invoicePayload", "einvoice", "paymentFileId"}
# modules/backend-auth/.../exception/ErrorMsgModel.java:48-50 (same fields as the declared ExceptionModel)
ERROR_MSG = {"message", "code", "description"}


def declared(body: dict[str, Any], fields: set[str], *needed: str) -> None:
    """``body`` uses only the model's declared field names and carries the ones the kiosk needs."""
    assert set(body) <= fields, sorted(set(body) - fields)
    assert set(needed) <= set(body), sorted(set(needed) - set(body))


def test_catalogue_lists_our_procedures_as_service_infos(guest: OpenCps) -> None:
    """Issue 15: GET /serviceinfos (CTL/ServiceInfoManagement.java:93-105) answers guests too (no isAuth in
    IMPL/ServiceInfoManagementImpl.java:104-222) with ServiceInfoResultsModel {total, data}."""
    answer = guest.get("/serviceinfos")
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"total", "data"}
    assert body["total"] == len(body["data"]) == 32
    for item in body["data"]:
        declared(item, SERVICE_INFO, "serviceCode", "serviceName", "serviceConfigs")
        for config in item["serviceConfigs"]:
            declared(config, SERVICE_INFO_CONFIG, "govAgencyCode", "serviceConfigId")
    codes = {item["serviceCode"] for item in body["data"]}
    assert {PROCEDURE_FREE, PROCEDURE_FEE} <= codes
    page = guest.get("/serviceinfos", params={"start": 0, "end": 5}).json()
    assert page["total"] == 32 and len(page["data"]) == 5


def test_agency_filter_and_detail_by_code(guest: OpenCps) -> None:
    """Issue 15: ``agency`` keeps the procedures configured for that agency (ServiceInfoManagementImpl.java:182-203);
    GET /serviceinfos/{id} takes the id or the code (CTL/ServiceInfoManagement.java:121-134); unknown → 403."""
    province = guest.get("/serviceinfos", params={"agency": "SKHCN-HN"}).json()
    assert 0 < province["total"] < 32
    assert all(any(c["govAgencyCode"] == "SKHCN-HN" for c in i["serviceConfigs"]) for i in province["data"])
    detail = guest.get(f"/serviceinfos/{PROCEDURE_FEE}").json()
    declared(detail, SERVICE_INFO_DETAIL, "serviceCode", "serviceName", "serviceConfigs", "feeText")
    assert guest.get(f"/serviceinfos/{detail['serviceInfoId']}").json()["serviceCode"] == PROCEDURE_FEE
    missing = guest.get("/serviceinfos/9.999999")
    assert missing.status_code == 403
    declared(missing.json(), ERROR_MSG, "message", "code")


def test_config_process_option_template_and_parts(guest: OpenCps) -> None:
    """Issue 15: serviceconfig → ProcessOption.templateNo → DossierTemplateDetailModel with its parts
    (CTL/ServiceConfigManagement.java:45-57, 119-133; CTL/DossierTemplateManagement.java:72-84, 116-128)."""
    configs = guest.get("/serviceconfigs", params={"agency": "BKHCN"}).json()
    assert configs["total"] == 32
    config = next(c for c in configs["data"] if c["serviceCode"] == PROCEDURE_FEE)
    declared(config, SERVICE_CONFIG, "serviceConfigId", "serviceCode", "govAgencyCode")
    options = guest.get(f"/serviceconfigs/{config['serviceConfigId']}/processes").json()
    assert options["total"] == 1
    option = options["data"][0]
    declared(option, PROCESS_OPTION, "templateNo", "serviceProcessId")
    template = guest.get(f"/dossiertemplates/{option['templateNo']}").json()
    declared(template, DOSSIER_TEMPLATE, "templateNo", "dossierParts")
    for part in template["dossierParts"]:
        declared(part, DOSSIER_PART, "partNo", "partName", "partType", "required")
    inputs = [p for p in template["dossierParts"] if p["partType"] == 1]
    assert [p["partNo"] for p in inputs] == ["TP01", "TP02", "TP03", "TP04", "TP05"]
    assert inputs[0]["partName"].startswith("Đơn đề nghị cấp chứng chỉ nhân viên bức xạ")
    assert [p["partNo"] for p in template["dossierParts"] if p["partType"] == 2] == ["KQ"]
    parts = guest.get(f"/dossiertemplates/{template['dossierTemplateId']}/parts").json()
    assert parts["total"] == len(template["dossierParts"])
    assert guest.get("/dossiertemplates/NO-SUCH").status_code == 403


def test_without_group_header_the_site_is_empty(sim: RunningSim) -> None:
    """Issue 15: the controllers read the site from the ``groupId`` header (e.g. IMPL/DossierManagementImpl.java:1108);
    without it nothing is found and a dossier cannot be created ("Cant find process", 403)."""
    no_site = OpenCps(sim.base_url, group_id=None)
    assert no_site.get("/serviceinfos").json() == {"total": 0, "data": []}
    refused = no_site.create("ref-no-site")
    assert refused.status_code == 403
    assert refused.json() == {"message": "No Content.", "code": 403, "description": "Cant find process"}


def test_create_read_upload_and_submit_shapes(kiosk: OpenCps) -> None:
    """Issue 15: POST /dossiers → DossierDetailModel (CTL/DossierManagement.java:99-119); files → DossierFileModel
    (CTL/DossierFileManagement.java:70-99) and DossierFileResultsModel (:49-68); POST .../actions →
    DossierActionDetailModel (CTL/DossierManagement.java:329-350); GET /dossiers/{id} by id or referenceUid (:121-138)."""
    created = kiosk.create("ref-shapes")
    assert created.status_code == 200
    dossier = created.json()
    declared(dossier, DOSSIER_DETAIL, "dossierId", "referenceUid", "dossierStatus", "serviceCode", "govAgencyCode")
    assert dossier["dossierStatus"] == "" and dossier["referenceUid"] == "ref-shapes"
    assert dossier["applicantName"] == "NGUYỄN THỊ HOA"  # DossierUtils.mappingForGetDetail upper-cases it
    uploaded = kiosk.upload(dossier["dossierId"], "TP01", b"%PDF-1.4 to khai", "file-1")
    assert uploaded.status_code == 200
    declared(uploaded.json(), DOSSIER_FILE, "referenceUid", "dossierPartNo", "dossierPartType", "fileSize")
    listed = kiosk.get(f"/dossiers/{dossier['dossierId']}/files").json()
    assert listed["total"] == 1
    declared(listed["data"][0], DOSSIER_FILE, "referenceUid", "dossierPartNo")
    download = kiosk.get(f"/dossiers/{dossier['dossierId']}/files/file-1")
    assert download.content == b"%PDF-1.4 to khai"
    assert download.headers["Content-Disposition"] == 'attachment; filename="to-khai.pdf"'
    action = kiosk.act(dossier["dossierId"], "1100")
    assert action.status_code == 200
    declared(action.json(), DOSSIER_ACTION, "dossierActionId", "dossierId")
    read = kiosk.get("/dossiers/ref-shapes").json()
    declared(read, DOSSIER_DETAIL, "dossierNo", "stepCode", "stepName", "lastActionCode", "submitDate", "dueDate")
    assert read["dossierStatus"] == "new" and read["lastActionCode"] == "1100"
    assert read == kiosk.get(f"/dossiers/{dossier['dossierId']}").json() == kiosk.get(
        f"/dossiers/{read['dossierNo']}").json()


def test_unknown_dossier_is_an_empty_model_not_a_404(kiosk: OpenCps) -> None:
    """Issue 15: DossierUtils.getDossier returns null and mappingForGetDetail(null) an empty model
    (API/controller/util/DossierUtils.java:899-905, 1197-1214): HTTP 200 without a dossierId."""
    answer = kiosk.get("/dossiers/no-such-reference")
    assert answer.status_code == 200
    assert "dossierId" not in answer.json()
    declared(answer.json(), DOSSIER_DETAIL)


AUTH_ROUTES = [
    ("post", "/dossiers", {"data": {"serviceCode": PROCEDURE_FREE}}),
    ("get", "/dossiers/1", {}),
    ("post", "/dossiers/1/actions", {"data": {"actionCode": "1100"}}),
    ("get", "/dossiers/1/files", {}),
    ("post", "/dossiers/1/files", {"files": {"file": ("a.pdf", b"x")}, "data": {"dossierPartNo": "TP01"}}),
    ("get", "/dossiers/1/files/file-1", {}),
    ("get", "/dossiers/1/payment", {}),
    ("get", "/dossiers/1/documents/print", {}),
    ("get", "/deliverables", {}),
]


@pytest.mark.parametrize("method,path,kwargs", AUTH_ROUTES, ids=[f"{m} {p}" for m, p, _ in AUTH_ROUTES])
@pytest.mark.parametrize("credentials", [None, (KIOSK_USER, "wrong-password"), ("nobody@example.vn", "x")],
                         ids=["no-credentials", "wrong-password", "unknown-user"])
def test_routes_that_check_is_auth_answer_203(sim: RunningSim, kiosk: OpenCps, method: str, path: str,
                                              kwargs: dict[str, Any], credentials: tuple[str, str] | None) -> None:
    """Issue 15: a request not signed in (no or bad HTTP Basic) is the guest; the impls' isAuth check throws
    UnauthenticationException, which BusinessExceptionImpl turns into HTTP 203 + ErrorMsgModel."""
    created = kiosk.create("ref-auth").json()
    kiosk.upload(created["dossierId"], "TP01", b"%PDF", "file-1")
    caller = OpenCps(sim.base_url, auth=credentials)
    answer = getattr(caller, method)(path.replace("/1", f"/{created['dossierId']}", 1), **kwargs)
    assert answer.status_code == 203
    assert answer.json() == {"message": "Non-Authoritative Information.", "code": 203,
                             "description": "Non-Authoritative Information."}
    assert len(sim.sim.dossiers()) == 1


def test_screen_name_login_and_raw_basic_header(sim: RunningSim) -> None:
    """Issue 15: the account may sign in by screen name as well as email (the lookup of OpenCPS's Basic parser,
    modules/backend-admin-config/.../whiteboard/RestAuthFilter.java); a malformed header is the guest."""
    by_name = OpenCps(sim.base_url, auth=("kiosk01", "kiosk-sim-password"))
    assert by_name.create("ref-screen-name").status_code == 200
    garbled = requests.get(sim.base_url + "/dossiers/1", timeout=5,
                           headers={"groupId": str(GROUP_ID), "Accept": "application/json",
                                    "Authorization": "Basic !!!not-base64"})
    assert garbled.status_code == 203
    token = base64.b64encode(b"kiosk01:kiosk-sim-password").decode()
    ok = requests.get(sim.base_url + "/dossiers/1", timeout=5,
                      headers={"groupId": str(GROUP_ID), "Accept": "application/json",
                               "Authorization": f"Basic {token}"})
    assert ok.status_code == 200 and ok.json()["referenceUid"] == "ref-screen-name"


def test_secret_key_reads_a_dossier_without_the_account(sim: RunningSim, kiosk: OpenCps, guest: OpenCps) -> None:
    """Issue 15: the dossier's ``password`` (DossierInputModel.java:162-163) lets anyone holding it read it with
    ?secretKey= (IMPL/DossierManagementImpl.java:1139-1188); a wrong one is 203 with a plain-text message."""
    kiosk.create("ref-secret", password="TOKEN-123")
    assert guest.get("/dossiers/ref-secret", params={"secretKey": "token-123"}).json()["referenceUid"] == "ref-secret"
    wrong = guest.get("/dossiers/ref-secret", params={"secretKey": "guess"})
    assert (wrong.status_code, wrong.text) == (203, "secretKey not sucess")
    assert guest.get("/dossiers/ref-secret").status_code == 203
    assert "password" not in kiosk.get("/dossiers/ref-secret").json()


def test_payment_file_of_a_fee_procedure(sim: RunningSim, kiosk: OpenCps, guest: OpenCps) -> None:
    """Issue 15: GET /dossiers/{id}/payment (CTL/PaymentFileManagement.java:95-111) → PaymentFileModel with
    paymentStatus (PaymentFileTerm.java:51-53: 3 = paid in full); no payment file → 204; secretCode for guests."""
    free = kiosk.create("ref-free").json()
    kiosk.act(free["dossierId"], "1100")
    assert kiosk.get(f"/dossiers/{free['dossierId']}/payment").status_code == 204
    fee = kiosk.create("ref-fee", PROCEDURE_FEE, password="pin-1").json()
    kiosk.act(fee["dossierId"], "1100")
    payment = kiosk.get(f"/dossiers/{fee['dossierId']}/payment").json()
    declared(payment, PAYMENT_FILE, "paymentStatus", "feeAmount", "paymentAmount", "paymentFee")
    assert (payment["paymentStatus"], payment["paymentAmount"]) == (0, 200000)
    assert kiosk.get("/dossiers/ref-fee/payment").json() == payment
    sim.officer.confirm_payment("ref-fee")
    assert guest.get("/dossiers/ref-fee/payment", params={"secretCode": "pin-1"}).json()["paymentStatus"] == 3
    assert guest.get("/dossiers/ref-fee/payment", params={"secretCode": "PIN-1"}).status_code == 203


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(request)
        return conn.recv(4096)


def test_bodies_are_bounded(sim: RunningSim) -> None:
    """Issue 15: hostile-input bounds of a test tool — a declared body over the limit is refused before it is read
    (413), an unframed one too (411); nothing is stored."""
    auth = base64.b64encode(b"kiosk01:kiosk-sim-password").decode()
    head = (f"POST /o/rest/v2/dossiers/1/files HTTP/1.1\r\nHost: x\r\ngroupId: {GROUP_ID}\r\n"
            f"Authorization: Basic {auth}\r\nContent-Type: multipart/form-data; boundary=b\r\n")
    too_big = _raw(sim.port, (head + f"Content-Length: {64 * 1024 * 1024}\r\n\r\n").encode())
    assert too_big.startswith(b"HTTP/1.1 413")
    chunked = _raw(sim.port, (head + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n").encode())
    assert chunked.startswith(b"HTTP/1.1 411")
    form = OpenCps(sim.base_url).post("/dossiers", data={"applicantNote": "x" * 300_000})
    assert form.status_code == 413
    assert sim.sim.dossiers() == []


def test_a_client_that_does_not_ask_for_json_is_refused(sim: RunningSim, kiosk: OpenCps) -> None:
    """Issue 15: the JSON routes produce XML first (@Produces({APPLICATION_XML, APPLICATION_JSON}), e.g.
    CTL/DossierManagement.java:121-126), so OpenCPS answers XML to ``Accept: */*``; the simulator answers 406
    rather than JSON so an adapter that forgets the header fails here, not in production. File downloads answer
    with the file's own type whatever the client accepts."""
    kiosk.create("ref-accept")
    kiosk.upload("ref-accept", "TP01", b"%PDF accept", "file-accept")
    lazy = requests.get(sim.base_url + "/dossiers/ref-accept", timeout=5, auth=kiosk.auth,
                        headers={"groupId": str(GROUP_ID)})
    assert lazy.status_code == 406
    declared(lazy.json(), ERROR_MSG, "message", "code", "description")
    download = requests.get(sim.base_url + "/dossiers/ref-accept/files/file-accept", timeout=5, auth=kiosk.auth,
                            headers={"groupId": str(GROUP_ID)})
    assert (download.status_code, download.content) == (200, b"%PDF accept")


def test_file_routes_find_dossiers_by_id_or_reference_only(kiosk: OpenCps) -> None:
    """Issue 15: the file list and download look the dossier up by numeric id, else referenceUid — not by dossierNo
    (IMPL/DossierFileManagementImpl.java:95-105, 255-261); an unknown dossier lists no files with ``total`` unset;
    an unknown file is a NullPointerException → 403; a numeric reference falls back to the dossierFileId (:268-272)."""
    dossier = kiosk.create("ref-lookup").json()["dossierId"]
    uploaded = kiosk.upload(dossier, "TP01", b"%PDF lookup", "file-lookup").json()
    kiosk.act(dossier, "1100")
    dossier_no = kiosk.get(f"/dossiers/{dossier}").json()["dossierNo"]
    assert kiosk.get("/dossiers/ref-lookup/files").json()["total"] == 1
    assert kiosk.get(f"/dossiers/{dossier_no}/files").json() == {"data": []}
    missing = kiosk.get(f"/dossiers/{dossier}/files/no-such-file")
    assert missing.status_code == 403 and missing.json() == {"message": "No Content.", "code": 403}
    by_id = kiosk.get(f"/dossiers/{dossier}/files/{uploaded['dossierFileId']}")
    assert by_id.content == b"%PDF lookup"


def test_receipt_document_by_reference_needs_no_account(sim: RunningSim, kiosk: OpenCps, guest: OpenCps) -> None:
    """Issue 15: GET /dossiers/{id}/documents/{referenceUid} (CTL/DossierDocumentManagement.java:74-87) has its
    isAuth check commented out and takes the numeric dossier id of this site (IMPL/DossierDocumentManagementImpl.java:
    325-360); print by type needs the account (:178-180)."""
    dossier = kiosk.create("ref-doc").json()["dossierId"]
    kiosk.act(dossier, "1100")
    sim.officer.accept(dossier)
    with sim.sim.store.read() as conn:
        reference = conn.execute("SELECT reference_uid FROM dossier_document WHERE dossier_id = ?",
                                 (dossier,)).fetchone()[0]
    document = guest.get(f"/dossiers/{dossier}/documents/{reference}")
    assert document.status_code == 200 and document.content.startswith(b"%PDF")
    assert document.headers["Content-Type"] == "application/pdf"
    assert guest.get(f"/dossiers/ref-doc/documents/{reference}").status_code == 204
    assert guest.get(f"/dossiers/{dossier}/documents/print").status_code == 203
