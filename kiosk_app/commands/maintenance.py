"""``kiosk maintenance set-pin PROFILE``: store the Argon2 hash of a new maintenance PIN in a profile.

The PIN is read from the terminal (asked twice, not echoed) or, when stdin is not a terminal, from its
first line. Only the ``pin_hash`` key of the ``[maintenance]`` table is touched: comments, order and
every other key of the file stay as they were (a line edit instead of a TOML round trip, because the
standard library only reads TOML and a round trip through a writer would drop the comments).
"""
from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import tempfile
import tomllib
from pathlib import Path

from kiosk_app.maintenance import hash_pin
from kiosk_app.profile import load_profile, resolve_profile_path

_TABLE = re.compile(r"^\s*\[([^\[\]]+)\]\s*(#.*)?$")
_PIN_KEY = re.compile(r"^\s*pin_hash\s*=")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("maintenance", help="maintenance-mode tools")
    sub = parser.add_subparsers(dest="maintenance_command", required=True)
    set_pin = sub.add_parser("set-pin", help="set the maintenance PIN of a profile (PIN from the prompt or stdin)")
    set_pin.add_argument("profile", help="profile name in config/ or a path")
    set_pin.set_defaults(func=run_set_pin)


def with_pin_hash(text: str, pin_hash: str) -> str:
    """``text`` (a profile's TOML) with ``[maintenance] pin_hash`` set to ``pin_hash``, all else unchanged."""
    if '"' in pin_hash or "\\" in pin_hash or "\n" in pin_hash:
        raise ValueError("not an Argon2 hash")
    line = f'pin_hash = "{pin_hash}"'
    lines = text.splitlines()
    table: str | None = None
    header_at: int | None = None
    for index, raw in enumerate(lines):
        match = _TABLE.match(raw)
        if match:
            table = match.group(1).strip()
            if table == "maintenance":
                header_at = index
            continue
        if table == "maintenance" and _PIN_KEY.match(raw):
            lines[index] = line
            return "\n".join(lines) + "\n"
    if header_at is not None:
        lines.insert(header_at + 1, line)
    else:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", "[maintenance]", line]
    return "\n".join(lines) + "\n"


def _read_pin() -> str:
    if sys.stdin.isatty():
        pin = getpass.getpass("New maintenance PIN (6-12 digits): ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            raise ValueError("the two PINs differ")
        return pin
    return sys.stdin.readline().strip()


def run_set_pin(args: argparse.Namespace) -> int:
    path: Path = resolve_profile_path(args.profile)
    load_profile(args.profile)  # refuse to edit a profile that is invalid already (ProfileError -> exit 2)
    try:
        pin_hash = hash_pin(_read_pin())
    except ValueError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    text = with_pin_hash(path.read_text(encoding="utf-8"), pin_hash)
    try:
        placed = tomllib.loads(text).get("maintenance", {}).get("pin_hash") == pin_hash
    except tomllib.TOMLDecodeError:
        placed = False
    if not placed:  # never write a broken file
        print(f"kiosk: could not place pin_hash in {path}; edit its [maintenance] table by hand", file=sys.stderr)
        return 1
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(tmp, path.stat().st_mode & 0o777)
    os.replace(tmp, path)
    print(f"{path}: maintenance PIN set")
    return 0
