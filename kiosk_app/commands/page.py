"""The QA command ``kiosk page FILE...``: page detection on image files, one JSON object per line.

Each line is ``{"file": ..., "corners": [[x, y], [x, y], [x, y], [x, y]] or null, "cut_off": bool,
"ms": ..., "turns": n or null, "oriented_by": ...}`` with corners in the image's pixels, clockwise from the
top-left. ``turns`` are the clockwise quarter turns that make the page, rectified as the kiosk archives it, read
upright; ``oriented_by`` says what decided them: ``"model"`` (the learned model, with the text lines' axis),
``"text lines"`` (the text lines alone: the model nearly undecided, or not installed) or ``"undecided"`` (no
text: the page stays as it lay); both are null without a page. A file that cannot be read is reported on stderr
and makes the exit status 1.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np


def register(subparsers: Any) -> None:
    """Add the ``page`` sub-command to the ``kiosk`` parser."""
    parser = subparsers.add_parser("page", help="detect the page in image files (QA)",
                                   description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="image files (JPEG, PNG, ...)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Detect and print; 0 when every file was read, 1 otherwise."""
    from kiosk_app.digitize.detect import PageDetector
    from kiosk_app.digitize.orientation import page_orientation
    from kiosk_app.digitize.settings import DigitizeSettings
    from kiosk_app.dossier_form import rectified

    settings = DigitizeSettings()
    detector = PageDetector(settings)
    status = 0
    for path in args.files:
        data = np.fromfile(str(path), dtype=np.uint8) if Path(path).is_file() else np.empty(0, np.uint8)
        image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
        if image is None:
            print(f"kiosk page: cannot read an image from {path}", file=sys.stderr)
            status = 1
            continue
        start = time.perf_counter()
        found = detector.detect(image)
        ms = (time.perf_counter() - start) * 1000
        line = {
            "file": str(path),
            "corners": None if found is None else [[round(float(x), 1), round(float(y), 1)]
                                                   for x, y in found.corners],
            "cut_off": bool(found.cut_off) if found is not None else False,
            "ms": round(ms, 2),
            "turns": None,
            "oriented_by": None,
        }
        if found is not None:
            oriented = page_orientation(rectified(image, found.corners, settings))
            line["turns"] = oriented.turns
            line["oriented_by"] = ("model" if oriented.by_model else "text lines" if oriented.decided
                                   else "undecided")
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status
