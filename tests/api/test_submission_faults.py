"""Nothing lost, nothing duplicated: every network fault and every crash point ends in exactly one dossier.

Issue 15: the fault matrix (drop, delay, 5xx, cut reply, black hole, SIGKILL at each fail point and mid-request)
runs against each backend the kiosk can submit into: the reference server and the OpenCPS simulator behind the
OpenCPS adapter; each submission gives exactly one (submitted) dossier with byte-identical files."""
from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk_app.api.fault_proxy import FaultProxy, LinkFault
from kiosk_app.api.schemas import DossierReceipt
from kiosk_app.backend.errors import BackendRejected, BackendTimeout, BackendUnavailable
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.clock import ManualClock
from kiosk_app.embedded import EmbeddedBackend
from testkit.kiosk_harness import (
    KIOSK_TOKEN,
    SHORT_TIMEOUT_S,
    BackendKind,
    SystemUnderTest,
    client,
    dossier,
    server_dossiers,
    service,
    sha256,
)
from testkit.kiosk_launcher import KioskLauncher, LaunchedKiosk

HOUR = 3600.0  # longer than any backoff: after it, every pending item is due


@pytest.mark.parametrize("fault", [LinkFault.DROP, LinkFault.HTTP_500, LinkFault.HTTP_502, LinkFault.HTTP_503,
                                   LinkFault.CUT_RESPONSE, LinkFault.BLACKHOLE, LinkFault.DELAY])
@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent")
def test_every_fault_ends_in_exactly_one_dossier(tmp_path: Path, system: SystemUnderTest, system_proxy: FaultProxy,
                                                 pdf: Path, fault: LinkFault) -> None:
    """Issue 15 (fault matrix over both backends): a faulted first try leaves a provisional receipt; the retry
    gives exactly one submitted dossier, bound to that reference, with byte-identical files."""
    proxy = system_proxy
    proxy.set(fault, delay_s=SHORT_TIMEOUT_S + 1, blackhole_s=SHORT_TIMEOUT_S + 3)
    # Only the faulted first try waits briefly (a delay or black hole must outlast it); the retry waits as long as a
    # loaded machine needs, in a kiosk restarted on the same outbox.
    impatient = service(tmp_path / "outbox", system.via(proxy.url), kind=system.kind, read_timeout=SHORT_TIMEOUT_S)
    first = impatient.submit(dossier(component=system.component), [(system.component, pdf)])
    assert not first.confirmed  # the citizen leaves with a provisional reference
    assert first.provisional_ref.startswith("TAM-")
    proxy.clear()
    # the item was queued on the system clock
    svc = service(tmp_path / "outbox", system.via(proxy.url), kind=system.kind, clock=ManualClock(time.time() + HOUR))
    assert svc.worker.run_once() == 1
    result = svc.result(first.provisional_ref)
    assert result.confirmed and result.dossier_code  # the outbox keeps the binding, not the whole receipt
    on_server = system.dossiers()
    assert len(on_server) == 1
    assert on_server[0].code == result.dossier_code and on_server[0].submitted
    assert on_server[0].provisional_ref == first.provisional_ref
    assert on_server[0].sha256 == [sha256(pdf)]  # byte-identical
    assert svc.outbox.counts() == {"pending": 0, "sending": 0, "done": 1, "rejected": 0, "dead": 0}
    assert not any((tmp_path / "outbox" / "files").iterdir())  # confirmed: the files are gone


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent")
def test_repeated_failures_then_success(tmp_path: Path, system: SystemUnderTest, system_proxy: FaultProxy,
                                        pdf: Path) -> None:
    """Issue 15 (both backends): five 503s, then a reply cut after the commit, then one dossier."""
    proxy = system_proxy
    proxy.set(LinkFault.HTTP_503)
    clock = ManualClock()
    svc = service(tmp_path / "outbox", system.via(proxy.url), clock=clock, kind=system.kind)
    ref = svc.submit(dossier(component=system.component), [(system.component, pdf)]).provisional_ref
    for _ in range(4):
        clock.advance(HOUR)
        assert svc.worker.run_once() == 0
    item = svc.outbox.by_provisional_ref(ref)
    assert item.attempts == 5 and "503" in item.last_error
    proxy.set(LinkFault.CUT_RESPONSE)  # the server commits, the reply is lost ...
    clock.advance(HOUR)
    assert svc.worker.run_once() == 0
    proxy.clear()  # ... and the retry gets the same dossier back
    clock.advance(HOUR)
    assert svc.worker.run_once() == 1
    assert [(d.submitted, d.sha256) for d in system.dossiers()] == [(True, [sha256(pdf)])]


