"""Issue 15: the OpenCPS adapter end to end against the OpenCPS simulator (testkit/opencps_sim), over real HTTP.

A submission, its retry with the same key (one dossier), an officer's acceptance (tracking shows the portal's
status 2), a supplement request (status 5) and the supplement upload; then submissions through the project's
FaultProxy, each retried as the outbox retries a whole ``submit_dossier`` call, converging on one dossier per
submission with byte-identical files.
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk_app.api.fault_proxy import FaultProxy
from kiosk_app.api.schemas import (
    Applicant,
    ApplicantType,
    Contact,
    Delivery,
    DeliveryMethod,
    DossierCreate,
    DossierStatus,
    ProcedureDetail,
    Requirement,
    SubmittedDocument,
    SupplementProof,
)
from kiosk_app.backend.errors import BackendError
from kiosk_app.backend.opencps import OpenCpsBackend
from testkit.opencps_sim import GROUP_ID, KIOSK_PASSWORD, KIOSK_USER, MINISTRY_AGENCY, RunningSim, start_simulator

AGENCY = MINISTRY_AGENCY[0]
REPO_ROOT = Path(__file__).resolve().parents[2]
SUBMIT_ONCE = """
import sys
from pathlib import Path
from kiosk_app.api.schemas import DossierCreate
from kiosk_app.backend.opencps import OpenCpsBackend
url, group_id, user, password, agency, key, dossier, *files = sys.argv[1:]
backend = OpenCpsBackend(url, group_id=int(group_id), user=user, password=password, agency_code=agency)
backend.submit_dossier(key, DossierCreate.model_validate_json(dossier), [Path(f) for f in files])
"""


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[RunningSim]:
    with start_simulator(tmp_path / "opencps.sqlite") as running:
        yield running


def adapter(url: str, **timeouts: float) -> OpenCpsBackend:
    return OpenCpsBackend(url, group_id=GROUP_ID, user=KIOSK_USER, password=KIOSK_PASSWORD, agency_code=AGENCY,
                          **timeouts)  # type: ignore[arg-type]


@pytest.fixture
def backend(sim: RunningSim) -> Iterator[OpenCpsBackend]:
    client = adapter(sim.base_url)
    yield client
    client.close()


def required_documents(detail: ProcedureDetail, folder: Path, salt: str = "") -> tuple[list[SubmittedDocument], list[Path]]:
    """One small PDF per required component of ``detail`` (contents differ per component and ``salt``)."""
    documents, files = [], []
    for component in detail.components:
        if component.requirement is not Requirement.REQUIRED:
            continue
        path = folder / f"{salt}{component.id}.pdf"
        path.write_bytes(b"%PDF-1.4\n% " + f"{salt} {component.name_vi}".encode() + b"\n%%EOF\n")
        documents.append(SubmittedDocument(component_id=component.id, pages=1))
        files.append(path)
    return documents, files


def a_dossier(code: str, documents: list[SubmittedDocument]) -> DossierCreate:
    return DossierCreate(
        procedure_code=code,
        applicant=Applicant(type=ApplicantType.CITIZEN, full_name="Trần Thị Bình", id_number="001190012345",
                            address="12 Tràng Tiền, Hoàn Kiếm, Hà Nội"),
        contact=Contact(phone="0912345678"), delivery=Delivery(method=DeliveryMethod.COUNTER),
        documents=documents, consent=True)


def held_files(sim: RunningSim) -> dict[str, dict[str, bytes]]:
    """Every dossier's live files by file referenceUid, as the simulator stores them."""
    return {row["reference_uid"]: {f["reference_uid"]: bytes(f["content"]) for f in sim.sim.files_of(int(row["dossier_id"]))
                                   if not f["removed"]}
            for row in sim.sim.dossiers()}


def test_submit_retry_accept_supplement(sim: RunningSim, backend: OpenCpsBackend, tmp_path: Path) -> None:
    """Issue 15: submit, retry with the same key -> one dossier; officer accepts -> 2; asks a supplement -> 5;
    upload_supplement answers it."""
    catalogue = backend.catalogue()
    code = catalogue.procedures[0].code
    detail = backend.procedure(code)
    documents, files = required_documents(detail, tmp_path)
    receipt = backend.submit_dossier("key-0001", a_dossier(code, documents), files)
    again = backend.submit_dossier("key-0001", a_dossier(code, documents), files)
    assert again.code == receipt.code and again.tracking_token == receipt.tracking_token
    assert held_files(sim) == {"KEY-0001": {f"KEY-0001-F{i:02d}": p.read_bytes() for i, p in enumerate(files, 1)}}
    assert receipt.status is DossierStatus.NEW

    sim.officer.accept(receipt.code)
    tracking = backend.track(receipt.code, tracking_token=receipt.tracking_token)
    assert tracking.status is DossierStatus.ACCEPTED

    sim.officer.request_supplement(receipt.code, "Thiếu bản chụp tờ khai có chữ ký")
    tracking = backend.track(receipt.code, phone_last4="5678")
    assert tracking.status is DossierStatus.SUPPLEMENT_REQUESTED
    assert tracking.supplement_request is not None
    assert tracking.supplement_request.missing == ["Thiếu bản chụp tờ khai có chữ ký"]

    extra = tmp_path / "bo-sung.pdf"
    extra.write_bytes(b"%PDF-1.4\n% bo sung\n%%EOF\n")
    proof = SupplementProof(tracking_token=receipt.tracking_token,
                            documents=[SubmittedDocument(component_id=documents[0].component_id, pages=1)])
    answered = backend.upload_supplement(receipt.code, proof, [extra])
    assert answered.status is DossierStatus.PROCESSING
    assert backend.upload_supplement(receipt.code, proof, [extra]).status is DossierStatus.PROCESSING  # lost reply
    assert extra.read_bytes() in held_files(sim)["KEY-0001"].values()
    assert len(sim.sim.dossiers()) == 1


