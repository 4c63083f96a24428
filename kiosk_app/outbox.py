"""The durable submission queue: nothing lost, nothing duplicated.

A submission is written here (SQLite in WAL mode with ``synchronous=FULL``, files copied and fsynced
into a private folder) *before* anything is sent. Each item carries an idempotency key that the
server honours, so resending after a crash, a dead network or a lost reply returns the same dossier.
An item is marked done only when the server confirmed it; its files and personal payload are then
deleted, keeping only the binding of the provisional reference to the dossier code. Files and the
database are readable by the kiosk's user only (0600 inside a 0700 folder).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import secrets
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk_app.failpoints import failpoint
from kiosk_app.paths import ensure_private_dir
from kiosk_app.privacy import ensure_private_file

log = logging.getLogger("kiosk.outbox")

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,              -- idempotency key sent to the server
    provisional_ref TEXT UNIQUE NOT NULL,
    kind TEXT NOT NULL,                -- dossier | supplement
    payload TEXT NOT NULL,             -- JSON; emptied once confirmed
    files TEXT NOT NULL,               -- JSON list of {component, path, sha256, name}
    state TEXT NOT NULL,               -- pending | done | rejected
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',   -- JSON of the server's confirmation
    created_at TEXT NOT NULL,
    confirmed_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS items_due ON items(state, next_attempt_at);
"""


class ItemState(str, Enum):
    PENDING = "pending"
    DONE = "done"
    REJECTED = "rejected"  # the server refused it for good (needs staff), never resent


@dataclass(frozen=True)
class OutboxFile:
    component: str
    path: Path
    sha256: str
    name: str


@dataclass
class OutboxItem:
    key: str
    provisional_ref: str
    kind: str
    payload: dict[str, Any]
    files: list[OutboxFile]
    state: ItemState
    attempts: int = 0
    next_attempt_at: float = 0.0
    last_error: str = ""
    result: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""


class RetryableSendError(Exception):
    """The send failed in a way that may succeed later (network, timeout, 5xx)."""


class PermanentSendError(Exception):
    """The server refused the submission for good (validation); resending cannot help."""


Sender = Callable[[OutboxItem], dict[str, Any]]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_provisional_ref(kiosk_id: str, now: datetime | None = None) -> str:
    """A reference the citizen can quote before the dossier code exists: ``TAM-<kiosk>-<YYMMDD>-<6 chars>``."""
    now = now or datetime.now()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed at the counter
    tail = "".join(secrets.choice(alphabet) for _ in range(6))
    short = "".join(ch for ch in kiosk_id.upper() if ch.isalnum())[-6:] or "KIOSK"
    return f"TAM-{short}-{now:%y%m%d}-{tail}"


