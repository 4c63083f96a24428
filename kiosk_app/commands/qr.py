"""QA command ``kiosk qr FILE...``: run the kiosk's QR pipeline on image files, one JSON object per line.

Each line: ``{"file": ..., "text": ... or null, "decoder": ..., "ms": ...}``. The exit status is 0
when every file was read, 1 when some were not (unreadable image or no code), 2 for usage errors.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TextIO

import cv2

from devices.qr.decoders import DECODER_NAMES, make_decoder


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``qr`` sub-command to the kiosk CLI."""
    parser = subparsers.add_parser("qr", help="decode QR codes in image files with the kiosk pipeline",
                                   description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", metavar="FILE", help="image files (JPEG, PNG, ...)")
    parser.add_argument("--decoder", default="kiosk", choices=DECODER_NAMES,
                        help="decoder to use (default: the kiosk pipeline)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    decoder = make_decoder(args.decoder)
    all_read = True
    for path in args.files:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None:
            all_read = False
            print(json.dumps({"file": str(path), "text": None, "decoder": None, "ms": 0.0,
                              "error": "not a readable image"}, ensure_ascii=False), file=out)
            continue
        started = time.perf_counter()
        results = decoder.decode(image)
        ms = round((time.perf_counter() - started) * 1000, 2)
        if not results:
            all_read = False
        first = results[0] if results else None
        print(json.dumps({"file": str(path), "text": first.text if first else None,
                          "decoder": first.decoder if first else decoder.name, "ms": ms},
                         ensure_ascii=False), file=out)
    return 0 if all_read else 1
