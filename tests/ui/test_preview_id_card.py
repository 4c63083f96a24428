"""The screenshot of the scan step detecting a small ID card (issue 17): the frame it shows and its outline."""
from __future__ import annotations

import cv2
import numpy as np
from pytestqt.qtbot import QtBot

from kiosk_app.digitize.capture import CaptureState
from kiosk_app.digitize.detect import PageDetector
from kiosk_app.digitize.quality import is_too_small
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.flow import KioskFlow
from ui.preview import id_card_frame


def _iou(a: np.ndarray, b: np.ndarray, size: tuple[int, int]) -> float:
    masks = []
    for quad in (a, b):
        mask = np.zeros(size[::-1], np.uint8)
        cv2.fillPoly(mask, [np.round(quad).astype(np.int32)], 1)
        masks.append(mask.astype(bool))
    return float((masks[0] & masks[1]).sum() / (masks[0] | masks[1]).sum())


def test_small_id_card_of_the_screenshot_is_found_where_it_lies() -> None:
    """Issue 17: the ID card of the screenshot covers 5-10 % of the preview frame, the kiosk's detector outlines it
    (IoU with its true corners > 0.9) and it is large enough to be captured."""
    frame, corners = id_card_frame()
    size = (frame.shape[1], frame.shape[0])
    assert 0.05 <= cv2.contourArea(corners) / (size[0] * size[1]) <= 0.10
    settings = DigitizeSettings()
    found = PageDetector(settings).detect(frame)
    assert found is not None and not found.cut_off
    assert _iou(found.corners, corners, size) > 0.9
    assert not is_too_small(found, settings)


def test_scan_widget_shows_the_frame_with_the_card_outlined(qtbot: QtBot, flow: KioskFlow) -> None:
    """Issue 17: ScanWidget.show_frame (what ``kiosk screenshots`` uses) detects the card and shows it as a page
    being held (not "move the page": the card is not too small)."""
    from ui.widgets.scanner import ScanWidget

    widget = ScanWidget(flow, lambda: flow.session.submission.scans)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    found = widget.show_frame(id_card_frame()[0])
    assert found is not None
    assert widget._state is CaptureState.MOVING  # noqa: SLF001 - the state the outline's colour follows
    assert widget.preview.pixmap() is not None and not widget.preview.pixmap().isNull()
