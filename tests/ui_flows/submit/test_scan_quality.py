"""Issue 21 finding 6: scanning you can trust, through the real submit screen and scanner widgets.

The camera is a stand-in that shows the picture the test lays under it (a blurred empty desk, or a
generated A4 page) and gives it as the still; everything else (capture processing with the real
quality checks, the session's scan state, the wizard, the widgets) is the kiosk's own.
"""
from __future__ import annotations

import io
from types import SimpleNamespace

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton

from kiosk_app.digitize.quality import QualityProblem
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.flow import Screen
from kiosk_app.jobs import JobRunner
from kiosk_app.session_models import ApplicantDetails, Consent, ContactDetails
from kiosk_app.wizard import Step
from testkit.document_photos import SyntheticDocumentGenerator
from ui.widgets.form import catalogue_of

PROCEDURE = "1.005164"  # two required components: "request" first


class _Notifier(QObject):
    frame_ready = Signal(object)


class DeskCamera:
    """Shows ``scene`` (BGR) as preview frames (when the test sends one) and as the full-resolution still."""

    def __init__(self, scene: np.ndarray) -> None:
        self.notifier = _Notifier()
        self.scene = scene

    def capture_still(self) -> np.ndarray:
        return self.scene.copy()


def blurred_empty_desk() -> np.ndarray:
    """A wooden desk with nothing on it, out of focus (the issue's "blurred photo of an empty desk")."""
    desk = SyntheticDocumentGenerator(seed=21).empty_frame(background="wood").image
    return cv2.GaussianBlur(desk, (0, 0), 4)


def a4_page(seed: int = 7) -> np.ndarray:
    """A sharp A4 page on a dark desk, filling most of the frame (seeds 7, 8, 11 and 14 pass every check)."""
    return SyntheticDocumentGenerator(seed=seed).document_photo(
        background="dark", size="A4", scale_range=(0.85, 0.95)).image


@pytest.fixture
def scanning(qtbot, flow, window):  # type: ignore[no-untyped-def]
    """The wizard on the scan step of PROCEDURE, with every step before it complete, and the camera."""
    camera = DeskCamera(blurred_empty_desk())
    counted: list[str] = []
    services = SimpleNamespace(
        devices={"camera": camera}, jobs=JobRunner(), profile=SimpleNamespace(digitize=DigitizeSettings()),
        counters=SimpleNamespace(add=lambda name, n=1: counted.append(name)), catalogue=catalogue_of(None),
        submission=None)
    flow.services = services
    flow.session.procedure_code = PROCEDURE
    submission = flow.session.submission
    submission.applicant = ApplicantDetails(full_name="Lê Thị Hoa", id_number="001190012345", address="Huế")
    submission.contact = ContactDetails(phone="0912345678")
    submission.consent = Consent(True)
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    submit.go_step(Step.SCAN)
    assert submit.current_step() == "scan" and submit.scanner.component_id == "request"
    yield submit, camera, counted
    services.jobs.wait()


def tap(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def component_text(qtbot, submit, component: str) -> str:  # type: ignore[no-untyped-def]
    """The text of a component's button in the list left of the camera (e.g. "✓ Request form … 1 page(s)")."""
    button = submit.findChild(QPushButton, f"btn_component_{component}")
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=5000)  # the list is rebuilt: new rows show queued
    text: str = button.text_label.text()
    assert text
    return text


