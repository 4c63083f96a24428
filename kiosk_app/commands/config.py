"""``kiosk config check PATH``: validate a profile without starting anything."""
from __future__ import annotations

import argparse

from kiosk_app.profile import load_profile


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("config", help="profile tools")
    sub = parser.add_subparsers(dest="config_command", required=True)
    check = sub.add_parser("check", help="validate a profile (name in config/ or path)")
    check.add_argument("profile")
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    print(f"{args.profile}: OK (profile {profile.name!r}, kiosk {profile.kiosk.id}, backend {profile.backend.mode.value})")
    return 0
