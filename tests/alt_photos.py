"""The independent generator's tuning photos in detector tests: how well the kiosk's detector finds one."""
from __future__ import annotations

import numpy as np

from kiosk_app.digitize.detect import PageDetector, quad_iou
from testkit.document_photos_alt import TUNING_SEEDS, AltDocumentPhotos


def tuning_photo_iou(seed: int, kind: str | None = None, desk: str | None = None) -> float:
    """IoU of the detector's page with the truth of tuning photo ``seed`` at the 1280x720 preview (0.0: nothing found),
    after checking that the seed is a tuning seed and the photo shows a document of ``kind`` on a ``desk`` when given
    (the case a test names is the one it runs)."""
    assert seed in TUNING_SEEDS
    photo = AltDocumentPhotos(1280, 720).photo(seed)
    assert photo.corners is not None
    assert kind is None or photo.kind == kind
    assert desk is None or photo.desk == desk
    found = PageDetector().detect(photo.image)
    return 0.0 if found is None else quad_iou(found.corners, np.asarray(photo.corners))
