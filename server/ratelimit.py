"""Throttles kept in the database: events counted per caller key in a sliding window.

State lives in the ``throttle_events`` table, so limits hold across server restarts and across
several server processes on one database. It bounds itself: a key is stored only as its SHA-256
digest (32 bytes, whatever the caller sent), a key never holds more rows than its rule's limit
(an event over the limit is refused, not recorded), rows older than their window are deleted on
every write, and the table keeps at most ``max_rows`` rows (the oldest go first). Looking a key up
(``blocked``, ``retry_after``) never writes anything.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server.db import Database
from server.models import ThrottleEvent


@dataclass(frozen=True)
class Rule:
    """At most ``limit`` events per ``window_s`` seconds for each key of ``bucket``."""

    bucket: str
    limit: int
    window_s: float

    @property
    def window(self) -> timedelta:
        return timedelta(seconds=self.window_s)


Check = tuple[Rule, str]
"""A rule and the caller's key it applies to."""


@dataclass(frozen=True)
class Attempt:
    """What :meth:`Throttle.attempt` decided: refused by a full rule, or counted as these events."""

    refused: Check | None
    event_ids: tuple[int, ...] = ()


def key_hash(key: str) -> bytes:
    """The stored form of a key: its SHA-256 digest."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


class Throttle:
    """Counts events per (bucket, hashed key) in the database."""

    def __init__(self, db: Database, clock: Callable[[], datetime], max_rows: int = 100_000) -> None:
        self.db = db
        self._clock = clock
        self.max_rows = max_rows

    # ------------------------------------------------------------ read-only look-ups

    def _window(self, session: Session, rule: Rule, digest: bytes, now: datetime) -> tuple[int, datetime | None]:
        """Number of events of the key inside the window, and the oldest one."""
        count, oldest = session.execute(
            select(func.count(), func.min(ThrottleEvent.at)).where(
                ThrottleEvent.bucket == rule.bucket, ThrottleEvent.key_hash == digest,
                ThrottleEvent.at > now - rule.window)).one()
        return int(count), oldest

    def blocked(self, rule: Rule, key: str) -> bool:
        """Whether ``key`` used up its window (records nothing)."""
        with self.db.read() as session:
            return self._window(session, rule, key_hash(key), self._clock())[0] >= rule.limit

    def retry_after(self, rule: Rule, key: str) -> int:
        """Whole seconds until the oldest event of ``key`` leaves the window (at least 1)."""
        now = self._clock()
        with self.db.read() as session:
            _count, oldest = self._window(session, rule, key_hash(key), now)
        if oldest is None:
            return 1
        return max(1, int((oldest + rule.window - now).total_seconds()) + 1)

    # ------------------------------------------------------------ writes

    def _lock(self, session: Session, rule: Rule, digest: bytes) -> None:
        """Serialise check-and-count per key: SQLite write transactions are serialised already
        (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock on the key."""
        if session.get_bind().dialect.name == "postgresql":
            lock_id = int.from_bytes(hashlib.sha256(rule.bucket.encode() + digest).digest()[:8], "big", signed=True)
            session.execute(select(func.pg_advisory_xact_lock(lock_id)))

    def hit(self, rule: Rule, key: str) -> bool:
        """Record an event for ``key``; False (nothing recorded) when the window is already full."""
        return self.attempt([(rule, key)]).refused is None

    def attempt(self, checks: Iterable[Check]) -> Attempt:
        """Count an attempt against every check at once, before the attempt is made, so parallel
        requests cannot all pass the check before any of them is counted. When a check's window is
        full nothing is recorded and that check is returned; :meth:`forgive` takes back the events
        of an attempt that succeeded."""
        now = self._clock()
        keyed = sorted(((rule, key_hash(key), key) for rule, key in checks), key=lambda c: (c[0].bucket, c[1]))
        with self.db.write() as session:
            for rule, digest, _key in keyed:
                self._lock(session, rule, digest)
            for rule, digest, key in keyed:
                if self._window(session, rule, digest, now)[0] >= rule.limit:
                    return Attempt(refused=(rule, key))
            events = self._insert(session, [(rule, digest) for rule, digest, _key in keyed], now)
        return Attempt(refused=None, event_ids=tuple(event.id for event in events))

    def forgive(self, attempt: Attempt) -> None:
        """Delete the events an attempt recorded (it turned out to be the rightful owner)."""
        if attempt.event_ids:
            with self.db.write() as session:
                session.execute(delete(ThrottleEvent).where(ThrottleEvent.id.in_(attempt.event_ids)))

    def reset(self, rule: Rule, key: str) -> None:
        """Forget the events of ``key`` (a successful login clears its failures)."""
        with self.db.write() as session:
            session.execute(delete(ThrottleEvent).where(ThrottleEvent.bucket == rule.bucket,
                                                        ThrottleEvent.key_hash == key_hash(key)))

    def _insert(self, session: Session, rows: list[tuple[Rule, bytes]], now: datetime) -> list[ThrottleEvent]:
        """Add the events, then delete what expired in their buckets and what exceeds the size cap."""
        if not rows:
            return []
        events = [ThrottleEvent(bucket=rule.bucket, key_hash=digest, at=now) for rule, digest in rows]
        session.add_all(events)
        session.flush()
        for rule in {rule for rule, _digest in rows}:
            session.execute(delete(ThrottleEvent).where(ThrottleEvent.bucket == rule.bucket,
                                                        ThrottleEvent.at <= now - rule.window))
        newest = max(event.id for event in events)
        session.execute(delete(ThrottleEvent).where(ThrottleEvent.id <= newest - self.max_rows))
        return events

    def size(self) -> int:
        """Number of stored events (for tests and maintenance)."""
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(ThrottleEvent)) or 0)
