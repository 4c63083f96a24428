"""The durable submission queue: nothing lost, nothing duplicated.

A submission is written here (SQLite in WAL mode with ``synchronous=FULL``, files copied and fsynced
into a private folder) *before* anything is sent. Each item carries an idempotency key that the
server honours, so resending after a crash, a dead network or a lost reply returns the same dossier.
An item is marked done only when the server confirmed it; its files and personal payload are then
deleted, keeping only the binding of the provisional reference to the dossier code and when it was made
(see :data:`CONFIRMED_RETENTION`). Files and the
database are readable by the kiosk's user only (0600 inside a 0700 folder).

One sender per item: whoever sends an item first claims it (state ``sending`` with a lease: an owner
token and an expiry), atomically in the database; a sender that loses the claim does nothing. Only the
lease holder may record the outcome (compare-and-set on state and owner), so a confirmed item is never
turned back into a pending one. A lease whose holder crashed returns the item to the queue: at once when
the holding process is gone, otherwise when the lease expires. An item that can never be sent (invalid or
missing payload, missing file) is a dead letter, like one the server refused for good: kept for staff,
never retried, and it never holds up the others.
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
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.failpoints import failpoint
from kiosk_app.privacy import ensure_private_dir, ensure_private_file, mask

log = logging.getLogger("kiosk.outbox")

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,              -- idempotency key sent to the server
    provisional_ref TEXT UNIQUE NOT NULL,
    kind TEXT NOT NULL,                -- dossier | supplement
    payload TEXT NOT NULL,             -- JSON; emptied once confirmed
    files TEXT NOT NULL,               -- JSON list of {component, path, sha256, name}
    state TEXT NOT NULL,               -- pending | sending | done | rejected | dead
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',   -- JSON of the server's confirmation
    created_at TEXT NOT NULL,
    confirmed_at TEXT NOT NULL DEFAULT '',
    lease_owner TEXT NOT NULL DEFAULT '',  -- "<pid>:<run>:<send>" of the sender holding the item
    lease_until REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS items_due ON items(state, next_attempt_at);
"""
LEASE_COLUMNS = {"lease_owner": "TEXT NOT NULL DEFAULT ''", "lease_until": "REAL NOT NULL DEFAULT 0"}
DEFAULT_LEASE_S = 600.0  # far longer than one upload (connect + upload timeouts); a crash is seen sooner
CONFIRMED_RETENTION = timedelta(days=30)
"""How long a confirmed item's binding (provisional reference -> dossier code, and when) is kept.

The binding is what lets the kiosk answer a citizen who comes back with a provisional receipt while the
ministry's system cannot be reached (issue 20): "your dossier was sent, its code is ...". It is the only
thing kept after confirmation: the applicant's data, the files and the server's full receipt (its
tracking token is a key to the dossier) are dropped at once, because the citizen's receipt already
carries them and the server answers a provisional reference itself. Thirty days covers a citizen who
returns with the paper for the usual processing times (a few working days to a month); after that the
row is deleted (:meth:`Outbox.forget_confirmed`) and the server alone answers for the reference."""


