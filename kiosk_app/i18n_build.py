"""Build (and refresh) the Qt translations: ``.ts`` sources in resources/i18n, ``.qm`` built at set-up.

``python -m kiosk_app.i18n_build``           compile every .ts to .qm (pyside6-lrelease)
``python -m kiosk_app.i18n_build --update``  re-scan the sources for tr() strings (pyside6-lupdate)
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk_app.paths import REPO_ROOT, RESOURCES

I18N_DIR = RESOURCES / "i18n"
LANGUAGES = ("vi",)  # English is the source language of the tr() strings
SOURCE_DIRS = ("ui", "kiosk_app", "devices")


def _tool(name: str) -> str:
    """Find a PySide6 tool next to the running interpreter first (the virtual environment)."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def source_files() -> list[str]:
    """Every Python file whose tr()/translate() strings belong in the catalogue."""
    return sorted(str(p.relative_to(REPO_ROOT)) for d in SOURCE_DIRS for p in (REPO_ROOT / d).rglob("*.py"))


def update(ts_path: Path, extra_args: tuple[str, ...] = ()) -> None:
    """Run lupdate over the sources into ``ts_path`` (obsolete entries dropped)."""
    subprocess.run(
        [_tool("pyside6-lupdate"), *source_files(), "-no-obsolete", *extra_args, "-ts", str(ts_path)],
        cwd=REPO_ROOT, check=True, capture_output=True,
    )


def build() -> list[Path]:
    """Compile every .ts into a .qm beside it; returns the .qm paths."""
    built = []
    for ts in sorted(I18N_DIR.glob("kiosk_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources")
    args = parser.parse_args(argv)
    if args.update:
        for lang in LANGUAGES:
            update(I18N_DIR / f"kiosk_{lang}.ts", ("-target-language", f"{lang}_VN"))
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
