"""Page-detection benchmark: the kiosk's detector and a textbook baseline, side by side on every photo set.

Sets (``--set``, repeatable; default: ours, alt-held-out, real):

* ``ours``: ``testkit.document_photos`` (the generator the detector grew up with), seed 2026;
* ``alt-held-out``: ``testkit.document_photos_alt``, a generator written independently (different
  rendering, papers, desks, lighting and camera model), on its HELD-OUT seeds (1 000 000 and up).
  Nobody tunes on these: look at ``alt-tuning`` (seeds 0 and up) when working on the detector;
* ``alt-tuning``: the same generator on its tuning seeds;
* ``real``: the real photos of ``../shared/data/real-documents`` (``truth.json``; ``null`` = no
  document). They come in many sizes (512 px to 12 MP); the kiosk detects on its 1280x720 preview,
  so each photo is scaled (INTER_AREA, up or down) to that pixel budget: long side 1280, short side
  720 at most, its aspect kept (a portrait photo stays portrait), and its truth with it.

Per set: photos, mean IoU (order-independent quadrilateral IoU; a miss counts 0), misses (no detection
on a document), false detections on empty frames, mean IoU of documents covering <= 10 % of the frame,
share below IoU 0.9, median milliseconds per frame (wall clock, and CPU time of the process: the figure
that holds on a loaded machine); the same for the textbook Canny + contour baseline
(``textbook_*``: Canny on a 500 px high copy, the largest contour whose polygon approximation has four
corners). ``--verbose`` lists every photo.

``--per-frame FILE`` writes each frame's result as JSON, ``{"<set>": {"<frame>": {"group": str, "iou": x | null,
"found": bool}}}`` (``iou`` null on an empty frame; never for the held-out set: nobody looks at it frame by frame);
``bench/page_detect_compare.py BEFORE AFTER`` lists the frames two such files differ on, so that a change to the
detector is judged frame by frame (say ``--set alt-tuning --count 3000 --empty 1400`` before and after).

``--cache DIR`` keeps the generated frames (PNG, lossless) and their truth (JSON) under DIR, keyed by the
generator, its seed, the frame's index and a hash of the generator module's source: a run reads them back
instead of drawing them again (about 1 s a frame), and a changed generator never reads stale frames.
The LAST line is one JSON object:
{"sets": {"<set>": {"images": n, "mean_iou": x, "misses": n, "empty_frames": n, "false_detections": n,
 "small_images": n, "small_mean_iou": x, "share_below_0_9": x, "median_ms": t, "median_cpu_ms": t, "textbook_mean_iou": x, ...}}}

Run: .venv/bin/python bench/page_detect.py [--set real --set alt-held-out] [--count 300] [--empty 60] [--cache DIR]
     [--per-frame FILE]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import testkit.document_photos as ours_module  # noqa: E402
import testkit.document_photos_alt as alt_module  # noqa: E402
from kiosk_app.digitize.detect import PageDetector, quad_iou  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402
from testkit.document_photos_alt import HELD_OUT_SEEDS, TUNING_SEEDS, AltDocumentPhotos  # noqa: E402

PREVIEW = (1280, 720)  # the kiosk camera's preview frame (devices/options.py CameraCommon)
SMALL = 0.10  # "small document": at most this share of the frame
# ../shared/data/real-documents next to the checkout (a worktree under ../wt/ looks one level further up)
REAL_DIR = next((p / "shared" / "data" / "real-documents" for p in Path(__file__).resolve().parents[1:4]
                 if (p / "shared" / "data" / "real-documents").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "data" / "real-documents")
SETS = ("ours", "alt-held-out", "alt-tuning", "real")


@dataclass
class Frame:
    """One frame to search, its truth (None: no document) and a label for the breakdown."""

    name: str
    image: np.ndarray
    truth: np.ndarray | None
    group: str


@dataclass
class Tally:
    """Figures of one method on one set."""

    ious: list[float] = field(default_factory=list)
    small: list[float] = field(default_factory=list)
    misses: int = 0
    empty: int = 0
    false_detections: int = 0
    times: list[float] = field(default_factory=list)
    cpu_times: list[float] = field(default_factory=list)
    groups: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def add(self, frame: Frame, found: np.ndarray | None, ms: float, cpu_ms: float) -> float | None:
        self.times.append(ms)
        self.cpu_times.append(cpu_ms)
        if frame.truth is None:
            self.empty += 1
            self.false_detections += found is not None
            return None
        iou = quad_iou(found, frame.truth) if found is not None else 0.0
        self.misses += found is None
        self.ious.append(iou)
        self.groups[frame.group].append(iou)
        h, w = frame.image.shape[:2]
        if cv2.contourArea(frame.truth.astype(np.float32)) / (w * h) <= SMALL:
            self.small.append(iou)
        return iou

    def summary(self, prefix: str = "") -> dict[str, float | int | None]:
        def mean(values: list[float]) -> float | None:
            return round(statistics.fmean(values), 4) if values else None
        return {
            f"{prefix}images": len(self.ious), f"{prefix}mean_iou": mean(self.ious), f"{prefix}misses": self.misses,
            f"{prefix}empty_frames": self.empty, f"{prefix}false_detections": self.false_detections,
            f"{prefix}small_images": len(self.small), f"{prefix}small_mean_iou": mean(self.small),
            f"{prefix}share_below_0_9": round(sum(v < 0.9 for v in self.ious) / len(self.ious), 4) if self.ious else None,
            f"{prefix}median_ms": round(statistics.median(self.times), 2) if self.times else None,
            f"{prefix}median_cpu_ms": round(statistics.median(self.cpu_times), 2) if self.cpu_times else None,
        }


def textbook_detect(frame: np.ndarray) -> np.ndarray | None:
    """The textbook method: Canny edges, the largest contour that approximates to four corners."""
    h, w = frame.shape[:2]
    scale = 500.0 / h
    small = cv2.resize(frame, (round(w * scale), 500), interpolation=cv2.INTER_AREA)
    grey = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(grey, 75, 200), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    min_area = 0.02 * small.shape[0] * small.shape[1]
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
        if cv2.contourArea(contour) < min_area:
            break
        approx = cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)
        if len(approx) == 4:
            return np.asarray(approx.reshape(4, 2) / scale, np.float32)
    return None


def preview_scale(width: int, height: int) -> float:
    """Factor that brings a photo to the preview's pixel budget (long side 1280, short side 720 at most)."""
    long_side, short_side = max(width, height), min(width, height)
    return min(PREVIEW[0] / long_side, PREVIEW[1] / short_side)


