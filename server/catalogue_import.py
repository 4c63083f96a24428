"""``kiosk-server catalogue import FILE``: load the national procedure database's export (issue 14).

The file is the answer of the national portal's (Cổng Dịch vụ công quốc gia, DVCQG) sharing service in
the shape OpenCPS reads it: ``{"result": [procedure, ...]}``, one object per procedure as the service
``LayThuTuc`` returns it (``LayDanhSachTTHC`` lists the same objects' MATTHC/TENTTHC). The field names
below are those OpenCPS reads in
VietOpenCPS/opencps-v2 @ 2c719850c863,
modules/backend-dossiermgt/backend-dossiermgt-service/src/main/java/org/opencps/dossiermgt/action/impl/
DVCQGIntegrationActionImpl.java (cited as ``DVCQG:<line>``):

=========================================  ===========================  =============================
national field                             source                        kiosk field
=========================================  ===========================  =============================
MATTHC                                     DVCQG:2489, 1259              code
TENTTHC                                    DVCQG:2485, 1259              name_vi
LINHVUCTHUCHIEN[].MALINHVUC/TENLINHVUC     DVCQG:2526-2531               field (by TENLINHVUC, FIELDS)
MACOQUANCONGBO                             DVCQG:2550                    published_by.agency_code
CACHTHUCTHUCHIEN[].KENH                    DVCQG:2575 (1/2/3)            channels
  .THOIGIAN[].THOIGIANGIAIQUYET            DVCQG:2589                    processing_times[].amount
  .THOIGIAN[].DONVITINH                    DVCQG:2590                    processing_times[].unit
  .THOIGIAN[].MOTA                         DVCQG:2591                    processing_times[].description_vi
  .THOIGIAN[].PHILEPHI[].MAPHILEPHI        DVCQG:2599                    fees[].code
  .THOIGIAN[].PHILEPHI[].SOTIEN            DVCQG:2600                    fees[].amount_vnd
  .THOIGIAN[].PHILEPHI[].DONVI             DVCQG:2601                    (must be a đồng unit)
  .THOIGIAN[].PHILEPHI[].MOTA              DVCQG:2602                    fees[].description_vi
DOITUONGTHUCHIEN[].TENDOITUONG             DVCQG:2637-2643               applicants_vi, applicants
KETQUATHUCHIEN[].MAKETQUA/TENKETQUA        DVCQG:2654-2660               result_vi
CANCUPHAPLY[].SOVANBAN/TENVANBAN           DVCQG:2672-2678               legal_documents, legal_basis
TRANGTHAI                                  DVCQG:2690-2691 (1=public)    not 1: left out (removed)
COQUANTHUCHIEN[].TENDONVI/MADONVI          DVCQG:2700-2706               implementing_unit_vi, _code
THANHPHANHOSO[].GIAYTO[].MAGIAYTO          DVCQG:2750-2760               components[].id (normalised)
  .GIAYTO[].TENGIAYTO/TENMAUDON/URL        DVCQG:2761-2763               name_vi, template_form, _url
=========================================  ===========================  =============================

What the source does not carry is not invented: English names keep the procedure's current English
text, or the Vietnamese one; a document's original/copy, number and requirement are not in the export
as OpenCPS reads it, so imported components say ``particulars_known: false`` (placeholders: 1 original,
required); the fee kind (phí/lệ phí), legal bases' dates and the publishing decision's number stay
unknown; no afternoon cut-off; and every imported entry is unverified (``verified`` absent), so the kiosk
asks the citizen to confirm time and fee at the counter.

Everything is validated before the database is touched; the new catalogue is then stored in one
transaction (nothing half-imported), and the added, changed and removed procedure codes are reported.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk_app.api.schemas import (
    ApplicantType,
    DocumentComponent,
    DocumentForm,
    FeeItem,
    LegalDocument,
    ProcedureDetail,
    ProcedureField,
    ProcessingTime,
    PublishingDecision,
    Requirement,
    SubmissionChannel,
    TimeUnit,
)
from server.catalogue import CatalogueFile, store_procedures
from server.json_limits import nesting_depth
from server.models import Procedure

MAX_FILE_BYTES = 20 * 1024 * 1024
"""The ministry's whole catalogue is a few hundred procedures, well under 20 MiB."""
MAX_DEPTH = 12
"""The deepest national object is result > procedure > CACHTHUCTHUCHIEN > THOIGIAN > PHILEPHI > fee (6)."""
MAX_PROCEDURES = 5000
MAX_ITEMS = 200
"""Per list in one procedure (documents, fees, legal bases...)."""
MAX_TEXT = 4000

