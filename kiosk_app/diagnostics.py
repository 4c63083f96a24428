"""What a technician takes away or checks on the spot: the diagnostics bundle, the masked log tail,
the profile with its secrets hidden, the printer test page and a timed backend check.

Everything that leaves the kiosk (the bundle) or is shown on screen passes through
:func:`kiosk_app.privacy.mask` and :func:`redact`, so no ID number, phone number or secret is in it.
"""
from __future__ import annotations

import glob
import json
import logging
import platform
import re
import sys
import time
import zipfile
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from devices.printer.job import PrintJob
from kiosk_app.backend.port import Backend
from kiosk_app.heartbeat import app_version
from kiosk_app.privacy import mask
from kiosk_app.profile import KioskProfile

log = logging.getLogger("kiosk.diagnostics")

HIDDEN = "••••••"
_SECRET_KEY = re.compile(r"(token|pin_hash|password|secret|api_key|credential)", re.IGNORECASE)
_PACKAGES = ("mst-kiosk", "PySide6", "opencv-python-headless", "pyzbar", "zxing-cpp", "reportlab",
             "python-escpos", "requests", "pydantic", "fastapi", "SQLAlchemy")


def redact(value: Any) -> Any:
    """A copy of ``value`` (JSON-like) whose secret-looking keys are replaced by ``HIDDEN`` when set."""
    if isinstance(value, dict):
        return {k: (HIDDEN if value_set(v) else v) if _SECRET_KEY.search(str(k)) else redact(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def value_set(value: Any) -> bool:
    return value not in (None, "", [], {})


def profile_view(profile: KioskProfile) -> dict[str, Any]:
    """The active profile as shown in maintenance mode and put in the bundle: secrets hidden."""
    view: dict[str, Any] = redact(profile.model_dump(mode="json"))
    return view


def log_files(profile: KioskProfile) -> list[Path]:
    """The kiosk's rotating log files, oldest first (kiosk.log.5 … kiosk.log)."""
    folder = profile.data_dir / "logs"
    files = [p for p in folder.glob("kiosk.log*") if p.is_file()]
    return sorted(files, key=lambda p: -int(p.suffix[1:]) if p.suffix[1:].isdigit() else 0)


def _scrub(line: str, secrets: list[str]) -> str:
    for secret in secrets:
        line = line.replace(secret, HIDDEN)
    return mask(line)


def secrets_of(profile: KioskProfile) -> list[str]:
    """Secret values that must never appear in anything shown or exported (the embedded token too)."""
    values = [profile.backend.token, profile.maintenance.pin_hash]
    if profile.backend.opencps is not None:  # the OpenCPS kiosk account's password (from the profile or its file)
        try:
            values.append(profile.backend.opencps.secret())
        except OSError:
            pass
    token_file = profile.data_dir / "kiosk-token"
    if token_file.exists():
        values.append(token_file.read_text(encoding="utf-8").strip())
    return [v for v in values if v]


def log_tail(profile: KioskProfile, lines: int = 200) -> list[str]:
    """The last ``lines`` log lines, personal data masked (the file is masked already; this is belt and braces)."""
    secrets = secrets_of(profile)
    tail: list[str] = []
    for path in reversed(log_files(profile)):
        with path.open(encoding="utf-8", errors="replace") as handle:
            tail = handle.read().splitlines() + tail
        if len(tail) >= lines:
            break
    return [_scrub(line, secrets) for line in tail[-lines:]]


def versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0], "platform": platform.platform(), "app": app_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def export_folders(profile: KioskProfile) -> list[Path]:
    """Where a bundle can go: mounted USB sticks first, then the data directory's diagnostics folder."""
    mounted = sorted({Path(p) for pattern in ("/media/*/*", "/run/media/*/*", "/media/usb*")
                      for p in glob.glob(pattern) if Path(p).is_dir()})
    return [*mounted, profile.data_dir / "diagnostics"]


def export_bundle(folder: Path, profile: KioskProfile, services: Any = None, *,
                  now: datetime | None = None) -> Path:
    """Write ``kiosk-diagnostics-<kiosk>-<time>.zip`` to ``folder``: masked logs, redacted profile,
    device health, counters, outbox summary (no payloads) and versions. Returns the zip's path."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"kiosk-diagnostics-{re.sub(r'[^A-Za-z0-9_-]', '_', profile.kiosk.id)}-{stamp}.zip"
    secrets = secrets_of(profile)
    docs: dict[str, Any] = {"profile.json": profile_view(profile), "versions.json": versions()}
    if services is not None:
        if services.devices is not None:
            docs["devices.json"] = [h.to_dict() for h in services.devices.health()]
        docs["counters.json"] = dict(services.counters.values)
        docs["outbox.json"] = {
            "counts": services.outbox.counts(),
            "pending": [{"kind": i.kind, "state": i.state.value, "attempts": i.attempts,
                         "created_at": i.created_at, "last_error": i.last_error} for i in services.outbox.pending()],
        }
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, doc in docs.items():
            bundle.writestr(name, _scrub(json.dumps(doc, ensure_ascii=False, indent=2, default=str), secrets))
        for path in log_files(profile):
            with path.open(encoding="utf-8", errors="replace") as handle:
                text = "\n".join(_scrub(line, secrets) for line in handle.read().splitlines())
            bundle.writestr(f"logs/{path.name}", text + "\n")
    log.info("diagnostics bundle written: %s", target)
    return target


def printer_test_page(kiosk_id: str, kiosk_name: str) -> PrintJob:
    """A printer test page: fonts with Vietnamese diacritics, a QR code, rules and a cut."""
    job = PrintJob(title="test-page")
    job.text("TRANG IN THỬ – TEST PAGE", "large", bold=True, align="center")
    job.text(f"{kiosk_name} ({kiosk_id})", "small", align="center")
    job.text(time.strftime("%H:%M:%S %d/%m/%Y"), "small", align="center")
    job.rule()
    job.text("Tiếng Việt: ăâđêôơư ĂÂĐÊÔƠƯ àảãáạ ằẳẵắặ")
    job.text("Bộ Khoa học và Công nghệ – Bộ phận Một cửa", bold=True)
    job.qr(f"TEST {kiosk_id}", module_mm=0.6)
    job.rule(dashed=True)
    job.text("0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ", "small")
    job.cut()
    return job


def backend_latency_ms(client: Backend) -> float:
    """Time one health request (blocking: run it as a job); raises the client's BackendError."""
    start = time.perf_counter()
    client.health()
    return (time.perf_counter() - start) * 1000
