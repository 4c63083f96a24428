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
pass.

Then the confusion matrix of the checks blur, glare, too small and cut off (``--confusion``, default
on) on variants of every real document photo whose defect is known: the photo as taken (blur expected
only for the six SmartDoc frames that are motion-blurred or out of focus when looked at, at the
camera's own resolution: ``BLURRED_AS_TAKEN``; sd15_bg05_patent001, doubled by a little motion but
legible, counts as sharp), blurred (Gaussian, sigma = the page's width / 250),
cut off (cropped so that a tenth of the page lies beyond the left edge), small (the photo shrunk to a
third of its size in the middle of a canvas of its own border colour) and with a glare spot (a blown-out
ellipse over the page's middle). Per check: true and false positives and negatives. Then ONE JSON
object as the last line. Run:
.venv/bin/python bench/capture_quality.py [--real ../shared/data/real-documents] [--generated 60] [--no-confusion]
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
from kiosk_app.digitize.quality import is_too_small  # noqa: E402
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from kiosk_app.dossier_form import process_still  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402

BLUR_SIGMA = 4.0
CHECKS = ("blur", "glare", "too_small", "cut_off")
#: real photos that are blurred as taken (motion blur or focus), judged by eye on crops at the camera's resolution
BLURRED_AS_TAKEN = frozenset({
    "sd15_bg03_datasheet001_f0108.jpg", "sd15_bg03_patent001_f0106.jpg", "sd15_bg03_tax001_f0120.jpg",
    "sd15_bg05_magazine001_f0046.jpg",
    "sd15_bg05_paper001_f0040.jpg", "sd15_bg05_tax001_f0040.jpg",
})


def variants(name: str, image: np.ndarray, quad: np.ndarray) -> list[tuple[str, np.ndarray, set[str]]]:
    """The photo as taken and four copies with one known defect each: (variant, image, expected failed checks)."""
    h, w = image.shape[:2]
    width = float(np.linalg.norm(quad[1] - quad[0]))
    taken = {"blur"} if name in BLURRED_AS_TAKEN else set()
    blurred = cv2.GaussianBlur(image, (0, 0), max(1.0, width / 250))
    left = int(quad[:, 0].min() + 0.1 * (quad[:, 0].max() - quad[:, 0].min()))
    cut = image[:, left:].copy()
    border = np.median(np.concatenate([image[0], image[-1], image[:, 0], image[:, -1]]), axis=0)
    small = np.empty_like(image)
    small[:] = border.astype(np.uint8)
    shrunk = cv2.resize(image, (w // 3, h // 3), interpolation=cv2.INTER_AREA)
    small[h // 3:h // 3 + shrunk.shape[0], w // 3:w // 3 + shrunk.shape[1]] = shrunk
    glare = image.astype(np.float32)
    spot = np.zeros((h, w), np.float32)
    centre = quad.mean(axis=0)
    axes = (max(4, int(width * 0.18)), max(3, int(width * 0.09)))
    cv2.ellipse(spot, (int(centre[0]), int(centre[1])), axes, 20.0, 0, 360, 1.0, -1)
    spot = cv2.GaussianBlur(spot, (0, 0), max(1.0, width / 100))
    glare = np.clip(glare + 400 * spot[..., None], 0, 255).astype(np.uint8)
    return [("as_taken", image, taken), ("blurred", blurred, taken | {"blur"}), ("cut_off", cut, taken | {"cut_off"}),
            ("small", small, taken | {"too_small"}), ("glare", glare, taken | {"glare"})]


class Confusion:
    """True/false positives/negatives of each check over captures with known defects."""

    def __init__(self) -> None:
        self.cells: dict[str, Counter[str]] = {check: Counter() for check in CHECKS}
        self.no_page = 0

    def add(self, failed: list[str], expected: set[str]) -> None:
        self.no_page += "no_page" in failed
        for check in CHECKS:
            fired, wanted = check in failed, check in expected
            self.cells[check]["tp" if fired and wanted else "fp" if fired else "fn" if wanted else "tn"] += 1

    def lines(self) -> list[str]:
        return [f"confusion {check:10s} " + " ".join(f"{k}={self.cells[check][k]:3d}" for k in ("tp", "fn", "fp", "tn"))
                for check in CHECKS] + [f"confusion no_page    (no page found at all) {self.no_page}"]


def problems(image: np.ndarray, settings: DigitizeSettings) -> tuple[list[str], bool]:
    """The failed checks of one capture (as the kiosk processes a manual capture: the still is searched), and
    whether auto-capture would have taken it (a page found, not cut off, not too small)."""
    found = PageDetector(settings).detect(image)
    page = process_still(image, found, settings, EnhanceMode.GREY)
    auto = found is not None and not found.cut_off and not is_too_small(found, settings)
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
    # ../shared/data/real-documents next to the checkout (a worktree under ../wt/ looks one level further up)
    real = next((p / "shared" / "data" / "real-documents" for p in Path(__file__).resolve().parents[1:4]
                 if (p / "shared" / "data" / "real-documents").is_dir()),
                Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real-documents")
    parser.add_argument("--real", type=Path, default=real)
    parser.add_argument("--generated", type=int, default=60, help="photos per generated set")
    parser.add_argument("--seed", type=int, default=2121)
    parser.add_argument("--no-confusion", dest="confusion", action="store_false",
                        help="skip the confusion matrix on the real photos' variants")
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
    confusion = Confusion()
    if args.confusion and truth_file.is_file():
        for name, entry in sorted(json.loads(truth_file.read_text()).items()):
            if entry["quad"] is None:
                continue
            image = cv2.imread(str(args.real / name), cv2.IMREAD_COLOR)
            for variant, copy, expected in variants(name, image, np.asarray(entry["quad"], np.float32)):
                failed = problems(copy, settings)[0]
                confusion.add(failed, expected)
                print(f"  variant {variant:9s} {name:48s} expected={sorted(expected)} failed={failed}")
    for tally in sets.values():
        print(tally.line())
    for line in confusion.lines():
        print(line)
    summary: dict[str, object] = {name: {"n": t.total, "pass": t.passed, "fail": t.total - t.passed, "auto": t.auto,
                                         "auto_pass": t.auto_passed} for name, t in sets.items()}
    summary["confusion"] = {check: dict(cells) for check, cells in confusion.cells.items()} | {
        "no_page": confusion.no_page}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