@pytest.mark.expect_log(logger="kiosk.outbox", level="ERROR", message=r"rejected by the server: procedure_not_found")
def test_rejection_is_kept_for_staff_and_never_resent(tmp_path: Path, server: EmbeddedBackend, pdf: Path) -> None:
    clock = ManualClock()
    svc = service(tmp_path / "outbox", server.url, clock=clock)
    bad = dossier().model_copy(update={"procedure_code": "9.999999"})
    result = svc.submit(bad, [("declaration", pdf)])
    assert not result.confirmed and result.rejected_code == "procedure_not_found"
    clock.advance(HOUR)
    assert svc.worker.run_once() == 0
    assert svc.outbox.counts()["rejected"] == 1
    assert server_dossiers(server.app) == []


def test_client_errors_are_typed(server: EmbeddedBackend, proxy: FaultProxy) -> None:
    proxy.set(LinkFault.BLACKHOLE, blackhole_s=SHORT_TIMEOUT_S + 1)
    with pytest.raises(BackendTimeout):
        client(proxy.url, read_timeout=SHORT_TIMEOUT_S).track("000.00.00.G06-261128-0001", phone_last4="5678")
    api = client(proxy.url)  # patient: a loaded machine may take a while to answer what follows
    proxy.set(LinkFault.DROP)
    with pytest.raises(BackendUnavailable):
        api.catalogue_version()
    proxy.clear()
    with pytest.raises(BackendRejected) as info:
        api.track("000.00.00.G06-261128-0001", phone_last4="5678")
    assert info.value.status == 404 and info.value.code == "dossier_not_found"
    assert info.value.server_text("vi").startswith("Không tìm thấy hồ sơ")
    with pytest.raises(BackendRejected) as info:
        client(proxy.url, token="wrong-token-0123456789").draw_ticket()
    assert info.value.code == "unauthorised_kiosk"


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent")
def test_provisional_reference_tracks_the_dossier_once_synced(tmp_path: Path, server: EmbeddedBackend,
                                                              proxy: FaultProxy, pdf: Path) -> None:
    proxy.set(LinkFault.DROP)
    clock = ManualClock()
    svc = service(tmp_path / "outbox", proxy.url, clock=clock)
    ref = svc.submit(dossier(phone="0987654321"), [("declaration", pdf)]).provisional_ref
    proxy.clear()
    clock.advance(HOUR)
    svc.worker.run_once()
    code = svc.result(ref).dossier_code
    tracked = client(server.url).track(ref, phone_last4="4321")
    assert tracked.code == code
    with pytest.raises(BackendRejected):
        client(server.url).track(ref, phone_last4="0000")


def test_catalogue_works_with_the_backend_stopped(tmp_path: Path, server: EmbeddedBackend) -> None:
    cache = CatalogueCache(tmp_path / "catalogue.json")
    assert cache.refresh(client(server.url)) is True
    assert cache.refresh(client(server.url)) is False  # same version: nothing fetched
    count = len(cache.procedures())
    assert count >= 30
    server.stop()
    offline = CatalogueCache(tmp_path / "catalogue.json")
    assert offline.source == "cache" and len(offline.procedures()) == count
    detail = offline.get("1.009846")
    assert detail is not None and len(detail.components) == 5  # the checklist is there
    with pytest.raises(BackendUnavailable):
        offline.refresh(client(server.url))
    assert len(offline.procedures()) == count


