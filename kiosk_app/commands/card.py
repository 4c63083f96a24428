"""``kiosk card read [--can NNNNNN]``: read the chip ID card on the reader, verify it, print fields and trust as JSON.

The reader is the profile's ``devices.card`` (or ``--adapter``); the CSCA store is the profile's
``identity.csca_store`` (or ``--csca``). ID numbers are masked unless ``--show``; the face image is never
printed, only its size. Exit status: 0 read and verified (any trust level), 1 the card could not be read or
is not authentic (JSON with the error code), 2 usage errors.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from devices.base import CardReaderError
from devices.card_reader.access import CanKey
from devices.registry import build
from kiosk_app.domain.citizen_id import CitizenIdError, mask_id_number
from kiosk_app.identity.chip_identity import ChipIdentity, identify
from kiosk_app.identity.passive_auth import ChipNotAuthentic, CscaStore
from kiosk_app.profile import load_profile


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``card`` sub-command to the kiosk CLI."""
    parser = subparsers.add_parser("card", help="chip ID card reader (read and verify a card)",
                                   description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="card_command", required=True)
    read = actions.add_parser("read", help="read and verify the card on the reader, print JSON")
    read.add_argument("--can", help="the card's CAN (6 digits); asked without echo when omitted")
    read.add_argument("--show", action="store_true", help="print ID numbers unmasked")
    read.add_argument("--profile", default="default", help="profile name or path (default: default)")
    read.add_argument("--adapter", choices=("pcsc", "simulated"), help="override the profile's card reader adapter")
    read.add_argument("--reader", default=None, help="pcsc: part of the reader's name")
    read.add_argument("--csca", type=Path, default=None, help="CSCA certificate file or directory (overrides the profile)")
    read.add_argument("--trust-simulated-csca", action="store_true",
                      help="simulated adapter: trust the throw-away CSCA that signed its card (QA)")
    read.add_argument("--wait", type=float, default=30.0, help="seconds to wait for a card (default 30)")
    read.set_defaults(func=run)


def _reader(args: argparse.Namespace) -> Any:
    profile = load_profile(args.profile)
    slot = profile.devices.card
    adapter = args.adapter or (slot.adapter if slot is not None else "pcsc")
    options = dict(slot.options) if slot is not None and slot.adapter == adapter else {}
    if args.reader is not None and adapter == "pcsc":
        options["reader"] = args.reader
    store_path = args.csca if args.csca is not None else profile.identity.csca_store
    return build("card", adapter, options), CscaStore.from_path(store_path)


def identity_json(identity: ChipIdentity, show: bool) -> dict[str, Any]:
    """The fields and the trust level (IDs masked unless ``show``; no face image, only whether there is one)."""
    card, extra = identity.applicant, identity.personal
    hide = (lambda v: v) if show else mask_id_number

    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    fields = {"id_number": hide(card.id_number),
              "old_id_number": hide(card.old_id_number) if card.old_id_number else None,
              "full_name": card.full_name, "date_of_birth": card.date_of_birth.isoformat(), "sex": card.sex,
              "address": card.address, "issue_date": card.issue_date.isoformat(),
              **{k: plain(v) for k, v in dataclasses.asdict(extra).items()}}
    return {"trust": identity.trust.value, "trust_reason": identity.trust_reason, "access": identity.access,
            "chip_authentication": identity.chip_auth, "active_authentication": identity.active_auth,
            "face_image_bytes": len(identity.face_jpeg or b""),
            "fields": fields}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    can = args.can if args.can is not None else getpass.getpass("CAN: ")
    if not (len(can) == 6 and can.isdigit()):
        print("kiosk card read: the CAN is 6 digits", file=sys.stderr)
        return 2
    reader, store = _reader(args)
    if args.trust_simulated_csca:
        if not hasattr(reader, "trust_anchor"):
            print("kiosk card read: --trust-simulated-csca needs the simulated adapter", file=sys.stderr)
            return 2
        store = CscaStore([*store.certificates, *CscaStore.from_pem(reader.trust_anchor).certificates])
    reader.start()
    try:
        deadline = time.monotonic() + args.wait
        while not reader.card_present and time.monotonic() < deadline:
            time.sleep(0.05)
        started = time.perf_counter()
        try:
            reading = reader.read_card(CanKey(can))
            identity = identify(reading, store)
        except (CardReaderError, ChipNotAuthentic, CitizenIdError) as exc:
            code = exc.code.value if isinstance(exc, CitizenIdError) else exc.code
            print(json.dumps({"error": code, "detail": getattr(exc, "detail", str(exc))}, ensure_ascii=False),
                  file=out)
            return 1
        result = identity_json(identity, args.show)
        result["ms"] = round((time.perf_counter() - started) * 1000, 1)
        result["apdus"] = reading.counters.apdus
        reading.wipe()
        identity.wipe()
        print(json.dumps(result, ensure_ascii=False), file=out)
        return 0
    finally:
        reader.stop()
