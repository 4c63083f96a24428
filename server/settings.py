"""Settings of the reference backend: one validated object built from create_app's keyword arguments."""
from __future__ import annotations

import ipaddress
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
"""Vietnam has used UTC+7 without daylight saving since 1975; a fixed offset needs no tzdata."""


def utc_now() -> datetime:
    """The real clock (aware, UTC)."""
    return datetime.now(UTC)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine only: localhost, 127.0.0.0/8, ::1."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class BankAccount(BaseModel):
    """The account fees are paid to (VietQR: BIN, account number, account name)."""

    bank_bin: str = Field(default="970415", pattern=r"^\d{6}$")
    account_number: str = "0000000000"
    account_name: str = "BO KHOA HOC VA CONG NGHE"


class ServerSettings(BaseModel):
    """Every setting of the server, declared once with its default."""

    model_config = ConfigDict(arbitrary_types_allowed=True, extra="forbid")

    database_url: str = "sqlite://"
    data_dir: Path
    public_base_url: str = "http://127.0.0.1:8800"
    agency_code: str = "000.00.00.G06"
    agency_name: str = "Bộ phận Một cửa - Bộ Khoa học và Công nghệ"
    dossier_code_pattern: str = "{agency}-{date:%y%m%d}-{seq:04d}"
    bank_account: BankAccount | None = Field(default_factory=BankAccount)
    kiosks: dict[str, str] = Field(default_factory=dict, description="kiosk id -> plain token to bootstrap")
    staff_user: str | None = None
    staff_password: str | None = None
    catalogue_path: Path | None = None
    max_file_bytes: int = 25 * 1024 * 1024
    max_request_bytes: int = 150 * 1024 * 1024
    max_files_per_upload: int = 20
    pdf_check_seconds: float = 10.0
    pdf_check_memory_bytes: int = 768 * 1024 * 1024
    pdf_max_decoded_bytes: int = 200 * 1024 * 1024
    pdf_max_inflation: int = 100
    track_rate_per_minute: int = 600
    track_failures_per_code: int = Field(default=5, description="wrong phone digits per client per code per window")
    track_failure_window_s: int = 900
    digits_failures_per_client_hour: int = Field(default=20, description="wrong phone digits per client per hour")
    digits_failures_global_hour: int = Field(default=200, description="wrong phone digits per hour, all clients")
    login_failures_per_account: int = Field(default=5, description="wrong passwords per client per account")
    login_failure_window_s: int = 900
    login_failures_per_client_hour: int = Field(default=20, description="wrong passwords per client, any account")
    throttle_max_rows: int = Field(default=100_000, ge=10)
    insecure_cookies: bool = Field(default=False, description="drop Secure from cookies; honoured only when "
                                   "public_base_url is plain http on a loopback host")
    office_opens: time = Field(default=time(8, 0), description="the one-stop department opens (local time)")
    office_closes: time = Field(default=time(17, 0), description="it closes: a dossier received later (or on a "
                                "day off) counts from the next working day (issue 14)")
    supplement_days: int = 10
    fee_days: int = 10
    staff_session_hours: int = 10
    clock: Callable[[], datetime] = utc_now
    log_sql: bool = False
    enable_docs: bool = Field(default=False, description="serve /docs, /redoc and /openapi.json (development)")
    forwarded_allow_ips: list[str] = Field(
        default_factory=list,
        description="addresses of reverse proxies whose X-Forwarded-For/-Proto are believed; empty: none")

    @field_validator("dossier_code_pattern")
    @classmethod
    def _pattern_is_usable(cls, pattern: str) -> str:
        try:
            pattern.format(agency="X", date=datetime(2026, 1, 2), seq=1)
        except (KeyError, ValueError, IndexError) as exc:
            raise ValueError(f"dossier_code_pattern {pattern!r} is not usable: {exc}") from exc
        if "{seq" not in pattern or "{date" not in pattern:
            raise ValueError("dossier_code_pattern must contain {date:...} and {seq:...}")
        return pattern

    @property
    def secure_cookies(self) -> bool:
        """Cookies are Secure unless the server is explicitly run over plain HTTP on this machine only:
        ``insecure_cookies`` set AND ``public_base_url`` an ``http://`` URL of a loopback host."""
        url = urlsplit(self.public_base_url)
        plain_local = url.scheme == "http" and is_loopback_host(url.hostname or "")
        return not (self.insecure_cookies and plain_local)

    def local_now(self) -> datetime:
        """The current time in Vietnam."""
        return self.clock().astimezone(VIETNAM_TZ)
