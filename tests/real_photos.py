"""The developers' real document photos (tests/digitize/data/real-documents) as the kiosk's preview shows them."""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

REAL = Path(__file__).resolve().parent / "digitize" / "data" / "real-documents"
PREVIEW = (1280, 720)  # the kiosk camera's preview frame, as bench/page_detect.py scales the real photos


def real_preview(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The photo scaled (INTER_AREA) to the preview's pixel budget, its aspect kept, and its true corners scaled alike."""
    still = cv2.imread(str(REAL / name), cv2.IMREAD_COLOR)
    assert still is not None, name
    height, width = still.shape[:2]
    scale = min(PREVIEW[0] / max(width, height), PREVIEW[1] / min(width, height))
    size = (round(width * scale), round(height * scale))
    frame = cv2.resize(still, size, interpolation=cv2.INTER_AREA)
    truth = json.loads((REAL / "truth.json").read_text())[name]["quad"]
    return frame, (np.asarray(truth, np.float64) + 0.5) * [size[0] / width, size[1] / height] - 0.5
