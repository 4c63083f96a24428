"""``python -m testkit.opencps_sim --db F [--host H] [--port N]`` serves the simulator until interrupted;
``python -m testkit.opencps_sim officer --db F ACTION DOSSIER [--note TEXT]`` acts on a dossier as an officer
(ACTION: accept, start, supplement, ready, finish, refuse, paid); ``... dossiers --db F`` lists dossiers."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from testkit.opencps_sim.officer import OfficerDesk
from testkit.opencps_sim.server import start_simulator
from testkit.opencps_sim.simulator import Simulator, SimulatorError

OFFICER_ACTIONS = ("accept", "start", "supplement", "ready", "finish", "refuse", "paid")


def _serve(args: argparse.Namespace) -> int:
    running = start_simulator(args.db, host=args.host, port=args.port)
    print(json.dumps({"url": running.url, "base_url": running.base_url, "group_id": running.group_id}),
          flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    running.stop()
    return 0


def _officer(args: argparse.Namespace) -> int:
    desk = OfficerDesk(Simulator(args.db))
    steps = {"accept": desk.accept, "start": desk.start_processing, "supplement": desk.request_supplement,
             "ready": desk.result_ready, "finish": desk.finish, "refuse": desk.refuse}
    try:
        if args.action == "paid":
            desk.confirm_payment(args.dossier)
            result: object = {"paymentStatus": 3}
        elif args.note is not None:
            result = steps[args.action](args.dossier, args.note)
        else:
            result = steps[args.action](args.dossier)
    except SimulatorError as refusal:
        print(json.dumps({"error": refusal.kind, "description": refusal.description}, ensure_ascii=False))
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _dossiers(args: argparse.Namespace) -> int:
    for row in Simulator(args.db).dossiers():
        print(json.dumps({"dossierId": row["dossier_id"], "referenceUid": row["reference_uid"],
                          "dossierNo": row["dossier_no"], "serviceCode": row["service_code"],
                          "dossierStatus": row["dossier_status"], "dossierSubStatus": row["dossier_sub_status"]},
                         ensure_ascii=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testkit.opencps_sim", description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="the simulator's SQLite file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8642)
    sub = parser.add_subparsers(dest="command")
    officer = sub.add_parser("officer", help="act on a dossier as an officer")
    officer.add_argument("action", choices=OFFICER_ACTIONS)
    officer.add_argument("dossier", help="dossierId, dossierNo or referenceUid")
    officer.add_argument("--note")
    sub.add_parser("dossiers", help="list the dossiers")
    args = parser.parse_args(argv)
    if args.command == "officer":
        return _officer(args)
    if args.command == "dossiers":
        return _dossiers(args)
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
