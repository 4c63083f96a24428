"""Reading the issued papers back as text: ``pdftotext`` (poppler-utils, installed by scripts/ci-services.sh)."""
from __future__ import annotations

import shutil
import subprocess

import pytest


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as pdftotext reads it, whitespace runs folded into one space."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (scripts/ci-services.sh does)")
    assert pdf.startswith(b"%PDF-")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True,
                         timeout=60).stdout.decode("utf-8")
    return " ".join(out.split())