FIELDS: dict[str, ProcedureField] = {
    "hoạt động khoa học và công nghệ": ProcedureField.SCIENCE_TECHNOLOGY,
    "khoa học và công nghệ": ProcedureField.SCIENCE_TECHNOLOGY,
    "sở hữu trí tuệ": ProcedureField.INTELLECTUAL_PROPERTY,
    "tiêu chuẩn đo lường chất lượng": ProcedureField.STANDARDS_METROLOGY_QUALITY,
    "năng lượng nguyên tử, an toàn bức xạ và hạt nhân": ProcedureField.RADIATION_SAFETY,
    "an toàn bức xạ và hạt nhân": ProcedureField.RADIATION_SAFETY,
    "viễn thông": ProcedureField.TELECOMMUNICATIONS,
    "viễn thông và internet": ProcedureField.TELECOMMUNICATIONS,
    "tần số vô tuyến điện": ProcedureField.RADIO_FREQUENCIES,
    "bưu chính": ProcedureField.POSTAL_SERVICES,
}
"""The ministry's fields by their national name (TENLINHVUC, lower case, NFC); another name is refused."""

UNITS: dict[str, TimeUnit] = {
    "ngày làm việc": TimeUnit.WORKING_DAYS,
    "ngày": TimeUnit.CALENDAR_DAYS,
    "ngày (kể cả ngày nghỉ)": TimeUnit.CALENDAR_DAYS,
    "tháng": TimeUnit.MONTHS,
}
"""DONVITINH as the portal writes it (lower case, NFC); another unit is refused, never guessed."""

CHANNEL_NAMES = {SubmissionChannel.IN_PERSON: "trực tiếp", SubmissionChannel.ONLINE: "trực tuyến",
                 SubmissionChannel.POST: "qua bưu chính công ích"}
"""KENH 1/2/3 as OpenCPS names them (DVCQG:2576-2581)."""
CURRENCIES = {"đồng", "vnđ", "vnd", "đ"}
_CODE = re.compile(r"^[0-9]\.[0-9]{6}$")


class CatalogueImportError(ValueError):
    """The export was refused; ``record`` (1-based, or None for the whole file) and ``field`` say where."""

    def __init__(self, record: int | None, code: str | None, field_path: str, message: str) -> None:
        self.record, self.code, self.field = record, code, field_path
        where = "tệp" if record is None else f"bản ghi {record}" + (f" (MATTHC {code})" if code else "")
        super().__init__(f"{where}, trường {field_path}: {message}")


