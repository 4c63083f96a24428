"""The digitization core stays Qt-widget-free and devices never import the application."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk_app.digitize.settings import DigitizeSettings

ROOT = Path(__file__).resolve().parents[2]
CORE = sorted((ROOT / "kiosk_app" / "digitize").glob("*.py")) + [ROOT / "kiosk_app" / "domain" / "citizen_id.py",
                                                                  ROOT / "kiosk_app" / "commands" / "page.py"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_core_uses_no_qt_widgets_or_gui(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "ui"))}
    assert not bad


@pytest.mark.parametrize("generator", ["document_photos.py", "qr_captures.py"])
def test_synthetic_generators_do_not_import_the_application(generator: str) -> None:
    """The testkit's photo generators draw scenes from scratch: no kiosk_app, ui or devices code in them."""
    names = _imports(ROOT / "testkit" / generator)
    assert not {n for n in names if n.startswith(("kiosk_app", "ui", "devices"))}


def test_settings_reject_unknown_keys_and_out_of_bounds_values() -> None:
    with pytest.raises(ValueError):
        DigitizeSettings.model_validate({"blur_threshold": 3})
    with pytest.raises(ValueError):
        DigitizeSettings(glare_level=100)
    every_field_described = all(f.description for f in DigitizeSettings.model_fields.values())
    assert every_field_described