# a reply cut inside its headers makes urllib3 warn; its own GET retries log that they retry
@pytest.mark.expect_log(logger="urllib3.connection", level="WARNING", message=r"Failed to parse headers", optional=True)
@pytest.mark.expect_log(logger="urllib3.connectionpool", level="WARNING", message=r"Retrying", optional=True)
def test_submissions_through_a_faulty_link_converge(sim: RunningSim, tmp_path: Path) -> None:
    """Issue 15: 6 submissions through a link where 30 % of the connections get a random fault (drop, delay, 5xx,
    cut reply, black hole...), each whole submit_dossier retried with its key until it returns: one dossier per
    submission, sent, with exactly its files, byte for byte."""
    rng = random.Random(7)
    with FaultProxy(("127.0.0.1", sim.port), seed=13) as proxy:
        client = adapter(proxy.url + "/o/rest/v2", connect_timeout_s=0.5, read_timeout_s=0.6, upload_timeout_s=0.6)
        detail = adapter(sim.base_url).procedure(adapter(sim.base_url).catalogue().procedures[0].code)
        proxy.set(failure_rate=0.3, delay_s=0.8, blackhole_s=0.8)
        expected: dict[str, dict[str, bytes]] = {}
        attempts = 0
        for number in range(6):
            key = f"soak-{number:03d}"
            documents, files = required_documents(detail, tmp_path, salt=f"{key}-{rng.random()}-")
            for _attempt in range(60):
                attempts += 1
                try:
                    receipt = client.submit_dossier(key, a_dossier(detail.code, documents), files)
                    break
                except BackendError:
                    continue
            else:
                pytest.fail(f"{key} never got through")
            assert receipt.status is DossierStatus.NEW
            expected[key.upper()] = {f"{key.upper()}-F{i:02d}": p.read_bytes() for i, p in enumerate(files, 1)}
        proxy.clear()
        faults = sum(n for name, n in proxy.counts.items() if name != "none")
        client.close()
    assert faults >= 5 and attempts > 6, (faults, attempts)
    assert held_files(sim) == expected
    assert all(row["dossier_status"] == "new" for row in sim.sim.dossiers())
    assert len({hashlib.sha256(b"".join(f.values())).hexdigest() for f in expected.values()}) == 6  # all different


@pytest.mark.parametrize("point", ["client.before_upload", "opencps.after_create", "opencps.after_file",
                                   "opencps.after_action", "client.after_reply"])
def test_sigkill_at_each_adapter_failpoint_then_the_retry_converges(
        sim: RunningSim, backend: OpenCpsBackend, tmp_path: Path, point: str) -> None:
    """Issue 15: the kiosk killed (SIGKILL) at any point of the create / files / submit sequence; the outbox's retry
    of the whole call with the same key gives one dossier, sent, with byte-identical files."""
    code = backend.catalogue().procedures[0].code
    documents, files = required_documents(backend.procedure(code), tmp_path)
    dossier = a_dossier(code, documents)
    killed = subprocess.run(
        [sys.executable, "-c", SUBMIT_ONCE, sim.base_url, str(GROUP_ID), KIOSK_USER, KIOSK_PASSWORD, AGENCY, "key-kill",
         dossier.model_dump_json(), *map(str, files)],
        cwd=REPO_ROOT, env=dict(os.environ, KIOSK_FAILPOINT=point), capture_output=True, text=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    receipt = backend.submit_dossier("key-kill", dossier, files)
    assert held_files(sim) == {"KEY-KILL": {f"KEY-KILL-F{i:02d}": p.read_bytes() for i, p in enumerate(files, 1)}}
    assert [row["dossier_status"] for row in sim.sim.dossiers()] == ["new"]
    assert receipt.code == sim.sim.dossiers()[0]["dossier_no"]
