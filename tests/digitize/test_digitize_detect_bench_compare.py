"""Issue 17: a change to the page detector is judged frame by frame. ``bench/page_detect.py --per-frame`` writes each
frame's result (never the held-out set's) and ``bench/page_detect_compare.py`` lists the frames two runs differ on."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from bench_scripts import load_bench


def _frame(group: str, iou: float | None, found: bool) -> dict[str, object]:
    return {"group": group, "iou": iou, "found": found}


def test_compare_lists_better_and_worse_frames_and_false_detections() -> None:
    compare = load_bench("page_detect_compare")
    before = {"a": _frame("A4/wood", 0.50, True), "b": _frame("DL/light", 0.99, True),
              "c": _frame("ID-1/grey", 0.0, False), "d": _frame("A5/cloth", 0.900, True),
              "e": _frame("empty", None, False), "f": _frame("empty", None, True), "gone": _frame("A4/wood", 0.2, True)}
    after = {"a": _frame("A4/wood", 0.98, True), "b": _frame("DL/light", 0.40, True),
             "c": _frame("ID-1/grey", 0.97, True), "d": _frame("A5/cloth", 0.903, True),
             "e": _frame("empty", None, True), "f": _frame("empty", None, False)}
    figures, lines = compare.compare_set(before, after, 0.005)
    assert figures["frames"] == 6  # "gone" is only in the first run: left out of every figure
    assert (figures["better"], figures["better_sum"]) == (2, pytest.approx(0.48 + 0.97))
    assert (figures["worse"], figures["worse_sum"]) == (1, pytest.approx(-0.59))
    assert (figures["false_appeared"], figures["false_vanished"]) == (1, 1)
    assert figures["mean_before"] == pytest.approx((0.50 + 0.99 + 0.0 + 0.900) / 4, abs=1e-4)
    assert figures["mean_after"] == pytest.approx((0.98 + 0.40 + 0.97 + 0.903) / 4, abs=1e-4)
    assert any(line.startswith("WORSE") and " b " in line for line in lines)
    assert "FALSE DETECTION e" in lines and "false detection gone f" in lines
    assert not any(" d " in line for line in lines)  # 0.003 is within the threshold


def test_per_frame_results_are_written_for_every_set_but_the_held_out_one(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    bench = load_bench("page_detect")
    out = tmp_path / "frames.json"
    monkeypatch.setattr(sys, "argv", ["page_detect.py", "--set", "alt-tuning", "--set", "alt-held-out", "--count", "1",
                                      "--empty", "1", "--cache", str(tmp_path / "cache"), "--per-frame", str(out)])
    assert bench.main() == 0
    written = json.loads(out.read_text())
    assert list(written) == ["alt-tuning"]
    frames = written["alt-tuning"]
    assert set(frames) == {"alt-0", "alt-empty-0"}
    assert frames["alt-empty-0"]["iou"] is None and frames["alt-empty-0"]["group"] == "empty"
    document = frames["alt-0"]
    assert document["found"] and 0.9 < document["iou"] <= 1.0  # alt tuning 0 is found (0.99 on main)
    compare = load_bench("page_detect_compare")
    figures, lines = compare.compare_set(frames, frames, 0.0)
    assert (figures["better"], figures["worse"], lines) == (0, 0, [])
