"""The kiosk keeps personal data out of its logs, tracebacks included (finding 8), and every file it
keeps about a visitor private to its own user (finding 10): logs, session files, outbox, receipts,
speech files; the simulated printer keeps only the last receipts and, outside QA, none after a session."""
from __future__ import annotations

import io
import json
import logging
import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pydantic
import pytest
import requests
from reportlab.pdfgen import canvas

from devices.options import SimulatedPrinterOptions
from devices.printer.job import PrintJob
from devices.printer.simulated import SimulatedPrinter
from kiosk_app.api.schemas import Applicant
from kiosk_app.composition import build_flow
from kiosk_app.embedded import EmbeddedBackend
from kiosk_app.logging_setup import PrivateRotatingFileHandler, configure_logging
from kiosk_app.outbox import Outbox
from kiosk_app.privacy import make_private, mask
from kiosk_app.profile import load_profile
from kiosk_app.receipt_files import job_to_pdf
from kiosk_app.services import build_services
from kiosk_app.session import CitizenSession

NAME, ID_NUMBER, PHONE, EMAIL = "Lương Thị Thu Thảo", "036195007788", "0978123456", "thuthao.luong@example.vn"
PERSONAL = (NAME, "Thu Thảo", ID_NUMBER, PHONE, "thuthao.luong")


def open_to_others(root: Path) -> list[str]:
    """Every file or directory under ``root`` (itself included) that group or others may access."""
    return [f"{oct(stat.S_IMODE(p.lstat().st_mode))} {p}" for p in [root, *root.rglob("*")]
            if stat.S_IMODE(p.lstat().st_mode) & 0o077]


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most shells have (022): the kiosk must not rely on its caller's being stricter."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def kiosk_log(tmp_path: Path, usual_umask: None) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs", console=False)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(handler)
        handler.close()


def flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def one_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Tờ khai")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def receipt_job(number: int) -> PrintJob:
    job = PrintJob(title="receipt", job_id=f"000.00.00.G06-261203-{number:04d}")  # dots, as dossier codes have
    return job.text(f"Người nộp: {NAME}").text(f"Điện thoại: {PHONE}").cut()


@pytest.mark.expect_log(logger="kiosk.test", level="ERROR", message=r"^submission failed$")
@pytest.mark.expect_log(logger="kiosk.test", level="ERROR", message=r"^applicant refused$")
def test_exception_text_and_traceback_are_masked_in_the_log(kiosk_log: Path) -> None:
    """Finding 8: an exception whose text carries an ID number, a phone number, an e-mail address, or a
    pydantic error quoting the citizen's record, is logged with its traceback but without them."""
    log = logging.getLogger("kiosk.test")
    try:
        raise RuntimeError(f"submission of {ID_NUMBER} failed (phone {PHONE}, {EMAIL})")
    except RuntimeError:
        log.exception("submission failed")
    try:
        Applicant.model_validate({"type": 1, "full_name": NAME, "id_number": ID_NUMBER})
    except pydantic.ValidationError:
        log.exception("applicant refused")
    content = flushed(kiosk_log)
    assert content.count("Traceback (most recent call last)") == 2
    assert "RuntimeError: submission of 036******788 failed (phone 097****456, t***@example.vn)" in content
    assert "input_value=<hidden>" in content
    assert [value for value in PERSONAL if value in content] == []


