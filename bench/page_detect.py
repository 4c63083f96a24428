"""Page-detection benchmark: accuracy (Jaccard index) and speed on synthetic 1280x720 photos.

Generates N document photos with ground-truth corners (all backgrounds, perspective, rotation,
shadows, glare, thumbs, blur, JPEG noise) and M empty frames from a fixed seed, runs PageDetector on
each, and prints per-background figures, then ONE JSON object as the last line:
{"images": N, "mean_iou": x, "share_below_0_9": x, "empty_frames": n, "false_detections": n, "median_ms": t}

A missed page counts as IoU 0. Run: .venv/bin/python bench/page_detect.py [--images 300] [--empty 60]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.digitize.detect import PageDetector, quad_iou  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--empty", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    generator = SyntheticDocumentGenerator(args.seed)
    detector = PageDetector()
    ious: list[float] = []
    times: list[float] = []
    by_background: dict[str, list[float]] = defaultdict(list)
    by_effect: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.images):
        photo = generator.document_photo(1280, 720)
        assert photo.corners is not None  # a document photo always carries its page's corners
        start = time.perf_counter()
        found = detector.detect(photo.image)
        times.append((time.perf_counter() - start) * 1000)
        iou = quad_iou(found.corners, photo.corners) if found is not None else 0.0
        ious.append(iou)
        by_background[photo.background].append(iou)
        for effect in photo.effects:
            by_effect[effect.rstrip("0123456789")].append(iou)
    false_detections = 0
    for _ in range(args.empty):
        frame = generator.empty_frame(1280, 720)
        start = time.perf_counter()
        found = detector.detect(frame.image)
        times.append((time.perf_counter() - start) * 1000)
        false_detections += found is not None
    for name, values in sorted(by_background.items()):
        print(f"background {name:10s} n={len(values):4d} mean_iou={statistics.fmean(values):.4f} "
              f"below_0.9={sum(v < 0.9 for v in values)}")
    for name, values in sorted(by_effect.items()):
        print(f"effect     {name:12s} n={len(values):4d} mean_iou={statistics.fmean(values):.4f}")
    result = {
        "images": len(ious),
        "mean_iou": round(statistics.fmean(ious), 4),
        "share_below_0_9": round(sum(v < 0.9 for v in ious) / len(ious), 4),
        "empty_frames": args.empty,
        "false_detections": false_detections,
        "median_ms": round(statistics.median(times), 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
