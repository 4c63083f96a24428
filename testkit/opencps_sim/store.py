"""The simulator's state: one SQLite file, opened per operation, so a restart (or a second process such as the
officer CLI) sees everything that was committed.

Rows mirror the OpenCPS entities the REST models are built from (ServiceInfo, ServiceConfig, ProcessOption,
DossierTemplate/DossierPart, Dossier, DossierFile, DossierAction, PaymentFile, DossierDocument, Deliverable); the
JSON field names live in :mod:`testkit.opencps_sim.models`, not here.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS account (
    user_id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, screen_name TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL, role TEXT NOT NULL, password_sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS service_info (
    service_info_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL, service_code TEXT NOT NULL,
    service_name TEXT NOT NULL, domain_code TEXT NOT NULL, domain_name TEXT NOT NULL,
    administration_code TEXT NOT NULL, administration_name TEXT NOT NULL, max_level INTEGER NOT NULL,
    fee_text TEXT NOT NULL, fee_vnd INTEGER NOT NULL, duration_text TEXT NOT NULL, duration_days INTEGER NOT NULL,
    dossier_text TEXT NOT NULL, result_text TEXT NOT NULL, applicant_text TEXT NOT NULL,
    process_text TEXT NOT NULL, method_text TEXT NOT NULL, condition_text TEXT NOT NULL, regular_text TEXT NOT NULL,
    create_date TEXT NOT NULL, UNIQUE (group_id, service_code));
CREATE TABLE IF NOT EXISTS service_config (
    service_config_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL, service_info_id INTEGER NOT NULL,
    gov_agency_code TEXT NOT NULL, gov_agency_name TEXT NOT NULL, service_level INTEGER NOT NULL,
    service_instruction TEXT NOT NULL, for_citizen INTEGER NOT NULL, for_business INTEGER NOT NULL,
    create_date TEXT NOT NULL, UNIQUE (group_id, service_info_id, gov_agency_code));
CREATE TABLE IF NOT EXISTS dossier_template (
    dossier_template_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL, template_no TEXT NOT NULL,
    template_name TEXT NOT NULL, description TEXT NOT NULL, create_date TEXT NOT NULL,
    UNIQUE (group_id, template_no));
CREATE TABLE IF NOT EXISTS dossier_part (
    dossier_part_id INTEGER PRIMARY KEY, dossier_template_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    part_no TEXT NOT NULL, part_name TEXT NOT NULL, part_tip TEXT NOT NULL, part_type INTEGER NOT NULL,
    multiple INTEGER NOT NULL, required INTEGER NOT NULL, file_template_no TEXT NOT NULL,
    UNIQUE (dossier_template_id, part_no));
CREATE TABLE IF NOT EXISTS process_option (
    process_option_id INTEGER PRIMARY KEY, service_config_id INTEGER NOT NULL,
    dossier_template_id INTEGER NOT NULL, service_process_id INTEGER NOT NULL, process_no TEXT NOT NULL,
    process_name TEXT NOT NULL, option_name TEXT NOT NULL, duration_days INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dossier (
    dossier_id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
    reference_uid TEXT NOT NULL, dossier_no TEXT NOT NULL DEFAULT '', password TEXT NOT NULL DEFAULT '',
    service_code TEXT NOT NULL, service_name TEXT NOT NULL, gov_agency_code TEXT NOT NULL,
    gov_agency_name TEXT NOT NULL, dossier_template_no TEXT NOT NULL, dossier_template_name TEXT NOT NULL,
    service_process_id INTEGER NOT NULL, duration_days INTEGER NOT NULL, originality INTEGER NOT NULL,
    online TEXT NOT NULL, input_json TEXT NOT NULL,
    dossier_status TEXT NOT NULL DEFAULT '', dossier_status_text TEXT NOT NULL DEFAULT '',
    dossier_sub_status TEXT NOT NULL DEFAULT '', dossier_sub_status_text TEXT NOT NULL DEFAULT '',
    dossier_action_id INTEGER NOT NULL DEFAULT 0,
    create_date TEXT NOT NULL, modified_date TEXT NOT NULL, submit_date TEXT, receive_date TEXT,
    due_date TEXT, finish_date TEXT, release_date TEXT);
CREATE INDEX IF NOT EXISTS dossier_ref ON dossier (group_id, reference_uid);
CREATE TABLE IF NOT EXISTS dossier_file (
    dossier_file_id INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id INTEGER NOT NULL, reference_uid TEXT NOT NULL,
    dossier_template_no TEXT NOT NULL, dossier_part_no TEXT NOT NULL, dossier_part_type INTEGER NOT NULL,
    dossier_part_name TEXT NOT NULL, file_template_no TEXT NOT NULL, display_name TEXT NOT NULL,
    file_type TEXT NOT NULL, file_name TEXT NOT NULL, mime_type TEXT NOT NULL, content BLOB,
    file_size INTEGER NOT NULL, sha256 TEXT NOT NULL, file_version INTEGER NOT NULL, modified_ms INTEGER NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0, create_date TEXT NOT NULL, modified_date TEXT NOT NULL,
    UNIQUE (dossier_id, reference_uid));
CREATE TABLE IF NOT EXISTS dossier_action (
    dossier_action_id INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id INTEGER NOT NULL, group_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL, user_name TEXT NOT NULL, service_process_id INTEGER NOT NULL,
    previous_action_id INTEGER NOT NULL, from_step_code TEXT NOT NULL, step_code TEXT NOT NULL,
    step_name TEXT NOT NULL, action_code TEXT NOT NULL, action_name TEXT NOT NULL, action_user TEXT NOT NULL,
    action_note TEXT NOT NULL, sequence_no TEXT NOT NULL, due_date TEXT, dossier_document_id INTEGER NOT NULL,
    create_date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payment_file (
    payment_file_id INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id INTEGER NOT NULL UNIQUE,
    reference_uid TEXT NOT NULL, payment_fee TEXT NOT NULL, fee_amount INTEGER NOT NULL,
    payment_amount INTEGER NOT NULL, payment_note TEXT NOT NULL, payment_status INTEGER NOT NULL,
    payment_method TEXT NOT NULL DEFAULT '', confirm_datetime TEXT, approve_datetime TEXT,
    create_date TEXT NOT NULL, modified_date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dossier_document (
    dossier_document_id INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id INTEGER NOT NULL,
    dossier_action_id INTEGER NOT NULL, reference_uid TEXT NOT NULL, document_type TEXT NOT NULL,
    document_name TEXT NOT NULL, document_code TEXT NOT NULL, file_name TEXT NOT NULL, mime_type TEXT NOT NULL,
    content BLOB NOT NULL, create_date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS deliverable (
    deliverable_id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL, dossier_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL, deliverable_code TEXT NOT NULL, deliverable_name TEXT NOT NULL,
    deliverable_type TEXT NOT NULL, gov_agency_code TEXT NOT NULL, applicant_id_no TEXT NOT NULL,
    applicant_name TEXT NOT NULL, form_data TEXT NOT NULL, deliverable_state TEXT NOT NULL,
    issue_date TEXT NOT NULL, create_date TEXT NOT NULL);
"""


def password_digest(password: str) -> str:
    """What the account table stores instead of the password."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


class Store:
    """The SQLite file. ``read()`` and ``write()`` hand out this thread's connection for one unit of work (a read
    sees one snapshot); writes take the database lock first (``BEGIN IMMEDIATE``), so checks-then-inserts (a
    dossier by referenceUid, a file by its referenceUid) are atomic across threads and processes. Connections stay
    open per thread: closing the last one would checkpoint the WAL on every request."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[sqlite3.Connection] = []
        conn = self._connection()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL: a killed simulator keeps every commit
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            with self._lock:
                self._open.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close every connection (the simulator is stopping)."""
        with self._lock:
            for conn in self._open:
                conn.close()
            self._open.clear()
        self._local = threading.local()

    def meta(self, key: str) -> str | None:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return None if row is None else str(row["value"])
