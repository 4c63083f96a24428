"""Benchmark: QR decoders side by side on generated kiosk captures and on real photos, in one run.

Run: .venv/bin/python bench/qr_decode.py [--images N] [--stills N] [--seed S] [--real DIR] [--stages]

Three sets:
- ``generated``: captures from ``testkit/qr_captures.py`` (1280x720 preview frames: receipts, ID
  cards, phones);
- ``id-card stills``: the backs of chip ID cards photographed at the still's full resolution
  (1920x1080, ``testkit/document_photos.py``), read as the kiosk's ID card mode reads them: the card
  found by the page detector and rectified, then the whole still (``read_card_back``);
- ``real``: the photos in ``../shared/data/qr-photos/`` (zxing-cpp's sample photos, Apache-2.0; found
  by walking up from the repository, or ``--real DIR``), decoded at their full resolution as the kiosk
  decodes a still (an ID card's QR is read from the full-resolution still, not the preview). Reported
  per folder (``kind`` in its ``truth.json``) and per half of a fixed split by file name (``a``/``b``)
  so that a change tuned on one half can be checked on the other.

A frame counts as read when every expected payload is among the decoded texts, compared exactly
(control characters, charset). A wrong payload (a decoded text that is not an expected one) is
counted apart from misses. ``--stages`` also runs every stage of the kiosk pipeline alone on every
frame: what each stage reads, what only it reads, and what it costs, on both sets side by side.

It also times the kiosk pipeline on preview frames without a code (``--empty``), where every stage runs.

Prints readable tables and, as the LAST line, one JSON object:
{"generated": {"images": N, "decoders": {"zxing-cpp": {"rate", "wrong", "median_ms", "p90_ms"}, ...}},
 "real": {"images": N, "decoders": {... plus "by_kind": {folder: rate}}}, "kiosk_not_worse_per_folder": bool}
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devices.qr.decoders import QrDecoder, make_decoder  # noqa: E402
from devices.qr.decoders.pipeline import DEFAULT_STAGES, KioskQrPipeline, candidate_stages  # noqa: E402
from devices.qr.decoders.zxing_decoder import read_payloads  # noqa: E402
from testkit.qr_captures import QrCapture, generate_set  # noqa: E402

DECODERS = ("pyzbar", "zxing-cpp", "opencv", "opencv-aruco", "kiosk")
REAL_SET = Path("shared/data/qr-photos")


@dataclass(frozen=True)
class Frame:
    """One image to decode, the payloads it holds, its category and split half."""

    name: str
    image: np.ndarray
    expected: frozenset[str]
    kind: str
    half: str = ""
    capture: QrCapture | None = None
    views: tuple[np.ndarray, ...] = ()  # when set: decoded in this order, the first view with a code counts


@dataclass
class Tally:
    """One decoder's results on one set."""

    read: collections.Counter[str] = field(default_factory=collections.Counter)  # by kind
    wrong: int = 0
    wrong_frames: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)


def half_of(name: str) -> str:
    """A fixed split of the real photos by a hash of the file name: ``a`` or ``b``."""
    return "ab"[hashlib.sha256(name.encode()).digest()[0] % 2]


def find_real_set(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / REAL_SET / "truth.json").is_file():
            return folder / REAL_SET
    return None


def real_frames(folder: Path) -> Iterator[Frame]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    for name, entry in sorted(truth.items()):
        image = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        if image is None:
            raise SystemExit(f"cannot read {folder / name}")
        texts = entry["texts"] if "texts" in entry else [entry["text"]]
        yield Frame(name, image, frozenset(texts), entry["kind"], half_of(name))


def generated_frames(count: int, seed: int) -> Iterator[Frame]:
    for index, capture in zip(range(count), generate_set(count, seed), strict=False):
        yield Frame(f"capture-{index}", capture.image, frozenset([capture.payload]), capture.kind, capture=capture)


def still_frames(count: int, seed: int) -> Iterator[Frame]:
    """ID card backs at full resolution, each with the views the kiosk decodes: rectified card, then still."""
    from kiosk_app.digitize.detect import PageDetector  # noqa: PLC0415 - only this set needs the app
    from kiosk_app.digitize.id_card import rectify_card  # noqa: PLC0415
    from testkit.document_photos import SyntheticDocumentGenerator  # noqa: PLC0415

    generator, detector = SyntheticDocumentGenerator(seed), PageDetector()
    for index in range(count):
        photo = generator.id_card_photo("back", 1920, 1080)
        found = detector.detect(photo.image)
        views = ((rectify_card(photo.image, found.corners),) if found is not None else ()) + (photo.image,)
        assert photo.payload is not None
        yield Frame(f"still-{index}", photo.image, frozenset([photo.payload]), str(photo.background), views=views)


