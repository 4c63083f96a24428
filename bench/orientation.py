"""Orientation benchmark: rectified pages turned by 0, 90, 180 and 270 degrees, and how many come out upright.

Pages:

* ``real``: each document of ``../shared/data/real-documents`` rectified from its true corners the
  way the kiosk rectifies a still (``rectify_page`` with ``guess_page_size``); every one of them
  reads upright that way (checked by eye on a contact sheet of all 32);
* ``real-still``: the same photos as the kiosk's camera delivers them (``tests/digitize/data/real-documents``:
  long side at most 1920 px, JPEG 92), rectified exactly as ``dossier_form.flat_page`` does (``page_size_for``
  with the view width unknown, at the archive's resolution): the pages the kiosk actually turns;
* ``ours``: photos of ``testkit.document_photos`` (seed 2027) rectified from their true corners; which
  way is up comes from where the generator laid the page's top-left corner (``upright_turns``). Until
  stop 40 it was guessed by matching the crop against the flat page, which a shadow across the page
  could fool: ours 168 and 233 (of 400) were kept upside down and counted as wrongly turned;
* ``alt``: photos of ``testkit.document_photos_alt`` on its held-out seeds; its truth says which way
  is up.

Generated photos are made at 1920x1080 (a still, not the preview) and only documents covering at
least ``min_page_fraction`` (the kiosk's "too small" limit) are kept: smaller ones are refused before
their orientation matters. Every page is turned by 0-3 quarter turns and handed to
``kiosk_app.digitize.orientation.page_orientation``; a turn is right when page + answer = upright.
"undecided" counts answers of "leave it" (no clear text) on a page that needed turning; "upright_turned"
counts upright pages (turn 0) that were turned, the worst mistake.
Per set and per kind: turns, right, wrong, undecided; per set also the text-line cues alone
(``text_line_orientation``, without the learned model), side by side. LAST line: one JSON object
{"<set>": {"turns": n, "upright": n, "share": x, "undecided": n, "upright_turned": n, "median_ms": x,
"cues_only_upright": n, "cues_only_upright_turned": n, "cues_only_median_ms": x}} (the times of one page turn each,
rotation included for the kiosk's answer).

``alt-tuning`` is the same generator on its tuning seeds: the set to look at page by page when studying
failures (the held-out ``alt`` is only measured).

Rectified pages are cached as PNG (lossless) under ``<tmp>/bench-orientation-pages``, keyed by the sources
that make them (the generator's module, ``rectify.py``, the still's size and DPI, the size limit, the real
set's truth and file sizes) and the seed or photo:
a change to any of them makes new pages; ``--no-cache`` makes them afresh without the cache.
``--dump DIR`` writes every wrongly answered page (as turned) there to look at.

Run: .venv/bin/python bench/orientation.py [--set real --set alt] [--count 100] [--verbose] [--dump DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.digitize.orientation import page_orientation, text_line_orientation  # noqa: E402
from kiosk_app.digitize.orientation_model import available as model_available  # noqa: E402
from kiosk_app.digitize.rectify import (  # noqa: E402
    guess_page_size,
    page_size_for,
    rectify_page,
    rotate_quarter_turns,
)
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402
from testkit.document_photos_alt import (  # noqa: E402
    HELD_OUT_SEEDS,
    TUNING_SEEDS,
    AltDocumentPhotos,
    order_clockwise_from_min_sum,
)

#: the same real photos at the kiosk's still resolution (long side at most 1920 px), in the repository
REAL_STILLS = Path(__file__).resolve().parents[1] / "tests" / "digitize" / "data" / "real-documents"
REAL_DIR = next((p / "shared" / "data" / "real-documents" for p in Path(__file__).resolve().parents[1:4]
                 if (p / "shared" / "data" / "real-documents").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "data" / "real-documents")
STILL = (1920, 1080)
DPI = 200  # enough for the analysis (it works on a 1600 px copy) and quicker than the archive's 300
SETS = ("real", "real-still", "ours", "alt", "alt-tuning")
DEFAULT_SETS = ("real", "real-still", "ours", "alt")
ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "bench-orientation-pages"


class PageCache:
    """Rectified upright pages on disk, keyed by the sources that made them and the page's label."""

    def __init__(self, sources: tuple[Path, ...], extra: str, enabled: bool = True) -> None:
        digest = hashlib.sha256(extra.encode())
        for source in (*sources, ROOT / "kiosk_app" / "digitize" / "rectify.py"):
            digest.update(source.read_bytes())
        digest.update(f"{DPI} {STILL}".encode())
        self.folder = CACHE / digest.hexdigest()[:16]
        self.enabled = enabled

    def has(self, label: str) -> bool:
        """Whether ``label`` is cached."""
        return self.enabled and (self.folder / f"{label}.json").is_file()

    def get(self, label: str) -> tuple[str, np.ndarray] | None:
        """The cached (kind, page) of ``label``, or None."""
        meta = self.folder / f"{label}.json"
        if not self.enabled or not meta.is_file():
            return None
        page = cv2.imread(str(self.folder / f"{label}.png"), cv2.IMREAD_COLOR)
        return None if page is None else (str(json.loads(meta.read_text())["kind"]), page)

    def put(self, label: str, kind: str, page: np.ndarray) -> None:
        """Keep ``page`` (upright) of ``kind`` under ``label``; the metadata is written last."""
        if not self.enabled:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(self.folder / f"{label}.png"), page)
        (self.folder / f"{label}.json").write_text(json.dumps({"kind": kind}))


