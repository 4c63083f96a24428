"""The OpenCPS v2 REST response models the adapter reads, as the platform's source declares them.

Each class names the JAXB model it mirrors, under modules/backend-api-rest/src/main/java/org/opencps/api/
of VietOpenCPS/opencps-v2 (commit 2c719850), with the line of its class declaration. Field names are the
JSON names (JAXB field access: the Java field name, or its ``@XmlElement(name=...)``). Only the fields the
adapter uses are declared; every one is optional, because OpenCPS leaves unset fields out of its JSON, and
unknown fields are ignored (an installation may run a newer version with more). Dates are strings
``dd/MM/yyyy HH:mm:ss`` (``APIDateTimeUtils._NORMAL_PARTTERN``, modules/backend-auth/src/main/java/org/
opencps/auth/utils/APIDateTimeUtils.java:23): :func:`parse_opencps_datetime` reads them.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "DossierDetailModel",
    "DossierFileModel",
    "DossierFileResultsModel",
    "DossierTemplateDetailModel",
    "DossierTemplatePartDataModel",
    "ErrorMsgModel",
    "PaymentFileModel",
    "ProcessOption",
    "ProcessOptionResultsModel",
    "ServiceInfoDetailModel",
    "ServiceInfoModel",
    "ServiceInfoResultsModel",
    "ServiceInfoServiceConfig",
    "parse_opencps_datetime",
]

OPENCPS_DATETIME_FORMAT = "%d/%m/%Y %H:%M:%S"


def parse_opencps_datetime(value: str | None) -> datetime | None:
    """An OpenCPS date (``dd/MM/yyyy HH:mm:ss``, or ``dd/MM/yyyy``) as a naive local datetime; None when blank."""
    if not value or not value.strip():
        return None
    text = value.strip()
    for pattern in (OPENCPS_DATETIME_FORMAT, "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(f"not an OpenCPS date: {value!r}")


class _OpenCpsModel(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    @field_validator("*", mode="before")
    @classmethod
    def _numbers_as_text(cls, value: Any, info: Any) -> Any:
        # JAXB writes String fields that hold numbers either way ("1" or 1) depending on the JSON provider.
        field = cls.model_fields.get(info.field_name)
        if field is not None and field.annotation in (str, str | None) and isinstance(value, int | float):
            return str(value)
        return value


class ErrorMsgModel(_OpenCpsModel):
    """The body of every error (backend-auth .../api/exception/ErrorMsgModel.java:45; BusinessExceptionImpl.processException)."""

    message: str | None = None
    code: int | None = None
    description: str | None = None


class ServiceInfoServiceConfig(_OpenCpsModel):
    """One agency handling a procedure (serviceinfo/model/ServiceInfoServiceConfig.java:48)."""

    govAgencyCode: str | None = None
    govAgencyName: str | None = None
    serviceLevel: int | None = None
    serviceConfigId: int | None = None


class ServiceInfoDetailModel(_OpenCpsModel):
    """One procedure, ``GET /serviceinfos/{id}`` (serviceinfo/model/ServiceInfoDetailModel.java:89)."""

    serviceInfoId: int | None = None
    modifiedDate: str | None = None
    serviceCode: str | None = None
    serviceName: str | None = None
    durationText: str | None = None
    feeText: str | None = None
    applicantText: str | None = None
    resultText: str | None = None
    regularText: str | None = None
    administrationName: str | None = None
    domainCode: str | None = None
    domainName: str | None = None
    public: str | None = None
    active: str | None = None
    serviceConfigs: list[ServiceInfoServiceConfig] = Field(default_factory=list)


class ServiceInfoModel(ServiceInfoDetailModel):
    """A procedure in the list (serviceinfo/model/ServiceInfoModel.java:86): the detail's fields and the national code."""

    serviceCodeDVCQG: str | None = None


class ServiceInfoResultsModel(_OpenCpsModel):
    """``GET /serviceinfos`` (serviceinfo/model/ServiceInfoResultsModel.java:45)."""

    total: int | None = None
    data: list[ServiceInfoModel] = Field(default_factory=list)


