"""The simulated OpenCPS site: its groupId, accounts and catalogue, seeded from our resources/catalogue.

Our procedure → one ServiceInfo (serviceCode = our code), one ServiceConfig per agency that receives it, one
ProcessOption naming a DossierTemplate whose DossierParts are our document components in order (partNo TP01,
TP02, ..., partName = the component's Vietnamese name) plus the output part ``KQ`` (partType 2, the result).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from testkit.opencps_sim.store import Store, password_digest

CATALOGUE_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.yaml"

GROUP_ID = 35417
MINISTRY_AGENCY = ("BKHCN", "Bộ Khoa học và Công nghệ")
#: A second agency (a provincial department) that also receives the science-and-technology procedures, so a
#: client's ``agency`` filter has something to filter out.
PROVINCE_AGENCY = ("SKHCN-HN", "Sở Khoa học và Công nghệ Hà Nội")
PROVINCE_FIELDS = frozenset({"science_technology"})

KIOSK_USER = "kiosk01@most.gov.vn"
KIOSK_PASSWORD = "kiosk-sim-password"
OFFICER_USER = "canbo01@most.gov.vn"
OFFICER_PASSWORD = "officer-sim-password"

DOMAIN_NAMES: dict[str, str] = {
    "radiation_safety": "An toàn bức xạ và hạt nhân", "intellectual_property": "Sở hữu trí tuệ",
    "postal_services": "Bưu chính", "radio_frequencies": "Tần số vô tuyến điện",
    "science_technology": "Hoạt động khoa học và công nghệ",
    "standards_metrology_quality": "Tiêu chuẩn đo lường chất lượng", "telecommunications": "Viễn thông và Internet",
}
CHANNEL_NAMES = {1: "Trực tiếp", 2: "Qua bưu chính", 3: "Trực tuyến"}


@dataclass(frozen=True)
class Account:
    """A Liferay user the simulator accepts with HTTP Basic (email or screen name + password)."""

    user_id: int
    email: str
    screen_name: str
    full_name: str
    role: str
    password: str


@dataclass(frozen=True)
class SiteConfig:
    group_id: int = GROUP_ID
    catalogue_file: Path = CATALOGUE_FILE
    accounts: tuple[Account, ...] = field(default_factory=lambda: (
        Account(20101, KIOSK_USER, "kiosk01", "Ki-ốt tự phục vụ 01", "applicant", KIOSK_PASSWORD),
        Account(20201, OFFICER_USER, "canbo01", "Nguyễn Văn Cán Bộ", "officer", OFFICER_PASSWORD),
    ))


def template_no(procedure_code: str) -> str:
    return f"{procedure_code}-HS"


def seed(store: Store, config: SiteConfig, stamp: str) -> None:
    """Accounts always; the catalogue when the store has none or the YAML's ``version`` changed."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    document: dict[str, Any] = yaml.load(config.catalogue_file.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    version = str(document["version"])
    with store.write() as conn:
        for account in config.accounts:
            conn.execute(
                "INSERT OR REPLACE INTO account (user_id, email, screen_name, full_name, role, password_sha256)"
                " VALUES (?, ?, ?, ?, ?, ?)", (account.user_id, account.email, account.screen_name,
                                               account.full_name, account.role, password_digest(account.password)))
        row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_version'").fetchone()
        if row is not None and row["value"] == version:
            return
        for table in ("process_option", "dossier_part", "dossier_template", "service_config", "service_info"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed table names)
        for index, procedure in enumerate(document["procedures"]):
            _seed_procedure(conn, config.group_id, index, procedure, stamp)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('catalogue_version', ?)", (version,))


