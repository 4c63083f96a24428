"""Shared test set-up: offscreen Qt, a private data directory, no personal data left behind."""
from __future__ import annotations

import os
import tempfile

# Before any Qt import: no display is needed to test widgets.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The kiosk's data directory for the whole run (tests that need their own use tmp_path).
os.environ.setdefault("KIOSK_DATA_DIR", tempfile.mkdtemp(prefix="kiosk-test-data-"))

import sys  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _process_state_restored():  # type: ignore[no-untyped-def]
    """A test that runs a command's main() (logging handlers, umask 077) leaves the next test as it found it."""
    import logging  # noqa: PLC0415

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    for handler in [h for h in root.handlers if h not in handlers and not type(h).__module__.startswith("_pytest")]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    os.umask(umask)


@pytest.fixture(autouse=True)
def _english_after_each_test():  # type: ignore[no-untyped-def]
    """A test that switched the app to Vietnamese must not change the language of the next test."""
    yield
    i18n = sys.modules.get("ui.i18n")
    if i18n is not None and getattr(i18n, "_installed", None) is not None:
        i18n.install_language("en")


@pytest.fixture
def profile(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The simulated (QA) profile with a private data directory."""
    from kiosk_app.profile import load_profile

    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return load_profile("simulated")


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    """A clock the test advances itself (idle timer, auto-capture)."""
    from kiosk_app.clock import ManualClock

    return ManualClock()
