"""Page detection before and after a change, frame by frame: what ``bench/page_detect.py --per-frame`` wrote twice.

A mean hides a change that helps some frames and hurts others; this lists, per set found in both files:

* the document frames whose IoU rose or fell by more than ``--threshold`` (0.005), with their group;
* the empty frames where a detection appeared (a new false detection) or vanished;
* each set's mean IoU before and after, over the frames both files hold.

A change is worth keeping when no frame is worse and no false detection appears, on every set.
The LAST line is one JSON object: {"sets": {"<set>": {"frames": n, "better": n, "better_sum": x, "worse": n,
"worse_sum": x, "false_appeared": n, "false_vanished": n, "mean_before": x, "mean_after": x}}}

Run: .venv/bin/python bench/page_detect_compare.py BEFORE.json AFTER.json [--threshold 0.005]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

FrameResults = dict[str, dict[str, Any]]  # frame name -> {"group": str, "iou": float | None, "found": bool}


def compare_set(before: FrameResults, after: FrameResults, threshold: float) -> tuple[dict[str, Any], list[str]]:
    """The figures of one set over the frames both hold, and one line per frame that changed."""
    lines: list[str] = []
    better: list[float] = []
    worse: list[float] = []
    appeared = vanished = 0
    shared = [name for name in before if name in after]
    documents = [name for name in shared if before[name]["iou"] is not None]
    for name in shared:
        old, new = before[name], after[name]
        if old["iou"] is None:  # an empty frame: only whether something was found counts
            if new["found"] and not old["found"]:
                appeared += 1
                lines.append(f"FALSE DETECTION {name}")
            elif old["found"] and not new["found"]:
                vanished += 1
                lines.append(f"false detection gone {name}")
            continue
        change = float(new["iou"]) - float(old["iou"])
        if abs(change) > threshold:
            (better if change > 0 else worse).append(change)
            lines.append(f"{'better' if change > 0 else 'WORSE '} {name:24s} {old['group']:22s} "
                         f"{old['iou']:.3f} -> {new['iou']:.3f}")

    def mean(results: FrameResults) -> float | None:
        return round(statistics.fmean(float(results[name]["iou"]) for name in documents), 4) if documents else None

    figures = {"frames": len(shared), "better": len(better), "better_sum": round(sum(better), 3),
               "worse": len(worse), "worse_sum": round(sum(worse), 3), "false_appeared": appeared,
               "false_vanished": vanished, "mean_before": mean(before), "mean_after": mean(after)}
    return figures, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="--per-frame file of the detector before the change")
    parser.add_argument("after", type=Path, help="--per-frame file of the detector after the change")
    parser.add_argument("--threshold", type=float, default=0.005, help="least IoU change that counts")
    args = parser.parse_args()
    before, after = json.loads(args.before.read_text()), json.loads(args.after.read_text())
    results: dict[str, dict[str, Any]] = {}
    for name in before:
        if name not in after:
            print(f"{name}: only in {args.before}", file=sys.stderr)
            continue
        figures, lines = compare_set(before[name], after[name], args.threshold)
        for line in lines:
            print(f"  {name:12s} {line}")
        print(f"{name:12s} " + " ".join(f"{key}={value}" for key, value in figures.items()))
        results[name] = figures
    print(json.dumps({"sets": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