def capture(qtbot, scanning, scene: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    """Lay ``scene`` under the camera and touch "Take the picture now"; wait until the capture is processed
    (the kiosk counts every picture taken)."""
    submit, camera, counted = scanning
    camera.scene = scene
    camera.notifier.frame_ready.emit(cv2.resize(scene, (640, 360)))
    before = counted.count("pages_scanned")
    tap(qtbot, submit, "btn_capture")
    qtbot.waitUntil(lambda: counted.count("pages_scanned") == before + 1, timeout=20000)


def test_blurred_empty_desk_is_not_ticked_until_the_citizen_keeps_it(qtbot, flow, window, scanning) -> None:
    """Issue 21 finding 6: a blurred photo of an empty desk is not ticked "✓ … 1 page": the citizen sees why,
    Next still asks for the document, and only "Keep this page anyway" makes it count."""
    submit = scanning[0]
    scans = flow.session.submission.scans
    capture(qtbot, scanning, blurred_empty_desk())
    assert scans.count("request") == 0
    assert not component_text(qtbot, submit, "request").startswith("✓")
    assert scans.pending is not None
    assert {issue.problem for issue in scans.pending.page.issues} >= {QualityProblem.NO_PAGE, QualityProblem.BLUR}
    viewer = submit.scanner.viewer
    assert viewer.isVisible()
    assert "No page was found" in viewer.note.text()  # why, in the citizen's words
    assert "No page was found" in submit.scanner.status.text()
    assert viewer.findChild(QPushButton, "btn_viewer_keep").isVisible()
    assert viewer.findChild(QPushButton, "btn_viewer_retake").isVisible()
    submit.next_step()  # the wizard's Next: the document is still missing
    assert submit.current_step() == "scan"
    tap(qtbot, viewer, "btn_viewer_keep")
    assert scans.pending is None and scans.count("request") == 1
    assert component_text(qtbot, submit, "request").startswith("✓")
    assert not viewer.isVisible()


def test_retake_drops_the_bad_capture_and_a_good_one_replaces_it(qtbot, flow, window, scanning) -> None:
    """Issue 21 finding 6: "Retake" drops the failed capture (nothing counts), and the next, good capture is the
    page; retaking a page from its large view replaces that page, not adds one."""
    submit = scanning[0]
    scans = flow.session.submission.scans
    capture(qtbot, scanning, blurred_empty_desk())
    tap(qtbot, submit.scanner.viewer, "btn_viewer_retake")
    assert scans.pending is None and scans.count("request") == 0
    capture(qtbot, scanning, a4_page())
    assert scans.pending is None, [i.detail for i in scans.pending.page.issues]  # a good page is taken at once
    assert scans.count("request") == 1
    first = scans.of("request")[0]
    assert component_text(qtbot, submit, "request").startswith("✓")
    tap(qtbot, submit.scanner, "thumb_0")
    tap(qtbot, submit.scanner.viewer, "btn_viewer_retake")
    capture(qtbot, scanning, a4_page(seed=8))
    assert scans.count("request") == 1 and scans.of("request")[0] is not first


def test_a_thumbnail_is_large_enough_and_a_tap_shows_the_page_large(qtbot, flow, window, scanning) -> None:
    """Issue 21 finding 6: thumbnails are at least 200 px high, and tapping one shows the page large over the
    scanner, with close, retake and delete."""
    submit = scanning[0]
    scans = flow.session.submission.scans
    capture(qtbot, scanning, a4_page())
    thumb = submit.scanner.findChild(QPushButton, "thumb_0")
    assert thumb is not None
    qtbot.waitUntil(thumb.isVisible, timeout=5000)
    thumb_height = thumb.iconSize().height()
    assert thumb_height >= 200
    tap(qtbot, submit.scanner, "thumb_0")
    viewer = submit.scanner.viewer
    assert viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.shown_height >= 3 * thumb_height, timeout=5000)
    for name in ("btn_viewer_close", "btn_viewer_retake", "btn_viewer_delete"):
        assert viewer.findChild(QPushButton, name).isVisible(), name
    tap(qtbot, viewer, "btn_viewer_close")
    assert not viewer.isVisible() and scans.count("request") == 1
    tap(qtbot, submit.scanner, "thumb_0")
    tap(qtbot, viewer, "btn_viewer_delete")
    assert scans.count("request") == 0


def test_the_review_shows_each_documents_pages_and_a_tap_shows_one_large(qtbot, flow, window, scanning) -> None:
    """Issue 21 finding 6: the review (check answers) step shows the pages of each document as thumbnails; a tap
    shows the page large."""
    submit = scanning[0]
    capture(qtbot, scanning, a4_page())
    capture(qtbot, scanning, a4_page(seed=8))
    tap(qtbot, submit, "btn_component_fee_receipt")
    capture(qtbot, scanning, a4_page(seed=11))
    scans = flow.session.submission.scans
    assert (scans.count("request"), scans.count("fee_receipt")) == (2, 1)
    tap(qtbot, submit, "btn_next")
    assert submit.current_step() == "review"
    review = submit.pages[Step.REVIEW]
    for component, pages in (("request", 2), ("fee_receipt", 1)):
        thumbs = [review.findChild(QPushButton, f"review_thumb_{component}_{i}") for i in range(pages)]
        assert all(t is not None and t.iconSize().height() >= 200 for t in thumbs), component
        qtbot.waitUntil(lambda t=thumbs: all(b.isVisible() for b in t), timeout=5000)
        assert review.findChild(QPushButton, f"review_thumb_{component}_{pages}") is None
    tap(qtbot, review, "review_thumb_request_1")
    viewer = submit.review_viewer
    assert viewer.isVisible() and "2" in viewer.heading.text()
    qtbot.waitUntil(lambda: viewer.shown_height >= 600, timeout=5000)
    tap(qtbot, viewer, "btn_viewer_close")
    assert not viewer.isVisible()


