"""The backend port and its adapters; :func:`make_backend` builds the one the profile names.

``[backend] kind = "reference"`` gives :class:`ReferenceBackend` (the reference server's API v1),
``kind = "opencps"`` gives ``OpenCpsBackend`` (an OpenCPS v2 installation, imported only then).
Everything above this package sees a :class:`Backend` and nothing else.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk_app.backend.errors import BackendRejected, BackendTimeout, BackendUnavailable, BackendUnsupported
from kiosk_app.backend.port import Backend

if TYPE_CHECKING:
    from kiosk_app.backend.reference import ReferenceBackend
    from kiosk_app.profile import KioskProfile

__all__ = [
    "Backend",
    "BackendRejected",
    "BackendTimeout",
    "BackendUnavailable",
    "BackendUnsupported",
    "ReferenceBackend",
    "make_backend",
]


def __getattr__(name: str) -> Any:
    """``ReferenceBackend`` (and ``requests`` with it) is imported on first use, not with the port (issue 20)."""
    if name == "ReferenceBackend":
        from kiosk_app.backend.reference import ReferenceBackend

        return ReferenceBackend
    raise AttributeError(name)


def make_backend(profile: KioskProfile, *, url: str | None = None, token: str | None = None) -> Backend:
    """The adapter ``profile.backend.kind`` names, connected to ``url`` (default: the profile's address).

    ``url`` overrides the address (the embedded server's, or a fault proxy in front of the real one);
    ``token`` overrides the reference server's kiosk token (embedded mode generates its own).
    """
    from kiosk_app.profile import BackendKind  # not at the top: the port alone never loads the profile (and Qt)

    settings = profile.backend
    if settings.kind is BackendKind.OPENCPS:
        opencps = settings.opencps
        if opencps is None:  # the profile refuses this; checked again for the type checker
            raise ValueError("backend.opencps: kind = \"opencps\" needs a [backend.opencps] table")
        from kiosk_app.backend.opencps import OpenCpsBackend  # only an OpenCPS kiosk loads its adapter

        return OpenCpsBackend(url or opencps.url, group_id=opencps.group_id, user=opencps.user,
                              password=opencps.secret(), agency_code=opencps.agency_code,
                              connect_timeout_s=settings.connect_timeout_s, read_timeout_s=settings.read_timeout_s,
                              ca_bundle=settings.ca_bundle, submit_action_code=opencps.submit_action_code,
                              supplement_action_code=opencps.supplement_action_code, status_map=opencps.status_map,
                              substatus_map=opencps.substatus_map, domain_fields=opencps.domain_fields,
                              tracking_url=settings.public_tracking_url or None)
    from kiosk_app.backend.reference import ReferenceBackend

    return ReferenceBackend(url or settings.url, token if token is not None else settings.token,
                            connect_timeout_s=settings.connect_timeout_s, read_timeout_s=settings.read_timeout_s,
                            ca_bundle=settings.ca_bundle)
