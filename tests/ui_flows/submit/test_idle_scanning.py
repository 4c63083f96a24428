"""Issue 21 finding 1: a citizen scanning page after page without touching the screen keeps every page.

The simulated camera plays three different photographed pages in turn, like a citizen laying one page
after another under the camera; time passes only on the injected clock.
"""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from idle_kit import live_window, tap, wizard_to_scan_step
from kiosk_window import simulated_profile

from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.dossier_form import process_still
from kiosk_app.flow import Screen

SCANNING_SECONDS = 330  # five and a half minutes: longer than the shipped profile's idle time on any screen


@pytest.fixture(scope="module")
def services(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Embedded backend and simulated devices; the camera shows three different pages in turn."""
    from kiosk_app.services import build_services
    from testkit.document_photos import SyntheticDocumentGenerator

    root = tmp_path_factory.mktemp("idle-scanning")
    photos = root / "camera"
    photos.mkdir()
    # One page that passes the quality checks, laid three times a little apart (40 px: far beyond the
    # stillness tolerance, so each is a new page; close enough that a still taken as the simulator switches
    # pictures still frames a page and is not held for a decision, which would need a touch).
    for seed in range(7, 60):
        photo = SyntheticDocumentGenerator(seed=seed).document_photo(background="dark", size="A4",
                                                                      scale_range=(0.7, 0.8))
        if not process_still(photo.image, None, DigitizeSettings(), EnhanceMode.GREY).issues:
            break
    for index, shift in enumerate((0, 40, 80)):
        image = np.roll(photo.image, shift, axis=1)
        assert not process_still(image, None, DigitizeSettings(), EnhanceMode.GREY).issues
        cv2.imwrite(str(photos / f"page-{index}.png"), image)
    profile = simulated_profile(root / "data")
    camera = profile.devices.camera.options
    camera["folder"] = str(photos)
    # The stills are the photos as they are (not scaled up to the simulator's 8-megapixel default), and a few
    # frames a second are enough to follow pages laid down once a second: the idle timer, not the image
    # pipeline, is under test, and every frame and still costs real CPU while only the injected clock moves.
    camera["still_width"], camera["still_height"] = photo.image.shape[1], photo.image.shape[0]
    camera["fps"] = 5
    services = build_services(profile)
    services.start()
    yield services
    services.stop()


def test_scans_for_five_minutes_without_a_touch_and_keeps_every_page(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 1: auto-captured pages count as presence and the timer pauses during each capture:
    over five and a half minutes of scanning with no touch, no idle warning comes and no page is lost."""
    with live_window(qtbot, services) as (flow, window, clock):
        submit = wizard_to_scan_step(qtbot, flow, window, services)
        tap(qtbot, window, "btn_component_request")  # the last touch: from here on only pages move
        scanner = submit.scanner
        warnings: list[int] = []
        flow.idle_countdown.connect(warnings.append)
        start = clock.monotonic()
        captured_at: list[float] = []
        scanner.pages_changed.connect(lambda _component: captured_at.append(clock.monotonic() - start))

        def scanned_to_the_end() -> bool:
            clock.advance(1.0)  # time passes only on the injected clock, poll by poll (the scanning idle time is 300 s)
            if warnings or flow.state is not Screen.SUBMIT:
                return True  # no use waiting: the assertions below say what went wrong
            elapsed = clock.monotonic() - start
            return elapsed >= SCANNING_SECONDS and any(t >= SCANNING_SECONDS - 60 for t in captured_at)

        qtbot.waitUntil(scanned_to_the_end, timeout=240000)
        assert warnings == []
        assert flow.state is Screen.SUBMIT and submit.current_step() == "scan"
        pages = scanner.pages("request")
        assert len(captured_at) >= 3 and len(pages) == len(captured_at)  # every captured page is still there
        assert all(page.thumbnail_png for page in pages)
