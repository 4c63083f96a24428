"""KioskServices: everything the screens ask for, built once from the profile (the composition root's product).

Screens never build clients, printers or outboxes themselves: they ask the flow's ``services`` for
the catalogue, the search index, the backend client, the submission service, the devices and the
job runner. A profile in embedded mode also gets the reference server, with a kiosk token that is
generated once and kept (0600) in the data directory: the running kiosk starts it in a child process
without waiting (``embedded_process=True``, issue 20: the window first; :attr:`KioskServices.link`
says when it is up), tests and tools in a thread of this process, waited for.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kiosk_app.backend_link import BackendLink, BackendState, GatedBackend
from kiosk_app.catalogue_cache import CatalogueCache
from kiosk_app.errors import BackendError, KioskError
from kiosk_app.heartbeat import HeartbeatSender
from kiosk_app.jobs import JobRunner
from kiosk_app.maintenance import Counters
from kiosk_app.outbox import Outbox, OutboxWorker
from kiosk_app.privacy import ensure_private_dir
from kiosk_app.profile import BackendMode, KioskProfile
from kiosk_app.submission import SubmissionService, make_sender

if TYPE_CHECKING:
    from devices.registry import DeviceSet
    from kiosk_app.api.fault_proxy import FaultProxy
    from kiosk_app.backend import Backend
    from kiosk_app.embedded import EmbeddedBackend, EmbeddedServerProcess
    from kiosk_app.identity.service import ChipCardService
    from kiosk_app.search import ProcedureIndex

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
    backend: EmbeddedBackend | None = None  # the in-process embedded server (tests and tools look into .app)
    backend_process: EmbeddedServerProcess | None = None  # the running kiosk's embedded server (a child)
    link: BackendLink = field(default_factory=lambda: BackendLink(BackendState.ABSENT))
    client: Backend | None = None  # the backend port: which adapter it is, only the profile knows
    worker: OutboxWorker | None = None
    submission: SubmissionService | None = None
    fault_proxy: FaultProxy | None = None  # simulated profile: QA breaks the backend link at run time
    heartbeat: HeartbeatSender | None = None
    card: ChipCardService | None = None  # the chip ID card reader of the applicant step, when the profile has one
    _index: ProcedureIndex | None = field(default=None, init=False, repr=False)

    @property
    def index(self) -> ProcedureIndex:
        """The search index over the catalogue, built on first use (not before the first paint: issue 20)."""
        if self._index is None:
            self.rebuild_index()
        assert self._index is not None
        return self._index

    def build_devices(self) -> None:
        """Build the profile's devices (their adapters' modules imported now) and the chip card service.

        The running kiosk calls this after its first paint (OpenCV, python-escpos: issue 20)."""
        from devices.registry import DeviceSet

        self.devices = DeviceSet(device_config(self.profile))
        reader = self.devices.get("card")
        if reader is not None:
            from kiosk_app.identity.passive_auth import CscaStore
            from kiosk_app.identity.service import ChipCardService

            self.card = ChipCardService(reader, CscaStore.from_path(self.profile.identity.csca_store), self.jobs)

    def rebuild_index(self) -> None:
        from kiosk_app.search import ProcedureIndex  # rapidfuzz and the search terms: after the first paint

        self._index = ProcedureIndex.for_catalogue(self.catalogue.procedures())

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
        """Start the devices and the embedded backend's child, and what talks to the backend once it is up
        (at once for a remote one). The running kiosk calls this after its first paint."""
        if self.devices is not None:
            self.devices.start()
        self.rebuild_index()  # ready before the citizen's first search
        if self.backend_process is not None and self.link.state is BackendState.STARTING:
            self.backend_process.launch(self.link.set_ready, self.link.set_failed,
                                        timeout=self.profile.backend.embedded_start_timeout_s)
        self.link.when_ready(self._backend_ready)

    def _backend_ready(self) -> None:
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
        if self.backend_process is not None:
            self.backend_process.stop()


def build_services(profile: KioskProfile, *, with_devices: bool = True, with_backend: bool = True,
                   fault_proxy: bool | None = None, embedded_process: bool = False) -> KioskServices:
    """Build (not start) the services a kiosk runs with.

    ``fault_proxy`` (default: ``profile.simulated``) routes the backend client through a
    :class:`FaultProxy`, so the QA fault panel can break the link to the backend at run time.
    ``embedded_process`` (the running kiosk) launches the embedded server in a child process and returns
    at once: ``link`` is STARTING until it answers, and the client's calls wait for it. Without it the
    embedded server runs in a thread here and is waited for (tests and tools look into ``backend.app``).
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
        services.build_devices()
    if not with_backend:
        return services
    url, token = profile.backend.address, profile.backend.token
    link = BackendLink(BackendState.READY)  # a remote backend: its outages are the outbox's business
    if profile.backend.mode is BackendMode.EMBEDDED:
        token = kiosk_token(data)
        settings: dict[str, Any] = {"public_base_url": profile.backend.public_tracking_url,
                                    "kiosks": {profile.kiosk.id: token}}
        if embedded_process:
            from kiosk_app.embedded import EmbeddedServerProcess

            process = EmbeddedServerProcess(data / "server", profile.backend.embedded_database_url, **settings)
            link = BackendLink(BackendState.STARTING, log_tail=process.log_tail)
            url = process.bind()  # known now; the child is launched by start(), after the first paint
            services.backend_process = process
        else:
            from kiosk_app.embedded import EmbeddedBackend

            backend = EmbeddedBackend(data / "server", profile.backend.embedded_database_url, **settings)
            try:
                url = backend.start(timeout=profile.backend.embedded_start_timeout_s)
                services.backend = backend
            except BackendError as exc:
                log.error("embedded backend failed to start: %s", exc.detail)  # screens fall back to offline
                url = ""
                link = BackendLink(BackendState.FAILED, str(exc.detail))
    services.link = link
    if url and (profile.simulated if fault_proxy is None else fault_proxy):
        parsed = urlsplit(url)
        if parsed.scheme == "http" and parsed.hostname:
            from kiosk_app.api.fault_proxy import FaultProxy

            services.fault_proxy = FaultProxy((parsed.hostname, parsed.port or 80)).start()
            url = services.fault_proxy.url + parsed.path.rstrip("/")
        else:
            log.warning("fault proxy skipped: only plain-HTTP backends can be proxied (%s)", parsed.scheme)
    if url:
        services.client = _client(profile, url, token, link, gated=embedded_process)
        services.worker = OutboxWorker(services.outbox, make_sender(services.client))
        services.submission = SubmissionService(services.outbox, services.worker)
        services.heartbeat = HeartbeatSender(services, profile.maintenance.heartbeat_seconds)
    return services


def _client(profile: KioskProfile, url: str, token: str, link: BackendLink, *, gated: bool) -> Backend:
    """The backend adapter; ``gated``: behind ``link`` (calls wait for the start-up, built on first use)."""
    def build() -> Backend:
        from kiosk_app.backend import make_backend  # requests and the adapter: on first use

        return make_backend(profile, url=url, token=token)

    if not gated:
        return build()
    return GatedBackend(link, build, start_timeout_s=profile.backend.embedded_start_timeout_s + 5.0)
