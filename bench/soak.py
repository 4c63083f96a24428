"""Soak: N complete simulated sessions in one process; memory, descriptors, threads, leftover files.

Each session runs the kiosk's own core path on the simulated profile with the embedded backend:
look up a procedure, check its documents, scan every required component from a synthetic photo
(page detection on the preview frame, rectify, enhance, quality, one PDF per component in the
session's scratch directory), submit through the outbox, print the receipt on the simulated printer,
track the new dossier, then leave it idle until the privacy wipe. The UI is not drawn (the widgets
have their own tests); what leaks over thousands of sessions lives in the core, the devices and the
backend client, which all run here.

    .venv/bin/python bench/soak.py [--sessions 1000]

Memory is measured after 10 warm-up sessions (imports, caches, first connections, the thread pool),
and every reading follows a garbage collection and glibc's malloc_trim, so RSS counts live memory
rather than freed blocks the allocator keeps. Growth after that is what a long-running kiosk leaks.

Last line: {"sessions": n, "rss_start_mb": x, "rss_end_mb": x, "fds_start": n, "fds_end": n,
"threads_start": n, "threads_end": n, "leftover_files": n}
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle() -> None:
    """Collect garbage and hand freed heap back to the OS (glibc malloc_trim), so RSS reflects live
    memory rather than freed blocks the allocator still holds."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: RSS is then a rougher measure
        pass


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def threads() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


def fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def personal_files(data: Path) -> int:
    """Files that could hold a visitor's data: session scratch and outbox files (receipts printed by
    the simulated printer are its QA output and are counted separately)."""
    return sum(1 for root in (data / "sessions", data / "outbox" / "files") if root.exists()
               for p in root.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    os.environ["KIOSK_DATA_DIR"] = str(data)

    from PySide6.QtCore import QCoreApplication

    from kiosk_app import receipts
    from kiosk_app.clock import ManualClock
    from kiosk_app.composition import build_flow
    from kiosk_app.digitize.detect import PageDetector
    from kiosk_app.digitize.enhance import EnhanceMode
    from kiosk_app.digitize.pages import ComponentPages
    from kiosk_app.dossier_form import build_dossier, process_still, write_component_pdfs
    from kiosk_app.flow import Screen
    from kiosk_app.profile import load_profile
    from kiosk_app.services import build_services
    from kiosk_app.session_models import ApplicantDetails, ContactDetails, DeliveryChoice
    from testkit.document_photos import SyntheticDocumentGenerator

    app = QCoreApplication.instance() or QCoreApplication([])
    profile = load_profile("simulated")
    services = build_services(profile)
    services.start()
    clock = ManualClock()
    flow = build_flow(profile, clock=clock, services=services)
    settings = profile.digitize
    detector = PageDetector(settings)
    photo = SyntheticDocumentGenerator(seed=11).document_photo(1280, 720, background="dark")
    printer = services.devices["printer"]
    applicant = ApplicantDetails(full_name="Nguyễn Thị Ánh", id_number="001090123456", date_of_birth="01/01/1990",
                                 address="1 Tràng Tiền, Hoàn Kiếm, Hà Nội")

    def one_session(i: int) -> None:
        flow.go(Screen.LOOKUP)
        code = services.index.search("khai bao chat phong xa")[0].code
        procedure = services.catalogue.get(code)
        flow.session.procedure_code = code
        flow.go(Screen.PROCEDURE)
        flow.go(Screen.CHECKLIST)
        flow.go(Screen.SUBMIT)
        pages: dict[str, ComponentPages] = {}
        required = [c for c in procedure.components if c.requirement.value == "required"]
        for component in required:
            detection = detector.detect(photo.image)
            pages.setdefault(component.id, ComponentPages(component.id)).add(
                process_still(photo.image, detection, settings, EnhanceMode.BLACK_WHITE))
        documents = write_component_pdfs(pages, required, procedure.name_vi, flow.session.scratch_dir / "dossier")
        phone = f"09{abs(i) % 100_000_000:08d}"
        dossier = build_dossier(procedure, applicant, ContactDetails(phone=phone), DeliveryChoice(), True, documents, "vi")
        result = services.submission.submit(dossier, [(cid, path) for cid, path, _ in documents])
        if result.receipt is None:
            raise RuntimeError(f"session {i}: not confirmed")
        if printer.transport.paper_left_mm < 5_000:  # staff change the roll when it runs low, as on site
            printer.paper_replaced()
            services.counters.reset("paper_mm")
        printer.print_job(receipts.submission_confirmation(result.receipt, applicant.full_name, "vi"))
        services.counters.add("sessions")
        flow.go(Screen.RECEIPT)
        tracked = services.client.track(result.receipt.code, phone_last4=phone[-4:])
        if tracked.code != result.receipt.code:
            raise RuntimeError(f"session {i}: tracked {tracked.code}")
        clock.advance(flow.idle_period + flow.countdown_seconds + 1)  # the visitor walks away
        flow.tick()
        if flow.state is not Screen.WELCOME or flow.session.has_personal_data:
            raise RuntimeError(f"session {i}: not wiped by the idle timer")
        app.processEvents()

    for i in range(-10, 0):  # warm-up: imports, caches, first connections, the job pool's threads
        one_session(i)
    settle()
    start = {"rss": rss_mb(), "fds": fds(), "threads": threads()}
    started = time.monotonic()
    for i in range(1, args.sessions + 1):
        one_session(i)
        if i % 100 == 0:
            settle()
            print(f"{i} sessions, {time.monotonic() - started:.0f} s, RSS {rss_mb():.1f} MB, fds {fds()}, "
                  f"threads {threads()}", flush=True)
    settle()
    end = {"rss": rss_mb(), "fds": fds(), "threads": threads()}
    leftover = personal_files(data)
    printed = len(list((data / "simulated-printer").glob("*.png")))
    services.stop()
    print(f"{args.sessions} sessions in {time.monotonic() - started:.0f} s; simulated printer kept {printed} receipt PNGs")
    print(json.dumps({"sessions": args.sessions, "rss_start_mb": round(start["rss"], 1), "rss_end_mb": round(end["rss"], 1),
                      "fds_start": start["fds"], "fds_end": end["fds"], "threads_start": start["threads"],
                      "threads_end": end["threads"], "leftover_files": leftover}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
