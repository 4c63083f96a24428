"""The QA command `kiosk page FILE...` driven through its own argparse registration."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2
import pytest

from kiosk_app.commands import page
from kiosk_app.digitize.detect import quad_iou
from testkit.document_photos import SyntheticDocumentGenerator


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
    assert [set(line) for line in lines] == [{"file", "corners", "cut_off", "ms"}] * 2
    assert lines[0]["file"] == str(with_page)
    assert len(lines[0]["corners"]) == 4 and lines[0]["cut_off"] is False
    import numpy as np

    assert quad_iou(np.array(lines[0]["corners"], np.float32), photo.corners) > 0.95
    assert lines[1]["corners"] is None and lines[1]["cut_off"] is False
    assert lines[1]["ms"] >= 0


def test_unreadable_file_is_reported_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "not-an-image.jpg"
    bogus.write_text("hello")
    args = _parser().parse_args(["page", str(bogus), str(tmp_path / "missing.png")])
    assert args.func(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("cannot read") == 2
