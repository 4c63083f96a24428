"""Finding 4 (issue 18): the outbox has one sender per item, never resurrects a confirmed item, and keeps
an item it cannot send as a dead letter instead of stalling the queue.

The races are made deterministic with events: a sender that blocks inside the "network" until the test
releases it, while the test runs the worker's pass in between.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk_app.clock import ManualClock
from kiosk_app.embedded import EmbeddedBackend
from kiosk_app.outbox import Claim, ItemState, Outbox, OutboxItem, OutboxWorker, RetryableSendError, new_claim
from kiosk_app.submission import SubmissionResult, SubmissionService, dump, make_sender
from testkit.kiosk_harness import KIOSK_ID, client, dossier, server_dossiers

WAIT_S = 30.0  # generous bound on waiting for the other thread; the tests never sleep
# (also the read timeout of the real sender here: the harness' 2 s default is for the fault tests, and an upload's
# PDF inspection on a loaded 2-core machine can take longer, which made these tests flaky)


class GatedSender:
    """Wraps the real sender: the first call blocks (inside the send) until ``release`` is set, then
    optionally fails *after* the server committed, like a reply cut on the way back."""

    def __init__(self, real: Callable[[OutboxItem], dict[str, Any]], first_fails: bool = False) -> None:
        self.real = real
        self.first_fails = first_fails
        self.calls: list[str] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, item: OutboxItem) -> dict[str, Any]:
        with self._lock:
            self.calls.append(item.key)
            first = len(self.calls) == 1
        if not first:
            return self.real(item)
        self.entered.set()
        assert self.release.wait(WAIT_S), "the test never released the first send"
        result = self.real(item)
        if self.first_fails:
            raise RetryableSendError("read timeout (reply lost)")
        return result


def submit_in_thread(svc: SubmissionService, pdf: Path) -> tuple[threading.Thread, list[SubmissionResult]]:
    results: list[SubmissionResult] = []
    thread = threading.Thread(target=lambda: results.append(svc.submit(dossier(), [("declaration", pdf)])))
    thread.start()
    return thread, results


def test_immediate_send_and_worker_pass_interleaved_send_once(tmp_path: Path, server: EmbeddedBackend,
                                                              pdf: Path) -> None:
    """Finding 4: while the immediate send of a new submission is in flight, a worker pass must not send
    the same item again (before: the item was due at once, so both sent it)."""
    outbox = Outbox(tmp_path / "outbox", kiosk_id=KIOSK_ID)
    sender = GatedSender(make_sender(client(server.url, read_timeout=WAIT_S)))
    worker = OutboxWorker(outbox, sender, base_delay_s=0.05, max_delay_s=0.5)
    svc = SubmissionService(outbox, worker)
    thread, results = submit_in_thread(svc, pdf)
    assert sender.entered.wait(WAIT_S)
    assert worker.run_once() == 0  # the worker's pass while the immediate send is on the wire
    assert len(sender.calls) == 1
    sender.release.set()
    thread.join(WAIT_S)
    assert results and results[0].confirmed
    assert len(sender.calls) == 1 and len(server_dossiers(server.app)) == 1
    assert worker.run_once() == 0 and len(sender.calls) == 1
    assert outbox.counts()["done"] == 1


def test_racing_claims_give_the_item_to_one_sender(tmp_path: Path) -> None:
    """Finding 4: two senders (worker thread and 'send now', or two processes) reaching one due item at
    the same moment: exactly one claims and sends it, the other does nothing."""
    root = tmp_path / "outbox"
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.7\n%%EOF\n")
    item = Outbox(root).enqueue("dossier", {"x": 1}, [("TK01", source)])
    sends: list[str] = []
    start = threading.Barrier(2)
    both_tried = threading.Barrier(2)  # the winner keeps sending until the loser has tried its claim

    def sender(claimed: OutboxItem) -> dict[str, Any]:
        sends.append(threading.current_thread().name)
        both_tried.wait(WAIT_S)
        return {"code": "000.00.00.G06-261203-0001"}

    outcomes: dict[str, bool] = {}

    def run(name: str) -> None:
        worker = OutboxWorker(Outbox(root), sender, clock=ManualClock(1000.0))  # its own connection, like a process
        start.wait(WAIT_S)
        outcomes[name] = worker.send(item)
        if not outcomes[name]:
            both_tried.wait(WAIT_S)

    threads = [threading.Thread(target=run, args=(name,), name=name) for name in ("worker", "send-now")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S)
    assert len(sends) == 1
    assert sorted(outcomes.values()) == [False, True]
    assert Outbox(root).get(item.key).state is ItemState.DONE


@pytest.mark.expect_log(logger="kiosk.outbox", level="ERROR", message=r"kept as a dead letter", optional=True)
@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"lease had passed to another sender", optional=True)
def test_worker_success_then_immediate_failure_keeps_the_item_done(tmp_path: Path, server: EmbeddedBackend,
                                                                   pdf: Path) -> None:
    """Finding 4: the immediate send hangs past its lease, the worker takes the item over and the server
    confirms it; when the hung send then fails (reply lost), the confirmed item must stay DONE (before:
    it went back to PENDING with its payload cleared, and its next try stalled every worker pass)."""
    clock = ManualClock(1000.0)
    outbox = Outbox(tmp_path / "outbox", kiosk_id=KIOSK_ID)
    sender = GatedSender(make_sender(client(server.url, read_timeout=WAIT_S)), first_fails=True)
    worker = OutboxWorker(outbox, sender, base_delay_s=0.05, max_delay_s=0.5, lease_s=30, clock=clock)
    svc = SubmissionService(outbox, worker)
    thread, results = submit_in_thread(svc, pdf)
    assert sender.entered.wait(WAIT_S)
    assert worker.run_once() == 0  # lease still held: nothing sent
    clock.advance(31)  # the immediate send hangs beyond its lease
    assert worker.run_once() == 1  # the worker takes over and the server confirms
    sender.release.set()  # ... then the hung immediate send fails
    thread.join(WAIT_S)
    item = outbox.by_provisional_ref(results[0].provisional_ref)
    assert item.state is ItemState.DONE and item.result["code"]
    assert results[0].confirmed  # the citizen's receipt carries the dossier code
    clock.advance(3600)
    assert worker.run_once() == 0 and len(sender.calls) == 2
    assert outbox.counts() == {"pending": 0, "sending": 0, "done": 1, "rejected": 0, "dead": 0}
    assert len(server_dossiers(server.app)) == 1  # the server's idempotency made both sends one dossier


def test_outcome_is_recorded_only_by_the_lease_holder(tmp_path: Path) -> None:
    """Finding 4: state changes compare and set: done or failed only from 'sending' by the holder of the
    lease; a done item is never made pending again."""
    outbox = Outbox(tmp_path / "outbox")
    item = outbox.enqueue("dossier", {"x": 1}, [])
    assert outbox.mark_done(item.key, "someone", {"code": "X"}) is False  # pending: nobody holds it
    mine = outbox.claim(item.key, new_claim(1000.0, 1000.0), now=1000.0)
    assert mine is not None and mine.state is ItemState.SENDING
    other = new_claim(1000.0, 1000.0)
    assert outbox.claim(item.key, other, now=1000.0) is None  # held
    assert outbox.mark_failed(item.key, other.owner, "timeout", 0.0) is False
    assert outbox.mark_done(item.key, mine.lease_owner, {"code": "X"}) is True
    assert outbox.mark_failed(item.key, mine.lease_owner, "timeout", 0.0) is False
    done = outbox.get(item.key)
    assert done.state is ItemState.DONE and done.attempts == 0 and done.result == {"code": "X"}
    assert outbox.due(now=1e12) == []


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"left mid-send by a stopped kiosk are queued again")
def test_expired_lease_and_crashed_holder_return_the_item_to_the_queue(tmp_path: Path) -> None:
    """Finding 4: a sender that dies mid-send must not strand its item: a lease past its expiry can be
    claimed again, and a lease held by a process that is gone is released when the outbox is opened."""
    root = tmp_path / "outbox"
    outbox = Outbox(root)
    alive = outbox.enqueue("dossier", {"x": 1}, [], claim=new_claim(1000.0, lease_s=30))
    assert [i.key for i in outbox.due(now=1000.0)] == []
    assert [i.key for i in outbox.due(now=1031.0)] == [alive.key]
    assert outbox.claim(alive.key, new_claim(1031.0, lease_s=30), now=1031.0) is not None

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    orphan = outbox.enqueue("dossier", {"x": 2}, [], claim=Claim(f"{int(gone.stdout)}:earlier:send", 1e12))
    reused_pid = outbox.enqueue("dossier", {"x": 3}, [], claim=Claim(f"{os.getpid()}:earlier:send", 1e12))
    reopened = Outbox(root)  # the kiosk starting again after the crash
    assert reopened.get(orphan.key).state is ItemState.PENDING
    assert reopened.get(reused_pid.key).state is ItemState.PENDING  # same pid, but an earlier run
    assert outbox.get(alive.key).state is ItemState.SENDING  # a live holder keeps its item


@pytest.mark.expect_log(logger="kiosk.outbox", level="ERROR", message=r"kept as a dead letter")
def test_poisoned_items_are_dead_letters_and_the_others_are_sent(tmp_path: Path, server: EmbeddedBackend,
                                                                 pdf: Path) -> None:
    """Finding 4: an item that fails validation (here: queued first) goes to the dead-letter state with a
    reason that holds no personal data, is never retried, and the items behind it are sent in the same pass
    (before: its ValidationError aborted every worker pass)."""
    outbox = Outbox(tmp_path / "outbox", kiosk_id=KIOSK_ID)
    poisoned = outbox.enqueue("dossier", {"applicant": {"full_name": "Nguyễn Văn Độc", "id_number": "001090999888"},
                                          "contact": {"phone": "0912345678"}}, [("declaration", pdf)])
    emptied = outbox.enqueue("dossier", {}, [])  # a payload already cleared, as a resurrected item had
    good = [outbox.enqueue("dossier", dump(dossier(phone=f"09{i:08d}")), [("declaration", pdf)]) for i in range(3)]
    sent: list[str] = []
    real = make_sender(client(server.url, read_timeout=WAIT_S))

    def sender(item: OutboxItem) -> dict[str, Any]:
        sent.append(item.key)
        return real(item)

    worker = OutboxWorker(outbox, sender, clock=ManualClock(1e9))
    assert worker.run_once() == 3
    assert {d["phone"] for d in server_dossiers(server.app)} == {f"09{i:08d}" for i in range(3)}
    assert outbox.get(poisoned.key).state is ItemState.DEAD
    assert outbox.get(emptied.key).state is ItemState.DEAD
    assert [i.key for i in outbox.dead_letters()] == [poisoned.key, emptied.key]
    reason = outbox.get(poisoned.key).last_error
    assert reason.startswith("payload_invalid: ") and "procedure_code" in reason
    assert "Nguyễn" not in reason and "0912345678" not in reason and "001090999888" not in reason
    assert outbox.get(emptied.key).last_error == "payload_missing"
    sent.clear()
    assert worker.run_once() == 0 and sent == []  # dead letters are never retried
    assert outbox.counts() == {"pending": 0, "sending": 0, "done": 3, "rejected": 0, "dead": 2}
    assert outbox.backlog() == 0
    assert all(item.key not in sent for item in good)


@pytest.mark.expect_log(logger="kiosk.outbox", level="ERROR", message=r"unexpected KeyError")
def test_an_unexpected_error_on_one_item_does_not_end_the_pass(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    """Finding 4: one bad item never aborts a worker pass: an unforeseen exception is caught for that item
    (logged masked, retried later) and the next item is still sent."""
    outbox = Outbox(tmp_path / "outbox")
    broken = outbox.enqueue("dossier", {"n": 1}, [])
    fine = outbox.enqueue("dossier", {"n": 2}, [])

    def sender(item: OutboxItem) -> dict[str, Any]:
        if item.key == broken.key:
            raise KeyError("phone 0912345678")
        return {"code": "000.00.00.G06-261203-0002"}

    worker = OutboxWorker(outbox, sender, clock=ManualClock(1000.0), base_delay_s=2, max_delay_s=60)
    assert worker.run_once() == 1
    assert outbox.get(fine.key).state is ItemState.DONE
    failed = outbox.get(broken.key)
    assert failed.state is ItemState.PENDING and failed.attempts == 1 and failed.next_attempt_at > 1000.0
    assert failed.last_error == "unexpected: KeyError"
    assert "0912345678" not in caplog.text and "KeyError" in caplog.text