def kiosk_rectify(image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The page as the kiosk straightens it (top-left = the corner with the smallest x + y)."""
    return rectify_page(image, corners, guess_page_size(corners), DPI)


def real_pages(folder: Path, use_cache: bool = True) -> Iterator[tuple[str, str, np.ndarray]]:
    truth = json.loads((folder / "truth.json").read_text())
    cache = PageCache((), json.dumps(truth, sort_keys=True), use_cache)
    for name, entry in sorted(truth.items()):
        if entry["quad"] is None:
            continue
        label = f"{name}-{(folder / name).stat().st_size}"
        cached = cache.get(label)
        if cached is None:
            image = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
            cached = (str(entry["kind"]).split("/")[-1], kiosk_rectify(image, np.asarray(entry["quad"], np.float32)))
            cache.put(label, *cached)
        yield name, *cached


def real_still_pages(folder: Path = REAL_STILLS) -> Iterator[tuple[str, str, np.ndarray]]:
    """The real photos at the still's resolution, rectified exactly as the kiosk rectifies a still (its page size
    rule with the camera's view width unknown, at the archive's resolution)."""
    settings = DigitizeSettings()
    truth = json.loads((folder / "truth.json").read_text())
    for name, entry in sorted(truth.items()):
        if entry["quad"] is None:
            continue
        still = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        corners = np.asarray(entry["quad"], np.float32)
        height, width = still.shape[:2]
        size = page_size_for(corners, width, settings.camera_view_width_mm, height)
        yield name, str(entry["kind"]).split("/")[-1], rectify_page(still, corners, size, settings.archive_dpi)


def ours_pages(count: int, min_fraction: float, use_cache: bool = True) -> Iterator[tuple[str, str, np.ndarray]]:
    # the generator is one stream: pages are cached by their place in it
    cache = PageCache((ROOT / "testkit" / "document_photos.py",), f"ours 2027 {min_fraction} laid", use_cache)
    made = 0
    while made < count and (cached := cache.get(f"ours-{made + 1}")) is not None:
        made += 1
        yield f"ours-{made}", *cached
    if made >= count:
        return
    generator = SyntheticDocumentGenerator(2027)
    made = 0
    while made < count:
        photo = generator.document_photo(*STILL)
        assert photo.corners is not None and photo.page_corners is not None
        if cv2.contourArea(photo.corners) / (STILL[0] * STILL[1]) < min_fraction:
            continue
        page = kiosk_rectify(photo.image, photo.corners)
        made += 1
        upright = rotate_quarter_turns(page, photo.upright_turns)
        if not cache.has(f"ours-{made}"):
            cache.put(f"ours-{made}", str(photo.page_size), upright)
            yield f"ours-{made}", str(photo.page_size), upright


def alt_pages(count: int, min_fraction: float, seeds: range = HELD_OUT_SEEDS,
              use_cache: bool = True) -> Iterator[tuple[str, str, np.ndarray]]:
    """Pages of the independent generator's photos from ``seeds`` (each photo is made from its seed alone)."""
    cache = PageCache((ROOT / "testkit" / "document_photos_alt.py",), f"alt {min_fraction}", use_cache)
    generator = AltDocumentPhotos(*STILL)
    made = 0
    for seed in seeds:
        if made >= count:
            break
        label = f"alt-{seed}"
        cached = cache.get(label)
        if cached is None and cache.enabled and (cache.folder / f"{label}.none").is_file():
            continue  # an empty desk or a document too small: known without making the photo again
        if cached is None:
            photo = generator.photo(seed)
            if photo.corners is None or photo.area_fraction < min_fraction:
                if cache.enabled:
                    cache.folder.mkdir(parents=True, exist_ok=True)
                    (cache.folder / f"{label}.none").touch()
                continue
            page = kiosk_rectify(photo.image, order_clockwise_from_min_sum(photo.corners))
            cached = (str(photo.kind), rotate_quarter_turns(page, photo.upright_turns))
            cache.put(label, *cached)
        made += 1
        yield label, *cached


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="repeatable; default: all")
    parser.add_argument("--count", type=int, default=100, help="pages per generated set")
    parser.add_argument("--real", type=Path, default=REAL_DIR)
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    parser.add_argument("--no-cache", action="store_true", help="make every page afresh (and cache nothing)")
    parser.add_argument("--dump", type=Path, help="write each wrongly answered page, as turned, into this folder")
    args = parser.parse_args()
    min_fraction = DigitizeSettings().min_page_fraction
    if not model_available():
        print("orientation model not installed (make setup installs it): the figures are the text-line cues' alone")
    use_cache = not args.no_cache
    results: dict[str, dict[str, float | int]] = {}
    for name in args.sets or list(DEFAULT_SETS):
        if name == "real":
            pages = real_pages(args.real, use_cache)
        elif name == "real-still":
            pages = real_still_pages()
        elif name == "ours":
            pages = ours_pages(args.count, min_fraction, use_cache)
        else:
            pages = alt_pages(args.count, min_fraction, HELD_OUT_SEEDS if name == "alt" else TUNING_SEEDS, use_cache)
        turns = right = undecided = upright_turned = cues_right = cues_upright_turned = 0
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        times: list[float] = []
        cues_times: list[float] = []
        for label, kind, upright in pages:
            answers = []
            for k in range(4):
                start = time.perf_counter()
                turned = rotate_quarter_turns(upright, k)
                found = page_orientation(turned)
                times.append((time.perf_counter() - start) * 1000)
                ok = (k + found.turns) % 4 == 0
                start = time.perf_counter()
                cues = text_line_orientation(turned)  # the text-line cues alone, side by side
                cues_times.append((time.perf_counter() - start) * 1000)
                cues_right += (k + cues.turns) % 4 == 0
                cues_upright_turned += k == 0 and cues.turns != 0
                if args.dump is not None and not ok:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    small = 1000 / max(turned.shape[:2])
                    cv2.imwrite(str(args.dump / f"{name}-{Path(label).stem}-t{k}-got{found.turns}.png"),
                                cv2.resize(turned, None, fx=small, fy=small, interpolation=cv2.INTER_AREA))
                turns += 1
                right += ok
                undecided += (not ok) and not found.decided
                upright_turned += k == 0 and found.turns != 0
                by_kind[kind][0] += 1
                by_kind[kind][1] += ok
                answers.append(f"{k}->{found.turns}{'' if ok else '!'}")
            if args.verbose:
                print(f"  {name:5s} {label:48s} {kind:16s} {' '.join(answers)}")
        for kind, (n, ok) in sorted(by_kind.items()):
            print(f"  {name:5s} kind {kind:16s} turns={n:4d} upright={ok:4d}")
        share = right / turns if turns else 0.0
        print(f"{name:5s} turns={turns} upright={right} share={share:.4f} wrong={turns - right} "
              f"undecided={undecided} upright_turned={upright_turned} median_ms={float(np.median(times)) if times else 0:.0f} "
              f"cues_only_upright={cues_right} cues_only_upright_turned={cues_upright_turned} "
              f"cues_only_median_ms={float(np.median(cues_times)) if cues_times else 0:.0f}")
        results[name] = {"turns": turns, "upright": right, "share": round(share, 4), "undecided": undecided,
                         "upright_turned": upright_turned, "median_ms": round(float(np.median(times)), 1) if times else 0,
                         "cues_only_upright": cues_right, "cues_only_upright_turned": cues_upright_turned,
                         "cues_only_median_ms": round(float(np.median(cues_times)), 1) if cues_times else 0}
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