def empty_frame_times(count: int, seed: int) -> dict[str, float]:
    """Median ms of the kiosk pipeline on preview frames without a code (desks, lighting, noise): every stage
    runs on them, and the camera reader runs the full cascade on every few preview frames."""
    from testkit.document_photos import SyntheticDocumentGenerator  # noqa: PLC0415

    generator, pipeline = SyntheticDocumentGenerator(seed), KioskQrPipeline()
    full, quick, cpu = [], [], []
    for _ in range(count):
        image = generator.empty_frame(1280, 720).image
        t0, c0 = time.perf_counter(), time.process_time()
        assert pipeline.decode(image) == []
        t1, c1 = time.perf_counter(), time.process_time()
        pipeline.decode_quick(image)
        full.append((t1 - t0) * 1000)
        cpu.append((c1 - c0) * 1000)
        quick.append((time.perf_counter() - t1) * 1000)
    times = {"full_median_ms": round(statistics.median(full), 1), "full_cpu_median_ms": round(statistics.median(cpu), 1),
             "quick_median_ms": round(statistics.median(quick), 1)}
    print(f"\n== {count} preview frames without a code (1280x720): kiosk full cascade median "
          f"{times['full_median_ms']} ms ({times['full_cpu_median_ms']} ms CPU, all threads), "
          f"quick stages median {times['quick_median_ms']} ms")
    return times


def decode_frame(decoder: QrDecoder, frame: Frame) -> set[str]:
    """What a decoder reads from a frame: its image, or its views in order until one holds a code."""
    for view in frame.views or (frame.image,):
        texts = {r.text for r in decoder.decode(view)}
        if texts:
            return texts
    return set()


def oracle_reads(capture: QrCapture) -> bool:
    """Could anything read this frame? Uses the ground truth: rectify the code from its known corners,
    enlarge it, and try several enhancements with zxing-cpp and ZBar. Only to explain the misses."""
    gray = cv2.cvtColor(capture.image, cv2.COLOR_BGR2GRAY)
    side, margin = 480, 80
    target = np.array([[margin, margin], [margin + side, margin], [margin + side, margin + side],
                       [margin, margin + side]], np.float32)
    homography = cv2.getPerspectiveTransform(capture.corners.astype(np.float32), target)
    square = cv2.warpPerspective(gray, homography, (side + 2 * margin,) * 2, flags=cv2.INTER_CUBIC,
                                 borderValue=255)
    variants = [square]
    for sigma, amount in ((3, 1.0), (5, 2.0), (8, 3.0)):
        variants.append(cv2.addWeighted(square, 1 + amount, cv2.GaussianBlur(square, (0, 0), sigma), -amount, 0))
    variants.append(cv2.threshold(cv2.GaussianBlur(square, (0, 0), 3), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1])
    variants.append(cv2.adaptiveThreshold(square, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 3))
    zbar = make_decoder("pyzbar")
    for variant in variants:
        for binarizer in (zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram):
            if any(code.text == capture.payload for code in read_payloads(variant, binarizer=binarizer)):
                return True
        if any(r.text == capture.payload for r in zbar.decode(variant)):
            return True
    return False


def judge(frame: Frame, texts: set[str], tally: Tally) -> bool:
    """Count one decoder's texts on one frame; True when every expected payload was read."""
    read = frame.expected <= texts
    if read:
        tally.read[frame.kind] += 1
    else:
        tally.missed.append(frame.name)
    if texts - frame.expected:
        tally.wrong += 1
        tally.wrong_frames.append(frame.name)
    return read


def run_set(label: str, frames: list[Frame], decoders: dict[str, QrDecoder]) -> dict[str, object]:
    """Every decoder on every frame of one set; prints the table, returns the set's JSON summary."""
    kiosk = decoders["kiosk"]
    assert isinstance(kiosk, KioskQrPipeline)
    tallies = {name: Tally() for name in decoders}
    halves: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    kinds = collections.Counter(frame.kind for frame in frames)
    half_sizes = collections.Counter(frame.half for frame in frames)
    stages = collections.Counter[str]()
    kiosk_missed = oracle_rescued = 0
    for frame in frames:
        for name, decoder in decoders.items():
            t0 = time.perf_counter()
            texts = decode_frame(decoder, frame)
            tallies[name].times.append((time.perf_counter() - t0) * 1000)
            if judge(frame, texts, tallies[name]) and frame.half:
                halves[name][frame.half] += 1
        stages[kiosk.last_stage or "none"] += 1
        if kiosk.last_stage is None and frame.capture is not None:
            kiosk_missed += 1
            oracle_rescued += oracle_reads(frame.capture)

    n = len(frames)
    summary: dict[str, dict[str, object]] = {}
    print(f"\n== {label}: {n} frames {dict(sorted(kinds.items()))}")
    print(f"{'decoder':14} {'rate':>6} {'read':>5} {'wrong':>5} {'median ms':>9} {'p90 ms':>7}  per kind")
    for name, tally in tallies.items():
        read = sum(tally.read.values())
        by_kind = {k: round(tally.read[k] / kinds[k], 4) for k in sorted(kinds)}
        entry: dict[str, object] = {
            "rate": round(read / n, 4), "read": read, "wrong": tally.wrong,
            "median_ms": round(statistics.median(tally.times), 2),
            "p90_ms": round(float(np.percentile(tally.times, 90)), 2), "by_kind": by_kind}
        if half_sizes.get("a"):
            entry["by_half"] = {h: round(halves[name][h] / half_sizes[h], 4) for h in sorted(half_sizes)}
        summary[name] = entry
        per_kind = " ".join(f"{k}={tally.read[k]}/{kinds[k]}" for k in sorted(kinds))
        print(f"{name:14} {entry['rate']:6.3f} {read:5d} {tally.wrong:5d} {entry['median_ms']:9.2f} "
              f"{entry['p90_ms']:7.2f}  {per_kind}")
    if half_sizes.get("a"):
        print("by half of the split:", {name: e["by_half"] for name, e in summary.items()})
    print("kiosk pipeline: frames finished by stage:", dict(stages))
    print("kiosk misses:", tallies["kiosk"].missed)
    if any(t.wrong for t in tallies.values()):
        print("wrong payloads:", {name: t.wrong_frames for name, t in tallies.items() if t.wrong})
    if kiosk_missed:
        print(f"kiosk misses {kiosk_missed} generated frames; knowing where the code is (ground-truth "
              f"rectification, enhancements, two decoders) reads {oracle_rescued} of them")
    zxing, ours = tallies["zxing-cpp"], tallies["kiosk"]
    worse = [k for k in sorted(kinds) if ours.read[k] < zxing.read[k]]
    print(f"kiosk not worse than zxing-cpp alone on every {label} kind: {not worse}" + (f" (worse on {worse})" if worse else ""))
    return {"images": n, "decoders": summary, "kiosk_worse_kinds": worse}


