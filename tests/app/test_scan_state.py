"""Issue 21 finding 6: a capture that failed a quality check waits in the visitor's ScanState; only a kept one counts."""
from __future__ import annotations

from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.pdf import EncodedPage, PageEncoding
from kiosk_app.digitize.quality import QualityIssue, QualityProblem
from kiosk_app.dossier_form import ScannedPage
from kiosk_app.session_models import ScanState, SubmissionState


def page(name: str, issues: tuple[QualityIssue, ...] = ()) -> ScannedPage:
    return ScannedPage(EncodedPage(name.encode(), PageEncoding.JPEG, 10, 14, 150), b"", issues, EnhanceMode.GREY)


BLURRED = (QualityIssue(QualityProblem.BLUR, 3.0, 60.0),)


def test_a_held_capture_does_not_count_until_kept() -> None:
    scans = ScanState()
    scans.hold("request", page("blurred", BLURRED))
    assert scans.count("request") == 0 and not scans.is_empty  # personal data all the same: a wipe must clear it
    assert scans.keep_pending() == ("request", 0)
    assert scans.count("request") == 1 and scans.pending is None
    assert scans.keep_pending() is None


def test_a_discarded_capture_leaves_nothing() -> None:
    scans = ScanState()
    held = page("blurred", BLURRED)
    scans.hold("request", held)
    assert scans.discard_pending() is not None
    assert scans.pending is None and scans.count("request") == 0 and scans.is_empty


def test_a_kept_retake_replaces_the_page_it_retakes() -> None:
    scans = ScanState()
    first, second = page("first"), page("second")
    scans.place("request", first)
    scans.place("request", second)
    retaken = page("retaken", BLURRED)
    scans.hold("request", retaken, replaces=0)
    assert scans.of("request").pages == (first, second)
    assert scans.keep_pending() == ("request", 0)
    assert scans.of("request").pages == (retaken, second)


def test_a_held_capture_is_personal_data_of_the_submission() -> None:
    state = SubmissionState()
    state.scans.hold("request", page("blurred", BLURRED))
    assert state.has_personal_data
