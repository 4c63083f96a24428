"""Shared test set-up: offscreen Qt, a private data directory, no personal data left behind."""
from __future__ import annotations

import os
import tempfile

# Before any Qt import: no display is needed to test widgets.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The kiosk's data directory for the whole run (tests that need their own use tmp_path).
os.environ.setdefault("KIOSK_DATA_DIR", tempfile.mkdtemp(prefix="kiosk-test-data-"))