class ProcessOption(_OpenCpsModel):
    """A way of processing a procedure at an agency and its dossier template (serviceconfig/model/ProcessOption.java:63)."""

    processOptionId: int | None = None
    seqOrder: int | None = None
    dossierTemplateId: int | None = None
    templateNo: str | None = None  # Java field templateNo0020, @XmlElement(name = "templateNo") (ProcessOption.java:71-72)
    templateName: str | None = None
    processNo: str | None = None
    optionName: str | None = None


class ProcessOptionResultsModel(_OpenCpsModel):
    """``GET /serviceconfigs/{id}/processes`` (serviceconfig/model/ProcessOptionResultsModel.java:45)."""

    total: int | None = None
    data: list[ProcessOption] = Field(default_factory=list)


class DossierTemplatePartDataModel(_OpenCpsModel):
    """A dossier part (thành phần hồ sơ) of a template (dossiertemplate/model/DossierTemplatePartDataModel.java:61)."""

    partNo: str
    partName: str | None = None
    partTip: str | None = None
    partType: int | None = None
    multiple: str | None = None
    required: str | None = None
    fileTemplateNo: str | None = None


class DossierTemplateDetailModel(_OpenCpsModel):
    """``GET /dossiertemplates/{id}`` (dossiertemplate/model/DossierTemplateDetailModel.java:59)."""

    dossierTemplateId: int | None = None
    templateNo: str | None = None
    templateName: str | None = None
    dossierParts: list[DossierTemplatePartDataModel] = Field(default_factory=list)


class DossierDetailModel(_OpenCpsModel):
    """A dossier (dossier/model/DossierDetailModel.java:211), as ``GET``/``POST /dossiers`` answer it."""

    dossierId: int
    referenceUid: str | None = None
    dossierNo: str | None = None
    serviceCode: str | None = None
    serviceName: str | None = None
    govAgencyCode: str | None = None
    govAgencyName: str | None = None
    dossierTemplateNo: str | None = None
    applicantName: str | None = None
    contactTelNo: str | None = None
    submitDate: str | None = None
    receiveDate: str | None = None
    dueDate: str | None = None
    releaseDate: str | None = None
    finishDate: str | None = None
    dossierStatus: str | None = None
    dossierStatusText: str | None = None
    dossierSubStatus: str | None = None
    dossierSubStatusText: str | None = None
    viaPostal: str | None = None
    lastActionDate: str | None = None
    lastActionCode: str | None = None
    lastActionName: str | None = None
    lastActionUser: str | None = None
    lastActionNote: str | None = None
    stepCode: str | None = None
    stepName: str | None = None
    stepDuedate: str | None = None
    stepOverdue: str | None = None
    durationCount: float | None = None
    durationUnit: int | None = None
    dossierName: str | None = None


class DossierFileModel(_OpenCpsModel):
    """One uploaded file of a dossier (dossierfile/model/DossierFileModel.java:77)."""

    dossierFileId: int | None = None
    referenceUid: str | None = None
    dossierTemplateNo: str | None = None
    dossierPartNo: str | None = None
    fileTemplateNo: str | None = None
    displayName: str | None = None
    fileType: str | None = None
    fileSize: int | None = None
    removed: bool | None = None


class DossierFileResultsModel(_OpenCpsModel):
    """``GET /dossiers/{id}/files`` (dossierfile/model/DossierFileResultsModel.java:45)."""

    total: int | None = None
    data: list[DossierFileModel] = Field(default_factory=list)


class PaymentFileModel(_OpenCpsModel):
    """A dossier's fee and its payment state (paymentfile/model/PaymentFileModel.java:104)."""

    referenceUid: str | None = None
    paymentFee: str | None = None
    feeAmount: int | None = None
    serviceAmount: int | None = None
    shipAmount: int | None = None
    advanceAmount: int | None = None
    paymentAmount: int | None = None
    paymentNote: str | None = None
    bankInfo: str | None = None
    paymentStatus: int | None = None
    paymentMethod: str | None = None
