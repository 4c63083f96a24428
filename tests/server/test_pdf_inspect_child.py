"""The PDF inspector child starts both from source and from the frozen kiosk build.

In the PyInstaller build ``sys.executable`` is the kiosk program itself, so ``-m server.pdf_inspect``
cannot work there; ``kiosk --pdf-inspect-child`` runs the inspector instead (found by ``make dist-smoke``:
every upload was refused as "too complex to inspect").
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from server import pdf_check
from server.pdf_inspect import PdfLimits

ROOT = Path(__file__).resolve().parents[2]


def _pdf() -> bytes:
    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Giấy tờ")
    page.save()
    return buffer.getvalue()


def _framed(*files: bytes) -> bytes:
    return b"".join(len(data).to_bytes(8, "big") + data for data in files)


def test_from_source_the_inspector_runs_as_a_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert pdf_check._inspector_command() == [sys.executable, "-m", "server.pdf_inspect"]


def test_frozen_build_starts_itself_with_the_child_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/kiosk/kiosk")
    assert pdf_check._inspector_command() == ["/opt/kiosk/kiosk", "--pdf-inspect-child"]


@pytest.mark.parametrize("payload, verdict", [(_pdf(), None), (b"%PDF-1.4\nnot really", "not_a_pdf")])
def test_the_kiosk_entry_point_runs_the_inspector_for_the_child_flag(payload: bytes, verdict: str | None) -> None:
    """What the frozen binary executes: kiosk_app/__main__.py with --pdf-inspect-child (no GUI imported)."""
    limits = json.dumps(asdict(PdfLimits()))
    done = subprocess.run([sys.executable, "-m", "kiosk_app", "--pdf-inspect-child", limits],
                          input=_framed(payload), capture_output=True, cwd=ROOT, timeout=60, check=True)
    [[code, _reason]] = json.loads(done.stdout)
    assert code == verdict