def test_shipped_catalogue_serves_a_new_kiosk_offline(tmp_path: Path) -> None:
    cache = CatalogueCache(tmp_path / "never-written.json")
    assert cache.source == "shipped" and len(cache.procedures()) >= 30


# --- crash points -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def launcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskLauncher]:
    """Starts "the kiosk" processes (testkit.kiosk_harness), each a real process of its own (see testkit.kiosk_launcher)."""
    with KioskLauncher(tmp_path_factory.mktemp("kiosk-processes")) as started:
        yield started


def run_kiosk(launcher: KioskLauncher, mode: str, outbox: Path, url: str, pdf: Path, failpoint: str = "",
              kind: BackendKind = "reference") -> LaunchedKiosk:
    return launcher.start([mode, kind, str(outbox), url, KIOSK_TOKEN, str(pdf)], {"KIOSK_FAILPOINT": failpoint})


def wait_killed(process: LaunchedKiosk) -> None:
    _, err = process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, err


# The fail points of each adapter's submission (kiosk_app/failpoints.py): the outbox's, then the adapter's own.
CRASH_POINTS: list[tuple[BackendKind, str]] = [
    ("reference", "outbox.after_write"), ("reference", "client.before_upload"), ("reference", "client.after_reply"),
    ("opencps-sim", "outbox.after_write"), ("opencps-sim", "client.before_upload"),
    ("opencps-sim", "opencps.after_create"), ("opencps-sim", "opencps.after_file"),
    ("opencps-sim", "opencps.after_action"), ("opencps-sim", "client.after_reply"),
]


@pytest.mark.parametrize(("kind", "point"), CRASH_POINTS, ids=[f"{k}-{p}" for k, p in CRASH_POINTS])
def test_sigkill_at_a_failpoint_then_restart(tmp_path: Path, launcher: KioskLauncher, start_backend: Any, pdf: Path,
                                             kind: BackendKind,
                                             point: str) -> None:
    """Issue 15 (SIGKILL at each fail point, both backends; OpenCPS's submission is create, upload each part,
    act): the restarted kiosk finishes it into exactly one submitted dossier with byte-identical files."""
    system: SystemUnderTest = start_backend(kind)
    wait_killed(run_kiosk(launcher, "submit", tmp_path / "outbox", system.url, pdf, failpoint=point, kind=kind))
    resumed = run_kiosk(launcher, "resume", tmp_path / "outbox", system.url, pdf, kind=kind)
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    assert [(d.submitted, d.sha256) for d in system.dossiers()] == [(True, [sha256(pdf)])]


def test_sigkill_before_the_outbox_write_leaves_nothing_behind(tmp_path: Path, launcher: KioskLauncher, system: SystemUnderTest,
                                                               pdf: Path) -> None:
    """Issue 15 (both backends): killed before the outbox write, nothing reaches the backend; submitted again, once."""
    wait_killed(run_kiosk(launcher, "submit", tmp_path / "outbox", system.url, pdf, failpoint="outbox.before_write",
                          kind=system.kind))
    resumed = run_kiosk(launcher, "resume", tmp_path / "outbox", system.url, pdf, kind=system.kind)
    out, err = resumed.communicate(timeout=60)
    assert '"confirmed": 0' in out, err
    assert system.dossiers() == []  # never half a dossier; the citizen had no receipt yet
    again = run_kiosk(launcher, "submit", tmp_path / "outbox", system.url, pdf, kind=system.kind)
    out, err = again.communicate(timeout=60)
    assert '"confirmed": true' in out, err
    assert len(system.dossiers()) == 1


# Where a kill mid-request leaves each backend. The reference server takes one request per submission; on
# OpenCPS the dossier exists (a draft) before its files are uploaded and is submitted by the action request.
MID_REQUEST: list[tuple[BackendKind, LinkFault, str | None, list[bool]]] = [
    ("reference", LinkFault.HOLD_REQUEST, None, []),
    ("reference", LinkFault.HOLD_RESPONSE, None, [True]),
    ("opencps-sim", LinkFault.HOLD_REQUEST, r"POST /o/rest/v2/dossiers/[0-9]+/files ", [False]),
    ("opencps-sim", LinkFault.HOLD_RESPONSE, r"POST /o/rest/v2/dossiers/[0-9]+/actions ", [True]),
]


