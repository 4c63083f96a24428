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
on), side by side on three sets: every real document photo, photos of our generator
(``testkit.document_photos``, seed ``--seed``) and of the independent one (``testkit.document_photos_alt``,
held-out seeds), ``--variants`` of each generated set. Each photo gives five captures whose defects
are known by construction, and the labels are defined so:

* *as taken*: the photo itself. Blur: expected for the six real SmartDoc frames that are motion-blurred
  or out of focus when looked at, at the camera's own resolution (``BLURRED_AS_TAKEN``;
  sd15_bg05_patent001, doubled by a little motion but legible, counts as sharp); on generated photos
  softened by the generator (its "blur"/"motion_blur" effects, often still legible) the blur check is
  not scored, nor the glare check on photos with the generator's "glare" (a soft lamp reflection, blown
  out or not). Cut off: expected when the true corners lie within 3 px of the frame's edge or beyond;
* *blurred*: Gaussian, sigma = the page's width / 250 (blur expected);
* *cut off*: cropped so that a tenth of the page lies beyond the left edge (cut off expected);
* *small*: the photo shrunk to a third of its size in the middle of a canvas of its own border colour.
  Too small is expected when the document, at its TRUE paper size (A4/letter/A5 pages, the ID cards
  85.6 x 54 mm, a receipt 80 mm wide), is seen at fewer pixels per millimetre than an A4 page covering
  ``min_page_fraction`` (20 %) of the frame: at 1280x720 that is 1.9 px/mm, an x-height of 3.5 px for
  10-point text, below what can be read. An ID card shrunk so stays legible and is not expected to fail;
