"""``kiosk config check PATH``: validate a profile without starting anything."""
from __future__ import annotations

import argparse

from kiosk_app.domain.tracking_qr import is_public_url
from kiosk_app.profile import BackendMode, KioskProfile, load_profile


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("config", help="profile tools")
    sub = parser.add_subparsers(dest="config_command", required=True)
    check = sub.add_parser("check", help="validate a profile (name in config/ or path)")
    check.add_argument("profile")
    check.set_defaults(func=run_check)


def profile_warnings(profile: KioskProfile) -> list[str]:
    """Settings that are valid but will trouble a real deployment (a QA profile has none)."""
    warnings: list[str] = []
    backend = profile.backend
    # A remote backend on a public address puts its own (public) links in receipts.
    remote_public = backend.mode is BackendMode.REMOTE and is_public_url(backend.address)
    if not profile.simulated and not backend.public_tracking_url and not remote_public:
        warnings.append("backend.public_tracking_url is not set: the receipt's tracking QR can only be read at a "
                        "kiosk, not opened on a phone; set it to the ministry's portal or the server's public URL")
    return warnings


def run_check(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    backend = profile.backend
    print(f"{args.profile}: OK (profile {profile.name!r}, kiosk {profile.kiosk.id}, "
          f"backend {backend.kind.value} {backend.mode.value})")
    for warning in profile_warnings(profile):
        print(f"warning: {warning}")
    return 0
