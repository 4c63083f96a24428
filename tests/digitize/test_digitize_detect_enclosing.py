"""Issue 17: the whole document around a found part of it (:mod:`kiosk_app.digitize.enclosing`).

On a checked cloth the segmentations join a card's body to the light cells, and the clearest quadrilateral
left is a part of the card (its text block, bounded by its photo); the document around it is found by moving
the part's sides out to the card's edges (the whole-frame case: tests/digitize/test_digitize_detect_cards.py).
"""
from __future__ import annotations

import numpy as np

from kiosk_app.digitize.detect import quad_iou
from kiosk_app.digitize.enclosing import outer_quads


def test_outer_quads_move_sides_out_to_the_next_edge() -> None:
    """A dark photo inside a light card on a dark desk: the sides move out to the card's edges (within a few
    pixels: the detector's refinement at full resolution places them exactly)."""
    from kiosk_app.digitize.detect import _edge_support

    colour = np.full((180, 320, 3), 40.0, np.float32)
    colour[50:130, 95:205] = 220.0  # the card
    colour[70:110, 120:180] = 90.0  # its photo
    inner = np.array([[120, 70], [179, 70], [179, 109], [120, 109]], np.float32)
    quads = outer_quads(inner, colour, _edge_support, 8.0)
    card = np.array([[95, 50], [204, 50], [204, 129], [95, 129]], np.float32)
    assert max(quad_iou(q, card) for q in quads) >= 0.8
