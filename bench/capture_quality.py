"""Capture quality gate: which captures the kiosk accepts at once, and which it asks the citizen about.

Runs the kiosk's capture processing (``kiosk_app.dossier_form.process_still``: page search on the
still, rectification, the quality checks of ``kiosk_app.digitize.quality`` with the default
thresholds) on

* the real document photos in ``../shared/data/real-documents`` (``truth.json`` says which show a page),
* generated photos (``testkit.document_photos``): ordinary document photos (split by whether the
  generator itself softened them with its random blur or motion blur), the same photos blurred
  hard (Gaussian sigma 4, like a camera out of focus or a page moved during the shot), empty desks,
  and empty desks blurred,

and prints, per set, how many captures pass every check (they are ticked at once) and which checks
fail. "auto" counts the captures auto-capture would take by itself (a page found, whole and large
enough: otherwise the kiosk asks the citizen to move the page and takes nothing), and how many of those
pass. Then ONE JSON object as the last line. Run:
.venv/bin/python bench/capture_quality.py [--real ../shared/data/real-documents] [--generated 60]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.digitize.detect import PageDetector  # noqa: E402
from kiosk_app.digitize.enhance import EnhanceMode  # noqa: E402
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from kiosk_app.dossier_form import process_still  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402

BLUR_SIGMA = 4.0


def problems(image: np.ndarray, settings: DigitizeSettings) -> tuple[list[str], bool]:
    """The failed checks of one capture (as the kiosk processes a manual capture: the still is searched), and
    whether auto-capture would have taken it (a page found, not cut off, not too small)."""
    found = PageDetector(settings).detect(image)
    page = process_still(image, found, settings, EnhanceMode.GREY)
    auto = found is not None and not found.cut_off and found.area_fraction >= settings.min_page_fraction
    return [issue.problem.value for issue in page.issues], auto


class Tally:
    """Passes and failures of one set."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = 0
        self.passed = 0
        self.failures: Counter[str] = Counter()
        self.auto = 0
        self.auto_passed = 0

    def add(self, result: tuple[list[str], bool]) -> None:
        found, auto = result
        self.total += 1
        self.passed += not found
        self.failures.update(found)
        self.auto += auto
        self.auto_passed += auto and not found

    def line(self) -> str:
        share = self.passed / self.total if self.total else 0.0
        return (f"{self.name:24s} n={self.total:3d} pass={self.passed:3d} ({share:.0%}) "
                f"fail={self.total - self.passed:3d} auto={self.auto:3d} auto_pass={self.auto_passed:3d} "
                f"checks={dict(sorted(self.failures.items()))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path,
                        default=Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real-documents")
    parser.add_argument("--generated", type=int, default=60, help="photos per generated set")
    parser.add_argument("--seed", type=int, default=2121)
    args = parser.parse_args()
    settings = DigitizeSettings()
    sets: dict[str, Tally] = {name: Tally(name) for name in (
        "real_document", "real_empty", "generated_document_sharp", "generated_document_soft",
        "generated_blurred", "generated_empty", "generated_empty_blurred")}
    truth_file = args.real / "truth.json"
    if truth_file.is_file():
        truth = json.loads(truth_file.read_text())
        for name, entry in sorted(truth.items()):
            image = cv2.imread(str(args.real / name), cv2.IMREAD_COLOR)
            if image is None:
                continue
            result = problems(image, settings)
            kind = "real_document" if entry["quad"] is not None else "real_empty"
            sets[kind].add(result)
            print(f"  {kind:14s} {name:50s} auto={result[1]!s:5s} {result[0]}")
    else:
        print(f"no real photos at {args.real}", file=sys.stderr)
    generator = SyntheticDocumentGenerator(args.seed)
    for _ in range(args.generated):
        document = generator.document_photo(1280, 720)
        photo = document.image
        soft = any(effect in ("blur", "motion_blur") for effect in document.effects)  # the generator's own defects
        sets["generated_document_soft" if soft else "generated_document_sharp"].add(problems(photo, settings))
        sets["generated_blurred"].add(problems(cv2.GaussianBlur(photo, (0, 0), BLUR_SIGMA), settings))
        empty = generator.empty_frame(1280, 720).image
        sets["generated_empty"].add(problems(empty, settings))
        sets["generated_empty_blurred"].add(problems(cv2.GaussianBlur(empty, (0, 0), BLUR_SIGMA), settings))
    for tally in sets.values():
        print(tally.line())
    summary = {name: {"n": t.total, "pass": t.passed, "fail": t.total - t.passed, "auto": t.auto,
                      "auto_pass": t.auto_passed} for name, t in sets.items()}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
