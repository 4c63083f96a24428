"""Fixtures of the submission flow tests: a profile, a flow and window per test, services per module."""
from __future__ import annotations

from collections.abc import Iterator

import cv2
import pytest
from kiosk_window import open_window, simulated_profile

from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow
from kiosk_app.profile import KioskProfile


@pytest.fixture
def flow(profile: KioskProfile, clock: ManualClock) -> Iterator[KioskFlow]:
    flow = build_flow(profile, clock=clock, language="en")  # the tests read the English source texts
    yield flow
    flow.stop()


@pytest.fixture
def window(qtbot, flow: KioskFlow):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, flow)
    yield window
    window.shutdown()


@pytest.fixture(scope="module")
def services(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Embedded backend and simulated devices; the camera plays one synthetic photo of an A4 page."""
    from kiosk_app.services import build_services
    from testkit.document_photos import SyntheticDocumentGenerator

    root = tmp_path_factory.mktemp("submit-services")
    photos = root / "camera"
    photos.mkdir()
    photo = SyntheticDocumentGenerator(seed=7).document_photo(background="dark", size="A4", scale_range=(0.7, 0.8))
    cv2.imwrite(str(photos / "page.png"), photo.image)
    profile = simulated_profile(root / "data")
    profile.devices.camera.options["folder"] = str(photos)
    services = build_services(profile)
    services.start()
    yield services
    services.stop()
