"""Test harness of the kiosk's submission path: a real backend, the fault proxy, a dossier, a process to kill.

The backend is either system the kiosk can submit into (``BACKENDS``): the reference server ("reference") or
the OpenCPS simulator behind the OpenCPS adapter ("opencps-sim"); :func:`start_system` starts one and
:class:`SystemUnderTest` says what it holds. Run as a script this module is "the kiosk" for the crash tests:
``python -m testkit.kiosk_harness submit|resume BACKEND OUTBOX_DIR URL TOKEN PDF...`` prints one JSON line.

The kiosk process imports only what a submission needs (the server, SQLAlchemy and reportlab are imported where
used): the crash tests start it a few dozen times.
"""
from __future__ import annotations

import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from kiosk_app.api.schemas import DossierCreate
from kiosk_app.backend.port import Backend
from kiosk_app.backend.reference import ReferenceBackend
from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.outbox import Outbox, OutboxWorker
from kiosk_app.submission import SubmissionService, make_sender

KIOSK_ID = "KIOSK-TEST-01"
KIOSK_TOKEN = "kiosk-test-token-0123456789abcdef0123"
PROCEDURE = "1.005298"  # Khai báo chất phóng xạ: one required component, no fee

BackendKind = Literal["reference", "opencps-sim"]
BACKENDS: tuple[BackendKind, ...] = ("reference", "opencps-sim")
#: The procedure's one required document as each backend's catalogue names it: the reference server's component
#: id, and on OpenCPS the adapter's id for the simulator's dossier template part (partNo TP01).
COMPONENT: dict[BackendKind, str] = {"reference": "declaration", "opencps-sim": "tp01"}


def make_pdf(path: Path, pages: int, label: str) -> Path:
    from reportlab.lib.pagesizes import A4  # here, not at the top: the crash tests' kiosk process never needs it
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 720, f"{label} – trang {page + 1}")
        pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


def dossier(phone: str = "0912345678", pages: int = 2, component: str = COMPONENT["reference"]) -> DossierCreate:
    return DossierCreate.model_validate({
        "procedure_code": PROCEDURE,
        "applicant": {"type": 1, "full_name": "Nguyễn Thị Ánh", "id_number": "001090123456",
                      "address": "1 Tràng Tiền, Hoàn Kiếm, Hà Nội"},
        "contact": {"phone": phone},
        "delivery": {"method": 0},
        "documents": [{"component_id": component, "pages": pages}],
        "consent": True,
    })


READ_TIMEOUT_S = 20.0
"""How long the harness's kiosk waits for a reply: generous, because a loaded CI machine can take seconds to check
an upload; a test that wants a timeout passes ``read_timeout=SHORT_TIMEOUT_S`` and a fault that outlasts it."""
SHORT_TIMEOUT_S = 1.0


def client(url: str, token: str = KIOSK_TOKEN, read_timeout: float = READ_TIMEOUT_S, retries: int = 0) -> ReferenceBackend:
    return ReferenceBackend(url, token, connect_timeout_s=1.0, read_timeout_s=read_timeout,
                            upload_timeout_s=read_timeout, retries=retries)


def opencps_client(url: str, read_timeout: float = READ_TIMEOUT_S, retries: int = 0) -> Backend:
    """The OpenCPS adapter signed in as the simulator's kiosk account, on its site and agency; by default no GET
    retries (the outbox retries, as with :func:`client`)."""
    from kiosk_app.backend.opencps import OpenCpsBackend
    from testkit.opencps_sim import GROUP_ID, KIOSK_PASSWORD, KIOSK_USER, MINISTRY_AGENCY

    return OpenCpsBackend(url, group_id=GROUP_ID, user=KIOSK_USER, password=KIOSK_PASSWORD,
                          agency_code=MINISTRY_AGENCY[0], connect_timeout_s=1.0, read_timeout_s=read_timeout,
                          upload_timeout_s=read_timeout, retries=retries)


def backend_client(kind: BackendKind, url: str, token: str = KIOSK_TOKEN, read_timeout: float = READ_TIMEOUT_S,
                   retries: int = 0) -> Backend:
    """The kiosk's adapter for ``kind`` at ``url`` (``retries``: urllib3's retries of idempotent GETs)."""
    if kind == "opencps-sim":
        return opencps_client(url, read_timeout, retries)
    return client(url, token, read_timeout, retries)


def service(outbox_dir: Path, url: str, token: str = KIOSK_TOKEN, clock: Clock = SYSTEM_CLOCK,
            kind: BackendKind = "reference", retries: int = 0,
            read_timeout: float = READ_TIMEOUT_S) -> SubmissionService:
    outbox = Outbox(outbox_dir, kiosk_id=KIOSK_ID)
    sender = make_sender(backend_client(kind, url, token, read_timeout=read_timeout, retries=retries))
    worker = OutboxWorker(outbox, sender, base_delay_s=0.05, max_delay_s=0.5, clock=clock)
    return SubmissionService(outbox, worker)


