"""Building the core objects a kiosk runs with, from a validated profile."""
from __future__ import annotations

from typing import Any

from kiosk_app.clock import Clock
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.maintenance import MaintenanceAccess
from kiosk_app.profile import KioskProfile
from kiosk_app.session import CitizenSession


def build_flow(profile: KioskProfile, clock: Clock | None = None, language: str | None = None,
               services: Any = None) -> KioskFlow:
    """A flow with a fresh session whose scratch space is in the profile's data directory.

    With ``services`` (kiosk_app.services.KioskServices), a required device failing puts the flow out
    of service until it recovers.
    """
    session = CitizenSession(profile.data_dir / "sessions")
    session.purge_leftovers()  # a crash or power cut must not leave a visitor's files behind
    flow = KioskFlow(
        session,
        idle_seconds=profile.kiosk.idle.default,
        countdown_seconds=profile.kiosk.idle.countdown,
        reading_seconds=profile.kiosk.idle.reading,
        scanning_seconds=profile.kiosk.idle.scanning,
        language=language or profile.kiosk.language,
        text_scale=profile.kiosk.text_scale,
        theme=profile.accessibility.theme,
        speech=profile.accessibility.speech,
        clock=clock,
        services=services,
    )
    attach_maintenance(flow, profile)
    if services is not None:
        attach_usage(flow, services)
    if getattr(services, "devices", None) is not None:
        attach_devices(flow, services, profile)
    return flow


def add_devices(flow: KioskFlow, services: Any, profile: KioskProfile) -> None:
    """Build the services' devices now and connect them to the flow (the running kiosk: after its first paint)."""
    services.build_devices()
    attach_devices(flow, services, profile)


def attach_devices(flow: KioskFlow, services: Any, profile: KioskProfile) -> None:
    """A required device failing puts the flow out of service until it recovers; QR reads are presence."""
    devices = services.devices
    wipe_printer_output = getattr(devices.get("printer"), "wipe_output", None)
    if wipe_printer_output is not None and not profile.simulated:
        # Receipts a simulated printer keeps are the visitor's data: outside QA they leave with them.
        flow.session.on_wipe(wipe_printer_output)
    attach_presence(flow, devices)
    devices.notifier.out_of_service.connect(lambda kinds: flow.set_out_of_service(", ".join(kinds)))
    devices.notifier.back_in_service.connect(lambda: flow.set_out_of_service(""))
    if not devices.in_service:
        flow.set_out_of_service(", ".join(devices.failed_required))


def attach_maintenance(flow: KioskFlow, profile: KioskProfile) -> MaintenanceAccess:
    """Gate MAINTENANCE behind the profile's PIN and make it leave by itself after the idle minutes."""
    settings = profile.maintenance
    access = MaintenanceAccess(settings.pin_hash, flow.clock, max_attempts=settings.max_attempts,
                               lockout_s=settings.lockout_minutes * 60)
    flow.maintenance = access
    flow.maintenance_idle_seconds = settings.idle_minutes * 60

    def guard(_previous: Screen) -> Screen | None:
        return None if access.unlocked else Screen.WELCOME

    flow.on_enter(Screen.MAINTENANCE, guard)
    flow.on_exit(Screen.MAINTENANCE, lambda _next: access.lock())
    return access


def attach_presence(flow: KioskFlow, devices: Any) -> None:
    """A code held to the QR reader is someone at the kiosk: the idle timer restarts.

    The same code read again is not counted: a receipt left lying in front of the reader must not keep a
    session (and its personal data) open for ever.
    """
    reader = devices.get("qr")
    notifier = getattr(reader, "notifier", None)
    if notifier is None:
        return
    last: list[str] = [""]

    def read(scan: Any) -> None:
        text = str(getattr(scan, "text", ""))
        if text and text != last[0]:
            last[0] = text
            flow.note_presence("qr code read")

    def forget() -> None:
        last[0] = ""

    notifier.code_read.connect(read)
    flow.session_reset.connect(forget)


def attach_usage(flow: KioskFlow, services: Any) -> None:
    """Count each visitor's session and report it to the fleet page soon after it ends."""

    def ended(_reason: str) -> None:
        counters = getattr(services, "counters", None)
        if counters is not None:
            counters.add("sessions")
        heartbeat = getattr(services, "heartbeat", None)
        if heartbeat is not None:
            heartbeat.soon()

    flow.session_ended.connect(ended)