* *glare*: a blown-out ellipse (18 % x 9 % of the page's width) over the page's middle, where the text is
  (glare expected).

The check's own decision uses the detected corners and the paper size guessed from their shape; the
label uses the true corners and the true size. Per check: true and false positives and negatives. Then
ONE JSON object as the last line. Run:
.venv/bin/python bench/capture_quality.py [--real ../shared/data/real-documents] [--generated 60] [--variants 30]
[--no-confusion]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.digitize.detect import PageDetector  # noqa: E402
from kiosk_app.digitize.enhance import EnhanceMode  # noqa: E402
from kiosk_app.digitize.quality import is_too_small  # noqa: E402
from kiosk_app.digitize.rectify import PageSize, guess_page_size  # noqa: E402
from kiosk_app.digitize.settings import DigitizeSettings  # noqa: E402
from kiosk_app.dossier_form import process_still  # noqa: E402
from testkit.document_photos import SyntheticDocumentGenerator  # noqa: E402
from testkit.document_photos_alt import (  # noqa: E402
    DOCUMENTS_MM,
    HELD_OUT_SEEDS,
    AltDocumentPhotos,
    order_clockwise_from_min_sum,
)

BLUR_SIGMA = 4.0
CHECKS = ("blur", "glare", "too_small", "cut_off")
#: real photos that are blurred as taken (motion blur or focus), judged by eye on crops at the camera's resolution
BLURRED_AS_TAKEN = frozenset({
    "sd15_bg03_datasheet001_f0108.jpg", "sd15_bg03_patent001_f0106.jpg", "sd15_bg03_tax001_f0120.jpg",
    "sd15_bg05_magazine001_f0046.jpg",
    "sd15_bg05_paper001_f0040.jpg", "sd15_bg05_tax001_f0040.jpg",
})


#: "don't score this check" on a capture (the label is not known)
Labels = tuple[set[str], set[str]]  # (expected to fail, not scored)


def true_paper_mm(name: str, kind: str, quad: np.ndarray) -> tuple[float, float]:
    """(width, height) in millimetres of a real or generated document: ID cards and receipts by what they
    are, pages the standard size their shape is closest to."""
    q = np.asarray(quad, np.float32)
    a = float(np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    b = float(np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    ratio = max(a, b) / max(1.0, min(a, b))
    if "card" in name or "card" in kind or kind == "ID-1":
        return PageSize.ID1.mm
    if "receipt" in name or "receipt" in kind:
        return 80.0, 80.0 * ratio
    if kind in DOCUMENTS_MM:
        return DOCUMENTS_MM[kind]
    return guess_page_size(q).mm


def truly_too_small(quad: np.ndarray, frame: tuple[int, int], paper_mm: tuple[float, float]) -> bool:
    """Whether the document is seen at fewer pixels per millimetre than an A4 page covering ``min_page_fraction``."""
    area = abs(float(cv2.contourArea(np.asarray(quad, np.float32).reshape(-1, 1, 2)))) / float(frame[0] * frame[1])
    a4 = PageSize.A4.mm[0] * PageSize.A4.mm[1]
    return area * a4 / (paper_mm[0] * paper_mm[1]) < DigitizeSettings().min_page_fraction


def truly_cut_off(quad: np.ndarray, frame: tuple[int, int], margin: float = 3.0) -> bool:
    """Whether the true corners touch the frame's edge or lie beyond it."""
    q = np.asarray(quad, np.float32)
    return bool((q[:, 0] < margin).any() or (q[:, 1] < margin).any() or (q[:, 0] > frame[0] - 1 - margin).any()
                or (q[:, 1] > frame[1] - 1 - margin).any())


def variants(name: str, image: np.ndarray, quad: np.ndarray, kind: str = "", taken: Labels | None = None
             ) -> list[tuple[str, np.ndarray, Labels]]:
    """The photo as taken and four copies with one known defect each: (variant, image, (expected, not scored))."""
    h, w = image.shape[:2]
    width = float(np.linalg.norm(quad[1] - quad[0]))
    paper = true_paper_mm(name, kind, quad)
    expected, unscored = taken or ({"blur"} if name in BLURRED_AS_TAKEN else set(), set())
    expected = set(expected) | ({"cut_off"} if truly_cut_off(quad, (w, h)) else set()) \
        | ({"too_small"} if truly_too_small(quad, (w, h), paper) else set())
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
    small_quad = np.asarray(quad, np.float32) / 3 + np.array([w // 3, h // 3], np.float32)
    shrunk_expected = (expected - {"too_small"}) | ({"too_small"} if truly_too_small(small_quad, (w, h), paper) else set())
    soft = unscored - {"glare"}  # the generator's glare is gone from no copy, its softness stays in every one
    return [("as_taken", image, (expected, unscored)), ("blurred", blurred, (expected | {"blur"}, unscored - {"blur"})),
            ("cut_off", cut, (expected | {"cut_off"}, unscored)), ("small", small, (shrunk_expected, unscored)),
            ("glare", glare, (expected | {"glare"}, soft))]


class Confusion:
    """True/false positives/negatives of each check over captures with known defects."""

    def __init__(self) -> None:
        self.cells: dict[str, Counter[str]] = {check: Counter() for check in CHECKS}
        self.no_page = 0

    def add(self, failed: list[str], expected: set[str], unscored: set[str] | None = None) -> None:
        self.no_page += "no_page" in failed
        for check in CHECKS:
            if unscored and check in unscored and check not in expected:
                continue
            fired, wanted = check in failed, check in expected
            self.cells[check]["tp" if fired and wanted else "fp" if fired else "fn" if wanted else "tn"] += 1

    def row(self, check: str) -> str:
        return " ".join(f"{k}={self.cells[check][k]:3d}" for k in ("tp", "fn", "fp", "tn"))


def confusion_lines(sets: dict[str, Confusion]) -> list[str]:
    """One line per check with every set side by side, then the captures where no page was found."""
    return [f"confusion {check:10s} " + " | ".join(f"{name}: {c.row(check)}" for name, c in sets.items())
            for check in CHECKS] + ["confusion no_page    " + " | ".join(f"{name}: {c.no_page}" for name, c in sets.items())]


def generated_cases(count: int, seed: int) -> Iterator[tuple[str, str, np.ndarray, np.ndarray, str, Labels]]:
    """(set, name, image, true corners, kind, as-taken labels) of photos of both generators (1280x720)."""
    ours = SyntheticDocumentGenerator(seed)
    made = 0
    while made < count:
        photo = ours.document_photo(1280, 720)
        if photo.corners is None:
            continue
        made += 1
        unscored = ({"blur"} if {"blur", "motion_blur"} & set(photo.effects) else set()) | (
            {"glare"} if "glare" in photo.effects else set())
        yield "ours", f"ours-{made}", photo.image, photo.corners, str(photo.page_size), (set(), unscored)
    alt = AltDocumentPhotos(1280, 720)
    made = 0
    for alt_seed in HELD_OUT_SEEDS:
        if made >= count:
            break
        shot = alt.photo(alt_seed)
        if shot.corners is None:
            continue
        made += 1
        unscored = ({"blur"} if {"defocus", "shake"} & set(shot.effects) else set()) | (
            {"glare"} if "glare" in shot.effects else set())
        yield "alt", f"alt-{alt_seed}", shot.image, order_clockwise_from_min_sum(shot.corners), str(shot.kind), (
            set(), unscored)


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
    parser.add_argument("--variants", type=int, default=30, help="photos per generator for the confusion matrix")
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
    confusions = {name: Confusion() for name in ("real", "ours", "alt")}

    def score(set_name: str, name: str, image: np.ndarray, quad: np.ndarray, kind: str, taken: Labels | None) -> None:
        for variant, copy, (expected, unscored) in variants(name, image, quad, kind, taken):
            failed = problems(copy, settings)[0]
            confusions[set_name].add(failed, expected, unscored)
            print(f"  variant {set_name:4s} {variant:9s} {name:48s} expected={sorted(expected)} "
                  f"unscored={sorted(unscored - expected)} failed={failed}")

    if args.confusion and truth_file.is_file():
        for name, entry in sorted(json.loads(truth_file.read_text()).items()):
            if entry["quad"] is None:
                continue
            image = cv2.imread(str(args.real / name), cv2.IMREAD_COLOR)
            score("real", name, image, np.asarray(entry["quad"], np.float32), str(entry["kind"]), None)
    if args.confusion:
        for set_name, name, image, quad, kind, taken in generated_cases(args.variants, args.seed):
            score(set_name, name, image, np.asarray(quad, np.float32), kind, taken)
    for tally in sets.values():
        print(tally.line())
    for line in confusion_lines(confusions):
        print(line)
    summary: dict[str, object] = {name: {"n": t.total, "pass": t.passed, "fail": t.total - t.passed, "auto": t.auto,
                                         "auto_pass": t.auto_passed} for name, t in sets.items()}
    summary["confusion"] = {name: {check: dict(cells) for check, cells in c.cells.items()} | {"no_page": c.no_page}
                            for name, c in confusions.items()}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
