"""The JSON bodies of the OpenCPS response models, field names and types as the JAXB models declare them.

``API/`` is modules/backend-api-rest/src/main/java/org/opencps/api/ of VietOpenCPS/opencps-v2. Null fields are
left out (the kiosk adapter must treat every field as optional); dates are ``dd/MM/yyyy HH:mm:ss``
(APIDateTimeUtils._NORMAL_PARTTERN, modules/backend-auth/.../APIDateTimeUtils.java:23).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from testkit.opencps_sim.process import VN_TZ

JsonObject = dict[str, Any]


def api_date(stamp: str | None) -> str | None:
    if not stamp:
        return None
    return datetime.fromisoformat(stamp).astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M:%S")


def _compact(model: JsonObject) -> JsonObject:
    return {key: value for key, value in model.items() if value is not None}


def error_msg(code: int, message: str, description: str | None) -> JsonObject:
    """ErrorMsgModel {message, code, description} (modules/backend-auth/.../exception/ErrorMsgModel.java:48-50),
    what BusinessExceptionImpl.processException answers."""
    return _compact({"message": message, "code": code, "description": description})


def service_info_service_config(row: sqlite3.Row) -> JsonObject:
    """ServiceInfoServiceConfig (API/serviceinfo/model/ServiceInfoServiceConfig.java:50-55)."""
    return {"govAgencyCode": row["gov_agency_code"], "govAgencyName": row["gov_agency_name"],
            "serviceInstruction": row["service_instruction"], "serviceLevel": int(row["service_level"]),
            "serviceUrl": "", "serviceConfigId": int(row["service_config_id"])}


def service_info(row: sqlite3.Row, configs: list[sqlite3.Row], *, detail: bool) -> JsonObject:
    """ServiceInfoModel (API/serviceinfo/model/ServiceInfoModel.java:88-123) or, with ``detail``,
    ServiceInfoDetailModel (ServiceInfoDetailModel.java:91-134)."""
    model: JsonObject = {
        "serviceInfoId": int(row["service_info_id"]), "createDate": api_date(row["create_date"]),
        "modifiedDate": api_date(row["create_date"]), "serviceCode": row["service_code"],
        "serviceName": row["service_name"], "processText": row["process_text"], "methodText": row["method_text"],
        "dossierText": row["dossier_text"], "conditionText": row["condition_text"],
        "durationText": row["duration_text"], "applicantText": row["applicant_text"],
        "resultText": row["result_text"], "regularText": row["regular_text"], "feeText": row["fee_text"],
        "administrationCode": row["administration_code"], "administrationName": row["administration_name"],
        "domainCode": row["domain_code"], "domainName": row["domain_name"], "maxLevel": int(row["max_level"]),
        "public": "true", "active": "true",
        "serviceConfigs": [service_info_service_config(c) for c in configs]}
    if detail:
        model["govAgencyText"] = ", ".join(str(c["gov_agency_name"]) for c in configs)
        model["isNotarization"] = False
        model["fileTemplates"] = []
    else:
        model["serviceCodeDVCQG"] = row["service_code"]
        model["serviceNameDVCQG"] = row["service_name"]
    return _compact(model)


def service_config(row: sqlite3.Row) -> JsonObject:
    """ServiceConfig (API/serviceconfig/model/ServiceConfig.java:74-91); row joins service_info."""
    return {"serviceConfigId": int(row["service_config_id"]), "createDate": api_date(row["create_date"]),
            "modifiedDate": api_date(row["create_date"]), "serviceInfoId": int(row["service_info_id"]),
            "serviceCode": row["service_code"], "serviceName": row["service_name"],
            "domainCode": row["domain_code"], "domainName": row["domain_name"],
            "govAgencyCode": row["gov_agency_code"], "govAgencyName": row["gov_agency_name"],
            "serviceInstruction": row["service_instruction"], "serviceLevel": str(row["service_level"]),
            "serviceUrl": "", "forCitizen": str(bool(row["for_citizen"])).lower(),
            "forBusiness": str(bool(row["for_business"])).lower(), "postalService": "false", "registration": "false"}


def process_option(row: sqlite3.Row) -> JsonObject:
    """ProcessOption (API/serviceconfig/model/ProcessOption.java:65-85); row joins dossier_template."""
    return {"processOptionId": int(row["process_option_id"]), "seqOrder": 1, "autoSelect": "true",
            "instructionNote": "", "submissionNote": "", "dossierTemplateId": int(row["dossier_template_id"]),
            "templateNo": row["template_no"], "templateName": row["template_name"],
            "serviceProcessId": int(row["service_process_id"]), "processNo": row["process_no"],
            "processName": row["process_name"], "optionName": row["option_name"]}


def dossier_part(row: sqlite3.Row) -> JsonObject:
    """DossierTemplatePartDataModel (API/dossiertemplate/model/DossierTemplatePartDataModel.java:63-75)."""
    return {"partNo": row["part_no"], "partName": row["part_name"], "partTip": row["part_tip"],
            "partType": int(row["part_type"]), "multiple": str(bool(row["multiple"])).lower(),
            "required": str(bool(row["required"])).lower(), "fileTemplateNo": row["file_template_no"],
            "esign": "false", "hasForm": "false", "typeCode": "", "deliverableAction": 0, "fileMark": 0,
            "eForm": "false"}


def dossier_template(row: sqlite3.Row, parts: list[sqlite3.Row]) -> JsonObject:
    """DossierTemplateDetailModel (API/dossiertemplate/model/DossierTemplateDetailModel.java:61-69)."""
    return {"dossierTemplateId": int(row["dossier_template_id"]), "createDate": api_date(row["create_date"]),
            "modifiedDate": api_date(row["create_date"]), "templateName": row["template_name"],
            "description": row["description"], "templateNo": row["template_no"],
            "dossierParts": [dossier_part(p) for p in parts]}


def empty_dossier_detail() -> JsonObject:
    """``mappingForGetDetail(null)`` (API/controller/util/DossierUtils.java:899-905): a new DossierDetailModel
    whose only non-null fields are its primitive ints (DossierDetailModel.java:302,306,315)."""
    return {"processUnit": 0, "originality": 0, "systemId": 0}


def dossier_detail(row: sqlite3.Row, action: sqlite3.Row | None, payment: sqlite3.Row | None) -> JsonObject:
    """DossierDetailModel (API/dossier/model/DossierDetailModel.java:212-320) as DossierUtils.mappingForGetDetail
    fills it (DossierUtils.java:899-1000): the applicant's name upper-cased, lastAction*/step* from the current
    DossierAction."""
    given: JsonObject = json.loads(str(row["input_json"]))

    def text(name: str) -> str | None:
        value = given.get(name)
        return None if value is None else str(value)

    model: JsonObject = {
        "dossierIdCTN": "", "dossierId": int(row["dossier_id"]), "groupId": int(row["group_id"]),
        "userId": int(row["user_id"]), "createDate": api_date(row["create_date"]),
        "modifiedDate": api_date(row["modified_date"]), "referenceUid": row["reference_uid"], "counter": 0,
        "serviceCode": row["service_code"], "serviceName": row["service_name"],
        "govAgencyCode": row["gov_agency_code"], "govAgencyName": row["gov_agency_name"],
        "dossierTemplateNo": row["dossier_template_no"], "dossierTemplateName": row["dossier_template_name"],
        "dossierName": text("dossierName") or row["service_name"],
        "applicantName": (text("applicantName") or "").upper(), "applicantIdType": text("applicantIdType"),
        "applicantIdNo": text("applicantIdNo"), "applicantIdDate": text("applicantIdDate"),
        "address": text("address"), "cityCode": text("cityCode"), "districtCode": text("districtCode"),
        "wardCode": text("wardCode"), "contactName": text("contactName"), "contactTelNo": text("contactTelNo"),
        "contactEmail": text("contactEmail"), "applicantNote": text("applicantNote"),
        "briefNote": text("briefNote"), "delegateName": text("delegateName"), "delegateIdNo": text("delegateIdNo"),
        "delegateTelNo": text("delegateTelNo"), "delegateEmail": text("delegateEmail"),
        "delegateAddress": text("delegateAddress"), "metaData": text("metaData"),
        "dossierNo": row["dossier_no"], "submitting": "false",
        "submitDate": api_date(row["submit_date"]), "receiveDate": api_date(row["receive_date"]),
        "dueDate": api_date(row["due_date"]), "releaseDate": api_date(row["release_date"]),
        "finishDate": api_date(row["finish_date"]),
        "dossierStatus": row["dossier_status"], "dossierStatusText": row["dossier_status_text"],
        "dossierSubStatus": row["dossier_sub_status"], "dossierSubStatusText": row["dossier_sub_status_text"],
        "viaPostal": "0", "online": row["online"], "originality": int(row["originality"]),
        "durationCount": float(row["duration_days"]), "durationUnit": 0, "processUnit": 0, "systemId": 0,
        "dossierActionId": int(row["dossier_action_id"]), "permission": "",
    }
    if payment is not None:
        model["paymentFee"] = payment["payment_fee"]
        model["paymentNote"] = payment["payment_note"]
    if action is not None:
        model.update({
            "lastActionDate": api_date(action["create_date"]), "lastActionCode": action["action_code"],
            "lastActionName": action["action_name"], "lastActionUser": str(action["action_user"]).upper(),
            "lastActionNote": action["action_note"], "lastActionUserId": int(action["user_id"]),
            "stepCode": action["step_code"], "stepName": action["step_name"],
            "stepDuedate": api_date(action["due_date"]), "stepOverdue": "false"})
    return _compact(model)


def dossier_action_detail(row: sqlite3.Row) -> JsonObject:
    """DossierActionDetailModel (API/dossier/model/DossierActionDetailModel.java:39-54) as
    DossierUtils.mappingDossierAction fills it (DossierUtils.java:1386-1401)."""
    return {"dossierActionId": int(row["dossier_action_id"]), "dossierId": int(row["dossier_id"]),
            "dossierDocumentId": int(row["dossier_document_id"]), "fromStepCode": row["from_step_code"],
            "nextActionId": 0, "groupId": int(row["group_id"]), "previousActionId": int(row["previous_action_id"]),
            "sequenceNo": row["sequence_no"], "serviceProcessId": int(row["service_process_id"]),
            "rollbackable": False}


def dossier_file(row: sqlite3.Row) -> JsonObject:
    """DossierFileModel (API/dossierfile/model/DossierFileModel.java:78-99)."""
    return {"dossierFileId": int(row["dossier_file_id"]), "createDate": api_date(row["create_date"]),
            "modifiedDate": api_date(row["modified_date"]), "referenceUid": row["reference_uid"],
            "dossierTemplateNo": row["dossier_template_no"], "dossierPartNo": row["dossier_part_no"],
            "dossierPartType": int(row["dossier_part_type"]), "fileTemplateNo": row["file_template_no"],
            "displayName": row["display_name"], "dossierPartName": row["dossier_part_name"],
            "fileType": row["file_type"], "fileSize": int(row["file_size"]),
            "fileVersion": str(row["file_version"]), "isNew": False, "signCheck": 0, "signInfo": "",
            "removed": bool(row["removed"]), "eForm": False, "formData": "", "dossierId": int(row["dossier_id"])}


def payment_file(row: sqlite3.Row, dossier: sqlite3.Row) -> JsonObject:
    """PaymentFileModel (API/paymentfile/model/PaymentFileModel.java:106-138)."""
    given: JsonObject = json.loads(str(dossier["input_json"]))
    return _compact({
        "createDate": api_date(row["create_date"]), "modifiedDate": api_date(row["modified_date"]),
        "referenceUid": row["reference_uid"], "govAgencyCode": dossier["gov_agency_code"],
        "govAgencyName": dossier["gov_agency_name"], "applicantName": given.get("applicantName"),
        "applicantIdNo": given.get("applicantIdNo"), "isNew": 0, "paymentFee": row["payment_fee"],
        "advanceAmount": 0, "feeAmount": int(row["fee_amount"]), "serviceAmount": 0, "shipAmount": 0,
        "paymentAmount": int(row["payment_amount"]), "paymentNote": row["payment_note"], "bankInfo": "",
        "epaymentProfile": "", "paymentStatus": int(row["payment_status"]), "paymentMethod": row["payment_method"],
        "confirmDatetime": api_date(row["confirm_datetime"]), "approveDatetime": api_date(row["approve_datetime"]),
        "paymentFileId": int(row["payment_file_id"])})


def deliverable_item(row: sqlite3.Row) -> JsonObject:
    """One item of GET /deliverables: the deliverable's formData plus ``ten_chung_chi`` and ``deliverableCode``
    (IMPL/DeliverablesManagementImpl.java:152-167; keys DeliverableTerm.java:5,27)."""
    item: JsonObject = json.loads(str(row["form_data"]))
    item["ten_chung_chi"] = row["deliverable_name"]
    item["deliverableCode"] = row["deliverable_code"]
    return item