@dataclass(frozen=True)
class ImportReport:
    """What an import changed, by procedure code."""

    version: str
    source: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Console text (Vietnamese, like the server's other console output)."""
        lines = [f"Đã nhập danh mục {self.version} từ {self.source}:",
                 f"  thêm {len(self.added)}: {', '.join(self.added) or '-'}",
                 f"  sửa {len(self.changed)}: {', '.join(self.changed) or '-'}",
                 f"  bỏ {len(self.removed)}: {', '.join(self.removed) or '-'}",
                 f"  giữ nguyên {len(self.unchanged)}"]
        return "\n".join(lines)


# ---------------------------------------------------------------- the national shape


class _National(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, str_max_length=MAX_TEXT)


class _Fee(_National):
    MAPHILEPHI: str | None = None
    SOTIEN: float = Field(ge=0, le=10**12)
    DONVI: str | None = None
    MOTA: str | None = None


class _Time(_National):
    THOIGIANGIAIQUYET: int = Field(ge=0, le=3650)
    DONVITINH: str
    MOTA: str | None = None
    PHILEPHI: list[_Fee] = Field(default_factory=list, max_length=MAX_ITEMS)


class _Channel(_National):
    KENH: int
    THOIGIAN: list[_Time] = Field(min_length=1, max_length=MAX_ITEMS)


class _Field(_National):
    MALINHVUC: str | None = None
    TENLINHVUC: str = Field(min_length=1)


class _Applicant(_National):
    TENDOITUONG: str = Field(min_length=1)


class _Result(_National):
    MAKETQUA: str | None = None
    TENKETQUA: str = Field(min_length=1)


class _Legal(_National):
    SOVANBAN: str = Field(min_length=1, max_length=200)
    TENVANBAN: str | None = None


class _Agency(_National):
    TENDONVI: str = Field(min_length=1)
    MADONVI: str | None = Field(default=None, max_length=60)


class _Document(_National):
    MAGIAYTO: str | None = None
    TENGIAYTO: str = Field(min_length=1)
    TENMAUDON: str | None = None
    URL: str | None = Field(default=None, max_length=2000)


class _DocumentGroup(_National):
    GIAYTO: list[_Document] = Field(default_factory=list, max_length=MAX_ITEMS)


class _Procedure(_National):
    MATTHC: str = Field(pattern=_CODE.pattern)
    TENTTHC: str = Field(min_length=1, max_length=1000)
    LINHVUCTHUCHIEN: list[_Field] = Field(min_length=1, max_length=MAX_ITEMS)
    MACOQUANCONGBO: str | None = Field(default=None, max_length=60)
    CACHTHUCTHUCHIEN: list[_Channel] = Field(min_length=1, max_length=MAX_ITEMS)
    DOITUONGTHUCHIEN: list[_Applicant] = Field(min_length=1, max_length=MAX_ITEMS)
    KETQUATHUCHIEN: list[_Result] = Field(min_length=1, max_length=MAX_ITEMS)
    CANCUPHAPLY: list[_Legal] = Field(default_factory=list, max_length=MAX_ITEMS)
    TRANGTHAI: int = 1
    COQUANTHUCHIEN: list[_Agency] = Field(min_length=1, max_length=MAX_ITEMS)
    THANHPHANHOSO: list[_DocumentGroup] = Field(default_factory=list, max_length=MAX_ITEMS)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# ---------------------------------------------------------------- reading and converting


def read_export(path: Path) -> tuple[list[dict[str, Any]], str]:
    """The export's procedure objects and its SHA-256, after the size, depth and shape checks."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CatalogueImportError(None, None, "(kích thước)", f"tệp lớn hơn {MAX_FILE_BYTES} byte")
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogueImportError(None, None, "(kích thước)", f"tệp lớn hơn {MAX_FILE_BYTES} byte")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CatalogueImportError(None, None, "(mã hóa)", f"không phải UTF-8 ({error.start})") from None
    if nesting_depth(text, stop_above=MAX_DEPTH) > MAX_DEPTH:
        raise CatalogueImportError(None, None, "(độ sâu)", f"lồng sâu hơn {MAX_DEPTH} cấp")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueImportError(None, None, "(JSON)", f"JSON không hợp lệ: {error.msg}, dòng {error.lineno}") \
            from None
    if not isinstance(document, dict) or not isinstance(document.get("result"), list):
        raise CatalogueImportError(None, None, "result", "cần một đối tượng có danh sách \"result\"")
    records = document["result"]
    if not records:
        raise CatalogueImportError(None, None, "result", "danh sách rỗng")
    if len(records) > MAX_PROCEDURES:
        raise CatalogueImportError(None, None, "result", f"nhiều hơn {MAX_PROCEDURES} thủ tục")
    return records, hashlib.sha256(raw).hexdigest()


def convert(index: int, record: Any, english: ProcedureDetail | None) -> ProcedureDetail | None:
    """One national record as a catalogue entry (None when it is not public); raises naming record and field."""
    code = record.get("MATTHC") if isinstance(record, dict) else None
    code = code if isinstance(code, str) else None

    def fail(field_path: str, message: str) -> CatalogueImportError:
        return CatalogueImportError(index, code, field_path, message)

    if not isinstance(record, dict):
        raise fail("(bản ghi)", "cần một đối tượng JSON")
    try:
        national = _Procedure.model_validate(record)
    except ValidationError as error:
        first = error.errors()[0]
        raise fail(_path(first["loc"]) or "(bản ghi)", first["msg"]) from None
    if national.TRANGTHAI != 1:
        return None
    field_name = national.LINHVUCTHUCHIEN[0].TENLINHVUC
    if _key(field_name) not in FIELDS:
        raise fail("LINHVUCTHUCHIEN[0].TENLINHVUC", f"lĩnh vực {field_name!r} không thuộc Bộ")
    channels: list[SubmissionChannel] = []
    times: list[ProcessingTime] = []
    fees: list[FeeItem] = []
    fee_channels: dict[tuple[str | None, int | None, str], list[SubmissionChannel]] = {}
    for c, channel in enumerate(national.CACHTHUCTHUCHIEN):
        try:
            kind = SubmissionChannel(channel.KENH)
        except ValueError:
            raise fail(f"CACHTHUCTHUCHIEN[{c}].KENH", f"kênh {channel.KENH} không phải 1, 2 hoặc 3") from None
        if kind not in channels:
            channels.append(kind)
        for t, time in enumerate(channel.THOIGIAN):
            unit = UNITS.get(_key(time.DONVITINH))
            if unit is None:
                raise fail(f"CACHTHUCTHUCHIEN[{c}].THOIGIAN[{t}].DONVITINH",
                           f"đơn vị thời gian {time.DONVITINH!r} không rõ")
            times.append(ProcessingTime(amount=time.THOIGIANGIAIQUYET, unit=unit, channel=kind,
                                        description_vi=time.MOTA or None))
            for f, fee in enumerate(time.PHILEPHI):
                where = f"CACHTHUCTHUCHIEN[{c}].THOIGIAN[{t}].PHILEPHI[{f}]"
                if fee.DONVI and _key(fee.DONVI) not in CURRENCIES:
                    raise fail(f"{where}.DONVI", f"đơn vị tiền {fee.DONVI!r} không phải đồng")
                if fee.SOTIEN != int(fee.SOTIEN):
                    raise fail(f"{where}.SOTIEN", "số tiền lẻ đồng")
                amount = int(fee.SOTIEN)
                if amount == 0 and fee.MOTA:
                    amount_vnd: int | None = None  # a charge only described ("theo quy định...")
                else:
                    amount_vnd = amount
                fee_channels.setdefault((fee.MAPHILEPHI or None, amount_vnd, fee.MOTA or ""), []).append(kind)
    for (fee_code, amount_vnd, text), where_paid in fee_channels.items():
        case = None if set(where_paid) == set(channels) else \
            "Nộp " + ", ".join(CHANNEL_NAMES[c] for c in dict.fromkeys(where_paid))
        fees.append(FeeItem(amount_vnd=amount_vnd, description_vi=text or "Phí, lệ phí", description_en=text or "Fee",
                            code=fee_code, case_vi=case))
    in_person = next((t for t in times if t.channel is SubmissionChannel.IN_PERSON), times[0])
    components: list[DocumentComponent] = []
    for g, group in enumerate(national.THANHPHANHOSO):
        for d, document in enumerate(group.GIAYTO):
            ident = re.sub(r"[^a-z0-9_]", "_", _key(document.MAGIAYTO or f"doc_{g}_{d}"))[:40] or f"doc_{g}_{d}"
            if any(existing.id == ident for existing in components):
                raise fail(f"THANHPHANHOSO[{g}].GIAYTO[{d}].MAGIAYTO", f"mã giấy tờ {ident!r} trùng")
            components.append(DocumentComponent(
                id=ident, name_vi=document.TENGIAYTO, name_en=document.TENGIAYTO, form=DocumentForm.ORIGINAL,
                copies=1, requirement=Requirement.REQUIRED, template_form=document.TENMAUDON or None,
                template_url=document.URL or None, particulars_known=False))
    applicants = _applicant_types(national.DOITUONGTHUCHIEN)
    if not applicants:
        raise fail("DOITUONGTHUCHIEN[0].TENDOITUONG", "không nhận ra cá nhân hay tổ chức")
    applicants_vi = "; ".join(a.TENDOITUONG for a in national.DOITUONGTHUCHIEN)
    result_vi = "; ".join(r.TENKETQUA for r in national.KETQUATHUCHIEN)
    agency = national.COQUANTHUCHIEN[0]
    legal = [LegalDocument(number=basis.SOVANBAN, title_vi=basis.TENVANBAN or None) for basis in national.CANCUPHAPLY]
    first_fee = fees[0].amount_vnd if fees else 0
    detail = {
        "code": national.MATTHC, "name_vi": national.TENTTHC,
        "name_en": english.name_en if english else national.TENTTHC,
        "field": FIELDS[_key(field_name)], "processing_days": in_person.amount, "fee_vnd": first_fee or 0,
        "implementing_unit_vi": agency.TENDONVI,
        "implementing_unit_en": english.implementing_unit_en if english else agency.TENDONVI,
        "implementing_unit_code": agency.MADONVI or None,
        "applicants": applicants, "applicants_vi": applicants_vi,
        "applicants_en": english.applicants_en if english else applicants_vi,
        "fees": fees, "result_vi": result_vi, "result_en": english.result_en if english else result_vi,
        "legal_basis": [f"{b.number} {b.title_vi or ''}".strip() for b in legal], "legal_documents": legal,
        "channels": channels, "components": components, "processing_times": times,
        "published_by": PublishingDecision(agency_code=national.MACOQUANCONGBO) if national.MACOQUANCONGBO else None,
    }
    try:
        return ProcedureDetail.model_validate(detail)
    except ValidationError as error:
        first = error.errors()[0]
        raise fail(_path(first["loc"]), first["msg"]) from None


def _applicant_types(applicants: list[_Applicant]) -> list[ApplicantType]:
    found: list[ApplicantType] = []
    for applicant in applicants:
        name = _key(applicant.TENDOITUONG)
        if any(word in name for word in ("công dân", "cá nhân", "người")) and ApplicantType.CITIZEN not in found:
            found.append(ApplicantType.CITIZEN)
        if any(word in name for word in ("tổ chức", "doanh nghiệp", "cơ quan", "hợp tác xã")) \
                and ApplicantType.BUSINESS not in found:
            found.append(ApplicantType.BUSINESS)
    return found


def parse_export(path: Path, current: dict[str, ProcedureDetail]) -> tuple[list[ProcedureDetail], str]:
    """Validate the whole export; the public procedures and the catalogue version it becomes."""
    records, digest = read_export(path)
    procedures: list[ProcedureDetail] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        code = record.get("MATTHC") if isinstance(record, dict) else None
        detail = convert(index, record, current.get(code) if isinstance(code, str) else None)
        if detail is None:
            continue
        if detail.code in seen:
            raise CatalogueImportError(index, detail.code, "MATTHC", f"trùng với bản ghi {seen[detail.code]}")
        seen[detail.code] = index
        procedures.append(detail)
    if not procedures:
        raise CatalogueImportError(None, None, "result", "không có thủ tục nào đang công khai (TRANGTHAI = 1)")
    version = f"dvcqg-{digest[:12]}"
    try:
        CatalogueFile(version=version, procedures=procedures)  # the same whole-catalogue checks as the file
    except ValidationError as error:
        raise CatalogueImportError(None, None, "result", error.errors()[0]["msg"]) from None
    return procedures, version


def import_catalogue(session: Session, path: Path) -> ImportReport:
    """Validate ``path`` completely, then store it in ``session``'s transaction; report what changed.

    The caller's transaction (``Database.write``) commits it whole or, on any exception, not at all.
    """
    rows = {row.code: row for row in session.scalars(select(Procedure))}
    current = {code: ProcedureDetail.model_validate(row.data) for code, row in rows.items() if row.active}
    procedures, version = parse_export(path, current)
    source = f"Cơ sở dữ liệu quốc gia về TTHC (DVCQG), tệp {path.name}"
    report = ImportReport(version=version, source=source)
    new_codes = {p.code for p in procedures}
    for procedure in procedures:
        before = current.get(procedure.code)
        if before is None:
            report.added.append(procedure.code)
        elif before.model_dump(mode="json") != procedure.model_dump(mode="json"):
            report.changed.append(procedure.code)
        else:
            report.unchanged.append(procedure.code)
    report.removed.extend(sorted(code for code in current if code not in new_codes))
    store_procedures(session, procedures, version, source)
    return report
