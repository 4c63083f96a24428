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
        return self.first_blocked([(rule, key)]) is not None

    def first_blocked(self, checks: Iterable[Check]) -> Check | None:
        """The first check whose key used up its window, or None (records nothing)."""
        now = self._clock()
        with self.db.read() as session:
            for rule, key in checks:
                if self._window(session, rule, key_hash(key), now)[0] >= rule.limit:
                    return rule, key
        return None

    def retry_after(self, rule: Rule, key: str) -> int:
        """Whole seconds until the oldest event of ``key`` leaves the window (at least 1)."""
        now = self._clock()
        with self.db.read() as session:
            _count, oldest = self._window(session, rule, key_hash(key), now)
        if oldest is None:
            return 1
        return max(1, int((oldest + rule.window - now).total_seconds()) + 1)

    # ------------------------------------------------------------ writes

    def hit(self, rule: Rule, key: str) -> bool:
        """Record an event for ``key``; False (nothing recorded) when the window is already full."""
        now = self._clock()
        digest = key_hash(key)
        with self.db.write() as session:
            if self._window(session, rule, digest, now)[0] >= rule.limit:
                return False
            self._insert(session, [(rule, digest)], now)
        return True

    def record(self, checks: Iterable[Check]) -> None:
        """Record one event for each check whose window is not full yet (full ones stay as they are)."""
        now = self._clock()
        with self.db.write() as session:
            rows = []
            for rule, key in checks:
                digest = key_hash(key)
                if self._window(session, rule, digest, now)[0] < rule.limit:
                    rows.append((rule, digest))
            self._insert(session, rows, now)

    def reset(self, rule: Rule, key: str) -> None:
        """Forget the events of ``key`` (a successful login clears its failures)."""
        with self.db.write() as session:
            session.execute(delete(ThrottleEvent).where(ThrottleEvent.bucket == rule.bucket,
                                                        ThrottleEvent.key_hash == key_hash(key)))

    def _insert(self, session: Session, rows: list[tuple[Rule, bytes]], now: datetime) -> None:
        """Add the events, then delete what expired in their buckets and what exceeds the size cap."""
        if not rows:
            return
        events = [ThrottleEvent(bucket=rule.bucket, key_hash=digest, at=now) for rule, digest in rows]
        session.add_all(events)
        session.flush()
        for rule in {rule for rule, _digest in rows}:
            session.execute(delete(ThrottleEvent).where(ThrottleEvent.bucket == rule.bucket,
                                                        ThrottleEvent.at <= now - rule.window))
        newest = max(event.id for event in events)
        session.execute(delete(ThrottleEvent).where(ThrottleEvent.id <= newest - self.max_rows))

    def size(self) -> int:
        """Number of stored events (for tests and maintenance)."""
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(ThrottleEvent)) or 0)
