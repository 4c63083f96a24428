"""The outbox on its own: durable items, backoff, confirmation deletes files, rejection is kept."""
from __future__ import annotations

import random
import stat
from pathlib import Path
from typing import Any

import pytest

from kiosk_app.clock import ManualClock
from kiosk_app.outbox import ItemState, Outbox, OutboxItem, OutboxWorker, PermanentSendError, RetryableSendError


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "to-khai.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return path


def test_enqueue_survives_reopening_and_is_private(tmp_path: Path, pdf: Path) -> None:
    outbox = Outbox(tmp_path / "outbox", kiosk_id="KIOSK-SIM-01")
    item = outbox.enqueue("dossier", {"applicant": {"full_name": "Nguyễn Thị Ánh"}}, [("TK01", pdf)])
    assert item.provisional_ref.startswith("TAM-KSIM01-")
    reopened = Outbox(tmp_path / "outbox")
    again = reopened.get(item.key)
    assert again is not None and again.state is ItemState.PENDING
    assert again.payload["applicant"]["full_name"] == "Nguyễn Thị Ánh"
    assert again.files[0].path.read_bytes() == pdf.read_bytes()
    assert stat.S_IMODE(again.files[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "outbox").stat().st_mode) == 0o700
    assert stat.S_IMODE(reopened.db_path.stat().st_mode) == 0o600
    assert reopened.by_provisional_ref(item.provisional_ref.lower()).key == item.key


def test_confirmation_deletes_files_and_payload_but_keeps_the_binding(tmp_path: Path, pdf: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    item = outbox.enqueue("dossier", {"phone": "0912345678"}, [("TK01", pdf)])
    sent: list[OutboxItem] = []

    def sender(i: OutboxItem) -> dict[str, Any]:
        sent.append(i)
        return {"code": "000.00.00.G06-261128-0001"}

    worker = OutboxWorker(outbox, sender, clock=ManualClock(0.0))
    assert worker.run_once() == 1
    done = outbox.get(item.key)
    assert done.state is ItemState.DONE and done.result == {"code": "000.00.00.G06-261128-0001"}
    assert done.payload == {} and done.files == []
    assert not (outbox.files_dir / item.key).exists()
    assert worker.run_once() == 0  # never sent twice
    assert len(sent) == 1


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"not sent \(connection refused\)")
def test_retryable_failure_backs_off_with_jitter(tmp_path: Path, pdf: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    item = outbox.enqueue("dossier", {}, [("TK01", pdf)])
    clock = ManualClock(100.0)
    calls: list[float] = []

    def failing(_: OutboxItem) -> dict[str, Any]:
        calls.append(clock.time())
        raise RetryableSendError("connection refused")

    worker = OutboxWorker(outbox, failing, base_delay_s=2, max_delay_s=60, clock=clock, rng=random.Random(1))
    delays = []
    for _ in range(8):
        assert worker.run_once() == 0
        state = outbox.get(item.key)
        delays.append(state.next_attempt_at - clock.time())
        tried = len(calls)
        assert worker.run_once() == 0  # not due yet: nothing happens
        assert len(calls) == tried
        assert outbox.get(item.key).attempts == state.attempts
        clock.set(state.next_attempt_at)
    assert outbox.get(item.key).attempts == 8 and len(calls) == 8
    assert all(1.0 <= d <= 60 for d in delays)
    assert max(delays[4:]) > max(delays[:2])  # grows
    assert outbox.get(item.key).last_error == "connection refused"


@pytest.mark.expect_log(logger="kiosk.outbox", level="ERROR", message=r"rejected by the server: procedure_unknown")
def test_permanent_rejection_is_never_resent(tmp_path: Path, pdf: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    item = outbox.enqueue("dossier", {}, [("TK01", pdf)])
    calls = []

    def rejecting(i: OutboxItem) -> dict[str, Any]:
        calls.append(i)
        raise PermanentSendError("procedure_unknown")

    worker = OutboxWorker(outbox, rejecting, clock=ManualClock(1e12))
    worker.run_once()
    worker.run_once()
    assert len(calls) == 1
    assert outbox.get(item.key).state is ItemState.REJECTED
    assert outbox.counts() == {"pending": 0, "sending": 0, "done": 0, "rejected": 1, "dead": 0}


def test_an_outbox_written_before_leases_opens_and_sends(tmp_path: Path) -> None:
    """An older kiosk's outbox (no lease columns) gains them on opening; its waiting item is still sent."""
    import sqlite3

    root = tmp_path / "outbox"
    root.mkdir(mode=0o700)
    with sqlite3.connect(root / "outbox.sqlite3") as db:
        db.executescript("""
            CREATE TABLE items (key TEXT PRIMARY KEY, provisional_ref TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
                payload TEXT NOT NULL, files TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',
                result TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, confirmed_at TEXT NOT NULL DEFAULT '');
            INSERT INTO items (key, provisional_ref, kind, payload, files, state, created_at)
                VALUES ('k1', 'TAM-OLD-261203-AAAAAA', 'dossier', '{"n": 1}', '[]', 'pending', '2026-12-03T01:00:00');
        """)
    outbox = Outbox(root)
    worker = OutboxWorker(outbox, lambda item: {"code": "X"}, clock=ManualClock(1000.0))
    assert worker.run_once() == 1
    assert outbox.get("k1").state is ItemState.DONE
