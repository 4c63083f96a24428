"""The scan step's camera preview image (ui/widgets/scanner.py ``preview_image``), drawn for every frame."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from ui.widgets.scanner import preview_image


def test_preview_keeps_colours_and_fits_like_qt_scaling(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 19 (faster suite): the preview is scaled by OpenCV before Qt sees it; it still shows the frame's
    colours (BGR in, RGB shown), fits the label as Qt's KeepAspectRatio scaling did and can be painted on."""
    frame = np.zeros((720, 1280, 3), np.uint8)
    frame[:, :640] = (200, 100, 30)  # blue-ish in BGR on the left
    frame[:, 640:] = (10, 20, 250)  # red on the right
    image = preview_image(frame, QSize(1100, 700))
    assert image.format() is QImage.Format.Format_RGB32
    assert image.size() == QSize(1280, 720).scaled(QSize(1100, 700), Qt.AspectRatioMode.KeepAspectRatio)
    assert QColor(image.pixel(10, 10)).getRgb() == (30, 100, 200, 255)
    assert QColor(image.pixel(image.width() - 10, 10)).getRgb() == (250, 20, 10, 255)
    del frame  # the image owns its pixels
    assert QColor(image.pixel(10, image.height() - 1)).getRgb() == (30, 100, 200, 255)


def test_grey_frames_and_an_empty_label(qapp) -> None:  # type: ignore[no-untyped-def]
    """A grey frame shows grey; a label not laid out yet (size 0) still gets a valid one-pixel image."""
    image = preview_image(np.full((480, 640), 77, np.uint8), QSize(0, 0))
    assert image.size() == QSize(1, 1) and QColor(image.pixel(0, 0)).getRgb() == (77, 77, 77, 255)
