"""Issue 19, "Tooling in CI": the mypy configuration in pyproject.toml is strict exactly where the issue says.

`make lint` runs ruff and mypy over the repository; these tests check the configuration itself, on probe
packages named like the product's, so that a change of the config that silently loosens kiosk_app/devices or
tightens ui/server (as `strict = true` in an override section does: it applies to every module) is caught.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from kiosk_app.paths import REPO_ROOT

UNTYPED = "def double(value):\n    return value * 2\n"
"""A function without annotations: an error under --strict (no-untyped-def), fine at default strictness."""


def mypy_errors(tmp_path: Path, packages: list[str]) -> dict[str, list[str]]:
    """Run mypy with the project's configuration over probe packages holding UNTYPED; error codes per package."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    config_file = tmp_path / "mypy.toml"
    for package in packages:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
        (tmp_path / package / "probe.py").write_text(UNTYPED, encoding="utf-8")
    # The project's [tool.mypy] tables, but over the probes (not the repository's `files`) and without plugins
    # the probes do not need; the per-module overrides are kept exactly as written.
    mypy = dict(config["tool"]["mypy"])
    mypy.pop("files")
    mypy.pop("plugins", None)
    config_file.write_text(_toml({"tool": {"mypy": mypy}}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config_file), "--no-incremental",
         "--cache-dir", str(tmp_path / "cache"), *packages],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    found: dict[str, list[str]] = {package: [] for package in packages}
    for match in re.finditer(r"^(\w+)/probe\.py:\d+: error: .*\[([a-z-]+)\]$", result.stdout, re.M):
        found[match.group(1)].append(match.group(2))
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return found


def _toml(data: dict[str, object], prefix: str = "") -> str:
    """Just enough TOML writing for the [tool.mypy] tables (strings, booleans, lists, arrays of tables)."""
    lines: list[str] = []
    tables: list[tuple[str, dict[str, object]]] = []
    arrays: list[tuple[str, list[dict[str, object]]]] = []
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            tables.append((name, value))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            arrays.append((name, value))
        else:
            lines.append(f"{key} = {_value(value)}")
    out = "\n".join(lines) + "\n"
    for name, table in tables:
        out += f"\n[{name}]\n" + _toml(table, name)
    for name, items in arrays:
        for item in items:
            out += f"\n[[{name}]]\n" + _toml(item, name)
    return out


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return str(value)


def test_mypy_is_strict_for_the_core_and_devices_only(tmp_path: Path) -> None:
    """Issue 19: mypy --strict on kiosk_app/ and devices/, the UI and server at default strictness."""
    errors = mypy_errors(tmp_path, ["kiosk_app", "devices", "testkit", "ui", "server"])
    assert "no-untyped-def" in errors["kiosk_app"]
    assert "no-untyped-def" in errors["devices"]
    assert "no-untyped-def" in errors["testkit"]
    assert errors["ui"] == []
    assert errors["server"] == []


def test_mypy_checks_the_four_packages_and_names_the_untyped_libraries() -> None:
    """Issue 19: `mypy` with no arguments checks kiosk_app, devices, ui and server (and the testkit); only
    libraries without types or stubs are excused from missing imports, each by name."""
    mypy = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert sorted(mypy["files"]) == ["devices", "kiosk_app", "server", "testkit", "ui"]
    assert "ignore_missing_imports" not in mypy
    excused = [module for override in mypy["overrides"] if override.get("ignore_missing_imports")
               for module in override["module"]]
    assert excused and all(not module.startswith(("kiosk_app", "devices", "ui", "server", "testkit")) for module in excused)