@pytest.mark.parametrize("echo", [
    # SQLAlchemy with parameters shown (an engine without hide_parameters, or a driver's own message)
    f"(sqlite3.IntegrityError) NOT NULL constraint failed\n[SQL: INSERT INTO dossiers (full_name) VALUES (?)]\n"
    f"[parameters: ('{NAME}', '1 Tràng Tiền')]\n(Background on this error at: https://sqlalche.me/e/20/gkpj)",
    # PostgreSQL repeats the offending values in its DETAIL line
    f'(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "uq_dossier_ref"\n'
    f"DETAIL:  Key (full_name, address)=({NAME}, 1 Tràng Tiền) already exists.",
    f'(psycopg.errors.NotNullViolation) null value in column "code"\nDETAIL:  Failing row contains ({NAME}, null).',
    # pydantic quotes the input it refused
    f"1 validation error for Applicant\naddress\n  Field required [type=missing, input_value={{'full_name': "
    f"'{NAME}'}}, input_type=dict]",
])
def test_values_echoed_by_libraries_are_hidden(echo: str) -> None:
    """Finding 8: the parts of database and validation errors that repeat the citizen's input are hidden
    in full (a name or an address cannot be recognised by its shape), the rest of the message stays."""
    masked = mask(echo)
    assert NAME not in masked and "Tràng Tiền" not in masked and "<hidden>" in masked
    assert masked.splitlines()[0] == echo.splitlines()[0]


