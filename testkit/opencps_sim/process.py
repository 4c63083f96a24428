"""The simulated site's service process: which action codes exist, who may do them, and where they lead.

In OpenCPS these are site data (ActionConfig, ProcessAction and ProcessStep rows of each service process);
only ``1100`` is fixed by the source: the applicant's "save the dossier on the server" action, after which the
dossier status is ``new`` (modules/backend-dossiermgt/backend-dossiermgt-service/.../DossierActionsImpl.java:120,
2004-2013). Statuses are the codes of DossierTerm.java:150-163. Everything else below is this simulator's site
configuration, listed in docs/opencps-api.md section 7.
"""
from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import holidays

from testkit.opencps_sim import documents

VN_TZ = timezone(timedelta(hours=7))
APPLICANT = "applicant"
OFFICER = "officer"

SUBMIT = "1100"
ACCEPT = "1200"
START_PROCESSING = "2100"
REQUEST_SUPPLEMENT = "7100"
SUPPLEMENT = "7200"
RESULT_READY = "5000"
RETURN_RESULT = "5100"
REFUSE = "6100"

#: dossierStatus → dossierStatusText (the site's DOSSIER_STATUS dictionary, DossierTerm.java:287).
STATUS_TEXT: dict[str, str] = {
    "": "", "new": "Mới", "receiving": "Đang tiếp nhận", "processing": "Đang xử lý", "waiting": "Chờ bổ sung",
    "releasing": "Chờ trả kết quả", "done": "Đã trả kết quả", "denied": "Từ chối", "cancelled": "Đã hủy",
}

RECEIPT_DOCUMENT_TYPE = "PTN"
RESULT_PART_NO = "KQ"


@dataclass(frozen=True)
class ProcessAction:
    """One ProcessAction of the simulated process: from which statuses, by whom, to which status and step."""

    code: str
    name: str
    role: str
    from_statuses: frozenset[str]
    to_status: str
    sub_status: str
    sub_status_text: str
    step_code: str
    step_name: str


ACTIONS: dict[str, ProcessAction] = {a.code: a for a in (
    ProcessAction(SUBMIT, "Nộp hồ sơ", APPLICANT, frozenset({""}), "new", "", "", "100", "Tiếp nhận hồ sơ"),
    ProcessAction(ACCEPT, "Tiếp nhận hồ sơ", OFFICER, frozenset({"new", "receiving"}), "processing", "accepted",
                  "Đã tiếp nhận", "200", "Thẩm định hồ sơ"),
    ProcessAction(START_PROCESSING, "Chuyển xử lý", OFFICER, frozenset({"processing"}), "processing", "", "",
                  "300", "Xử lý hồ sơ"),
    ProcessAction(REQUEST_SUPPLEMENT, "Yêu cầu bổ sung hồ sơ", OFFICER, frozenset({"new", "receiving", "processing"}),
                  "waiting", "supplement", "Yêu cầu bổ sung giấy tờ", "400", "Chờ bổ sung hồ sơ"),
    ProcessAction(SUPPLEMENT, "Nộp bổ sung hồ sơ", APPLICANT, frozenset({"waiting"}), "processing", "", "",
                  "300", "Xử lý hồ sơ"),
    ProcessAction(RESULT_READY, "Chuyển trả kết quả", OFFICER, frozenset({"processing"}), "releasing", "", "",
                  "500", "Trả kết quả"),
    ProcessAction(RETURN_RESULT, "Trả kết quả", OFFICER, frozenset({"processing", "releasing"}), "done", "", "",
                  "600", "Hoàn thành"),
    ProcessAction(REFUSE, "Từ chối hồ sơ", OFFICER, frozenset({"new", "receiving", "processing", "waiting"}),
                  "denied", "", "", "900", "Từ chối tiếp nhận"),
)}

_VN_HOLIDAYS = holidays.country_holidays("VN")


def now_text(now: datetime) -> str:
    """How the store keeps an instant (ISO, Vietnam time, as the OpenCPS server's clock)."""
    return now.astimezone(VN_TZ).isoformat(timespec="seconds")


