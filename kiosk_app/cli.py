"""The ``kiosk`` command. Each sub-command lives in ``kiosk_app/commands/`` and registers itself here.

This module and ``kiosk_app.commands`` are the composition root: the only part of ``kiosk_app``
allowed to import ``ui`` (and only inside the commands that open a window).
"""
from __future__ import annotations

import argparse
import importlib
import sys

from kiosk_app.privacy import restrict_process_umask
from kiosk_app.profile import ProfileError

COMMAND_MODULES = (
    "kiosk_app.commands.run",
    "kiosk_app.commands.screenshots",
    "kiosk_app.commands.config",
    "kiosk_app.commands.qr",
    "kiosk_app.commands.page",
    "kiosk_app.commands.samples",
    "kiosk_app.commands.maintenance",
    "kiosk_app.commands.demo",
    "kiosk_app.commands.card",
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; ``only``: of that one command alone, when it is one (``kiosk run``
    imports no other command's modules: OpenCV for ``kiosk qr`` must not slow the kiosk's start, issue 20)."""
    parser = argparse.ArgumentParser(prog="kiosk", description="Self-service kiosk of the MST one-stop department")
    subparsers = parser.add_subparsers(dest="command", required=True)
    modules: tuple[str, ...] = COMMAND_MODULES
    if only is not None and f"kiosk_app.commands.{only}" in COMMAND_MODULES:
        modules = (f"kiosk_app.commands.{only}",)
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    restrict_process_umask()  # logs, sessions, outbox, receipts, speech: nothing readable by other users
    words = sys.argv[1:] if argv is None else argv
    args = build_parser(words[0] if words else None).parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ProfileError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        print("kiosk: refusing to start with an invalid profile.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
