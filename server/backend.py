"""The server's shared state for one application instance: settings, database, file store, working
calendar, status machine, rate limits and the tracking secret. Built once by create_app."""
from __future__ import annotations

import logging
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server import auth
from server.catalogue import current_version, read_catalogue, sync_catalogue
from server.catalogue_import import ImportReport, import_catalogue
from server.db import Database
from server.lifecycle import DossierLifecycle
from server.migrate import upgrade_to_head
from server.models import CalendarDay, Kiosk, Meta, StaffUser
from server.ratelimit import Rule, Throttle
from server.settings import ServerSettings
from server.storage import FileStore
from server.working_days import OfficeHours, WorkingCalendar

log = logging.getLogger("server.backend")
SECRET_KEY = "tracking_secret"


class TtlCache:
    """A small thread-safe cache whose entries expire (kiosk tokens: a revoked kiosk is refused
    within ``ttl_s`` seconds in every server process, without a database look-up per request)."""

    def __init__(self, ttl_s: float, max_entries: int = 10000) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._entries: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        """The cached value, or None when absent or expired."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] < time.monotonic():
                self._entries.pop(key, None)
                return None
            return entry[1]

    def put(self, key: str, value: str) -> None:
        """Remember ``value`` for ``ttl_s`` seconds."""
        with self._lock:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[key] = (time.monotonic() + self.ttl_s, value)

    def clear(self) -> None:
        """Forget everything (after a kiosk was re-keyed or deactivated here)."""
        with self._lock:
            self._entries.clear()


@dataclass(frozen=True)
class ThrottleRules:
    """The throttle rules of this server, built from its settings."""

    track_rate: Rule
    """Look-ups and uploads per client (kiosk or IP) per minute."""
    digits_per_code: Rule
    """Wrong phone digits per client for one dossier (its provisional reference counts as the dossier)."""
    digits_per_client: Rule
    """Wrong phone digits per client, any dossier."""
    digits_global: Rule
    """Wrong phone digits of all clients together."""
    login_per_account: Rule
    """Wrong passwords per client for one account (other clients can still log in to it)."""
    login_per_client: Rule
    """Wrong passwords per client, any account (password spraying)."""

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> ThrottleRules:
        return cls(
            track_rate=Rule("track-rate", settings.track_rate_per_minute, 60.0),
            digits_per_code=Rule("digits-code", settings.track_failures_per_code,
                                 float(settings.track_failure_window_s)),
            digits_per_client=Rule("digits-client", settings.digits_failures_per_client_hour, 3600.0),
            digits_global=Rule("digits-global", settings.digits_failures_global_hour, 3600.0),
            login_per_account=Rule("login-account", settings.login_failures_per_account,
                                   float(settings.login_failure_window_s)),
            login_per_client=Rule("login-client", settings.login_failures_per_client_hour, 3600.0))


class Backend:
    """Everything a request handler needs, owned by the application."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.kiosk_cache = TtlCache(30.0)
        self.db = Database(settings.database_url, settings.log_sql)
        self.files = FileStore(settings.data_dir / "files")
        upgrade_to_head(self.db.engine)
        with self.db.write() as session:
            sync_catalogue(session, read_catalogue(settings.catalogue_path))
        self._ensure_secret()
        self._bootstrap_kiosks(settings.kiosks)
        if settings.staff_user and settings.staff_password:
            self.add_staff(settings.staff_user, settings.staff_password, exist_ok=True)
        self.calendar = WorkingCalendar(office_hours=self._office_hours())
        self.lifecycle = DossierLifecycle(self.calendar, settings.agency_name, settings.supplement_days,
                                          settings.fee_days)
        self.reload_calendar()
        self.throttle = Throttle(self.db, self.now, settings.throttle_max_rows)
        self.rules = ThrottleRules.from_settings(settings)

    # ------------------------------------------------------------ set-up helpers

    def _ensure_secret(self) -> None:
        try:
            with self.db.write() as session:
                if session.get(Meta, SECRET_KEY) is None:
                    session.add(Meta(key=SECRET_KEY, value=secrets.token_hex(32)))
        except IntegrityError:  # another server process created it first
            pass
        with self.db.read() as session:
            meta = session.get(Meta, SECRET_KEY)
            assert meta is not None
            self.tracking_secret = bytes.fromhex(meta.value)

    def _bootstrap_kiosks(self, kiosks: dict[str, str]) -> None:
        for kiosk_id, token in kiosks.items():
            self.add_kiosk(kiosk_id, token)

    def add_kiosk(self, kiosk_id: str, token: str | None = None) -> str:
        """Register (or re-key) a kiosk and return its plain token; only the hash is stored."""
        token = token or auth.new_token()
        with self.db.write() as session:
            kiosk = session.get(Kiosk, kiosk_id)
            if kiosk is None:
                session.add(Kiosk(id=kiosk_id, token_hash=auth.token_hash(token), created_at=self.now(),
                                  active=True))
            else:
                kiosk.token_hash, kiosk.active = auth.token_hash(token), True
        self.kiosk_cache.clear()
        return token

    def deactivate_kiosk(self, kiosk_id: str) -> bool:
        """Refuse this kiosk's token from now on (other server processes within the cache's 30 s)."""
        with self.db.write() as session:
            kiosk = session.get(Kiosk, kiosk_id)
            if kiosk is None:
                return False
            kiosk.active = False
        self.kiosk_cache.clear()
        return True

    def add_staff(self, username: str, password: str, display_name: str | None = None,
                  exist_ok: bool = False) -> None:
        """Create a staff user, or set a new password for an existing one when ``exist_ok``."""
        with self.db.write() as session:
            user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
            if user is not None and not exist_ok:
                raise ValueError(f"staff user {username!r} exists")
            if user is None:
                session.add(StaffUser(username=username, display_name=display_name or username,
                                      password_hash=auth.hash_password(password), active=True))
            elif not auth.verify_password(user.password_hash, password):
                user.password_hash = auth.hash_password(password)

    def _office_hours(self) -> OfficeHours:
        return OfficeHours(self.settings.office_opens, self.settings.office_closes)

    def reload_calendar(self) -> None:
        """Load the administrator's calendar corrections into the working calendar."""
        with self.db.read() as session:
            corrections = {row.day: row.is_working for row in session.scalars(select(CalendarDay))}
        self.calendar = WorkingCalendar(corrections, self._office_hours())
        self.lifecycle.calendar = self.calendar

    def set_calendar_day(self, day: date, is_working: bool | None, note: str = "") -> None:
        """Add or change a correction (None removes it) and reload the calendar."""
        with self.db.write() as session:
            row = session.get(CalendarDay, day)
            if is_working is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CalendarDay(day=day, is_working=is_working, note=note))
            else:
                row.is_working, row.note = is_working, note
        self.reload_calendar()

    # ------------------------------------------------------------ small services

    def now(self) -> datetime:
        """The current moment (aware UTC), from the injectable clock."""
        return self.settings.clock()

    def import_catalogue(self, path: Path) -> ImportReport:
        """Import the national database's export (issue 14): validated first, stored in one transaction."""
        with self.db.write() as session:
            return import_catalogue(session, path)

    def catalogue_version(self) -> str:
        """The catalogue version in the database."""
        with self.db.read() as session:
            return current_version(session)

    def tracking_token(self, code: str) -> str:
        """The tracking token printed on the receipt of dossier ``code``."""
        return auth.tracking_token(self.tracking_secret, code)

    def staff_session_expiry(self) -> datetime:
        """When a console session started now expires."""
        return self.now() + timedelta(hours=self.settings.staff_session_hours)

    def close(self) -> None:
        """Release the database connections."""
        self.db.dispose()