def add_working_days(start: datetime, days: int) -> datetime:
    """``days`` working days after ``start`` (weekends and Vietnamese public holidays skipped)."""
    current: date = start.astimezone(VN_TZ).date()
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in _VN_HOLIDAYS:
            left -= 1
    return datetime(current.year, current.month, current.day, 17, 0, tzinfo=VN_TZ)


def next_dossier_no(conn: sqlite3.Connection, agency_code: str, now: datetime) -> str:
    """The site's dossier number pattern (DossierNumberGenerator's pattern is site data):
    ``<agency>-<yyyymmdd>-<sequence of the day>``."""
    day = now.astimezone(VN_TZ).strftime("%Y%m%d")
    prefix = f"{agency_code}-{day}-"
    count = conn.execute("SELECT COUNT(*) FROM dossier WHERE dossier_no LIKE ?", (prefix + "%",)).fetchone()[0]
    return f"{prefix}{int(count) + 1:04d}"


def perform(conn: sqlite3.Connection, dossier: sqlite3.Row, code: str, *, user_id: int, user_name: str,
            role: str, action_user: str, action_note: str, now: datetime) -> int | None:
    """Do action ``code`` on ``dossier`` inside the caller's write transaction.

    Returns the new DossierAction id, or None when the action does not exist, is not allowed from the dossier's
    status, or not for this role — the case where OpenCPS answers 405 (IMPL/DossierManagementImpl.java:1923-1928).
    """
    action = ACTIONS.get(code)
    if action is None or action.role != role or dossier["dossier_status"] not in action.from_statuses:
        return None
    stamp = now_text(now)
    previous_id = int(dossier["dossier_action_id"])
    previous_step = ""
    if previous_id:
        row = conn.execute("SELECT step_code FROM dossier_action WHERE dossier_action_id = ?",
                           (previous_id,)).fetchone()
        previous_step = str(row["step_code"])
    sequence = conn.execute("SELECT COUNT(*) FROM dossier_action WHERE dossier_id = ?",
                            (dossier["dossier_id"],)).fetchone()[0]
    cursor = conn.execute(
        "INSERT INTO dossier_action (dossier_id, group_id, user_id, user_name, service_process_id,"
        " previous_action_id, from_step_code, step_code, step_name, action_code, action_name, action_user,"
        " action_note, sequence_no, due_date, dossier_document_id, create_date)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        (dossier["dossier_id"], dossier["group_id"], user_id, user_name, dossier["service_process_id"], previous_id,
         previous_step, action.step_code, action.step_name, action.code, action.name, action_user or user_name,
         action_note, str(int(sequence) + 1), dossier["due_date"], stamp))
    action_id = int(cursor.lastrowid or 0)
    changes: dict[str, object] = {
        "dossier_status": action.to_status, "dossier_status_text": STATUS_TEXT.get(action.to_status, ""),
        "dossier_sub_status": action.sub_status, "dossier_sub_status_text": action.sub_status_text,
        "dossier_action_id": action_id, "modified_date": stamp}
    if code == SUBMIT:
        changes["submit_date"] = stamp
        changes["due_date"] = now_text(add_working_days(now, int(dossier["duration_days"])))
        if not dossier["dossier_no"]:
            changes["dossier_no"] = next_dossier_no(conn, str(dossier["gov_agency_code"]), now)
        _open_payment_file(conn, dossier, stamp)
    elif code == ACCEPT:
        changes["receive_date"] = stamp
        document_id = _add_receipt_document(conn, dossier, action_id, stamp)
        conn.execute("UPDATE dossier_action SET dossier_document_id = ? WHERE dossier_action_id = ?",
                     (document_id, action_id))
    elif code in (RESULT_READY, RETURN_RESULT):
        _attach_result(conn, dossier, stamp)
        if code == RETURN_RESULT:
            changes["finish_date"] = changes["release_date"] = stamp
    elif code == REFUSE:
        changes["finish_date"] = stamp
    assignments = ", ".join(f"{column} = ?" for column in changes)
    conn.execute(f"UPDATE dossier SET {assignments} WHERE dossier_id = ?",  # noqa: S608 (columns are ours)
                 (*changes.values(), dossier["dossier_id"]))
    return action_id