def stage_contributions(sets: dict[str, list[Frame]]) -> dict[str, dict[str, dict[str, float]]]:
    """Every candidate stage alone on every frame of each set: reads, reads no other stage makes, and
    median ms; and which frames each stage adds to the cascade of the stages before it."""
    stages = candidate_stages()
    table: dict[str, dict[str, dict[str, float]]] = {}
    for label, frames in sets.items():
        reads: dict[str, set[str]] = {}
        times: dict[str, list[float]] = collections.defaultdict(list)
        for stage in stages:
            alone = KioskQrPipeline([stage])
            reads[stage.name] = set()
            for frame in frames:
                t0 = time.perf_counter()
                texts = decode_frame(alone, frame)
                times[stage.name].append((time.perf_counter() - t0) * 1000)
                if frame.expected <= texts:
                    reads[stage.name].add(frame.name)
        table[label] = {}
        kept: set[str] = set()
        for name, frames_read in reads.items():
            others = set().union(*(r for other, r in reads.items() if other != name))
            table[label][name] = {"reads": len(frames_read), "only": len(frames_read - others),
                                  "adds": len(frames_read - kept) if name in DEFAULT_STAGES else 0,
                                  "median_ms": round(statistics.median(times[name]), 2)}
            if name in DEFAULT_STAGES:
                kept |= frames_read
    print("\n== candidate stages alone: reads / reads no other candidate makes / frames it adds to the default"
          " cascade before it / median ms per frame; * = in the default pipeline")
    labels = list(sets)
    print(f"{'stage':26}" + "".join(f"{label:>32}" for label in labels))
    for stage in stages:
        cells = "".join(f"{table[label][stage.name]['reads']:>10} {table[label][stage.name]['only']:>5} "
                        f"{table[label][stage.name]['adds']:>5} {table[label][stage.name]['median_ms']:>10.2f}"
                        for label in labels)
        print(f"{stage.name + ('*' if stage.name in DEFAULT_STAGES else ''):26}{cells}")
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=501, help="generated captures (0: none)")
    parser.add_argument("--stills", type=int, default=20, help="ID card stills at full resolution (0: none)")
    parser.add_argument("--empty", type=int, default=10, help="preview frames without a code, timed (0: none)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--real", type=Path, default=None, help="folder of real photos with truth.json")
    parser.add_argument("--no-real", action="store_true", help="skip the real photos")
    parser.add_argument("--stages", action="store_true", help="also measure every kiosk stage alone")
    args = parser.parse_args()

    started = time.time()
    decoders = {name: make_decoder(name) for name in DECODERS}
    sets: dict[str, list[Frame]] = {}
    if args.images:
        sets["generated"] = list(generated_frames(args.images, args.seed))
    if args.stills:
        sets["id-card stills"] = list(still_frames(args.stills, args.seed))
    real_dir = args.real or find_real_set(Path(__file__).resolve().parents[1])
    if args.no_real:
        pass
    elif real_dir is None:
        print(f"no real photos found ({REAL_SET} above the repository; pass --real DIR)")
    else:
        sets["real"] = list(real_frames(real_dir))
        print(f"real photos: {real_dir}")
    report: dict[str, object] = {label: run_set(label, frames, decoders) for label, frames in sets.items()}
    if args.empty:
        report["no_code_frames"] = empty_frame_times(args.empty, args.seed)
    if args.stages:
        report["stages"] = stage_contributions(sets)
    if "real" in report and not args.no_real:
        real = report["real"]
        assert isinstance(real, dict)
        report["kiosk_not_worse_per_folder"] = not real["kiosk_worse_kinds"]
    print(f"\ntotal {time.time() - started:.0f} s")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