def server_dossiers(app: Any) -> list[dict[str, Any]]:
    """Every dossier on the server with its documents' hashes."""
    from sqlalchemy import select  # here, not at the top: the crash tests' kiosk process never needs it
    from sqlalchemy.orm import selectinload

    from server.models import Dossier

    with app.state.backend.db.read() as session:
        rows = session.scalars(select(Dossier).options(selectinload(Dossier.documents))).all()
        return [{"code": d.code, "provisional_ref": d.provisional_ref, "phone": d.phone,
                 "sha256": [doc.sha256 for doc in d.documents]} for d in rows]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class HeldDossier:
    """One dossier a backend holds: its code, the provisional reference it came with (normalised), whether it was
    submitted (an OpenCPS dossier is a draft until the submit action), and its input files' SHA-256, in order."""

    code: str
    provisional_ref: str
    submitted: bool
    sha256: list[str]


class SystemUnderTest(Protocol):
    """A running backend the kiosk submits into, seen from the test: where it listens and what it holds."""

    kind: BackendKind
    component: str  # the id of the procedure's one required document (COMPONENT)
    url: str  # the address the kiosk's adapter is given
    port: int  # the loopback port, for a FaultProxy in front

    def via(self, proxy_url: str) -> str:
        """The address for the adapter when a proxy at ``proxy_url`` stands in front of this system."""
        ...

    def dossiers(self) -> list[HeldDossier]: ...

    def stop(self) -> None: ...


class ReferenceSystem:
    """The reference server, embedded on loopback, that knows the harness's kiosk."""

    kind: BackendKind = "reference"
    component = COMPONENT["reference"]

    def __init__(self, work: Path) -> None:
        from kiosk_app.embedded import EmbeddedBackend  # here: the crash tests' kiosk process never needs it

        self.server = EmbeddedBackend(work / "server", kiosks={KIOSK_ID: KIOSK_TOKEN})
        self.url = self.server.start()
        self.port = int(self.url.rsplit(":", 1)[1])

    def via(self, proxy_url: str) -> str:
        return proxy_url

    def dossiers(self) -> list[HeldDossier]:
        return [HeldDossier(d["code"], normalise_code(d["provisional_ref"] or ""), True, d["sha256"])
                for d in server_dossiers(self.server.app)]

    def stop(self) -> None:
        self.server.stop()


class OpenCpsSimSystem:
    """The OpenCPS simulator (testkit.opencps_sim) over a SQLite file; the adapter is given its REST root."""

    kind: BackendKind = "opencps-sim"
    component = COMPONENT["opencps-sim"]

    def __init__(self, work: Path) -> None:
        from testkit.opencps_sim import start_simulator

        work.mkdir(parents=True, exist_ok=True)
        self.running = start_simulator(work / "opencps-sim.sqlite3")
        self.url = self.running.base_url
        self.port = self.running.port

    def via(self, proxy_url: str) -> str:
        return proxy_url + self.url.removeprefix(self.running.url)

    def dossiers(self) -> list[HeldDossier]:
        held = []
        for row in self.running.sim.dossiers():
            files = [f["sha256"] for f in self.running.sim.files_of(row["dossier_id"])
                     if not f["removed"] and f["dossier_part_type"] == 1]
            held.append(HeldDossier(normalise_code(row["dossier_no"] or row["reference_uid"]),
                                    normalise_code(row["reference_uid"]), row["dossier_status"] != "", files))
        return held

    def stop(self) -> None:
        self.running.stop()


def start_system(kind: BackendKind, work: Path) -> SystemUnderTest:
    """Start the backend ``kind`` with its state under ``work``."""
    return OpenCpsSimSystem(work) if kind == "opencps-sim" else ReferenceSystem(work)


def main(argv: list[str]) -> int:
    mode, kind, outbox_dir, url, token, *pdfs = argv
    if kind not in BACKENDS:
        raise SystemExit(f"unknown backend {kind!r}: one of {', '.join(BACKENDS)}")
    backend: BackendKind = "opencps-sim" if kind == "opencps-sim" else "reference"
    svc = service(Path(outbox_dir), url, token, kind=backend)
    component = COMPONENT[backend]
    if mode == "submit":
        result = svc.submit(dossier(component=component), [(component, Path(p)) for p in pdfs])
        print(json.dumps({"ref": result.provisional_ref, "confirmed": result.confirmed}))
    else:  # resume after a restart: send whatever is pending
        confirmed = svc.worker.run_once()
        print(json.dumps({"confirmed": confirmed, "counts": svc.outbox.counts()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
