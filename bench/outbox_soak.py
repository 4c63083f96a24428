"""Outbox soak: N submissions through a fault proxy that fails a share of requests at random.

Runs a real backend on loopback, the reference server (embedded; ``--backend reference``, the default) or the
OpenCPS simulator behind the kiosk's OpenCPS adapter (``--backend opencps-sim``; issue 15: one submission is
several requests there, each faulted independently), puts the fault proxy in front of it, submits N
dossiers through the kiosk's submission path (outbox first, one immediate try) *while the background
outbox worker runs* (so the immediate send races the worker for every new item, as on a real kiosk),
with poisoned items (a payload that fails validation, and one whose payload is gone) queued among them.
Then the worker and extra passes from the main thread (a second sender, like 'send now') retry until
everything sendable is confirmed or the time limit passes. Counts:

- lost: a submitted dossier the server does not hold (or holds only as an unsubmitted OpenCPS draft);
- duplicates: two dossiers on the server for one provisional reference;
- files_differ: a dossier whose files are not byte-identical to the ones submitted;
- duplicates_sent: a send of an item started while another send of it was in flight, or after the
  server had already confirmed it (each one a needless upload the server's idempotency had to absorb);
- stalled: items still waiting at the end (not confirmed and not a dead letter);
- dead_lettered: items set aside as dead letters (expected: exactly the poisoned ones).

    .venv/bin/python bench/outbox_soak.py [--backend reference|opencps-sim] [--n 500] [--failure-rate 0.3]
                                          [--poisoned 3] [--seed 1]

The adapter retries idempotent GETs as the kiosk's does (``--get-retries``, default 3, the product's default);
the submission's POSTs are retried only by the outbox, with their key.

Last line: {"backend": ..., "submitted": n, "lost": n, "duplicates": n, "duplicates_sent": n, "stalled": n, ...}
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.api.fault_proxy import FaultProxy  # noqa: E402
from kiosk_app.domain.dossier_code import normalise_code  # noqa: E402
from kiosk_app.outbox import OutboxItem, Sender  # noqa: E402
from testkit.kiosk_harness import BACKENDS, SHORT_TIMEOUT_S, dossier, make_pdf, service, sha256, start_system  # noqa: E402


class SendLedger:
    """Wraps the sender and counts sends that should never happen: overlapping or after confirmation."""

    def __init__(self, sender: Sender) -> None:
        self.sender = sender
        self.in_flight: Counter[str] = Counter()
        self.confirmed: set[str] = set()
        self.sends = 0
        self.overlapping = 0  # started while another send of the same item was in flight
        self.after_confirmation = 0  # started after a send of the same item had been confirmed
        self._lock = threading.Lock()

    @property
    def duplicates_sent(self) -> int:
        return self.overlapping + self.after_confirmation

    def __call__(self, item: OutboxItem) -> dict[str, Any]:
        with self._lock:
            self.sends += 1
            if self.in_flight[item.key]:
                self.overlapping += 1
            elif item.key in self.confirmed:
                self.after_confirmation += 1
            self.in_flight[item.key] += 1
        try:
            result = self.sender(item)
            with self._lock:
                self.confirmed.add(item.key)
            return result
        finally:
            with self._lock:
                self.in_flight[item.key] -= 1


def poisoned_payloads(count: int) -> list[dict[str, Any]]:
    """Items no send can fix: a payload failing validation, and one already emptied (as a confirmed item
    turned back to pending used to be)."""
    shapes: list[dict[str, Any]] = [
        {"applicant": {"full_name": "Nguyễn Văn Độc", "id_number": "001090999888"}, "contact": {"phone": "0912345678"}},
        {},
    ]
    return [shapes[i % len(shapes)] for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=BACKENDS, default="reference", help="the system submitted into")
    parser.add_argument("--get-retries", type=int, default=3, help="the adapter's retries of idempotent GETs")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--failure-rate", type=float, default=0.3)
    parser.add_argument("--poisoned", type=int, default=3, help="unsendable items queued among the submissions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker-poll", type=float, default=0.01, help="the background worker's poll interval (s)")
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds for the retries to drain")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="outbox-soak-"))
    system = start_system(args.backend, work / "system")
    proxy = FaultProxy(("127.0.0.1", system.port), seed=args.seed).start()
    proxy.set(failure_rate=args.failure_rate, blackhole_s=3.0)
    pdf = make_pdf(work / "page.pdf", 2, "Tờ khai")
    component = system.component
    svc = service(work / "outbox", system.via(proxy.url), kind=system.kind, retries=args.get_retries,
                  read_timeout=SHORT_TIMEOUT_S)
    ledger = SendLedger(svc.worker.sender)
    svc.worker.sender = ledger
    svc.worker.start(poll_s=args.worker_poll)  # the worker races every immediate send
    poison_at = {round((i + 1) * args.n / (args.poisoned + 1)): payload
                 for i, payload in enumerate(poisoned_payloads(args.poisoned))}
    started = time.monotonic()
    refs = []
    immediate = 0
    for i in range(args.n):
        if i in poison_at:
            svc.outbox.enqueue("dossier", poison_at[i], [(component, pdf)])
        result = svc.submit(dossier(phone=f"09{i:08d}", component=component), [(component, pdf)])
        refs.append(result.provisional_ref)
        immediate += result.confirmed
    submit_s = time.monotonic() - started
    deadline = time.monotonic() + args.time_limit
    while svc.outbox.backlog() and time.monotonic() < deadline:
        svc.worker.run_once()  # a second sender next to the worker thread
        time.sleep(0.05)
    drain_s = time.monotonic() - started - submit_s
    svc.worker.stop()
    proxy.clear()

    counts = svc.outbox.counts()
    dead = svc.outbox.dead_letters()
    on_server = system.dossiers()
    per_ref = Counter(d.provisional_ref for d in on_server)
    submitted_refs = {d.provisional_ref for d in on_server if d.submitted}
    duplicates = sum(n - 1 for n in per_ref.values() if n > 1)
    lost = sum(1 for ref in refs if normalise_code(ref) not in submitted_refs)
    files_differ = sum(1 for d in on_server if d.sha256 != [sha256(pdf)])
    stalled = svc.outbox.backlog()
    faults = {k: v for k, v in proxy.counts.items() if k != "none"}
    requests_total = sum(proxy.counts.values())
    proxy.stop()
    system.stop()
    print(f"{args.n} submissions (+{len(poison_at)} poisoned), {immediate} confirmed at once; faults injected: {faults}")
    print(f"submit phase {submit_s:.1f} s, drain phase {drain_s:.1f} s; outbox {counts}; server holds {len(on_server)}; "
          f"{ledger.sends} sends")
    print(json.dumps({"backend": args.backend, "submitted": args.n, "confirmed": counts["done"], "lost": lost,
                      "duplicates": duplicates, "files_differ": files_differ,
                      "duplicates_sent": ledger.duplicates_sent, "overlapping_sends": ledger.overlapping,
                      "sends_after_confirmation": ledger.after_confirmation, "stalled": stalled, "dead_lettered": len(dead),
                      "poisoned": len(poison_at), "confirmed_immediately": immediate, "sends": ledger.sends,
                      "requests": requests_total, "requests_faulted": sum(faults.values()), "rejected": counts["rejected"],
                      "seconds": round(time.monotonic() - started, 1)}))
    ok = (lost == 0 and duplicates == 0 and files_differ == 0 and ledger.duplicates_sent == 0 and stalled == 0
          and counts["done"] == args.n and len(dead) == len(poison_at))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
