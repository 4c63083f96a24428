"""The QA command `kiosk page FILE...` driven through its own argparse registration."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk_app.commands import page
from kiosk_app.digitize.detect import quad_iou
from kiosk_app.digitize.rectify import rotate_quarter_turns
from testkit.document_photos import SyntheticDocumentGenerator, order_corners


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk")
    page.register(parser.add_subparsers(dest="command", required=True))
    return parser


def test_prints_one_json_object_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generator = SyntheticDocumentGenerator(8)
    photo = generator.document_photo(1280, 720, background="dark")
    with_page = tmp_path / "trang có giấy.jpg"
    cv2.imwrite(str(tmp_path / "a.png"), photo.image)
    (tmp_path / "a.png").rename(with_page)
    empty = tmp_path / "empty.png"
    cv2.imwrite(str(empty), generator.empty_frame(1280, 720, background="wood").image)
    args = _parser().parse_args(["page", str(with_page), str(empty)])
    assert args.func(args) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(line) for line in lines] == [{"file", "corners", "cut_off", "ms", "turns", "oriented_by"}] * 2
    assert lines[0]["file"] == str(with_page)
    assert len(lines[0]["corners"]) == 4 and lines[0]["cut_off"] is False
    assert quad_iou(np.array(lines[0]["corners"], np.float32), photo.corners) > 0.95
    assert lines[1]["corners"] is None and lines[1]["cut_off"] is False
    assert lines[1]["turns"] is None and lines[1]["oriented_by"] is None
    assert lines[1]["ms"] >= 0


def test_unreadable_file_is_reported_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "not-an-image.jpg"
    bogus.write_text("hello")
    args = _parser().parse_args(["page", str(bogus), str(tmp_path / "missing.png")])
    assert args.func(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("cannot read") == 2


def _turned_points(points: np.ndarray, turns: int, width: int, height: int) -> np.ndarray:
    """Image points of a ``width`` x ``height`` image after it is turned clockwise by ``turns`` quarter turns."""
    pts = np.asarray(points, np.float64)
    for _ in range(turns % 4):
        pts = np.stack([height - 1 - pts[:, 1], pts[:, 0]], axis=1)
        width, height = height, width
    return pts


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_reports_how_the_page_is_turned_upright(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                turns: int) -> None:
    """Each found page is rectified as the kiosk archives it and its orientation reported: a photo of an A4 text page,
    turned by ``turns`` quarter turns, needs the turns that bring the page's own top-left corner to the top-left,
    and the learned model chooses them."""
    photo = SyntheticDocumentGenerator(13).document_photo(1920, 1080, background="dark")
    assert photo.corners is not None and photo.page_corners is not None
    corners = order_corners(_turned_points(photo.corners, turns, 1920, 1080))
    top_left = _turned_points(photo.page_corners[:1], turns, 1920, 1080)[0]
    expected = (-int(np.argmin(np.linalg.norm(corners - top_left, axis=1)))) % 4
    path = tmp_path / f"turned-{turns}.png"
    cv2.imwrite(str(path), rotate_quarter_turns(photo.image, turns))
    args = _parser().parse_args(["page", str(path)])
    assert args.func(args) == 0
    line = json.loads(capsys.readouterr().out)
    assert quad_iou(np.asarray(line["corners"], np.float32), corners.astype(np.float32)) > 0.95
    assert line["turns"] == expected and line["oriented_by"] == "model"
