"""``kiosk demo --out DIR``: one complete citizen session, headless, on the simulated profile.

``--backend opencps-sim`` (issue 15) runs it as an OpenCPS kiosk against the OpenCPS simulator, with a simulated
officer accepting the dossier and asking for a supplement afterwards.

The session itself (which steps, what is checked, what is saved) is ``ui.demo``; this command gives it
a throw-away data directory (or ``--data-dir``, kept afterwards to inspect what a session leaves on
disk), logging to ``<data>/logs`` as ``kiosk run`` does, and the offscreen platform. Exit status 0 only
when every step succeeded.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from kiosk_app.logging_setup import configure_logging
from kiosk_app.privacy import ensure_private_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="run a complete citizen session headless; outputs to DIR")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed for each step")
    parser.add_argument("--backend", choices=("reference", "opencps-sim"), default="reference",
                        help="reference: the embedded reference server; opencps-sim: an OpenCPS kiosk against the "
                             "OpenCPS simulator (testkit.opencps_sim)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data directory to use and keep (default: a temporary one, deleted afterwards)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    keep: Path | None = args.data_dir
    data = ensure_private_dir(keep) if keep is not None else Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    os.environ["KIOSK_DATA_DIR"] = str(data)
    configure_logging(data / "logs", console=False)
    try:
        from ui.demo import Demo  # the composition root opens the window lazily

        return Demo(out, data, args.lang, args.timeout, args.backend).run()
    finally:
        if keep is None:
            shutil.rmtree(data, ignore_errors=True)
