"""What the simulated OpenCPS server does for each route, over the SQLite store (no HTTP here).

Each method follows the impl named in its docstring (paths as in :mod:`testkit.opencps_sim.app`); refusals are
:class:`SimulatorError` with the kind of answer OpenCPS gives for them.
"""
from __future__ import annotations

import json
import mimetypes
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from testkit.opencps_sim import documents, models, process
from testkit.opencps_sim.site import SiteConfig, seed
from testkit.opencps_sim.store import Store, password_digest

JsonObject = dict[str, Any]
MAX_FIELD_CHARS = 2000


class SimulatorError(Exception):
    """A refusal: ``unauthenticated`` (203 JSON), ``secret`` (203 text), ``action`` (405), ``business`` (403)."""

    def __init__(self, kind: Literal["unauthenticated", "secret", "action", "business"],
                 description: str | None = None) -> None:
        super().__init__(f"{kind}: {description}")
        self.kind = kind
        self.description = description


@dataclass(frozen=True)
class SignedInAccount:
    """The account a request is signed in with."""

    user_id: int
    login: str
    full_name: str
    role: str


@dataclass(frozen=True)
class Caller:
    """Who asks: the site from the ``groupId`` header and the signed-in account (None = the guest)."""

    group_id: int
    account: SignedInAccount | None

    def signed_in(self) -> SignedInAccount:
        """BackendAuthImpl.isAuth → serviceContext.isSignedIn() (modules/backend-auth/.../org/opencps/auth/api/
        BackendAuthImpl.java:19-24); a guest gets UnauthenticationException."""
        if self.account is None:
            raise SimulatorError("unauthenticated")
        return self.account


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Simulator:
    """The simulated site over one SQLite file."""

    def __init__(self, db_path: Path, config: SiteConfig | None = None,
                 now: Callable[[], datetime] = _utc_now) -> None:
        self.config = config or SiteConfig()
        self.store = Store(db_path)
        self.now = now
        seed(self.store, self.config, process.now_text(now()))

    # ---------------------------------------------------------------- auth

    def authenticate(self, login: str, password: str) -> SignedInAccount | None:
        """An account by email, or by screen name when the login has no '@' (the lookup OpenCPS's own Basic
        parser makes, modules/backend-admin-config/.../whiteboard/RestAuthFilter.java)."""
        column = "email" if "@" in login else "screen_name"
        with self.store.read() as conn:
            row = conn.execute(f"SELECT * FROM account WHERE {column} = ?", (login,)).fetchone()  # noqa: S608
        if row is None or row["password_sha256"] != password_digest(password):
            return None
        return SignedInAccount(int(row["user_id"]), login, str(row["full_name"]), str(row["role"]))

    # ---------------------------------------------------------------- catalogue (no isAuth checks)

    def service_infos(self, who: Caller, *, keyword: str = "", agency: str = "", domain: str = "", start: int = 0,
                      end: int = 0) -> JsonObject:
        """IMPL/ServiceInfoManagementImpl.java:104-222: {total, data}; ``end`` 0 → all."""
        with self.store.read() as conn:
            rows = conn.execute("SELECT * FROM service_info WHERE group_id = ? ORDER BY service_code",
                                (who.group_id,)).fetchall()
            items = []
            for row in rows:
                configs = self._configs_of(conn, int(row["service_info_id"]))
                if agency and not any(c["gov_agency_code"] == agency for c in configs):
                    continue
                if domain and row["domain_code"] != domain:
                    continue
                if keyword and keyword.casefold() not in f"{row['service_code']} {row['service_name']}".casefold():
                    continue
                items.append(models.service_info(row, configs, detail=False))
        page = items if end <= 0 else items[max(start, 0):end]
        return {"total": len(items), "data": page}

    def service_info(self, who: Caller, service_id: str) -> JsonObject | None:
        """IMPL/ServiceInfoManagementImpl.java:301-344: by id, else by serviceCode."""
        with self.store.read() as conn:
            row = None
            if service_id.isdigit():
                row = conn.execute("SELECT * FROM service_info WHERE group_id = ? AND service_info_id = ?",
                                   (who.group_id, int(service_id))).fetchone()
            if row is None:
                row = conn.execute("SELECT * FROM service_info WHERE group_id = ? AND service_code = ?",
                                   (who.group_id, service_id)).fetchone()
            if row is None:
                return None
            return models.service_info(row, self._configs_of(conn, int(row["service_info_id"])), detail=True)

    @staticmethod
    def _configs_of(conn: sqlite3.Connection, service_info_id: int) -> list[sqlite3.Row]:
        return conn.execute("SELECT * FROM service_config WHERE service_info_id = ? ORDER BY service_config_id",
                            (service_info_id,)).fetchall()

    def service_configs(self, who: Caller, *, agency: str = "", service: str = "", domain: str = "",
                        start: int = 0, end: int = 0) -> JsonObject:
        """IMPL/ServiceConfigManagementImpl.java:91-142: {total, data}."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT c.*, s.service_code, s.service_name, s.domain_code, s.domain_name FROM service_config c"
                " JOIN service_info s ON s.service_info_id = c.service_info_id WHERE c.group_id = ?"
                " ORDER BY c.service_config_id", (who.group_id,)).fetchall()
        items = [models.service_config(r) for r in rows
                 if (not agency or r["gov_agency_code"] == agency) and (not service or r["service_code"] == service)
                 and (not domain or r["domain_code"] == domain)]
        return {"total": len(items), "data": items if end <= 0 else items[max(start, 0):end]}

    def process_options(self, who: Caller, config_id: int) -> JsonObject:
        """IMPL/ServiceConfigManagementImpl.java:290-336: {total, data}."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT o.*, t.template_no, t.template_name FROM process_option o"
                " JOIN service_config c ON c.service_config_id = o.service_config_id"
                " JOIN dossier_template t ON t.dossier_template_id = o.dossier_template_id"
                " WHERE c.group_id = ? AND o.service_config_id = ?", (who.group_id, config_id)).fetchall()
        return {"total": len(rows), "data": [models.process_option(r) for r in rows]}

    def dossier_template(self, who: Caller, template_id: str) -> JsonObject | None:
        """IMPL/DossierTemplateManagementImpl.java:140-170: by id, else by templateNo."""
        with self.store.read() as conn:
            row = None
            if template_id.isdigit():
                row = conn.execute("SELECT * FROM dossier_template WHERE group_id = ? AND dossier_template_id = ?",
                                   (who.group_id, int(template_id))).fetchone()
            if row is None:
                row = conn.execute("SELECT * FROM dossier_template WHERE group_id = ? AND template_no = ?",
                                   (who.group_id, template_id)).fetchone()
            if row is None:
                return None
            parts = conn.execute("SELECT * FROM dossier_part WHERE dossier_template_id = ? ORDER BY seq",
                                 (row["dossier_template_id"],)).fetchall()
            return models.dossier_template(row, parts)

    # ---------------------------------------------------------------- dossiers

    @staticmethod
    def _find_dossier(conn: sqlite3.Connection, group_id: int, dossier_id: str) -> sqlite3.Row | None:
        """DossierUtils.getDossier (API/controller/util/DossierUtils.java:1197-1214): a number > 0 is the
        dossierId (any site), otherwise the dossierNo, otherwise the referenceUid of this site."""
        row: sqlite3.Row | None
        if dossier_id.isdigit() and int(dossier_id) > 0:
            row = conn.execute("SELECT * FROM dossier WHERE dossier_id = ?", (int(dossier_id),)).fetchone()
            return row
        row = conn.execute("SELECT * FROM dossier WHERE group_id = ? AND dossier_no = ? AND dossier_no != ''"
                           " ORDER BY dossier_id LIMIT 1", (group_id, dossier_id)).fetchone()
        if row is None:
            row = conn.execute("SELECT * FROM dossier WHERE group_id = ? AND reference_uid = ?"
                               " ORDER BY dossier_id LIMIT 1", (group_id, dossier_id)).fetchone()
        return row

    def _detail(self, conn: sqlite3.Connection, dossier: sqlite3.Row) -> JsonObject:
        action = None
        if int(dossier["dossier_action_id"]):
            action = conn.execute("SELECT * FROM dossier_action WHERE dossier_action_id = ?",
                                  (dossier["dossier_action_id"],)).fetchone()
        payment = conn.execute("SELECT * FROM payment_file WHERE dossier_id = ?",
                               (dossier["dossier_id"],)).fetchone()
        return models.dossier_detail(dossier, action, payment)

    def add_dossier(self, who: Caller, fields: dict[str, str]) -> JsonObject:
        """CPSDossierBusinessLocalServiceImpl.addDossier (:5129-5700): signed in (:5137-5139); the process option of
        (serviceCode, govAgencyCode, dossierTemplateNo) or NotFoundException (:5141-5142, :5207-5209); a blank
        referenceUid is generated (:5211-5212); an existing dossier with this referenceUid is returned with its
        submit/receive dates reset (:5434-5460) — except for originality 9 (group dossiers), which always makes a
        new one (:5255-5270)."""
        account = who.signed_in()
        given = {k: v.strip()[:MAX_FIELD_CHARS] for k, v in fields.items()}
        now = self.now()
        stamp = process.now_text(now)
        with self.store.write() as conn:
            option = conn.execute(
                "SELECT o.*, s.service_name, c.gov_agency_name, t.template_name FROM process_option o"
                " JOIN service_config c ON c.service_config_id = o.service_config_id"
                " JOIN service_info s ON s.service_info_id = c.service_info_id"
                " JOIN dossier_template t ON t.dossier_template_id = o.dossier_template_id"
                " WHERE c.group_id = ? AND s.service_code = ? AND c.gov_agency_code = ? AND t.template_no = ?",
                (who.group_id, given.get("serviceCode", ""), given.get("govAgencyCode", ""),
                 given.get("dossierTemplateNo", ""))).fetchone()
            if option is None:
                raise SimulatorError("business", "Cant find process")
            reference_uid = given.get("referenceUid") or str(uuid.uuid4())
            originality = int(given["originality"]) if given.get("originality", "").lstrip("-").isdigit() else 0
            if originality != 9:
                existing = conn.execute("SELECT * FROM dossier WHERE group_id = ? AND reference_uid = ?"
                                        " ORDER BY dossier_id LIMIT 1", (who.group_id, reference_uid)).fetchone()
                if existing is not None:
                    due = process.now_text(process.add_working_days(now, int(existing["duration_days"])))
                    conn.execute("UPDATE dossier SET submit_date = ?, receive_date = ?, due_date = ?,"
                                 " modified_date = ? WHERE dossier_id = ?",
                                 (stamp, stamp, due, stamp, existing["dossier_id"]))
                    return self._detail(conn, self._find_dossier(conn, who.group_id,
                                                                 str(existing["dossier_id"])) or existing)
            given["referenceUid"] = reference_uid
            online = "true" if given.get("online", "").lower() == "true" else "false"
            cursor = conn.execute(
                "INSERT INTO dossier (group_id, user_id, reference_uid, password, service_code, service_name,"
                " gov_agency_code, gov_agency_name, dossier_template_no, dossier_template_name, service_process_id,"
                " duration_days, originality, online, input_json, create_date, modified_date)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (who.group_id, account.user_id, reference_uid, given.get("password", ""), given["serviceCode"],
                 option["service_name"], given["govAgencyCode"], option["gov_agency_name"],
                 given["dossierTemplateNo"], option["template_name"], option["service_process_id"],
                 option["duration_days"], originality, online,
                 json.dumps({k: v for k, v in given.items() if k != "password"}, ensure_ascii=False), stamp, stamp))
            row = conn.execute("SELECT * FROM dossier WHERE dossier_id = ?", (cursor.lastrowid,)).fetchone()
            return self._detail(conn, row)

    def dossier_detail(self, who: Caller, dossier_id: str, secret: str = "") -> JsonObject:
        """IMPL/DossierManagementImpl.java:1123-1204: with a secretKey/secretCode the dossier's password must match
        (DossierPermission.checkPassword: equalsIgnoreCase, an empty password never matches); otherwise signed in.
        Unknown → the empty model (DossierUtils.java:899-905)."""
        if not secret:
            who.signed_in()
        with self.store.read() as conn:
            dossier = self._find_dossier(conn, who.group_id, dossier_id)
            if secret and (dossier is None or not dossier["password"]
                           or str(dossier["password"]).casefold() != secret.casefold()):
                raise SimulatorError("secret")
            return models.empty_dossier_detail() if dossier is None else self._detail(conn, dossier)

    def do_action(self, who: Caller, dossier_id: str, fields: dict[str, str]) -> JsonObject:
        """IMPL/DossierManagementImpl.java:1549-1935: signed in; an action the process does not offer from the
        dossier's step → 405."""
        account = who.signed_in()
        return self.perform(who.group_id, account, dossier_id, fields.get("actionCode", ""),
                            action_user=fields.get("actionUser", ""), action_note=fields.get("actionNote", ""))

    def perform(self, group_id: int, account: SignedInAccount, dossier_id: str, code: str, *, action_user: str = "",
                action_note: str = "") -> JsonObject:
        """Do one process action as ``account`` (the kiosk's or an officer's)."""
        with self.store.write() as conn:
            dossier = self._find_dossier(conn, group_id, dossier_id)
            if dossier is None or not code:
                raise SimulatorError("action")
            action_id = process.perform(conn, dossier, code.strip(), user_id=account.user_id,
                                        user_name=account.full_name, role=account.role,
                                        action_user=action_user[:200], action_note=action_note[:MAX_FIELD_CHARS],
                                        now=self.now())
            if action_id is None:
                raise SimulatorError("action")
            row = conn.execute("SELECT * FROM dossier_action WHERE dossier_action_id = ?", (action_id,)).fetchone()
            return models.dossier_action_detail(row)

    @staticmethod
    def _find_by_id_or_ref(conn: sqlite3.Connection, group_id: int, dossier_id: str) -> sqlite3.Row | None:
        """The lookup of the file routes: a numeric dossierId, else the referenceUid of this site (no dossierNo:
        IMPL/DossierFileManagementImpl.java:95-105, 255-261)."""
        row: sqlite3.Row | None = None
        if dossier_id.isdigit() and int(dossier_id) > 0:
            row = conn.execute("SELECT * FROM dossier WHERE dossier_id = ?", (int(dossier_id),)).fetchone()
        if row is None:
            row = conn.execute("SELECT * FROM dossier WHERE group_id = ? AND reference_uid = ?"
                               " ORDER BY dossier_id LIMIT 1", (group_id, dossier_id)).fetchone()
        return row

    def dossier_files(self, who: Caller, dossier_id: str) -> JsonObject:
        """IMPL/DossierFileManagementImpl.java:79-160: signed in; {total, data} of the dossier's files; an unknown
        dossier leaves ``total`` unset (null, so left out) and ``data`` empty."""
        who.signed_in()
        with self.store.read() as conn:
            dossier = self._find_by_id_or_ref(conn, who.group_id, dossier_id)
            if dossier is None:
                return {"data": []}
            rows = conn.execute(
                "SELECT * FROM dossier_file WHERE dossier_id = ? AND removed = 0 ORDER BY dossier_file_id",
                (dossier["dossier_id"],)).fetchall()
        return {"total": len(rows), "data": [models.dossier_file(r) for r in rows]}

    def add_dossier_file(self, who: Caller, dossier_id: str, fields: dict[str, str], content: bytes | None,
                         file_name: str, mime_type: str) -> JsonObject:
        """CPSDossierBusinessLocalServiceImpl.addDossierFileByDossierId (:6911-7140): signed in (:6918); the part
        of the dossier's template with this partNo gives fileTemplateNo (:6976-6983); a file with the same
        referenceUid (or, without one, the file of a single-file part) is replaced when the sent modifiedDate is
        newer than its last save, else "Conflict dossier file" (:7083-7118); otherwise a new file."""
        who.signed_in()
        now = self.now()
        now_ms = int(now.timestamp() * 1000)
        stamp = process.now_text(now)
        sent = fields.get("modifiedDate", "").strip()
        modified_ms = int(sent) if sent.isdigit() else now_ms  # IMPL/DossierFileManagementImpl.java:184-186
        with self.store.write() as conn:
            dossier = self._find_dossier(conn, who.group_id, dossier_id)
            if dossier is None:
                raise SimulatorError("business", None)  # dossier.getOriginDossierId() on null: NPE, no message
            part_no = fields.get("dossierPartNo", "").strip()
            part = conn.execute(
                "SELECT p.* FROM dossier_part p JOIN dossier_template t ON t.dossier_template_id ="
                " p.dossier_template_id WHERE t.group_id = ? AND t.template_no = ? AND p.part_no = ?",
                (dossier["group_id"], dossier["dossier_template_no"], part_no)).fetchone()
            if part is None:
                raise SimulatorError("business", f"DossierPart {part_no!r} not in the dossier template")
            reference_uid = fields.get("referenceUid", "").strip()[:100]
            old = None
            if reference_uid:
                old = conn.execute("SELECT * FROM dossier_file WHERE dossier_id = ? AND reference_uid = ?",
                                   (dossier["dossier_id"], reference_uid)).fetchone()
            elif not part["multiple"]:
                old = conn.execute("SELECT * FROM dossier_file WHERE dossier_id = ? AND dossier_part_no = ?"
                                   " AND removed = 0 ORDER BY dossier_file_id LIMIT 1",
                                   (dossier["dossier_id"], part_no)).fetchone()
            display_name = (fields.get("displayName") or file_name or part["part_name"])[:255]
            file_type = (fields.get("fileType") or Path(file_name).suffix.lstrip(".") or "").lower()[:20]
            if mime_type == "application/octet-stream" and file_name:
                mime_type = mimetypes.guess_type(file_name)[0] or mime_type
            if old is not None:
                if modified_ms <= int(old["modified_ms"]):
                    raise SimulatorError("business", "Conflict dossier file")
                data = content or b""
                conn.execute(
                    "UPDATE dossier_file SET content = ?, file_size = ?, sha256 = ?, display_name = ?, file_type = ?,"
                    " file_name = ?, mime_type = ?, file_version = file_version + 1, modified_ms = ?,"
                    " modified_date = ?, removed = ? WHERE dossier_file_id = ?",
                    (content, len(data), documents.sha256(data), display_name, file_type, file_name or display_name,
                     mime_type, now_ms, stamp, int(fields.get("removed", "").lower() == "true"),
                     old["dossier_file_id"]))
                file_id = int(old["dossier_file_id"])
            else:
                file_id = documents.insert_file(
                    conn, dossier_id=int(dossier["dossier_id"]), reference_uid=reference_uid or str(uuid.uuid4()),
                    template_no=str(dossier["dossier_template_no"]), part_no=part_no,
                    part_type=int(part["part_type"]), part_name=str(part["part_name"]),
                    file_template_no=str(part["file_template_no"]), display_name=display_name, file_type=file_type,
                    mime_type=mime_type, content=content, modified_ms=now_ms, stamp=stamp)
            conn.execute("UPDATE dossier SET modified_date = ? WHERE dossier_id = ?", (stamp, dossier["dossier_id"]))
            row = conn.execute("SELECT * FROM dossier_file WHERE dossier_file_id = ?", (file_id,)).fetchone()
            return models.dossier_file(row)

    def dossier_file_content(self, who: Caller, dossier_id: str, file_ref: str) -> tuple[bytes, str, str] | None:
        """IMPL/DossierFileManagementImpl.java:241-300: signed in; the file with this referenceUid (or, failing
        that, a numeric dossierFileId, :268-272); none → NullPointerException → 403; a file without content → 204."""
        who.signed_in()
        with self.store.read() as conn:
            dossier = self._find_by_id_or_ref(conn, who.group_id, dossier_id)
            row = None if dossier is None else conn.execute(
                "SELECT * FROM dossier_file WHERE dossier_id = ? AND reference_uid = ?",
                (dossier["dossier_id"], file_ref)).fetchone()
            if row is None and file_ref.isdigit():
                row = conn.execute("SELECT * FROM dossier_file WHERE dossier_file_id = ?", (int(file_ref),)).fetchone()
        if row is None:
            raise SimulatorError("business", None)
        if row["content"] is None:
            return None
        return bytes(row["content"]), str(row["file_name"]), str(row["mime_type"])

    # ---------------------------------------------------------------- fee, documents, results

    def payment_file(self, who: Caller, dossier_id: str, secret_code: str = "") -> JsonObject | None:
        """IMPL/PaymentFileManagementImpl.java:790-820: signed in unless secretCode, which must equal the dossier's
        password (:810-815); a numeric id or the dossier's referenceUid (:802-807)."""
        if not secret_code:
            who.signed_in()
        with self.store.read() as conn:
            if dossier_id.isdigit():
                dossier = conn.execute("SELECT * FROM dossier WHERE dossier_id = ?", (int(dossier_id),)).fetchone()
            else:
                dossier = conn.execute("SELECT * FROM dossier WHERE group_id = ? AND reference_uid = ?"
                                       " ORDER BY dossier_id LIMIT 1", (who.group_id, dossier_id)).fetchone()
            if dossier is None:
                return None
            if secret_code and secret_code != dossier["password"]:
                raise SimulatorError("unauthenticated")
            row = conn.execute("SELECT * FROM payment_file WHERE dossier_id = ?", (dossier["dossier_id"],)).fetchone()
            return None if row is None else models.payment_file(row, dossier)

    def document_content(self, who: Caller, dossier_id: str, document_type: str,
                         reference_uid: str | None) -> tuple[bytes, str, str] | None:
        """By type: IMPL/DossierDocumentManagementImpl.java:169-214 (signed in, numeric dossier id, newest of the
        type); by referenceUid: :325-360 (no sign-in check; numeric dossier id of this site). None → 204."""
        if reference_uid is None:
            who.signed_in()
        if not dossier_id.isdigit():
            return None
        with self.store.read() as conn:
            if reference_uid is None:
                query = "SELECT * FROM dossier_document WHERE dossier_id = ?"
                params: tuple[Any, ...] = (int(dossier_id),)
                if document_type:
                    query += " AND document_type = ?"
                    params += (document_type,)
                row = conn.execute(query + " ORDER BY dossier_document_id DESC LIMIT 1", params).fetchone()
            else:
                row = conn.execute(
                    "SELECT d.* FROM dossier_document d JOIN dossier s ON s.dossier_id = d.dossier_id"
                    " WHERE s.group_id = ? AND d.dossier_id = ? AND d.reference_uid = ?",
                    (who.group_id, int(dossier_id), reference_uid)).fetchone()
        if row is None:
            return None
        return bytes(row["content"]), str(row["file_name"]), str(row["mime_type"])

    def deliverables(self, who: Caller, *, applicant: str = "", agency: str = "", state: str = "") -> JsonObject:
        """IMPL/DeliverablesManagementImpl.java:77-175: signed in; the user's deliverables (USER_ID param :135),
        filtered by applicant id number, agency and state."""
        account = who.signed_in()
        with self.store.read() as conn:
            rows = conn.execute("SELECT * FROM deliverable WHERE group_id = ? AND user_id = ?"
                                " ORDER BY deliverable_id", (who.group_id, account.user_id)).fetchall()
        items = [models.deliverable_item(r) for r in rows
                 if (not applicant or r["applicant_id_no"] == applicant)
                 and (not agency or r["gov_agency_code"] == agency) and (not state or r["deliverable_state"] == state)]
        return {"total": len(items), "data": items}

    # ---------------------------------------------------------------- for tests and demos

    def dossiers(self) -> list[sqlite3.Row]:
        """Every dossier row (tests count them: one submission, one dossier)."""
        with self.store.read() as conn:
            return conn.execute("SELECT * FROM dossier ORDER BY dossier_id").fetchall()

    def summaries(self) -> list[dict[str, Any]]:
        """Every dossier as the fault tests compare them (the shape of testkit.kiosk_harness.server_dossiers):
        its dossierNo as ``code``, referenceUid, status, contact phone and the SHA-256 of each input file in upload
        order (output files of the officer excluded)."""
        with self.store.read() as conn:
            dossiers = conn.execute("SELECT * FROM dossier ORDER BY dossier_id").fetchall()
            result = []
            for row in dossiers:
                hashes = [str(f["sha256"]) for f in conn.execute(
                    "SELECT sha256 FROM dossier_file WHERE dossier_id = ? AND dossier_part_type = 1 AND removed = 0"
                    " ORDER BY dossier_file_id", (row["dossier_id"],)).fetchall()]
                result.append({"code": row["dossier_no"], "reference_uid": row["reference_uid"],
                               "status": row["dossier_status"],
                               "phone": documents.input_field(row, "contactTelNo"), "sha256": hashes})
        return result

    def files_of(self, dossier_id: int) -> list[sqlite3.Row]:
        with self.store.read() as conn:
            return conn.execute("SELECT * FROM dossier_file WHERE dossier_id = ? ORDER BY dossier_file_id",
                                (dossier_id,)).fetchall()
