"""Building the core objects a kiosk runs with, from a validated profile."""
from __future__ import annotations

from kiosk_app.clock import Clock
from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile
from kiosk_app.session import CitizenSession


def build_flow(profile: KioskProfile, clock: Clock | None = None, language: str | None = None) -> KioskFlow:
    """A flow with a fresh session whose scratch space is in the profile's data directory."""
    session = CitizenSession(profile.data_dir / "sessions")
    session.purge_leftovers()  # a crash or power cut must not leave a visitor's files behind
    return KioskFlow(
        session,
        idle_seconds=profile.kiosk.idle_seconds,
        countdown_seconds=profile.kiosk.idle_countdown_seconds,
        language=language or profile.kiosk.language,
        text_scale=profile.kiosk.text_scale,
        clock=clock,
    )