class ItemState(str, Enum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by one sender until its lease expires
    DONE = "done"
    REJECTED = "rejected"  # dead letter: the server refused it for good (needs staff), never resent
    DEAD = "dead"  # dead letter: the kiosk cannot send it (invalid or missing payload or file), never resent


DEAD_LETTER_STATES = (ItemState.REJECTED, ItemState.DEAD)


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
    lease_owner: str = ""
    lease_until: float = 0.0
    confirmed_at: str = ""

    @property
    def dossier_code(self) -> str:
        """The dossier code the server gave a confirmed item ("" before confirmation)."""
        return str(self.result.get("code", "")) if self.state is ItemState.DONE else ""


@dataclass(frozen=True)
class Claim:
    """The right to send one item until ``until``; only its ``owner`` may record the outcome."""

    owner: str
    until: float


_THIS_PROCESS = uuid.uuid4().hex[:12]  # tells this run from an earlier one that had the same pid


def new_claim(now: float, lease_s: float = DEFAULT_LEASE_S) -> Claim:
    """A fresh claim: the owner names this process (so a restart can tell a crashed holder) and this send."""
    return Claim(f"{os.getpid()}:{_THIS_PROCESS}:{uuid.uuid4().hex}", now + lease_s)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_gone(owner: str) -> bool:
    """True when the process named in a lease owner no longer runs (it crashed mid-send)."""
    pid_text, _, rest = owner.partition(":")
    if not pid_text.isdecimal():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return rest.split(":", 1)[0] != _THIS_PROCESS  # our pid, but an earlier run's (restarted kiosk)
    return not _process_alive(pid)


def _json(text: str, default: Any) -> Any:
    """A stored JSON column; a damaged one reads as ``default`` (the item then dead-letters, not the pass)."""
    try:
        return json.loads(text) if text else default
    except (TypeError, ValueError):
        return default


class RetryableSendError(Exception):
    """The send failed in a way that may succeed later (network, timeout, 5xx)."""


class PermanentSendError(Exception):
    """The server refused the submission for good (validation); resending cannot help."""


class UnsendableItem(Exception):
    """The item itself cannot be sent (payload missing or invalid, file missing): a dead letter.

    The message is a reason for staff and must hold no personal data (field names, never values)."""


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
        with closing(self._connect()) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
            columns = {row["name"] for row in db.execute("PRAGMA table_info(items)")}
            for name, declaration in LEASE_COLUMNS.items():  # an outbox written by an older version
                if name not in columns:
                    db.execute(f"ALTER TABLE items ADD COLUMN {name} {declaration}")
        self.db_path.chmod(0o600)
        self.recover_orphans()
        self.forget_confirmed(datetime.now() - CONFIRMED_RETENTION)
        self._keep_only_bindings()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        db.execute("PRAGMA synchronous=FULL")
        db.row_factory = sqlite3.Row
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: it holds the write lock from its first statement)."""
        with self._lock, closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # --- writing ---------------------------------------------------------------------------------
    def enqueue(self, kind: str, payload: dict[str, Any], files: list[tuple[str, Path]],
                provisional_ref: str | None = None, claim: Claim | None = None) -> OutboxItem:
        """Copy the files in, fsync them, and commit the item; only then may it be sent.

        With ``claim`` the item is written already claimed by the caller (who sends it at once), so no
        other sender can pick it up before that first attempt has ended or its lease has expired."""
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
            state=ItemState.PENDING if claim is None else ItemState.SENDING,
            created_at=datetime.now().isoformat(timespec="seconds"),
            lease_owner=claim.owner if claim else "",
            lease_until=claim.until if claim else 0.0,
        )
        with self._transaction() as db:
            db.execute(
                "INSERT INTO items (key, provisional_ref, kind, payload, files, state, created_at, lease_owner, lease_until)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (item.key, item.provisional_ref, kind, json.dumps(payload, ensure_ascii=False),
                 json.dumps([{"component": f.component, "path": str(f.path), "sha256": f.sha256, "name": f.name}
                             for f in stored]), item.state.value, item.created_at, item.lease_owner, item.lease_until),
            )
        log.info("queued %s %s (%d files)", kind, item.provisional_ref, len(stored))
        failpoint("outbox.after_write")
        return item

    def claim(self, key: str, claim: Claim, now: float) -> OutboxItem | None:
        """Take ``key`` for sending if it is due (pending and its backoff elapsed, or its lease expired).

        Atomic: of several senders racing for one item exactly one gets it; the others get None."""
        with self._transaction() as db:
            taken = db.execute(
                "UPDATE items SET state=?, lease_owner=?, lease_until=? WHERE key=? AND"
                " ((state=? AND next_attempt_at<=?) OR (state=? AND lease_until<=?))",
                (ItemState.SENDING.value, claim.owner, claim.until, key,
                 ItemState.PENDING.value, now, ItemState.SENDING.value, now),
            ).rowcount
            row = db.execute("SELECT * FROM items WHERE key=?", (key,)).fetchone() if taken == 1 else None
        return self._item(row) if row is not None else None

    def mark_done(self, key: str, owner: str, result: dict[str, Any]) -> bool:
        """The server confirmed: drop the personal payload, the files and the rest of the server's receipt,
        keep the binding (the dossier code ``result["code"]`` and the time; :data:`CONFIRMED_RETENTION`).

        Only the holder of the item's lease may do this; False (and nothing changed) otherwise."""
        binding = {"code": str(result.get("code", ""))}
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE items SET state=?, result=?, payload='{}', files='[]', last_error='', confirmed_at=?,"
                " lease_owner='', lease_until=0 WHERE key=? AND state=? AND lease_owner=?",
                (ItemState.DONE.value, json.dumps(binding), datetime.now().isoformat(timespec="seconds"),
                 key, ItemState.SENDING.value, owner),
            ).rowcount
        if changed == 1:
            shutil.rmtree(self.files_dir / key, ignore_errors=True)
        return changed == 1

    def mark_failed(self, key: str, owner: str, error: str, next_attempt_at: float,
                    state: ItemState = ItemState.PENDING) -> bool:
        """The holder's attempt failed: back to ``pending`` (retry at ``next_attempt_at``) or to a dead-letter
        state. Only from ``sending`` by the lease holder, so a confirmed item never becomes pending again."""
        if state not in (ItemState.PENDING, *DEAD_LETTER_STATES):
            raise ValueError(f"an attempt cannot fail into {state.value}")
        with self._transaction() as db:
            return db.execute(
                "UPDATE items SET attempts=attempts+1, last_error=?, next_attempt_at=?, state=?, lease_owner='',"
                " lease_until=0 WHERE key=? AND state=? AND lease_owner=?",
                (error[:500], next_attempt_at, state.value, key, ItemState.SENDING.value, owner),
            ).rowcount == 1

    def forget_confirmed(self, before: datetime) -> int:
        """Delete the bindings of items confirmed before ``before`` (:data:`CONFIRMED_RETENTION`); how many."""
        with self._transaction() as db:
            return db.execute("DELETE FROM items WHERE state=? AND confirmed_at<?",
                              (ItemState.DONE.value, before.isoformat(timespec="seconds"))).rowcount

    def _keep_only_bindings(self) -> None:
        """Confirmed items written by an older version kept the server's whole receipt: cut it to the binding."""
        with self._transaction() as db:
            rows = db.execute("SELECT key, result FROM items WHERE state=?", (ItemState.DONE.value,)).fetchall()
            for row in rows:
                result = _json(row["result"], {})
                if set(result) - {"code"}:
                    db.execute("UPDATE items SET result=? WHERE key=?",
                               (json.dumps({"code": str(result.get("code", ""))}), row["key"]))

    def recover_orphans(self) -> int:
        """Items left ``sending`` by a process that is gone (a crash mid-send) go back to ``pending`` now,
        without waiting for their leases to expire. Returns how many."""
        with self._transaction() as db:
            rows = db.execute("SELECT key, lease_owner FROM items WHERE state=?", (ItemState.SENDING.value,)).fetchall()
            recovered = sum(db.execute(
                "UPDATE items SET state=?, lease_owner='', lease_until=0 WHERE key=? AND state=? AND lease_owner=?",
                (ItemState.PENDING.value, row["key"], ItemState.SENDING.value, row["lease_owner"]),
            ).rowcount for row in rows if _holder_gone(row["lease_owner"]))
        if recovered:
            log.warning("outbox: %d item(s) left mid-send by a stopped kiosk are queued again", recovered)
        return recovered

    # --- reading ----------------------------------------------------------------------------------
    @staticmethod
    def _item(row: sqlite3.Row) -> OutboxItem:
        return OutboxItem(
            key=row["key"],
            provisional_ref=row["provisional_ref"],
            kind=row["kind"],
            payload=_json(row["payload"], {}),
            files=[OutboxFile(f["component"], Path(f["path"]), f["sha256"], f["name"]) for f in _json(row["files"], [])],
            state=ItemState(row["state"]),
            attempts=row["attempts"],
            next_attempt_at=row["next_attempt_at"],
            last_error=row["last_error"],
            result=_json(row["result"], {}),
            created_at=row["created_at"],
            lease_owner=row["lease_owner"],
            lease_until=row["lease_until"],
            confirmed_at=row["confirmed_at"],
        )

    def get(self, key: str) -> OutboxItem | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM items WHERE key=?", (key,)).fetchone()
        return self._item(row) if row else None

    def by_provisional_ref(self, ref: str) -> OutboxItem | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM items WHERE provisional_ref=?", (normalise_code(ref),)).fetchone()
        return self._item(row) if row else None

    def provisional(self, ref: str, now: datetime) -> OutboxItem | None:
        """What this kiosk knows of a provisional reference it issued: the item (waiting, being sent, a dead
        letter, or confirmed with its dossier code), or None. A binding older than the retention counts as
        forgotten even before :meth:`forget_confirmed` has deleted it."""
        item = self.by_provisional_ref(ref)
        if item is None or (item.state is ItemState.DONE
                            and item.confirmed_at < (now - CONFIRMED_RETENTION).isoformat(timespec="seconds")):
            return None
        return item

    def due(self, now: float, limit: int = 10) -> list[OutboxItem]:
        """Items a sender may claim now: pending with their backoff elapsed, or sending with an expired lease."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT * FROM items WHERE (state=? AND next_attempt_at<=?) OR (state=? AND lease_until<=?)"
                " ORDER BY created_at, rowid LIMIT ?",
                (ItemState.PENDING.value, now, ItemState.SENDING.value, now, limit),
            ).fetchall()
        return [self._item(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT state, COUNT(*) AS n FROM items GROUP BY state").fetchall()
        return {state.value: 0 for state in ItemState} | {r["state"]: r["n"] for r in rows}

    def backlog(self) -> int:
        """How many items still have to reach the server (waiting or being sent; dead letters excluded)."""
        counts = self.counts()
        return counts[ItemState.PENDING.value] + counts[ItemState.SENDING.value]

    def pending(self) -> list[OutboxItem]:
        """Every item not confirmed yet: waiting, being sent, or a dead letter."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM items WHERE state!=? ORDER BY created_at", (ItemState.DONE.value,)).fetchall()
        return [self._item(r) for r in rows]

    def dead_letters(self) -> list[OutboxItem]:
        """Items that will never be sent (refused by the server, or unsendable), oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM items WHERE state IN (?, ?) ORDER BY created_at, rowid",
                              tuple(state.value for state in DEAD_LETTER_STATES)).fetchall()
        return [self._item(r) for r in rows]


class OutboxWorker:
    """Sends due items with exponential backoff and jitter; survives restarts (state is on disk).

    Every send claims its item first (``Outbox.claim``), so the worker thread, the immediate send of a
    new submission and a 'send now' never send one item twice at the same time."""

    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        *,
        base_delay_s: float = 2.0,
        max_delay_s: float = 300.0,
        lease_s: float = DEFAULT_LEASE_S,
        clock: Clock = SYSTEM_CLOCK,
        rng: random.Random | None = None,
        on_confirmed: Callable[[OutboxItem, dict[str, Any]], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self.sender = sender
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self.lease_s = lease_s
        self.clock = clock
        self.rng = rng or random.Random()
        self.on_confirmed = on_confirmed
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def now(self) -> float:
        """Seconds since the epoch from the worker's clock: retry times are stored and outlive a restart."""
        return self.clock.time()

    def backoff(self, attempts: int) -> float:
        """Full-jitter exponential backoff: uniform in [base/2, min(cap, base * 2**attempts)]."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** min(attempts, 20)))
        return self.rng.uniform(min(self.base_delay_s / 2, ceiling), ceiling)

    def new_claim(self) -> Claim:
        """A lease for one send starting now (for ``Outbox.enqueue(claim=...)`` and ``Outbox.claim``)."""
        return new_claim(self.now(), self.lease_s)

    def send(self, item: OutboxItem) -> bool:
        """Claim one item and try it now; True when the server confirmed it. False, without sending,
        when another sender holds it or it is no longer due."""
        now = self.now()
        claimed = self.outbox.claim(item.key, new_claim(now, self.lease_s), now)
        if claimed is None:
            return False
        return self.deliver(claimed)

    def deliver(self, item: OutboxItem) -> bool:
        """Send an item this caller has claimed (``item.lease_owner``) and record the outcome; True when the
        server confirmed it."""
        return self.deliver_result(item) is not None

    def deliver_result(self, item: OutboxItem) -> dict[str, Any] | None:
        """:meth:`deliver`, returning the server's confirmation (the outbox keeps only its dossier code)."""
        owner = item.lease_owner
        try:
            result = self.sender(item)
        except UnsendableItem as exc:
            log.error("outbox %s cannot be sent, kept as a dead letter: %s", item.provisional_ref, mask(str(exc)))
            self._failed(item, mask(str(exc)), float("inf"), ItemState.DEAD)
            return None
        except PermanentSendError as exc:
            log.error("outbox %s rejected by the server: %s", item.provisional_ref, mask(str(exc)))
            self._failed(item, mask(str(exc)), float("inf"), ItemState.REJECTED)
            return None
        except RetryableSendError as exc:
            delay = self.backoff(item.attempts)
            log.warning("outbox %s not sent (%s); retry in %.1f s", item.provisional_ref, mask(str(exc)), delay)
            self._failed(item, mask(str(exc)), self.now() + delay, ItemState.PENDING)
            return None
        except Exception as exc:  # a bug or an unforeseen error: retried later, the other items go on
            delay = self.backoff(item.attempts)
            log.error("outbox %s: unexpected %s (%s); retry in %.1f s", item.provisional_ref, type(exc).__name__,
                      mask(str(exc))[:200], delay)
            self._failed(item, f"unexpected: {type(exc).__name__}", self.now() + delay, ItemState.PENDING)
            return None
        if not self.outbox.mark_done(item.key, owner, result):
            log.warning("outbox %s confirmed after its lease passed to another sender; that one records it",
                        item.provisional_ref)
            return None
        log.info("outbox %s confirmed", item.provisional_ref)
        if self.on_confirmed is not None:
            self.on_confirmed(item, result)
        return result

    def _failed(self, item: OutboxItem, error: str, next_attempt_at: float, state: ItemState) -> None:
        if not self.outbox.mark_failed(item.key, item.lease_owner, error, next_attempt_at, state):
            log.warning("outbox %s: this send's lease had passed to another sender; its failure is ignored",
                        item.provisional_ref)

    def run_once(self) -> int:
        """Send every item that is due; returns how many were confirmed. One failing item never ends the
        pass: its error is logged (masked) and the next item is tried. Bindings past their retention go."""
        self.outbox.forget_confirmed(datetime.now() - CONFIRMED_RETENTION)  # wall time, as confirmed_at is stamped
        confirmed = 0
        for item in self.outbox.due(self.now()):
            try:
                confirmed += self.send(item)
            except Exception as exc:
                log.error("outbox %s: %s while sending (%s); going on with the others", item.provisional_ref,
                          type(exc).__name__, mask(str(exc))[:200])
        return confirmed

    # --- background thread ------------------------------------------------------------------------
    def start(self, poll_s: float = 1.0) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.run_once()
                except Exception as exc:  # e.g. the database is unreadable: log and keep going
                    log.error("outbox worker iteration failed: %s (%s)", type(exc).__name__, mask(str(exc))[:200])
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
