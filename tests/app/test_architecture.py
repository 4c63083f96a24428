"""The dependency direction ui -> kiosk_app -> devices, and no widgets in the core."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from kiosk_app.paths import REPO_ROOT

# The composition root may open the window (it imports ui lazily inside the GUI commands).
COMPOSITION_ROOT = {"kiosk_app/cli.py", "kiosk_app/__main__.py", "kiosk_app/commands"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules(package: str) -> list[Path]:
    return sorted((REPO_ROOT / package).rglob("*.py"))


def rel(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT))


def test_core_and_devices_never_import_widgets_or_ui() -> None:
    offenders = []
    for package in ("kiosk_app", "devices"):
        for path in modules(package):
            # The composition root may open the window through ui, but drives no widget itself.
            in_root = any(rel(path).startswith(root) for root in COMPOSITION_ROOT)
            for name in imports_of(path):
                if name.startswith("PySide6.QtWidgets") or (not in_root and name.split(".")[0] == "ui"):
                    offenders.append(f"{rel(path)} imports {name}")
    assert offenders == []


def test_devices_know_neither_ui_nor_kiosk_app() -> None:
    offenders = [
        f"{rel(path)} imports {name}"
        for path in modules("devices")
        for name in imports_of(path)
        if name.split(".")[0] in ("ui", "kiosk_app", "server")
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qtwidgets() -> None:
    names = [
        rel(p)[:-3].replace("/", ".").removesuffix(".__init__")
        for package in ("kiosk_app", "devices")
        for p in modules(package)
        if not any(rel(p).startswith(root) for root in COMPOSITION_ROOT)
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_server_shares_only_the_wire_schemas_and_the_masking() -> None:
    offenders = [
        f"{rel(path)} imports {name}"
        for path in modules("server")
        for name in imports_of(path)
        if name.split(".")[0] in ("ui", "devices")
        or (name.startswith("kiosk_app") and not name.startswith(("kiosk_app.api.schemas", "kiosk_app.privacy")))
    ]
    assert offenders == []
