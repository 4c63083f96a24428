"""KioskServices: everything the screens ask for, built once from the profile (the composition root's product).

Screens never build clients, printers or outboxes themselves: they ask the flow's ``services`` for
the catalogue, the search index, the backend client, the submission service, the devices and the
job runner. A profile in embedded mode also gets the reference server, started here with a kiosk
token that is generated once and kept (0600) in the data directory.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from devices.registry import DeviceSet
from kiosk_app.api.fault_proxy import FaultProxy
from kiosk_app.backend import Backend, make_backend
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.embedded import EmbeddedBackend
from kiosk_app.errors import BackendError, KioskError
from kiosk_app.heartbeat import HeartbeatSender
from kiosk_app.identity.passive_auth import CscaStore
from kiosk_app.identity.service import ChipCardService
from kiosk_app.jobs import JobRunner
from kiosk_app.maintenance import Counters
from kiosk_app.outbox import Outbox, OutboxWorker
from kiosk_app.privacy import ensure_private_dir
from kiosk_app.profile import BackendMode, KioskProfile
from kiosk_app.search import ProcedureIndex
from kiosk_app.submission import SubmissionService, make_sender

log = logging.getLogger("kiosk.services")


def kiosk_token(data_dir: Path) -> str:
    """The embedded kiosk's own API token, created on first start and kept private."""
    path = ensure_private_dir(data_dir) / "kiosk-token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    token = secrets.token_urlsafe(32)
    path.write_text(token, encoding="utf-8")
    path.chmod(0o600)
    return token


def device_config(profile: KioskProfile) -> dict[str, tuple[str, bool, dict[str, Any]]]:
    """The profile's devices for DeviceSet; relative output paths of simulated devices go to the data dir."""
    config = {}
    slots = {"camera": profile.devices.camera, "qr": profile.devices.qr, "printer": profile.devices.printer}
    if profile.devices.card is not None:
        slots["card"] = profile.devices.card
    for kind, slot in slots.items():
        options = dict(slot.options)
        if slot.adapter == "simulated" and kind == "printer":
            options.setdefault("output_dir", str(profile.data_dir / "simulated-printer"))
        config[kind] = (slot.adapter, slot.required, options)
    return config


@dataclass
class KioskServices:
    profile: KioskProfile
    catalogue: CatalogueCache
    outbox: Outbox
    jobs: JobRunner
    counters: Counters
    devices: DeviceSet | None = None
    backend: EmbeddedBackend | None = None
    client: Backend | None = None  # the backend port: which adapter it is, only the profile knows
    worker: OutboxWorker | None = None
    submission: SubmissionService | None = None
    fault_proxy: FaultProxy | None = None  # simulated profile: QA breaks the backend link at run time
    heartbeat: HeartbeatSender | None = None
    card: ChipCardService | None = None  # the chip ID card reader of the applicant step, when the profile has one
    index: ProcedureIndex = field(init=False)

    def __post_init__(self) -> None:
        self.rebuild_index()

    def rebuild_index(self) -> None:
        self.index = ProcedureIndex.for_catalogue(self.catalogue.procedures())

    def refresh_catalogue(self) -> None:
        """Refresh the cached catalogue in the background; the old copy serves meanwhile."""
        if self.client is None:
            return
        client = self.client

        def fetch() -> bool:
            return self.catalogue.refresh(client)

        def done(changed: bool) -> None:
            if changed:
                self.rebuild_index()

        def failed(exc: BaseException) -> None:
            log.warning("catalogue refresh failed: %s", exc.detail if isinstance(exc, KioskError) else exc)

        self.jobs.run(fetch, done, failed)

    def start(self) -> None:
        if self.devices is not None:
            self.devices.start()
        if self.worker is not None:
            self.worker.start()
        if self.heartbeat is not None:
            self.heartbeat.start()
        self.refresh_catalogue()

    def stop(self) -> None:
        if self.heartbeat is not None:
            self.heartbeat.stop()
        if self.worker is not None:
            self.worker.stop()
        if self.devices is not None:
            self.devices.stop()
        self.jobs.wait(10_000)
        if self.client is not None:
            self.client.close()
        if self.fault_proxy is not None:
            self.fault_proxy.stop()
        if self.backend is not None:
            self.backend.stop()


def build_services(profile: KioskProfile, *, with_devices: bool = True, with_backend: bool = True,
                   fault_proxy: bool | None = None) -> KioskServices:
    """Build (not start) the services a kiosk runs with.

    ``fault_proxy`` (default: ``profile.simulated``) routes the backend client through a
    :class:`FaultProxy`, so the QA fault panel can break the link to the backend at run time.
    """
    data = ensure_private_dir(profile.data_dir)
    services = KioskServices(
        profile=profile,
        catalogue=CatalogueCache(data / "catalogue.json"),
        outbox=Outbox(data / "outbox", kiosk_id=profile.kiosk.id),
        jobs=JobRunner(),
        counters=Counters(data / "counters.json"),
    )
    if with_devices:
        services.devices = DeviceSet(device_config(profile))
        reader = services.devices.get("card")
        if reader is not None:
            services.card = ChipCardService(reader, CscaStore.from_path(profile.identity.csca_store), services.jobs)
    if not with_backend:
        return services
    url, token = profile.backend.address, profile.backend.token
    if profile.backend.mode is BackendMode.EMBEDDED:
        token = kiosk_token(data)
        backend = EmbeddedBackend(data / "server", profile.backend.embedded_database_url,
                                  public_base_url=profile.backend.public_tracking_url,
                                  kiosks={profile.kiosk.id: token})
        try:
            url = backend.start(timeout=profile.backend.embedded_start_timeout_s)
            services.backend = backend
        except BackendError as exc:
            log.error("embedded backend failed to start: %s", exc.detail)  # screens fall back to offline
            url = ""
    if url and (profile.simulated if fault_proxy is None else fault_proxy):
        parsed = urlsplit(url)
        if parsed.scheme == "http" and parsed.hostname:
            services.fault_proxy = FaultProxy((parsed.hostname, parsed.port or 80)).start()
            url = services.fault_proxy.url + parsed.path.rstrip("/")
        else:
            log.warning("fault proxy skipped: only plain-HTTP backends can be proxied (%s)", parsed.scheme)
    if url:
        services.client = make_backend(profile, url=url, token=token)
        services.worker = OutboxWorker(services.outbox, make_sender(services.client))
        services.submission = SubmissionService(services.outbox, services.worker)
        services.heartbeat = HeartbeatSender(services, profile.maintenance.heartbeat_seconds)
    return services
