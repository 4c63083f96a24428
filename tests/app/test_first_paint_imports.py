"""Issue 20 (imports on demand): what `kiosk run` has imported when it first paints the welcome screen.

The kiosk is started for real (``kiosk run --windowed``, simulated profile, offscreen Qt, a fresh data
directory) in a subprocess; a log handler lists ``sys.modules`` at the "welcome screen shown" line and
quits. Every module on :data:`FORBIDDEN` imported by then fails the test with its name and why it is
not wanted there: a heavy import coming back is caught the day it comes back.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Top-level names (and everything under them) the welcome screen must not need. numpy is on the list:
# nothing before the first paint needs an array (frames exist once the camera runs, after it).
FORBIDDEN: dict[str, str] = {
    "cv2": "OpenCV: the camera, page detection and QR decoding start after the first paint",
    "numpy": "arrays: camera frames and the digitization pipeline",
    "PIL": "Pillow: printer rasterising and page images",
    "reportlab": "receipt and checklist PDFs",
    "img2pdf": "the scanned documents' PDFs",
    "pikepdf": "the server's PDF checks",
    "fastapi": "the embedded server runs in its own process",
    "starlette": "the embedded server runs in its own process",
    "sqlalchemy": "the embedded server runs in its own process",
    "alembic": "the embedded server runs in its own process",
    "uvicorn": "the embedded server runs in its own process",
    "jinja2": "the server's HTML pages",
    "server": "the reference server: never imported by the kiosk's own process when it runs the child",
    "kiosk_app.digitize": "the digitization pipeline (only its settings model is part of the profile)",
    "kiosk_app.receipts": "receipt building, at the end of a submission",
    "pyzbar": "QR decoding (the reader starts after the first paint)",
    "zxingcpp": "QR decoding (the reader starts after the first paint)",
    "escpos": "the receipt printer's driver (built after the first paint)",
    "smartcard": "the chip card reader (built after the first paint)",
    "requests": "the backend client is built on its first call",
    "urllib3": "the backend client is built on its first call",
    "httpx": "no HTTP client before the first paint",
    "psycopg": "the server's PostgreSQL driver",
    "ui.screens.submit": "screens are built the first time they are shown",
    "ui.screens.maintenance": "screens are built the first time they are shown",
    "ui.screens.lookup": "screens are built the first time they are shown",
    "ui.widgets.keyboard": "the on-screen keyboard is built when a text field first takes focus",
    "segno": "QR images (a receipt's or a screen's tracking QR) are drawn after the first paint",
}
# Modules under a forbidden name that the first paint does need, and why.
ALLOWED: dict[str, str] = {
    "kiosk_app.digitize": "the package itself (a docstring), imported for its settings model",
    "kiosk_app.digitize.settings": "DigitizeSettings: a pydantic model of the profile's [digitize] table",
    "kiosk_app.digitize.pages": "ComponentPages: the session's list of pages (plain Python, no image code)",
}

PROBE = """
import logging, json, sys
out = sys.argv[1]

class FirstPaint(logging.Handler):
    def emit(self, record):
        if record.getMessage() == "welcome screen shown":
            with open(out, "w", encoding="utf-8") as f:
                json.dump(sorted(sys.modules), f)
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication
            QTimer.singleShot(0, QApplication.instance().quit)

logging.getLogger("kiosk.ui").addHandler(FirstPaint())
from kiosk_app.cli import main
sys.exit(main(["run", "--windowed"]))
"""


def forbidden_in(modules: list[str]) -> dict[str, str]:
    """The modules of ``modules`` on the forbid-list (and not allowed), with the reason."""
    found = {}
    for name in modules:
        if name in ALLOWED:
            continue
        for banned, why in FORBIDDEN.items():
            if name == banned or name.startswith(banned + "."):
                found[name] = why
    return found


@pytest.fixture(scope="module")
def first_paint_modules(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """sys.modules of a real `kiosk run --windowed` at the welcome screen's first paint."""
    work = tmp_path_factory.mktemp("first-paint")
    out = work / "modules.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(work / "data")}
    result = subprocess.run([sys.executable, "-c", PROBE, str(out)], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.exists(), f"the kiosk never logged its first paint:\n{result.stderr[-3000:]}"
    modules: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return modules


def test_nothing_heavy_is_imported_before_the_welcome_screen(first_paint_modules: list[str]) -> None:
    """Issue 20: OpenCV, numpy, the digitization pipeline, reportlab, img2pdf, the server (FastAPI,
    SQLAlchemy, Alembic, uvicorn), the device drivers, requests and the other screens are imported on
    demand, not before the welcome screen is shown."""
    assert "ui.screens.welcome" in first_paint_modules  # the probe saw the real start-up
    found = forbidden_in(first_paint_modules)
    assert found == {}, "imported before the first paint:\n" + "\n".join(f"  {m}: {w}" for m, w in sorted(found.items()))


def test_the_forbid_list_names_real_modules() -> None:
    """The list cannot pass by a typo: every forbidden name is importable in this environment."""
    assert [name for name in FORBIDDEN if importlib.util.find_spec(name) is None] == []


def test_the_check_names_a_heavy_import_that_comes_back() -> None:
    """The comparison fails with the module's name (a planted list: cv2 and a digitize module, the allowed
    settings model passing)."""
    found = forbidden_in(["PySide6.QtWidgets", "cv2", "cv2.data", "kiosk_app.digitize.settings",
                          "kiosk_app.digitize.detect", "serverless"])
    assert sorted(found) == ["cv2", "cv2.data", "kiosk_app.digitize.detect"]


def test_the_profile_is_read_without_pydantic_settings(first_paint_modules: list[str]) -> None:
    """Issue 20: the profile lays the environment over the file itself (kiosk_app.profile.environment_overrides);
    pydantic-settings (a tenth of a second of imports before the first paint) is no longer a dependency, so
    this is checked by name rather than on the forbid-list (which names importable modules only)."""
    assert "kiosk_app.profile" in first_paint_modules
    assert [m for m in first_paint_modules if m == "pydantic_settings" or m.startswith("pydantic_settings.")] == []
