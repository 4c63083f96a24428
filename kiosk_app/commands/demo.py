"""``kiosk demo --out DIR``: one complete citizen session, headless, on the simulated profile.

The session itself (which steps, what is checked, what is saved) is ``ui.demo``; this command gives it
a throw-away data directory and the offscreen platform. Exit status 0 only when every step succeeded.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="run a complete citizen session headless; outputs to DIR")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed for each step")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    os.environ["KIOSK_DATA_DIR"] = str(data)
    try:
        from ui.demo import Demo  # the composition root opens the window lazily

        return Demo(out, data, args.lang, args.timeout).run()
    finally:
        shutil.rmtree(data, ignore_errors=True)
