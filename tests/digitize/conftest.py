"""Shared fixtures of the digitization tests: seeded synthetic pages and photos."""
from __future__ import annotations

import numpy as np
import pytest

from kiosk_app.digitize.settings import DigitizeSettings
from testkit.document_photos import SyntheticDocumentGenerator


@pytest.fixture(scope="session")
def flat_page() -> np.ndarray:
    """A sharp, evenly lit A4 page (BGR) at about 100 dpi, as a rectified capture looks."""
    return SyntheticDocumentGenerator(101).render_page("A4", width_px=830)


@pytest.fixture()
def settings() -> DigitizeSettings:
    return DigitizeSettings()