def _open_payment_file(conn: sqlite3.Connection, dossier: sqlite3.Row, stamp: str) -> None:
    """A procedure with a fee gets its PaymentFile when submitted (paymentStatus 0 = nothing paid)."""
    fee = conn.execute("SELECT fee_vnd FROM service_info WHERE group_id = ? AND service_code = ?",
                       (dossier["group_id"], dossier["service_code"])).fetchone()
    if fee is None or int(fee["fee_vnd"]) <= 0:
        return
    amount = int(fee["fee_vnd"])
    conn.execute(
        "INSERT OR IGNORE INTO payment_file (dossier_id, reference_uid, payment_fee, fee_amount, payment_amount,"
        " payment_note, payment_status, create_date, modified_date) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
        (dossier["dossier_id"], str(uuid.uuid4()), "Phí thẩm định hồ sơ", amount, amount,
         f"Lệ phí {amount:,} đồng".replace(",", "."), stamp, stamp))


def _add_receipt_document(conn: sqlite3.Connection, dossier: sqlite3.Row, action_id: int, stamp: str) -> int:
    dossier_no = str(dossier["dossier_no"])
    content = documents.receipt_pdf(dossier_no, str(dossier["service_name"]), stamp)
    cursor = conn.execute(
        "INSERT INTO dossier_document (dossier_id, dossier_action_id, reference_uid, document_type, document_name,"
        " document_code, file_name, mime_type, content, create_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (dossier["dossier_id"], action_id, str(uuid.uuid4()), RECEIPT_DOCUMENT_TYPE, "Phiếu tiếp nhận hồ sơ",
         dossier_no, f"phieu-tiep-nhan-{dossier_no}.pdf", "application/pdf", content, stamp))
    return int(cursor.lastrowid or 0)


def _attach_result(conn: sqlite3.Connection, dossier: sqlite3.Row, stamp: str) -> None:
    """The officer's result: a DossierFile of the output part (partType 2) and a Deliverable, once."""
    exists = conn.execute("SELECT 1 FROM dossier_file WHERE dossier_id = ? AND dossier_part_no = ?",
                          (dossier["dossier_id"], RESULT_PART_NO)).fetchone()
    if exists is not None:
        return
    part = conn.execute(
        "SELECT p.part_name, p.file_template_no FROM dossier_part p JOIN dossier_template t"
        " ON t.dossier_template_id = p.dossier_template_id WHERE t.group_id = ? AND t.template_no = ?"
        " AND p.part_no = ?", (dossier["group_id"], dossier["dossier_template_no"], RESULT_PART_NO)).fetchone()
    part_name = str(part["part_name"]) if part is not None else "Kết quả giải quyết"
    dossier_no = str(dossier["dossier_no"])
    content = documents.result_pdf(dossier_no, str(dossier["service_name"]), stamp)
    documents.insert_file(conn, dossier_id=int(dossier["dossier_id"]), reference_uid=str(uuid.uuid4()),
                          template_no=str(dossier["dossier_template_no"]), part_no=RESULT_PART_NO, part_type=2,
                          part_name=part_name, file_template_no=str(part["file_template_no"]) if part else "",
                          display_name=f"ket-qua-{dossier_no}.pdf", file_type="pdf",
                          mime_type="application/pdf", content=content, modified_ms=0, stamp=stamp)
    applicant = conn.execute("SELECT input_json FROM dossier WHERE dossier_id = ?",
                             (dossier["dossier_id"],)).fetchone()
    conn.execute(
        "INSERT INTO deliverable (group_id, dossier_id, user_id, deliverable_code, deliverable_name,"
        " deliverable_type, gov_agency_code, applicant_id_no, applicant_name, form_data, deliverable_state,"
        " issue_date, create_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '1', ?, ?)",
        (dossier["group_id"], dossier["dossier_id"], dossier["user_id"], f"KQ-{dossier_no}", part_name,
         str(dossier["service_code"]), dossier["gov_agency_code"], documents.input_field(applicant, "applicantIdNo"),
         documents.input_field(applicant, "applicantName"), documents.deliverable_form_data(dossier_no), stamp,
         stamp))