def _seed_procedure(conn: sqlite3.Connection, group_id: int, index: int, procedure: dict[str, Any],
                    stamp: str) -> None:
    # here, not at the top: the site's constants serve the kiosk side too, which never runs the process
    from testkit.opencps_sim.process import RESULT_PART_NO  # noqa: PLC0415
    code = str(procedure["code"])
    service_info_id = 101 + index
    field_id = str(procedure["field"])
    fees = "; ".join(f"{fee['description_vi']}: " + (f"{int(fee['amount_vnd']):,} đồng".replace(",", ".")
                                                       if fee.get("amount_vnd") is not None else "theo quy định")
                     for fee in procedure.get("fees") or [])
    components = procedure.get("components") or []
    channels = [int(c) for c in procedure.get("channels") or []]
    conn.execute(
        "INSERT INTO service_info (service_info_id, group_id, service_code, service_name, domain_code, domain_name,"
        " administration_code, administration_name, max_level, fee_text, fee_vnd, duration_text, duration_days,"
        " dossier_text, result_text, applicant_text, process_text, method_text, condition_text, regular_text,"
        " create_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (service_info_id, group_id, code, procedure["name_vi"], field_id, DOMAIN_NAMES.get(field_id, field_id),
         MINISTRY_AGENCY[0], MINISTRY_AGENCY[1], 3 if 3 in channels else 2, fees, int(procedure.get("fee_vnd") or 0),
         f"{int(procedure['processing_days'])} ngày làm việc", int(procedure["processing_days"]),
         "\n".join(str(c["name_vi"]) for c in components), str(procedure.get("result_vi") or ""),
         str(procedure.get("applicants_vi") or ""),
         "\n".join(str(s["name_vi"]) for s in procedure.get("stages") or []),
         ", ".join(CHANNEL_NAMES.get(c, str(c)) for c in channels), "",
         "\n".join(str(law) for law in procedure.get("legal_basis") or []), stamp))
    template_id = 501 + index
    conn.execute("INSERT INTO dossier_template (dossier_template_id, group_id, template_no, template_name,"
                 " description, create_date) VALUES (?, ?, ?, ?, ?, ?)",
                 (template_id, group_id, template_no(code), f"Hồ sơ {procedure['name_vi']}", "", stamp))
    for seq, component in enumerate(components, start=1):
        conn.execute(
            "INSERT INTO dossier_part (dossier_template_id, seq, part_no, part_name, part_tip, part_type, multiple,"
            " required, file_template_no) VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)",
            (template_id, seq, f"TP{seq:02d}", component["name_vi"], str(component.get("condition_vi") or ""),
             1 if component.get("requirement") == "required" else 0, str(component.get("template_form") or "")))
    conn.execute(
        "INSERT INTO dossier_part (dossier_template_id, seq, part_no, part_name, part_tip, part_type, multiple,"
        " required, file_template_no) VALUES (?, ?, ?, ?, '', 2, 0, 0, '')",
        (template_id, len(components) + 1, RESULT_PART_NO, f"Kết quả: {procedure.get('result_vi') or ''}"))
    agencies = [MINISTRY_AGENCY] + ([PROVINCE_AGENCY] if field_id in PROVINCE_FIELDS else [])
    applicants = {int(a) for a in procedure.get("applicants") or []}
    for number, (agency_code, agency_name) in enumerate(agencies):
        config_id = 1001 + index * 10 + number
        conn.execute(
            "INSERT INTO service_config (service_config_id, group_id, service_info_id, gov_agency_code,"
            " gov_agency_name, service_level, service_instruction, for_citizen, for_business, create_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (config_id, group_id, service_info_id, agency_code, agency_name, 3 if 3 in channels else 2, "",
             int(1 in applicants), int(2 in applicants), stamp))
        conn.execute(
            "INSERT INTO process_option (process_option_id, service_config_id, dossier_template_id,"
            " service_process_id, process_no, process_name, option_name, duration_days)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (config_id, config_id, template_id, 301 + index, f"QT-{code}", f"Quy trình {procedure['name_vi']}",
             "Hồ sơ nộp tại ki-ốt", int(procedure["processing_days"])))


__all__ = ["GROUP_ID", "KIOSK_PASSWORD", "KIOSK_USER", "MINISTRY_AGENCY", "OFFICER_PASSWORD", "OFFICER_USER",
           "PROVINCE_AGENCY", "Account", "SiteConfig", "seed", "template_no"]
