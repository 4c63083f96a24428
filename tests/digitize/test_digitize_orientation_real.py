"""Orientation on the real photos (issue 17, part 3): an upright page is never turned.

The developers' real photos are in the repository at the kiosk's still resolution (tests/digitize/data/real-documents,
see its README); each document is rectified from its true corners as the kiosk rectifies a still
(``page_size_for`` with the camera's view width unknown, at the archive's resolution), which leaves every one of them
upright.
"""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk_app.digitize.orientation import page_orientation, text_line_orientation
from kiosk_app.digitize.rectify import page_size_for, rectify_page, rotate_quarter_turns
from kiosk_app.digitize.settings import DigitizeSettings

REAL = Path(__file__).resolve().parent / "data" / "real-documents"
TRUTH: dict[str, dict[str, object]] = json.loads((REAL / "truth.json").read_text())
DOCUMENTS = sorted(name for name, entry in TRUTH.items() if entry["quad"] is not None)


def _upright_page(name: str) -> np.ndarray:
    """The document of real photo ``name`` rectified from its true corners as the kiosk rectifies a still."""
    still = cv2.imread(str(REAL / name), cv2.IMREAD_COLOR)
    assert still is not None, name
    corners = np.asarray(TRUTH[name]["quad"], np.float32)
    height, width = still.shape[:2]
    size = page_size_for(corners, width, DigitizeSettings().camera_view_width_mm, height)
    return rectify_page(still, corners, size, DigitizeSettings().archive_dpi)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_upright_real_page_is_not_turned(name: str) -> None:
    """Issue 17 part 3: a real document photographed upright (sharp or blurred, page, card or receipt), as the kiosk
    rectifies it from its still, is left upright: turning an upright page is worse than leaving a turned one. A guard
    on every real page. The back of a driving licence, mostly barcode and guilloche, was turned upside down by the
    text-line cues alone until the learned model joined them."""
    found = page_orientation(_upright_page(name))
    assert found.turns == 0, found


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
@pytest.mark.parametrize("name", ["sd15_bg03_datasheet001_f0108.jpg", "sd15_bg05_magazine001_f0046.jpg"])
def test_a_blurred_real_page_comes_out_upright(name: str, turns: int) -> None:
    """Issue 17 part 3: SmartDoc pages so blurred that the letters of each line run together come out upright at every
    turn. Each line became one bar, longer than any character, and was dropped with the photos and rules: what was
    left (a heading, specks) read the datasheet upside down at every turn, and the magazine wrong at two. The bars are
    now ink (:func:`kiosk_app.digitize.orientation._ink`): their aligned starts tell which way the page reads."""
    page = _upright_page(name)
    found = text_line_orientation(rotate_quarter_turns(page, turns))
    assert found.decided
    assert (turns + found.turns) % 4 == 0


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
@pytest.mark.parametrize("name", ["sd15_bg05_paper001_f0040.jpg", "sd15_bg05_tax001_f0040.jpg",
                                  "xlhdsd_inner-lines-dark-background.jpg"])
def test_a_page_the_text_lines_read_wrong_comes_out_upright(name: str, turns: int) -> None:
    """Issue 17 part 3: the real pages whose text-line cues point the wrong way at some turns come out upright at every
    turn: two SmartDoc pages blurred until no letter is readable, pens and a cable across them (the cues' up/down
    score is a few hundredths, of the wrong sign), and the back of a driving licence, mostly barcode and guilloche.
    The learned model (:mod:`kiosk_app.digitize.orientation_model`) tells which end of the cues' axis is the top."""
    page = rotate_quarter_turns(_upright_page(name), turns)
    found = page_orientation(page)
    assert found.decided and found.model_margin is not None
    assert (turns + found.turns) % 4 == 0