@pytest.mark.parametrize(("kind", "fault", "match", "submitted_at_kill"), MID_REQUEST,
                         ids=[f"{k}-{'during_upload' if f is LinkFault.HOLD_REQUEST else 'after_commit_before_reply'}"
                              for k, f, _m, _s in MID_REQUEST])
@pytest.mark.expect_log(logger="uvicorn.error", level="ERROR", message=r"Exception in ASGI application", optional=True)
def test_sigkill_mid_request_then_restart(tmp_path: Path, launcher: KioskLauncher, start_backend: Any, pdf: Path,
                                          kind: BackendKind,
                                          fault: LinkFault, match: str | None, submitted_at_kill: list[bool]) -> None:
    """Issue 15 (both backends): killed while a file is being uploaded, or after the backend committed the
    submission but before its reply, the restarted kiosk ends with exactly one dossier and identical files."""
    system: SystemUnderTest = start_backend(kind)
    with FaultProxy(("127.0.0.1", system.port), seed=3) as proxy:
        proxy.set(fault, blackhole_s=30, match=match)
        process = run_kiosk(launcher, "submit", tmp_path / "outbox", system.via(proxy.url), pdf, kind=kind)
        assert proxy.held.wait(30), "the request never reached the holding point"
        process.send_signal(signal.SIGKILL)
        wait_killed(process)
        assert [d.submitted for d in system.dossiers()] == submitted_at_kill
        proxy.clear()
        resumed = run_kiosk(launcher, "resume", tmp_path / "outbox", system.via(proxy.url), pdf, kind=kind)
        out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    assert [(d.submitted, d.sha256) for d in system.dossiers()] == [(True, [sha256(pdf)])]
    svc = service(tmp_path / "outbox", system.url, kind=kind)
    assert svc.outbox.counts() == {"pending": 0, "sending": 0, "done": 1, "rejected": 0, "dead": 0}, (out, err)
    assert [i.state for i in svc.outbox.pending()] == []


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent")
def test_offline_citizen_leaves_with_a_printed_provisional_receipt(tmp_path: Path, server: EmbeddedBackend,
                                                                   proxy: FaultProxy, pdf: Path) -> None:
    from datetime import datetime

    from devices.options import SimulatedPrinterOptions
    from devices.printer.simulated import SimulatedPrinter
    from kiosk_app import receipts

    printer = SimulatedPrinter(SimulatedPrinterOptions(output_dir=tmp_path / "printer"))
    printer.start()
    try:
        proxy.set(LinkFault.DROP)
        clock = ManualClock()
        svc = service(tmp_path / "outbox", proxy.url, clock=clock)
        result = svc.submit(dossier(), [("declaration", pdf)])
        assert not result.confirmed
        job = receipts.provisional_receipt(result.provisional_ref, "Khai báo chất phóng xạ", datetime.now(),
                                           [("Tờ khai", 2)], "Bộ phận Một cửa")
        printed = printer.print_job(job)
        assert Path(printed.output).suffix == ".png" and Path(printed.output).stat().st_size > 5_000
        assert b"\x1dV" in printer.last_bytes  # ESC/POS cut after the raster receipt
        proxy.clear()
        clock.advance(HOUR)
        confirmations: list[dict[str, object]] = []
        svc.worker.on_confirmed = lambda _item, confirmation: confirmations.append(confirmation)
        assert svc.worker.run_once() == 1
        synced = DossierReceipt.model_validate(confirmations[0])  # the server's receipt, as the worker got it
        assert synced.provisional_ref == result.provisional_ref
        assert svc.result(result.provisional_ref).dossier_code == synced.code  # the outbox keeps only the code
        final = printer.print_job(receipts.submission_confirmation(synced, "Nguyễn Thị Ánh", "vi"))
        assert Path(final.output).exists()
    finally:
        printer.stop()
