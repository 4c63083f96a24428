"""Orientation benchmark: rectified pages turned by 0, 90, 180 and 270 degrees, and how many come out upright.

Pages:

* ``real``: each document of ``../shared/data/real-documents`` rectified from its true corners the
  way the kiosk rectifies a still (``rectify_page`` with ``guess_page_size``); every one of them
  reads upright that way (checked by eye on a contact sheet of all 32);
* ``ours``: photos of ``testkit.document_photos`` (seed 2027) rectified from their true corners; which
  way is up is found by matching the crop against the generator's flat page;
* ``alt``: photos of ``testkit.document_photos_alt`` on its held-out seeds; its truth says which way
  is up.

Generated photos are made at 1920x1080 (a still, not the preview) and only documents covering at
least ``min_page_fraction`` (the kiosk's "too small" limit) are kept: smaller ones are refused before
their orientation matters. Every page is turned by 0-3 quarter turns and handed to
``kiosk_app.digitize.orientation.page_orientation``; a turn is right when page + answer = upright.
"undecided" counts answers of "leave it" (no clear text) on a page that needed turning.
Per set and per kind: turns, right, wrong, undecided. LAST line: one JSON object
{"<set>": {"turns": n, "upright": n, "share": x, "undecided": n}}.

Run: .venv/bin/python bench/orientation.py [--set real --set alt] [--count 100] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.digitize.orientation import page_orientation  # noqa: E402
from kiosk_app.digitize.rectify import guess_page_size, rectify_page, rotate_quarter_turns  # noqa: E402
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402
from testkit.document_photos_alt import HELD_OUT_SEEDS, AltDocumentPhotos, order_clockwise_from_min_sum  # noqa: E402

REAL_DIR = next((p / "shared" / "data" / "real-documents" for p in Path(__file__).resolve().parents[1:4]
                 if (p / "shared" / "data" / "real-documents").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "data" / "real-documents")
STILL = (1920, 1080)
DPI = 200  # enough for the analysis (it works on a 1600 px copy) and quicker than the archive's 300
SETS = ("real", "ours", "alt")


def kiosk_rectify(image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The page as the kiosk straightens it (top-left = the corner with the smallest x + y)."""
    return rectify_page(image, corners, guess_page_size(corners), DPI)


def real_pages(folder: Path) -> Iterator[tuple[str, str, np.ndarray]]:
    truth = json.loads((folder / "truth.json").read_text())
    for name, entry in sorted(truth.items()):
        if entry["quad"] is None:
            continue
        image = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        yield name, str(entry["kind"]).split("/")[-1], kiosk_rectify(image, np.asarray(entry["quad"], np.float32))


def _likeness(page: np.ndarray, flat: np.ndarray) -> float:
    """Correlation of a rectified page with the generator's flat page, both shrunk to 60 px wide."""
    small = cv2.resize(cv2.cvtColor(flat, cv2.COLOR_BGR2GRAY), (60, round(60 * flat.shape[0] / flat.shape[1])),
                       interpolation=cv2.INTER_AREA)
    candidate = cv2.resize(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY), small.shape[::-1], interpolation=cv2.INTER_AREA)
    return float(np.corrcoef(candidate.ravel(), small.ravel())[0, 1])


def ours_pages(count: int, min_fraction: float) -> Iterator[tuple[str, str, np.ndarray]]:
    generator = SyntheticDocumentGenerator(2027)
    made = 0
    while made < count:
        photo = generator.document_photo(*STILL)
        assert photo.corners is not None and photo.page_image is not None
        if cv2.contourArea(photo.corners) / (STILL[0] * STILL[1]) < min_fraction:
            continue
        page = kiosk_rectify(photo.image, photo.corners)
        turns = max(range(4), key=lambda k, p=page, f=photo.page_image: _likeness(rotate_quarter_turns(p, k), f))
        made += 1
        yield f"ours-{made}", str(photo.page_size), rotate_quarter_turns(page, turns)


def alt_pages(count: int, min_fraction: float) -> Iterator[tuple[str, str, np.ndarray]]:
    generator = AltDocumentPhotos(*STILL)
    made = 0
    for seed in HELD_OUT_SEEDS:
        if made >= count:
            break
        photo = generator.photo(seed)
        if photo.corners is None or photo.area_fraction < min_fraction:
            continue
        page = kiosk_rectify(photo.image, order_clockwise_from_min_sum(photo.corners))
        made += 1
        yield f"alt-{seed}", str(photo.kind), rotate_quarter_turns(page, photo.upright_turns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="repeatable; default: all")
    parser.add_argument("--count", type=int, default=100, help="pages per generated set")
    parser.add_argument("--real", type=Path, default=REAL_DIR)
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    args = parser.parse_args()
    min_fraction = DigitizeSettings().min_page_fraction
    results: dict[str, dict[str, float | int]] = {}
    for name in args.sets or list(SETS):
        pages = real_pages(args.real) if name == "real" else (
            ours_pages(args.count, min_fraction) if name == "ours" else alt_pages(args.count, min_fraction))
        turns = right = undecided = 0
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        times: list[float] = []
        for label, kind, upright in pages:
            answers = []
            for k in range(4):
                start = time.perf_counter()
                found = page_orientation(rotate_quarter_turns(upright, k))
                times.append((time.perf_counter() - start) * 1000)
                ok = (k + found.turns) % 4 == 0
                turns += 1
                right += ok
                undecided += (not ok) and not found.decided
                by_kind[kind][0] += 1
                by_kind[kind][1] += ok
                answers.append(f"{k}->{found.turns}{'' if ok else '!'}")
            if args.verbose:
                print(f"  {name:5s} {label:48s} {kind:16s} {' '.join(answers)}")
        for kind, (n, ok) in sorted(by_kind.items()):
            print(f"  {name:5s} kind {kind:16s} turns={n:4d} upright={ok:4d}")
        share = right / turns if turns else 0.0
        print(f"{name:5s} turns={turns} upright={right} share={share:.4f} wrong={turns - right} "
              f"undecided={undecided} median_ms={float(np.median(times)) if times else 0:.0f}")
        results[name] = {"turns": turns, "upright": right, "share": round(share, 4), "undecided": undecided}
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
