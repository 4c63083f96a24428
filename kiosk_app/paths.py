"""Where the kiosk keeps its files: the data directory and the shipped resources."""
from __future__ import annotations

from pathlib import Path

import platformdirs

from kiosk_app.privacy import ensure_private_dir  # noqa: F401 (the data directory's users import it here)

APP_NAME = "mst-kiosk"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
CONFIG_DIR = REPO_ROOT / "config"


def platform_data_dir() -> Path:
    """The platform's user data directory for the kiosk (e.g. ``~/.local/share/mst-kiosk``).

    Only the default: the one data-directory setting is the profile's ``data_dir`` (environment
    ``KIOSK_DATA_DIR``), read by :class:`kiosk_app.profile.KioskProfile`.
    """
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