def test_masking_takes_linear_time_on_hostile_text() -> None:
    """Finding 8: every log line is masked now, tracebacks included, and they may carry a client's input:
    masking 200 KB of text shaped against each pattern stays well under a second each (on main, 40 KB of
    letters without an @ took 4.8 s: the e-mail pattern restarted at every letter)."""
    size = 200_000
    hostile = ["a" * size, "a." * (size // 2), "a@" * (size // 2), "input_value=" * (size // 12),
               "[parameters: " * (size // 13), "1 " * (size // 2), "+84 " * (size // 4)]
    started = time.perf_counter()
    for text in hostile:
        mask(text)
    assert time.perf_counter() - started < 3.0


def test_log_files_are_private_also_after_rotation(tmp_path: Path, kiosk_log: Path) -> None:
    """Finding 10: the log folder is 0700 and every log file, rotated ones included, 0600."""
    logging.getLogger("kiosk.test").info("started")
    flushed(kiosk_log)
    rotating = make_private(PrivateRotatingFileHandler(tmp_path / "logs" / "small.log", maxBytes=200, backupCount=3,
                                                       encoding="utf-8"), "%(message)s")
    record = logging.LogRecord("kiosk.test", logging.INFO, __file__, 1, "x" * 120, None, None)
    for _ in range(6):
        rotating.handle(record)
    rotating.close()
    assert len(list((tmp_path / "logs").glob("small.log*"))) == 4
    assert open_to_others(tmp_path / "logs") == []


@pytest.mark.expect_log(logger="uvicorn.error", level="ERROR", message=r"Exception in ASGI application")
def test_embedded_backend_tracebacks_go_through_the_masked_log(tmp_path: Path, kiosk_log: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capfd: pytest.CaptureFixture[str]) -> None:
    """Finding 8: a request failing inside the embedded server is logged into the kiosk's masked log,
    not by a handler of uvicorn's own that writes the raw traceback to the console."""
    from server import dossiers  # noqa: PLC0415 (only this test needs the server)

    def create(_self, _kiosk, _key, request, _uploads):
        raise RuntimeError(f"cannot file {request.applicant.id_number} / {request.contact.phone}")

    monkeypatch.setattr(dossiers.DossierService, "create", create)
    backend = EmbeddedBackend(tmp_path / "server", kiosks={"KIOSK-T": "token-of-the-test-kiosk-0123456789"})
    url = backend.start(timeout=60)
    try:
        payload = {"procedure_code": "1.005298", "consent": True, "delivery": {"method": 0},
                   "applicant": {"type": 1, "full_name": NAME, "id_number": ID_NUMBER, "address": "1 Tràng Tiền, Hà Nội"},
                   "contact": {"phone": PHONE, "email": EMAIL}, "documents": [{"component_id": "declaration", "pages": 1}]}
        answer = requests.post(f"{url}/api/v1/dossiers", data={"dossier": json.dumps(payload)},
                               files=[("files", ("0.pdf", one_page_pdf(), "application/pdf"))], timeout=30,
                               headers={"Authorization": "Bearer token-of-the-test-kiosk-0123456789",
                                        "Idempotency-Key": "key-privacy-0001"})
        assert answer.status_code == 500
    finally:
        backend.stop()
    content = flushed(kiosk_log)
    assert "Exception in ASGI application" in content and "RuntimeError: cannot file 036******788 / 097****456" in content
    console = capfd.readouterr()
    assert [v for v in PERSONAL if v in content or v in console.out or v in console.err] == []


def test_simulated_printer_keeps_the_last_receipts_privately(tmp_path: Path, usual_umask: None) -> None:
    """Finding 10: receipt images are 0600 in a 0700 folder, and only the last ``keep_jobs`` are kept."""
    printer = SimulatedPrinter(SimulatedPrinterOptions(output_dir=tmp_path / "printer", keep_jobs=3))
    for number in range(5):
        printer.print_job(receipt_job(number))
    names = sorted(p.name for p in (tmp_path / "printer").iterdir())
    assert len(names) == 6 and [n for n in names if n.endswith(("-0000.png", "-0000.bin", "-0001.png", "-0001.bin"))] == []
    assert open_to_others(tmp_path / "printer") == []
    assert printer.wipe_output() == 6 and list((tmp_path / "printer").iterdir()) == []


@pytest.mark.parametrize("qa", [True, False])
def test_session_wipe_takes_the_receipts_outside_qa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qa: bool) -> None:
    """Finding 10: outside the QA profile the simulated printer's receipts leave with the session;
    the QA profile keeps them (QA checks what was printed)."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    if not qa:
        monkeypatch.setenv("KIOSK_SIMULATED", "false")
        monkeypatch.setenv("KIOSK_ACCESSIBILITY__SPEECH_OUTPUT", "off")
    profile = load_profile("simulated")
    assert profile.simulated is qa
    services = build_services(profile, with_backend=False)
    flow = build_flow(profile, services=services)
    printer = services.devices["printer"]
    printer.print_job(receipt_job(1))
    assert len(printer.job_files()) == 2
    flow.session.submission.applicant.full_name = NAME
    flow.reset()
    assert len(printer.job_files()) == (2 if qa else 0)


def test_session_outbox_and_receipt_files_are_private(tmp_path: Path, usual_umask: None) -> None:
    """Finding 10: the outbox database (and its WAL) and a receipt PDF in the session folder are 0600."""
    outbox = Outbox(tmp_path / "outbox", kiosk_id="KIOSK-T")
    document = tmp_path / "scan.pdf"
    document.write_bytes(b"%PDF-1.4\n%%EOF\n")
    outbox.enqueue("dossier", {"applicant": {"full_name": NAME}}, [("declaration", document)])
    session = CitizenSession(tmp_path / "sessions")
    receipt = job_to_pdf(receipt_job(1), session.scratch_dir / "receipt" / "receipt.pdf")
    assert receipt.read_bytes().startswith(b"%PDF")
    assert open_to_others(tmp_path / "outbox") == [] and open_to_others(tmp_path / "sessions") == []


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is installed by the set-up")
def test_speech_files_are_private(tmp_path: Path, usual_umask: None) -> None:
    """Finding 10: the QA profile's utterance files (text and WAV, which may read out a phone number)
    are 0600 in a 0700 folder."""
    from kiosk_app.speech import EspeakSpeaker  # noqa: PLC0415

    speaker = EspeakSpeaker(wav_dir=tmp_path / "speech")
    speaker.say(f"Số điện thoại {PHONE}", "vi")
    speaker.wait()
    assert sorted(p.suffix for p in (tmp_path / "speech").iterdir()) == [".txt", ".wav"]
    assert (tmp_path / "speech" / "0001-vi.wav").stat().st_size > 1000
    assert open_to_others(tmp_path / "speech") == []


# Finding 10 after a whole `kiosk demo` session: tests/ui_flows/submit/test_demo_command.py (one demo run for both).
