"""Where the kiosk keeps its files: the data directory and the shipped resources."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kiosk_app.privacy import ensure_private_dir  # noqa: F401 (the data directory's users import it here)

APP_NAME = "mst-kiosk"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
CONFIG_DIR = REPO_ROOT / "config"


def default_data_dir() -> Path:
    """The kiosk's data directory: ``$KIOSK_DATA_DIR`` if set, else the platform's user data dir."""
    env = os.environ.get("KIOSK_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