def real_frames(folder: Path) -> Iterator[Frame]:
    """The real photos scaled to the preview, with their truth scaled alike."""
    truth = json.loads((folder / "truth.json").read_text())
    for name, entry in sorted(truth.items()):
        image = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        if image is None:
            raise FileNotFoundError(folder / name)
        h, w = image.shape[:2]
        s = preview_scale(w, h)
        size = (round(w * s), round(h * s))
        scaled = cv2.resize(image, size, interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
        quad = None
        if entry["quad"] is not None:  # pixel centres scale about the grid origin: (x + 0.5) * s - 0.5
            quad = (np.asarray(entry["quad"], np.float64) + 0.5) * [size[0] / w, size[1] / h] - 0.5
            quad = quad.astype(np.float32)
        yield Frame(name, scaled, quad, str(entry["kind"]).split("/")[-1])


class FrameCache:
    """Generated frames and their truth on disk, keyed by generator, source hash, seed and index.

    A frame is ``<dir>/<generator>-<hash>/<seed>/<key>.png`` (lossless) next to ``<key>.json``
    (``{"truth": [[x, y] x 4] | null, "group": str}``). ``<hash>`` is the SHA-256 (first 16 hex digits)
    of the generator module's source, so editing the generator starts a fresh folder.
    """

    def __init__(self, root: Path | None) -> None:
        self.root = root

    @staticmethod
    def source_hash(module: ModuleType) -> str:
        source = Path(str(module.__file__)).read_bytes()
        return hashlib.sha256(source).hexdigest()[:16]

    def _path(self, generator: str, module: ModuleType, seed: int, key: str) -> Path:
        assert self.root is not None
        return self.root / f"{generator}-{self.source_hash(module)}" / str(seed) / key

    def load(self, generator: str, module: ModuleType, seed: int, key: str, name: str) -> Frame | None:
        """The stored frame, or None when it is not stored (or there is no cache)."""
        if self.root is None:
            return None
        path = self._path(generator, module, seed, key)
        meta, png = path.with_suffix(".json"), path.with_suffix(".png")
        if not (meta.is_file() and png.is_file()):
            return None
        image = cv2.imread(str(png), cv2.IMREAD_COLOR)
        if image is None:
            return None
        entry = json.loads(meta.read_text())
        truth = None if entry["truth"] is None else np.asarray(entry["truth"], np.float32)
        return Frame(name, image, truth, str(entry["group"]))

    def store(self, generator: str, module: ModuleType, seed: int, key: str, frame: Frame) -> None:
        """Keep the frame (a no-op without a cache)."""
        if self.root is None:
            return
        path = self._path(generator, module, seed, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(path.with_suffix(".png")), frame.image)
        truth = None if frame.truth is None else np.asarray(frame.truth, np.float64).tolist()
        path.with_suffix(".json").write_text(json.dumps({"truth": truth, "group": frame.group}))


def ours_frames(count: int, empty: int, seed: int, cache: FrameCache | None = None) -> Iterator[Frame]:
    """Our generator's frames: ``count`` documents, then ``empty`` empty frames (one random stream, so an
    empty frame depends on how many documents were drawn before it: its cache key says so)."""
    cache = cache or FrameCache(None)
    keys = [(f"doc-{i}", f"ours-{i}") for i in range(count)]
    keys += [(f"empty-{i}-after-{count}", f"ours-empty-{i}") for i in range(empty)]
    stored = [cache.load("ours", ours_module, seed, key, name) for key, name in keys]
    if all(frame is not None for frame in stored):
        yield from (frame for frame in stored if frame is not None)
        return
    generator = SyntheticDocumentGenerator(seed)  # one stream: draw them all in order
    for index, ((key, name), frame) in enumerate(zip(keys, stored, strict=True)):
        if index < count:
            photo = generator.document_photo(*PREVIEW)
            drawn = Frame(name, photo.image, photo.corners, photo.background)
        else:
            drawn = Frame(name, generator.empty_frame(*PREVIEW).image, None, "empty")
        if frame is None:
            cache.store("ours", ours_module, seed, key, drawn)
        yield drawn


def alt_frames(seeds: range, count: int, empty: int, cache: FrameCache | None = None) -> Iterator[Frame]:
    """The independent generator's frames, one seed each (independent of each other)."""
    cache = cache or FrameCache(None)
    generator = AltDocumentPhotos(*PREVIEW)
    jobs: list[tuple[int, bool]] = [(seed, False) for seed in seeds[:count]] + [(seed, True) for seed in seeds[:empty]]
    for seed, empty_frame in jobs:
        key = "empty" if empty_frame else "doc"
        name = f"alt-empty-{seed}" if empty_frame else f"alt-{seed}"
        frame = cache.load("alt", alt_module, seed, key, name)
        if frame is None:
            photo = generator.photo(seed, empty=empty_frame)
            frame = Frame(name, photo.image, None if empty_frame else photo.corners,
                          "empty" if empty_frame else f"{photo.kind}/{photo.desk}")
            cache.store("alt", alt_module, seed, key, frame)
        yield frame


def draw_frame(folder: Path, frame: Frame, found: np.ndarray | None, iou: float | None) -> None:
    """Write the frame with its true quad (green) and the detected one (red) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shown = frame.image.copy()
    if frame.truth is not None:
        cv2.polylines(shown, [np.round(frame.truth).astype(np.int32).reshape(-1, 1, 2)], True, (0, 200, 0), 2)
    if found is not None:
        cv2.polylines(shown, [np.round(found).astype(np.int32).reshape(-1, 1, 2)], True, (0, 0, 255), 2)
    label = "false" if iou is None else f"{iou:.3f}"
    cv2.imwrite(str(folder / f"{label}-{Path(frame.name).stem}.jpg"), shown)


def run_set(name: str, frames: Iterator[Frame], verbose: bool, draw: Path | None = None,
            draw_below: float = 0.95, per_frame: dict[str, dict[str, object]] | None = None,
            ) -> dict[str, float | int | None]:
    """Measure the kiosk's detector and the textbook one on ``frames``; each frame's result goes into ``per_frame``
    (frame name -> group, IoU or None on an empty frame, whether something was found) when it is given."""
    detector = PageDetector()
    kiosk, textbook = Tally(), Tally()
    for frame in frames:
        start, cpu = time.perf_counter(), time.process_time()
        found = detector.detect(frame.image)
        ms, cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
        iou = kiosk.add(frame, found.corners if found is not None else None, ms, cpu_ms)
        if per_frame is not None:
            per_frame[frame.name] = {"group": frame.group, "iou": None if iou is None else round(iou, 6),
                                     "found": found is not None}
        if draw is not None and (iou is None and found is not None or iou is not None and iou < draw_below):
            draw_frame(draw / name, frame, found.corners if found is not None else None, iou)
        start, cpu = time.perf_counter(), time.process_time()
        base = textbook_detect(frame.image)
        base_iou = textbook.add(frame, base, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
        if verbose:
            shown = "empty " + ("FALSE DETECTION" if found is not None else "ok") if iou is None else \
                ("MISS" if found is None else f"iou={iou:.3f}") + f" textbook={base_iou:.3f}"
            print(f"  {name:12s} {frame.name:50s} {frame.group:22s} {shown}")
    for group, values in sorted(kiosk.groups.items()):
        print(f"  {name:12s} group {group:28s} n={len(values):4d} mean_iou={statistics.fmean(values):.4f} "
              f"misses={sum(v == 0 for v in values)}")
    result = kiosk.summary() | textbook.summary("textbook_")
    print(f"{name:12s} " + " ".join(f"{k}={v}" for k, v in result.items()))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="a set to measure (repeatable; default: ours, alt-held-out, real)")
    parser.add_argument("--count", type=int, default=300, help="document photos per generated set")
    parser.add_argument("--empty", type=int, default=60, help="empty frames per generated set")
    parser.add_argument("--seed", type=int, default=2026, help="seed of our generator")
    parser.add_argument("--real", type=Path, default=REAL_DIR, help="folder with truth.json and the photos")
    parser.add_argument("--verbose", action="store_true", help="one line per photo")
    parser.add_argument("--draw", type=Path, default=None,
                        help="write frames below --draw-below IoU and false detections, quads drawn, to DIR/<set> "
                             "(never for the held-out set: nobody looks at it)")
    parser.add_argument("--draw-below", type=float, default=0.95, help="IoU below which --draw writes a frame")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder keeping the generated frames between runs (keyed by generator source hash)")
    parser.add_argument("--per-frame", type=Path, default=None,
                        help="write every frame's result to this JSON file, for bench/page_detect_compare.py "
                             "(never the held-out set's)")
    args = parser.parse_args()
    chosen = args.sets or ["ours", "alt-held-out", "real"]
    results: dict[str, dict[str, float | int | None]] = {}
    per_frame: dict[str, dict[str, dict[str, object]]] = {}
    cache = FrameCache(args.cache)
    for name in chosen:
        if name == "ours":
            frames = ours_frames(args.count, args.empty, args.seed, cache)
        elif name == "alt-held-out":
            frames = alt_frames(HELD_OUT_SEEDS, args.count, args.empty, cache)
        elif name == "alt-tuning":
            frames = alt_frames(TUNING_SEEDS, args.count, args.empty, cache)
        else:
            if not (args.real / "truth.json").is_file():
                print(f"no real photos at {args.real}", file=sys.stderr)
                continue
            frames = real_frames(args.real)
        held_out = name == "alt-held-out"  # measured only, never looked at frame by frame
        frame_results = None if held_out or args.per_frame is None else per_frame.setdefault(name, {})
        results[name] = run_set(name, frames, args.verbose, None if held_out else args.draw, args.draw_below,
                                frame_results)
    if args.per_frame is not None:
        args.per_frame.write_text(json.dumps(per_frame, indent=1))
    print(json.dumps({"sets": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