def test_a_page_is_turned_from_the_tools_and_from_its_large_view(qtbot, flow, window, scanning) -> None:
    """Issue 17: a page lying the wrong way is turned by the citizen, a quarter turn clockwise per touch, from the
    tools beside the camera or from the page shown large, which stays open and shows the turned page; the
    document's PDF gets the turned page."""
    submit = scanning[0]
    scans = flow.session.submission.scans
    capture(qtbot, scanning, a4_page())
    first = scans.of("request")[0]
    assert first.encoded.height_px > first.encoded.width_px  # an A4 page, upright
    tap(qtbot, submit.scanner, "btn_page_turn")
    qtbot.waitUntil(lambda: scans.of("request")[0].turns == 1, timeout=10000)
    turned = scans.of("request")[0]
    assert (turned.encoded.width_px, turned.encoded.height_px) == (first.encoded.height_px, first.encoded.width_px)
    assert scans.count("request") == 1
    thumb = submit.scanner.findChild(QPushButton, "thumb_0")
    qtbot.waitUntil(lambda: thumb is not None and thumb.isVisible(), timeout=5000)
    icon = thumb.icon().availableSizes()[0]
    assert icon.width() > icon.height()  # the thumbnail lies too
    tap(qtbot, submit.scanner, "thumb_0")
    viewer = submit.scanner.viewer
    qtbot.waitUntil(lambda: viewer.shown_height > 0, timeout=5000)
    lying = viewer.picture.pixmap()
    assert lying.width() > lying.height()
    tap(qtbot, viewer, "btn_viewer_turn")
    qtbot.waitUntil(lambda: scans.of("request")[0].turns == 2, timeout=10000)
    assert viewer.isVisible()  # the page stays in view, turned
    qtbot.waitUntil(lambda: viewer.picture.pixmap().height() > viewer.picture.pixmap().width(), timeout=5000)
    assert "1" in viewer.heading.text()
    upside_down = scans.of("request")[0]  # what the dossier's PDF gets: the page as captured, half turned
    assert upside_down.captured is first.encoded
    pixels = [np.asarray(Image.open(io.BytesIO(page.encoded.data)).convert("L"), np.float32)
              for page in (first, upside_down)]
    assert float(np.abs(pixels[1] - pixels[0][::-1, ::-1]).mean()) < 2.0
    assert float(np.abs(pixels[1] - pixels[0]).mean()) > 10.0


def test_a_page_not_found_for_a_while_gets_help_on_how_to_lay_it(qtbot, flow, window, clock, scanning) -> None:
    """Issue 17: where the camera finds no page for ``no_page_help_seconds`` (a white page on other sheets with a pen
    across its edge, as on the real SmartDoc desk the detector misses, or none laid yet), a notice says how to lay
    one so that it is found, and that the picture can be taken by hand; a page found, or a new document, takes it
    away again."""
    submit, camera, _ = scanning
    scanner = submit.scanner
    status, help_notice = scanner.status, scanner.help

    def shows(scene: np.ndarray, text: str) -> None:
        frame = cv2.resize(scene, (640, 360))

        def seen() -> bool:
            camera.notifier.frame_ready.emit(frame)  # the preview keeps sending frames; the newest is detected
            return text in status.text()

        qtbot.waitUntil(seen, timeout=20000)

    def helped() -> bool:
        camera.notifier.frame_ready.emit(cv2.resize(blurred_empty_desk(), (640, 360)))
        return help_notice.isVisible()

    wait = DigitizeSettings().no_page_help_seconds
    # "Hold the page still…", then (the clock stands still) "Hold still – taking the picture…": found
    shows(a4_page(), "Hold")
    shows(blurred_empty_desk(), "Put the page under the camera.")  # taken away: the search for the next starts
    assert not help_notice.isVisible()
    clock.advance(wait)
    qtbot.waitUntil(helped, timeout=20000)
    assert help_notice.text().startswith("No page found yet.") and "nothing on it or under it" in help_notice.text()
    assert "Take the picture now" in help_notice.text()
    assert status.text() == "Put the page under the camera."
    assert not scanner.hint.isVisible()  # the first-time hint makes way: the notice says all it says
    shows(a4_page(), "Hold")  # found: the notice goes
    assert not help_notice.isVisible()
    shows(blurred_empty_desk(), "Put the page under the camera.")
    clock.advance(wait)
    qtbot.waitUntil(helped, timeout=20000)
    scanner.set_component("request", scanner.mode)  # a new document: the plain request first
    assert not help_notice.isVisible() and status.text() == "Put the page under the camera."
