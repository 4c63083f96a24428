"""A recording stand-in for an OpenCPS v2 installation, on the ``responses`` transport (no network, no simulator).

It records every request the adapter sends (method, path, headers, query, form or multipart fields) so the
contract tests can hold them against the controllers' declarations, and answers with bodies that carry EVERY
field of the model the source declares (the field lists are the test's data), so the tests also prove the
adapter reads those models. It keeps just enough state (dossiers, files, actions) to show that a retried
submission converges. It is deliberately not the simulator (testkit/opencps_sim): that one is tested on its own.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import requests
import responses

ROOT = "https://dvc.example.gov.vn/o/rest/v2"
GROUP_ID = 35417
USER = "kiosk01@sokhcn.example.gov.vn"
PASSWORD = "mật-khẩu-ki-ốt"
AGENCY = "SKHCN"
SERVICE_CODE = "BKHCN-ATBX-01"
NATIONAL_CODE = "1.009846"
TEMPLATE_NO = "TPHS-ATBX-01"
PARTS = [("TP01", "Tờ khai cấp giấy phép", "true"), ("TP02", "Bản sao giấy chứng nhận", "false")]


@dataclass
class Recorded:
    """One request as the installation received it."""

    method: str
    path: str
    headers: Mapping[str, str]
    query: dict[str, str]
    content_type: str
    fields: dict[str, str]
    files: dict[str, bytes]


@dataclass
class StoredFile:
    reference_uid: str
    part_no: str
    data: bytes


@dataclass
class StoredDossier:
    dossier_id: int
    reference_uid: str
    form: dict[str, str]
    status: str = ""
    sub_status: str = ""
    dossier_no: str = ""
    files: dict[str, StoredFile] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)
    last_action_note: str = ""


def _full(model_fields: Iterable[str], values: Mapping[str, Any]) -> dict[str, Any]:
    """A body naming every declared field: ``values`` where given, else null (as JAXB writes an unset field)."""
    unknown = set(values) - set(model_fields)
    assert not unknown, f"the fake answers fields the source does not declare: {unknown}"
    return {name: values.get(name) for name in model_fields}


class RecordingOpenCps:
    """Register on a ``responses.RequestsMock``; ``requests`` holds what came in; ``fault`` injects one failure."""

    def __init__(self, java_fields: Mapping[str, tuple[str, ...]]) -> None:
        self.fields = java_fields
        self.requests: list[Recorded] = []
        self.dossiers: dict[int, StoredDossier] = {}
        self.next_id = 501
        self.unauthenticated = False
        # fault(recorded) -> None, or an exception to raise AFTER the request took effect (a lost reply)
        self.lose_reply: Callable[[Recorded], BaseException | None] = lambda _r: None
        self.fee_due = True
        self.overtaken_action = False
        self.bank_info: str | None = None

    # --- transport -------------------------------------------------------------------------------
    def install(self, mock: responses.RequestsMock) -> None:
        pattern = re.compile(re.escape(ROOT) + r"/.*")
        for method in ("GET", "POST"):
            mock.add_callback(method, pattern, callback=self._answer)

    def _record(self, request: requests.PreparedRequest) -> Recorded:
        url = urlsplit(request.url or "")
        path = unquote(url.path[len(urlsplit(ROOT).path):])
        content_type = request.headers.get("Content-Type", "")
        fields: dict[str, str] = {}
        files: dict[str, bytes] = {}
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        if content_type.startswith("application/x-www-form-urlencoded"):
            fields = dict(parse_qsl(body.decode("ascii"), keep_blank_values=True))
        elif content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    files[str(name)] = payload
                else:
                    fields[str(name)] = payload.decode()
        recorded = Recorded(request.method or "", path, dict(request.headers), dict(parse_qsl(url.query)),
                            content_type, fields, files)
        self.requests.append(recorded)
        return recorded

    def _answer(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], bytes]:
        recorded = self._record(request)
        if self.unauthenticated:
            return self._error(203, "Non-Authoritative Information.")
        status, body = self._route(recorded)
        lost = self.lose_reply(recorded)
        if lost is not None:
            raise lost
        if isinstance(body, bytes):
            return status, {"Content-Type": "text/plain" if status == 203 else "application/octet-stream"}, body
        return status, {"Content-Type": "application/json"}, json.dumps(body, ensure_ascii=False).encode()

    def _error(self, status: int, message: str, description: str | None = None) -> tuple[int, dict[str, str], bytes]:
        body = {"message": message, "code": status, "description": description}
        return status, {"Content-Type": "application/json"}, json.dumps(body).encode()

    # --- the installation ------------------------------------------------------------------------------
    def service_config(self) -> dict[str, Any]:
        return _full(self.fields["ServiceInfoServiceConfig"], {
            "govAgencyCode": AGENCY, "govAgencyName": "Sở Khoa học và Công nghệ", "serviceConfigId": 77, "serviceLevel": 3})

    def service(self, model: str) -> dict[str, Any]:
        values = {
            "serviceInfoId": 12, "serviceCode": SERVICE_CODE, "serviceCodeDVCQG": NATIONAL_CODE,
            "serviceName": "Cấp giấy phép tiến hành công việc bức xạ", "durationText": "15 ngày làm việc",
            "feeText": "Phí thẩm định: 2.000.000 đồng/giấy phép", "domainCode": "ATBX", "domainName": "An toàn bức xạ",
            "applicantText": "Tổ chức, cá nhân", "resultText": "Giấy phép", "regularText": "Luật Năng lượng nguyên tử 2008",
            "modifiedDate": "01/12/2026 08:00:00", "administrationName": "Sở Khoa học và Công nghệ",
            "public": "true", "active": "true", "serviceConfigs": [self.service_config()], "fileTemplates": [],
        }
        return _full(self.fields[model], {k: v for k, v in values.items() if k in self.fields[model]})

    def dossier_body(self, dossier: StoredDossier) -> dict[str, Any]:
        submitted = dossier.status != ""
        values = {
            "dossierId": dossier.dossier_id, "referenceUid": dossier.reference_uid, "dossierNo": dossier.dossier_no,
            "serviceCode": SERVICE_CODE, "serviceName": "Cấp giấy phép tiến hành công việc bức xạ",
            "govAgencyCode": AGENCY, "govAgencyName": "Sở Khoa học và Công nghệ", "dossierTemplateNo": TEMPLATE_NO,
            "applicantName": dossier.form.get("applicantName", ""), "contactTelNo": dossier.form.get("contactTelNo", ""),
            "dossierStatus": dossier.status, "dossierSubStatus": dossier.sub_status,
            "dossierStatusText": {"": "", "new": "Mới", "receiving": "Đang tiếp nhận", "waiting": "Chờ bổ sung"}.get(
                dossier.status, dossier.status),
            "submitDate": "03/12/2026 09:15:00" if submitted else "",
            "receiveDate": "03/12/2026 09:16:00" if submitted else "",
            "dueDate": "24/12/2026 17:00:00" if submitted else "",
            "stepCode": "200" if submitted else "", "stepName": "Tiếp nhận hồ sơ" if submitted else "",
            "stepDuedate": "05/12/2026 17:00:00" if submitted else "",
            "lastActionDate": "03/12/2026 10:00:00" if submitted else "", "lastActionUser": "Nguyễn Văn Cán Bộ",
            "lastActionNote": dossier.last_action_note, "viaPostal": dossier.form.get("viaPostal", "0"),
            "durationCount": 15.0, "durationUnit": 0, "online": "true", "originality": 1,
        }
        return _full(self.fields["DossierDetailModel"], values)

    def _by_ref(self, key: str) -> StoredDossier | None:
        for dossier in self.dossiers.values():
            if key in (str(dossier.dossier_id), dossier.reference_uid, dossier.dossier_no) and key:
                return dossier
        return None

    def _route(self, r: Recorded) -> tuple[int, Any]:  # noqa: C901 - one branch per declared endpoint
        segments = r.path.strip("/").split("/")
        fail = (403, {"message": "No Content.", "code": 403, "description": None})
        if r.method == "GET" and segments == ["serviceinfos"]:
            return 200, {"total": 1, "data": [self.service("ServiceInfoModel")]}
        if r.method == "GET" and segments[0] == "serviceinfos" and len(segments) == 2:
            return (200, self.service("ServiceInfoDetailModel")) if segments[1] in ("12", SERVICE_CODE) else fail
        if r.method == "GET" and segments[0] == "serviceconfigs" and segments[2:] == ["processes"]:
            option = _full(self.fields["ProcessOption"], {
                "processOptionId": 9, "seqOrder": 1, "dossierTemplateId": 4, "templateNo": TEMPLATE_NO,
                "templateName": "Hồ sơ cấp giấy phép", "processNo": "QT-ATBX-01", "optionName": "Nộp trực tuyến"})
            return 200, {"total": 1, "data": [option]}
        if r.method == "GET" and segments[0] == "dossiertemplates":
            parts = [_full(self.fields["DossierTemplatePartDataModel"], {
                "partNo": no, "partName": name, "partType": 1, "required": required, "multiple": "false",
                "fileTemplateNo": f"FT-{no}"}) for no, name, required in PARTS]
            parts.append(_full(self.fields["DossierTemplatePartDataModel"], {
                "partNo": "KQ01", "partName": "Giấy phép (kết quả)", "partType": 2, "required": "false"}))
            return 200, _full(self.fields["DossierTemplateDetailModel"], {
                "dossierTemplateId": 4, "templateNo": TEMPLATE_NO, "templateName": "Hồ sơ", "dossierParts": parts})
        if segments[0] == "dossiers":
            return self._dossiers(r, segments[1:], fail)
        return 404, {"message": "no route", "code": 404, "description": r.path}

    def _dossiers(self, r: Recorded, rest: list[str], fail: tuple[int, Any]) -> tuple[int, Any]:
        if r.method == "POST" and not rest:
            existing = self._by_ref(r.fields.get("referenceUid", ""))
            if existing is None:  # CPSDossierBusinessLocalServiceImpl.java:5451: a known referenceUid gives the old dossier
                existing = StoredDossier(self.next_id, r.fields["referenceUid"], dict(r.fields))
                self.dossiers[existing.dossier_id] = existing
                self.next_id += 1
            return 200, self.dossier_body(existing)
        dossier = self._by_ref(rest[0]) if rest else None
        if r.method == "GET" and len(rest) == 1:
            if dossier is None:  # mappingForGetDetail(null): an empty model (DossierUtils.java:899-905)
                return 200, _full(self.fields["DossierDetailModel"], {})
            secret = r.query.get("secretKey")
            if secret is not None and secret.upper() != dossier.form.get("password", "").upper():
                return 203, b"secretKey not sucess"  # DossierManagementImpl.getDetailDossier, plain text
            return 200, self.dossier_body(dossier)
        if dossier is None:
            return fail
        if r.method == "GET" and rest[1:] == ["files"]:
            data = [_full(self.fields["DossierFileModel"], {
                "dossierFileId": index, "referenceUid": f.reference_uid, "dossierPartNo": f.part_no,
                "dossierTemplateNo": TEMPLATE_NO, "fileSize": len(f.data), "fileType": "pdf", "removed": False,
                "eForm": False, "isNew": False, "dossierId": dossier.dossier_id})
                for index, f in enumerate(dossier.files.values(), 1)]
            return 200, {"total": len(data), "data": data}
        if r.method == "POST" and rest[1:] == ["files"]:
            stored = StoredFile(r.fields["referenceUid"], r.fields["dossierPartNo"], r.files["file"])
            dossier.files[stored.reference_uid] = stored  # the same referenceUid replaces (…Impl.java:7085-7110)
            return 200, _full(self.fields["DossierFileModel"], {
                "referenceUid": stored.reference_uid, "dossierPartNo": stored.part_no, "fileSize": len(stored.data),
                "removed": False, "eForm": False, "isNew": False, "dossierId": dossier.dossier_id})
        if r.method == "GET" and len(rest) == 3 and rest[1] == "files":
            stored_file = dossier.files.get(rest[2])
            return (200, stored_file.data) if stored_file else fail
        if r.method == "POST" and rest[1:] == ["actions"]:
            if self.overtaken_action:  # an earlier attempt's action, delayed on the way, lands just before this one
                self.overtaken_action = False
                dossier.actions.append(r.fields["actionCode"])
                dossier.status, dossier.dossier_no = "new", f"{AGENCY}-261203-{dossier.dossier_id:04d}"
                return 405, {"error": "Lỗi xảy ra không thể thực hiện hành động!"}  # DossierManagementImpl.java:1923-1927
            dossier.actions.append(r.fields["actionCode"])
            if r.fields["actionCode"] == "1100":
                dossier.status, dossier.dossier_no = "new", f"{AGENCY}-261203-{dossier.dossier_id:04d}"
            else:
                dossier.status = "receiving"
            return 200, {"actionCode": r.fields["actionCode"], "actionUser": r.fields.get("actionUser"),
                         "actionNote": r.fields.get("actionNote"), "payload": r.fields.get("payload")}
        if r.method == "GET" and rest[1:] == ["payment"]:
            if not self.fee_due:
                return 204, b""  # mappingToPaymentFileModel(null) is null (PaymentFileUtils.java:167-171)
            return 200, _full(self.fields["PaymentFileModel"], {
                "referenceUid": f"{dossier.reference_uid}-P", "paymentAmount": 2_000_000, "feeAmount": 2_000_000,
                "paymentStatus": 0, "paymentFee": "Phí thẩm định", "paymentFileId": 3, "bankInfo": self.bank_info,
                "paymentNote": "Phí thẩm định"})
        return fail
