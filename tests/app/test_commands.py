"""QA commands wired into the `kiosk` CLI: samples, qr, page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk_app.cli import main as kiosk_main


def test_samples_then_qr_and_page_read_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "samples"
    assert kiosk_main(["samples", "--out", str(out), "--documents", "2", "--id-cards", "2", "--qr", "0"]) == 0
    truth = json.loads((out / "documents-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 4 and all(t["corners"] for t in truth)
    capsys.readouterr()

    assert kiosk_main(["page", *(str(p) for p in sorted((out / "documents").glob("*.jpg")))]) == 0
    pages = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(pages) == 2 and all(p["corners"] is not None for p in pages)

    back = out / "id-cards" / "0000.jpg"  # even index: the back, with the CCCD QR
    assert kiosk_main(["qr", str(back)]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    expected = next(t["qr_payload"] for t in truth if t["file"].endswith("id-cards/0000.jpg"))
    assert line["text"] == expected and line["text"].count("|") >= 6
