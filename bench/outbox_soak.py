"""Outbox soak: N submissions through a fault proxy that fails a share of requests at random.

Runs the real reference server on loopback (embedded), puts the fault proxy in front of it, submits N
dossiers through the kiosk's submission path (outbox first, one immediate try), then lets the outbox
worker retry until everything is confirmed or the time limit passes. Counts what the server holds:
nothing may be lost (a queued dossier missing on the server) and nothing duplicated (two dossiers for
one provisional reference).

    .venv/bin/python bench/outbox_soak.py [--n 500] [--failure-rate 0.3] [--seed 1]

Last line: {"submitted": n, "confirmed": n, "duplicates": n, "lost": n, ...}
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "api"))

from kiosk_harness import KIOSK_ID, KIOSK_TOKEN, dossier, make_pdf, server_dossiers, service  # noqa: E402

from kiosk_app.api.fault_proxy import FaultProxy  # noqa: E402
from kiosk_app.embedded import EmbeddedBackend  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--failure-rate", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds for the retries to drain")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="outbox-soak-"))
    server = EmbeddedBackend(work / "server", kiosks={KIOSK_ID: KIOSK_TOKEN})
    server.start()
    port = int(server.url.rsplit(":", 1)[1])
    proxy = FaultProxy(("127.0.0.1", port), seed=args.seed).start()
    proxy.set(failure_rate=args.failure_rate, blackhole_s=3.0)
    pdf = make_pdf(work / "page.pdf", 2, "Tờ khai")
    svc = service(work / "outbox", proxy.url)
    started = time.monotonic()
    refs = []
    immediate = 0
    for i in range(args.n):
        result = svc.submit(dossier(phone=f"09{i:08d}"), [("declaration", pdf)])
        refs.append(result.provisional_ref)
        immediate += result.confirmed
    submit_s = time.monotonic() - started
    deadline = time.monotonic() + args.time_limit
    while svc.outbox.counts()["pending"] and time.monotonic() < deadline:
        svc.worker.run_once()
        time.sleep(0.05)
    drain_s = time.monotonic() - started - submit_s
    proxy.clear()

    counts = svc.outbox.counts()
    on_server = server_dossiers(server.app)
    per_ref = Counter(d["provisional_ref"] for d in on_server)
    duplicates = sum(n - 1 for n in per_ref.values() if n > 1)
    lost = sum(1 for ref in refs if per_ref[ref] == 0)
    faults = {k: v for k, v in proxy.counts.items() if k != "none"}
    proxy.stop()
    server.stop()
    print(f"{args.n} submissions, {immediate} confirmed at once; faults injected: {faults}")
    print(f"submit phase {submit_s:.1f} s, drain phase {drain_s:.1f} s; outbox {counts}; server holds {len(on_server)}")
    print(json.dumps({"submitted": args.n, "confirmed": counts["done"], "duplicates": duplicates, "lost": lost,
                      "confirmed_immediately": immediate, "requests_faulted": sum(faults.values()),
                      "rejected": counts["rejected"], "seconds": round(time.monotonic() - started, 1)}))
    return 0 if duplicates == 0 and lost == 0 and counts["done"] == args.n else 1


if __name__ == "__main__":
    raise SystemExit(main())