class Outbox:
    """The queue on disk. Thread-safe; one connection per call keeps SQLite happy across threads."""

    def __init__(self, root: Path, kiosk_id: str = "KIOSK") -> None:
        self.root = ensure_private_dir(root)
        self.files_dir = ensure_private_dir(root / "files")
        self.db_path = ensure_private_file(root / "outbox.sqlite3")  # before SQLite creates it (and its WAL) 0644
        self.kiosk_id = kiosk_id
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        self.db_path.chmod(0o600)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        db.execute("PRAGMA synchronous=FULL")
        db.row_factory = sqlite3.Row
        return db

    # --- writing ---------------------------------------------------------------------------------
    def enqueue(self, kind: str, payload: dict[str, Any], files: list[tuple[str, Path]],
                provisional_ref: str | None = None) -> OutboxItem:
        """Copy the files in, fsync them, and commit the item; only then may it be sent."""
        failpoint("outbox.before_write")
        key = str(uuid.uuid4())
        folder = ensure_private_dir(self.files_dir / key)
        stored: list[OutboxFile] = []
        for index, (component, source) in enumerate(files):
            data = Path(source).read_bytes()
            target = folder / f"{index:03d}.pdf"
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            target.chmod(0o600)
            stored.append(OutboxFile(component, target, hashlib.sha256(data).hexdigest(), Path(source).name))
        _fsync_dir(folder)
        item = OutboxItem(
            key=key,
            provisional_ref=provisional_ref or new_provisional_ref(self.kiosk_id),
            kind=kind,
            payload=payload,
            files=stored,
            state=ItemState.PENDING,
            created_at=datetime.now().isoformat(timespec="seconds"),
        )
        with self._lock, self._connect() as db:
            db.execute(
                "INSERT INTO items (key, provisional_ref, kind, payload, files, state, created_at) VALUES (?,?,?,?,?,?,?)",
                (item.key, item.provisional_ref, kind, json.dumps(payload, ensure_ascii=False),
                 json.dumps([{"component": f.component, "path": str(f.path), "sha256": f.sha256, "name": f.name}
                             for f in stored]), item.state.value, item.created_at),
            )
        log.info("queued %s %s (%d files)", kind, item.provisional_ref, len(stored))
        failpoint("outbox.after_write")
        return item

    def mark_done(self, key: str, result: dict[str, Any]) -> None:
        """The server confirmed: drop the personal payload and the files, keep the binding."""
        with self._lock, self._connect() as db:
            db.execute(
                "UPDATE items SET state=?, result=?, payload='{}', files='[]', last_error='', confirmed_at=? WHERE key=?",
                (ItemState.DONE.value, json.dumps(result, ensure_ascii=False), datetime.now().isoformat(timespec="seconds"), key),
            )
        shutil.rmtree(self.files_dir / key, ignore_errors=True)

    def mark_failed(self, key: str, error: str, next_attempt_at: float, permanent: bool = False) -> None:
        with self._lock, self._connect() as db:
            db.execute(
                "UPDATE items SET attempts=attempts+1, last_error=?, next_attempt_at=?, state=? WHERE key=?",
                (error[:500], next_attempt_at, (ItemState.REJECTED if permanent else ItemState.PENDING).value, key),
            )

    # --- reading ----------------------------------------------------------------------------------
    @staticmethod
    def _item(row: sqlite3.Row) -> OutboxItem:
        return OutboxItem(
            key=row["key"],
            provisional_ref=row["provisional_ref"],
            kind=row["kind"],
            payload=json.loads(row["payload"]),
            files=[OutboxFile(f["component"], Path(f["path"]), f["sha256"], f["name"]) for f in json.loads(row["files"])],
            state=ItemState(row["state"]),
            attempts=row["attempts"],
            next_attempt_at=row["next_attempt_at"],
            last_error=row["last_error"],
            result=json.loads(row["result"]) if row["result"] else {},
            created_at=row["created_at"],
        )

    def get(self, key: str) -> OutboxItem | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM items WHERE key=?", (key,)).fetchone()
        return self._item(row) if row else None

    def by_provisional_ref(self, ref: str) -> OutboxItem | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM items WHERE provisional_ref=?", (ref.strip().upper(),)).fetchone()
        return self._item(row) if row else None

    def due(self, now: float, limit: int = 10) -> list[OutboxItem]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM items WHERE state=? AND next_attempt_at<=? ORDER BY created_at, rowid LIMIT ?",
                (ItemState.PENDING.value, now, limit),
            ).fetchall()
        return [self._item(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._connect() as db:
            rows = db.execute("SELECT state, COUNT(*) AS n FROM items GROUP BY state").fetchall()
        return {state.value: 0 for state in ItemState} | {r["state"]: r["n"] for r in rows}

    def pending(self) -> list[OutboxItem]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM items WHERE state!=? ORDER BY created_at", (ItemState.DONE.value,)).fetchall()
        return [self._item(r) for r in rows]


class OutboxWorker:
    """Sends due items with exponential backoff and jitter; survives restarts (state is on disk)."""

    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        *,
        base_delay_s: float = 2.0,
        max_delay_s: float = 300.0,
        now: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        on_confirmed: Callable[[OutboxItem, dict[str, Any]], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self.sender = sender
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self.now = now
        self.rng = rng or random.Random()
        self.on_confirmed = on_confirmed
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def backoff(self, attempts: int) -> float:
        """Full-jitter exponential backoff: uniform in [base/2, min(cap, base * 2**attempts)]."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** min(attempts, 20)))
        return self.rng.uniform(min(self.base_delay_s / 2, ceiling), ceiling)

    def send(self, item: OutboxItem) -> bool:
        """Try one item now; True when the server confirmed it."""
        try:
            result = self.sender(item)
        except PermanentSendError as exc:
            log.error("outbox %s rejected by the server: %s", item.provisional_ref, exc)
            self.outbox.mark_failed(item.key, str(exc), float("inf"), permanent=True)
            return False
        except RetryableSendError as exc:
            delay = self.backoff(item.attempts)
            log.warning("outbox %s not sent (%s); retry in %.1f s", item.provisional_ref, exc, delay)
            self.outbox.mark_failed(item.key, str(exc), self.now() + delay)
            return False
        self.outbox.mark_done(item.key, result)
        log.info("outbox %s confirmed", item.provisional_ref)
        if self.on_confirmed is not None:
            self.on_confirmed(item, result)
        return True

    def run_once(self) -> int:
        """Send every item that is due; returns how many were confirmed."""
        return sum(self.send(item) for item in self.outbox.due(self.now()))

    # --- background thread ------------------------------------------------------------------------
    def start(self, poll_s: float = 1.0) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.run_once()
                except Exception:  # a bug must not kill the worker silently: log and keep going
                    log.exception("outbox worker iteration failed")
                self._wake.wait(poll_s)
                self._wake.clear()

        self._thread = threading.Thread(target=loop, name="outbox-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Send now (new item queued, or 'send now' in maintenance)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
