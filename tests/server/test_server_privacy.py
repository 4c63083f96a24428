"""Personal data stays out of the server's logs (finding 8) and off other users' reach on disk (finding 10).

The log test runs the real ``kiosk-server`` command in a subprocess (its own logging set-up and
uvicorn's), with the dossier service replaced by one that fails the way real code fails: a database
error carrying the citizen's data as bound parameters, a pydantic error quoting the input, an
exception message with the ID and phone number.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import requests
from fastapi.testclient import TestClient
from server_testkit import KIOSK_TOKEN, dossier_payload, make_pdf, sqlite_only, submit
from sqlalchemy import Column, MetaData, String, Table, insert

from server.db import Database

REPO_ROOT = Path(__file__).resolve().parents[2]
NAME, ID_NUMBER, PHONE = "Trịnh Thị Bảo Trâm", "079301004321", "0987654321"
ADDRESS, EMAIL = "17 Ngõ Huế, Hai Bà Trưng, Hà Nội", "baotram.trinh@example.vn"
PERSONAL = (NAME, "Bảo Trâm", ID_NUMBER, PHONE, "Ngõ Huế", "baotram.trinh")

database_url = pytest.fixture(sqlite_only)

# Replaces DossierService.create: the n-th request fails in the n-th way, each carrying the citizen's data;
# from the fourth on, dossiers are created as usual.
FAILING_SERVER = textwrap.dedent('''
    import itertools, sys
    from sqlalchemy import text
    from kiosk_app.api.schemas import DossierCreate
    from server import dossiers

    calls = itertools.count()
    real_create = dossiers.DossierService.create

    def create(self, kiosk_id, key, request, uploads):
        a, c = request.applicant, request.contact
        n = next(calls)
        if n >= 3:  # then the service works again: a dossier with its upload is stored
            return real_create(self, kiosk_id, key, request, uploads)
        if n == 0:  # a database error: the statement's parameters are the citizen's data
            with self.backend.db.write() as session:
                session.execute(text("INSERT INTO no_such_table VALUES (:n, :i, :a, :p, :e)"),
                                {"n": a.full_name, "i": a.id_number, "a": a.address, "p": c.phone, "e": c.email})
        if n == 1:  # a pydantic error: its text quotes the input it refused
            DossierCreate.model_validate({"applicant": a.model_dump(), "contact": c.model_dump()})
        raise RuntimeError(f"could not file the dossier of {a.id_number} (phone {c.phone}, {c.email})")

    dossiers.DossierService.create = create
    from server.cli import main
    sys.exit(main(sys.argv[1:]))
''')


def _modes_open_to_others(root: Path) -> list[str]:
    """Every file or directory under ``root`` (itself included) that group or others may access."""
    paths = [root, *root.rglob("*")]
    return [f"{oct(stat.S_IMODE(p.lstat().st_mode))} {p.relative_to(root.parent)}"
            for p in paths if stat.S_IMODE(p.lstat().st_mode) & 0o077]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _citizen_payload() -> dict[str, object]:
    payload = dossier_payload()
    payload["applicant"] = {"type": 1, "full_name": NAME, "id_number": ID_NUMBER, "address": ADDRESS}
    payload["contact"] = {"phone": PHONE, "email": EMAIL}
    return payload


def test_server_log_of_failed_requests_holds_no_personal_data(tmp_path: Path) -> None:
    """Finding 8: tracebacks of failed requests on a running kiosk-server carry no name, address, ID or phone;
    and finding 10: after the run, with an upload stored, nothing in its data directory is open to others."""
    data = tmp_path / "server-data"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-c", FAILING_SERVER, "--data-dir", str(data)]
    added = subprocess.run([*command, "add-kiosk", "quay-1"], capture_output=True, text=True, env=env,
                           cwd=REPO_ROOT, timeout=120, check=True)
    token = added.stdout.split()[1]
    port = _free_port()
    server = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.PIPE, text=True, env=env,
                              cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "kiosk-server did not start"
            time.sleep(0.1)
        for attempt in range(4):
            answer = requests.post(f"http://127.0.0.1:{port}/api/v1/dossiers",
                                   data={"dossier": json.dumps(_citizen_payload())},
                                   files=[("files", ("0.pdf", make_pdf(), "application/pdf"))],
                                   headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"key-privacy-{attempt:04d}"},
                                   timeout=30)
            assert answer.status_code == (500 if attempt < 3 else 201)
            assert not any(value in answer.text for value in PERSONAL)
    finally:
        server.send_signal(signal.SIGTERM)
        _, log = server.communicate(timeout=30)
    # The three failures were logged with their tracebacks (otherwise this test would prove nothing) ...
    assert log.count("Traceback (most recent call last)") >= 3, log
    assert "OperationalError" in log and "ValidationError" in log and "RuntimeError" in log, log
    assert "079******321" in log and "098****321" in log and "b***@example.vn" in log
    # ... and none of them shows the citizen's data.
    leaked = [value for value in PERSONAL if value in log]
    assert leaked == [], log
    # After a server run with an upload: database, its WAL, the uploaded PDF, the receipt, their folders.
    assert list(data.glob("server.sqlite3*"))
    assert len([p for p in (data / "files").rglob("*") if p.is_file()]) >= 2
    assert _modes_open_to_others(data) == []


def test_sql_echo_never_logs_parameters(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Finding 8: with SQL logging on (log_sql), statements are logged, through the server's own (masked)
    handlers rather than a console handler of SQLAlchemy's, and their parameters are not."""
    database = Database(f"sqlite:///{tmp_path / 'echo.sqlite3'}", echo=True)
    people = Table("people", MetaData(), Column("full_name", String), Column("phone", String))
    try:
        people.create(database.engine)
        with database.write() as session:
            session.execute(insert(people).values(full_name=NAME, phone=PHONE))
        assert logging.getLogger("sqlalchemy.engine.Engine").handlers == []
    finally:
        database.dispose()
        logging.getLogger("sqlalchemy.engine").setLevel(logging.NOTSET)
    assert "INSERT INTO people" in caplog.text
    assert NAME not in caplog.text and PHONE not in caplog.text


def test_data_directory_after_uploads_is_private(make_app, tmp_path: Path) -> None:
    """Finding 10: after dossiers with uploads, nothing under the server's data directory (database,
    its WAL files, uploaded PDFs, their folders) is accessible to group or others, whatever the umask."""
    previous = os.umask(0o022)  # the usual umask; the server must not depend on its caller's
    try:
        app = make_app()
        client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
        for pages in (1, 2):
            payload = dossier_payload("1.005298", documents=[{"component_id": "declaration", "pages": pages}])
            assert submit(client, payload).status_code == 201
    finally:
        os.umask(previous)
    data = tmp_path / "data"
    assert len([p for p in (data / "files").rglob("*") if p.is_file()]) >= 2  # the uploads (and receipts)
    database_files = sorted(tmp_path.glob("server.sqlite3*"))  # the test database lives beside data/
    assert database_files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in database_files), [
        (p.name, oct(p.stat().st_mode)) for p in database_files]
    assert _modes_open_to_others(data) == []
