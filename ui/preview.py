"""Every state a visitor or technician can see, one after the other, filled with sample data.

``kiosk screenshots`` saves each state to a PNG and the accessibility walker
(tests/ui/test_accessibility_walk.py) checks each one; both walk the same list, so a new screen,
wizard step or overlay is photographed and checked as soon as it is reachable here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from functools import lru_cache, partial
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from devices.base import CardAccessDenied
from kiosk_app.api.schemas import DeliveryMethod
from kiosk_app.digitize.enhance import EnhanceMode
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.dossier_form import ScannedPage, process_still, turned_page
from kiosk_app.dossier_lookup import OutboxAnswer, OutboxAnswerKind
from kiosk_app.flow import Screen
from kiosk_app.session_models import (
    ApplicantDetails,
    CardReadStatus,
    ChipCardState,
    Consent,
    DeliveryChoice,
    ScanState,
)
from kiosk_app.wizard import STEPS
from ui.main_window import MainWindow
from ui.screens.maintenance import MaintenanceScreen
from ui.screens.submit import SubmitScreen
from ui.screens.track import TrackScreen

# The submission wizard's steps (kiosk_app.wizard.STEPS) are separate states for the walk, and the start
# page's "are you sure you do not agree?" and the page after a confirmed "no" (issue 21 finding 4).
SUBMIT_STEPS = (*(step.value for step in STEPS), "decline_question", "declined")
OVERLAYS = ("confirm_home", "help", "idle", "idle_scan", "display", "pin_pad", "connecting")
# The on-screen keyboard's layouts, open on a field of a screen: (state name, screen, field).
KEYBOARDS = (("keyboard_text", Screen.LOOKUP, "field_search"), ("keyboard_code", Screen.TRACK, "field_code"),
             ("keyboard_date", Screen.SUBMIT, "field_date_of_birth"))
# The scan step's page views (issue 21 finding 6): a capture that failed a check, a page tapped large, and
# (issue 17) a page the citizen turned a quarter turn, shown large.
SCAN_VIEWS = ("submit_scan_check", "submit_scan_page", "submit_scan_turned")
# The track screen answering a provisional reference from the kiosk's outbox (issue 20), named track_<kind>.
TRACK_OUTBOX = ("queued", "sent", "held", "unknown")
# Issue 17: the scan step finding a small ID card (about 7 % of the camera's frame) and drawing its outline.
SCAN_ID_CARD = "submit_scan_id_card"
# Issue 17: the scan step after no page was found for a while: the help on how to lay one so that it is found.
SCAN_NOT_FOUND = "submit_scan_not_found"
# The consent text as it varies (issue 14): the start page with delivery by post already chosen, the start page of a
# procedure with a sensitive document (a health certificate), and the delivery step asking for the postal service.
CONSENT_VIEWS = ("submit_start_post", "submit_start_sensitive", "submit_delivery_post")
SENSITIVE_PROCEDURE = "1.009846"  # the radiation worker certificate: a health certificate among its documents
#: The applicant step's chip ID card panel (issue 16), named submit_card_<state>.
CARD_STATES = ("waiting", "reading", "verified", "unverified", "failed")


FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSans-Regular.ttf"
SAMPLE_LINES = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                "TỜ KHAI YÊU CẦU DUY TRÌ HIỆU LỰC VĂN BẰNG BẢO HỘ", "",
                "Kính gửi: Cục Sở hữu trí tuệ", "Chủ văn bằng: Nguyễn Thị Lan",
                "Địa chỉ: Số 12 Trần Duy Hưng, Cầu Giấy, Hà Nội", "Số văn bằng: 4-0123456-000",
                "Yêu cầu duy trì hiệu lực văn bằng bảo hộ cho năm thứ 6.", "Phí duy trì: theo quy định.")


def _sample_photo(lines: int) -> np.ndarray:
    """A camera picture of an A4 page (``lines`` lines of text) lying on a dark desk."""
    page = Image.new("L", (1000, 1414), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 34)
    for index, text in enumerate((SAMPLE_LINES * 4)[:lines]):
        draw.text((90, 110 + index * 52), text, font=font, fill=20)
    photo = np.full((1080, 1920, 3), 45, np.uint8)
    flat = cv2.cvtColor(cv2.resize(np.asarray(page), (640, 905), interpolation=cv2.INTER_AREA), cv2.COLOR_GRAY2BGR)
    photo[88:993, 640:1280] = flat
    return photo


@lru_cache(maxsize=8)
def sample_page(lines: int) -> ScannedPage:
    """A page processed as the kiosk processes a capture (0 lines: a blurred empty desk, no page at all)."""
    if lines:
        image = _sample_photo(lines)
    else:
        grain = np.random.default_rng(0).normal(0, 25, (1080, 1920, 1)).astype(np.float32)
        desk = np.clip(np.array([60, 100, 140], np.float32) + cv2.GaussianBlur(grain, (0, 0), 6)[..., None] * 3, 0, 255)
        image = cv2.GaussianBlur(desk.astype(np.uint8), (0, 0), 4)
    return process_still(image, None, DigitizeSettings(), EnhanceMode.GREY)


def _id_card() -> np.ndarray:
    """A citizen ID card (ID-1, 85.6 x 54 mm) at 8 px/mm, BGRA: pale as the Vietnamese card, an emblem, the title
    in red, a photo and left-aligned fields."""
    card = Image.new("RGB", (685, 432), (226, 234, 238))
    draw = ImageDraw.Draw(card)
    title = ImageFont.truetype(str(FONT), 30)
    body = ImageFont.truetype(str(FONT), 22)
    draw.ellipse((24, 16, 92, 84), fill=(200, 40, 40))
    draw.regular_polygon((58, 50, 22), 5, rotation=-90, fill=(250, 210, 40))
    draw.text((112, 14), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=body, fill=(40, 40, 60))
    draw.text((112, 44), "CĂN CƯỚC / IDENTITY CARD", font=title, fill=(190, 30, 30))
    draw.rectangle((28, 110, 188, 320), fill=(150, 160, 175))
    draw.ellipse((63, 140, 153, 250), fill=(95, 90, 100))
    for index, text in enumerate(("Số định danh cá nhân: 001090012345", "Họ, chữ đệm và tên: NGUYỄN THỊ LAN",
                                  "Ngày sinh: 12/05/1990", "Giới tính: Nữ   Quốc tịch: Việt Nam",
                                  "Nơi cư trú: Cầu Giấy, Hà Nội")):
        draw.text((210, 130 + index * 40), text, font=body, fill=(30, 30, 40))
    pixels = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
    mask = np.zeros(pixels.shape[:2], np.uint8)
    cv2.rectangle(mask, (0, 0), (684, 431), 255, -1)
    for x, y in ((20, 20), (664, 20), (664, 411), (20, 411)):  # rounded corners, 2.5 mm
        mask[max(0, y - 20):y + 21, max(0, x - 20):x + 21] = 0
        cv2.circle(mask, (x, y), 20, 255, -1)
    return np.dstack([pixels, mask])


def wood_desk_frame(size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    """A preview frame of a camera over an empty wooden desk in soft light (float32 BGR)."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    grain = 6 * np.sin(xx / (width / 90) + 2 * np.sin(yy / (height / 8)))
    light = 1 - 0.25 * (((xx / width - 0.5) ** 2 + (yy / height - 0.5) ** 2) * 2)
    frame: np.ndarray = (np.array([70, 110, 150], np.float32)[None, None, :] + grain[..., None]) * light[..., None]
    return frame


def id_card_frame(size: tuple[int, int] = (1280, 720)) -> tuple[np.ndarray, np.ndarray]:
    """A preview frame of a camera over a wooden desk with an ID card laid a little askew, covering about
    7 % of the frame, right of centre (the smallest document a citizen brings), and the card's true corners."""
    width, height = size
    frame = wood_desk_frame(size)
    card = _id_card()
    source = np.array([[0, 0], [684, 0], [684, 431], [0, 431]], np.float32)
    centre, angle, card_width = np.array([0.58 * width, 0.52 * height]), np.radians(8.0), 0.25 * width
    scale = card_width / 685.0
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    target = ((source - [342, 216]) * scale) @ rotation.T + centre
    matrix = cv2.getPerspectiveTransform(source, target.astype(np.float32))
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_AREA)
    alpha = warped[..., 3:4].astype(np.float32) / 255.0
    shadow = cv2.GaussianBlur(alpha, (0, 0), 6)[..., None] if alpha.ndim == 2 else cv2.GaussianBlur(alpha, (0, 0), 6)
    shaded = frame.astype(np.float32) * (1 - 0.35 * np.roll(shadow.reshape(height, width, 1), (6, 6), (0, 1)))
    blended = shaded * (1 - alpha) + warped[..., :3].astype(np.float32) * alpha
    return blended.clip(0, 255).astype(np.uint8), target.astype(np.float32)


def _sample_scans(scans: ScanState) -> None:
    """Two pages of the request form and one of the fee receipt (the sample procedure's required documents)."""
    scans.place("request", sample_page(24))
    scans.place("request", sample_page(14))
    scans.place("fee_receipt", sample_page(8))


def settle(window: QWidget, max_passes: int = 20) -> None:
    """Process events until the layout stops moving. Each word-wrapped label that grows to fit its text
    (ui.widgets.fit_label) asks for one more layout pass; a running kiosk gets them from its event loop
    within milliseconds, a screenshot taken after a fixed number of passes could catch it half-way."""
    previous: list[object] | None = None
    for _ in range(max_passes):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
        shape = [w.geometry().getRect() for w in window.findChildren(QWidget) if w.isVisible()]
        if shape == previous:
            return
        previous = shape


def _reset(window: MainWindow, language: str) -> None:
    flow = window.flow
    flow.reset(reason="preview")
    flow.set_out_of_service("")
    flow.set_language(language)
    window.connecting.set_waiting(False)


def _show_screen(window: MainWindow, screen: Screen, language: str) -> None:
    _reset(window, language)
    if screen is Screen.OUT_OF_SERVICE:
        window.flow.set_out_of_service("printer: paper out")
    elif screen is not Screen.WELCOME:
        shown = window.screens[screen]
        if isinstance(shown, SubmitScreen):
            shown.card_preview = False  # only the submit_card_* states show the panel
        window.screens[screen].prepare_preview()
        window.flow.show(screen)


def _lookup_query(window: MainWindow, query: str, language: str) -> None:
    _show_screen(window, Screen.LOOKUP, language)
    window.flow.session.browse.query = query
    window.screens[Screen.LOOKUP].entered()


def _procedure(window: MainWindow, code: str, language: str) -> None:
    """The procedure screen of ``code`` (procedure.png shows an unverified entry; issue 14 compares a verified one)."""
    _reset(window, language)
    window.flow.session.procedure_code = code
    window.flow.show(Screen.PROCEDURE)


def _submit_step(window: MainWindow, step: str, language: str) -> None:
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    if step in ("scan", "review"):
        _sample_scans(window.flow.session.submission.scans)
    assert isinstance(submit, SubmitScreen)
    if step in ("start", "decline_question"):
        window.flow.session.submission.consent = Consent()  # not answered yet
        submit.preview_step("start")
        if step == "decline_question":
            submit.decline_consent()
        return
    if step == "declined":
        submit.preview_step("start")
        submit.confirm_decline()
        return
    submit.preview_step(step)


def _consent_view(window: MainWindow, name: str, language: str) -> None:
    """The start page's consent text with post or a sensitive document, or the delivery step's postal paragraph."""
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    submission = window.flow.session.submission
    if name == "submit_start_sensitive":
        window.flow.session.procedure_code = SENSITIVE_PROCEDURE
    submission.delivery = DeliveryChoice(DeliveryMethod.POST, submission.applicant.address)
    if name == "submit_delivery_post":
        submit.preview_step("delivery")
        return
    if name == "submit_start_sensitive":
        submission.delivery = DeliveryChoice()
    submission.consent = Consent()  # not answered yet
    submit.preview_step("start")


def _card_state(window: MainWindow, state: str, language: str) -> None:
    """The applicant step with the chip ID card panel in ``state`` (no reader needed: the panel renders the state)."""
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    submission = window.flow.session.submission
    status = CardReadStatus(state)
    if status in (CardReadStatus.WAITING, CardReadStatus.READING, CardReadStatus.FAILED):
        submission.applicant = ApplicantDetails()  # nothing known yet: the CAN is asked for
    else:
        submission.applicant.identity_trust = "chip-verified" if status is CardReadStatus.VERIFIED \
            else "chip-unverified-signer"
    submission.card = ChipCardState(status=status, progress=0.45 if status is CardReadStatus.READING else 0.0,
                                    error=CardAccessDenied("preview", device="card")
                                    if status is CardReadStatus.FAILED else None)
    submit.card_preview = True
    submit.preview_step("applicant")


def _submit_errors(window: MainWindow, language: str) -> None:
    """The applicant step after "Next" with a name missing and a short ID number: the error summary."""
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    window.flow.session.submission.applicant = ApplicantDetails(id_number="0011", address="Hà Nội")
    submit.preview_step("applicant")
    submit.next_step()


def _scan_view(window: MainWindow, name: str, language: str) -> None:
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    scans = window.flow.session.submission.scans
    _sample_scans(scans)
    if name == "submit_scan_check":
        scans.component = "request"
        scans.hold("request", sample_page(0))  # shown large with "Retake" / "Keep this page anyway"
        submit.preview_step("scan")
    else:
        if name == "submit_scan_turned":
            pages = scans.of("request")
            pages.retake(1, turned_page(pages[1]))
        submit.preview_step("scan")
        submit.scanner.view_page(1)


def _track_outbox(window: MainWindow, kind: str, language: str) -> None:
    """The track screen after a provisional reference was answered from the outbox with ``kind``."""
    _show_screen(window, Screen.TRACK, language)
    track = window.screens[Screen.TRACK]
    assert isinstance(track, TrackScreen)
    ref = "TAM-KSIM01-261203-K7QH4M"
    field = track.findChild(QLineEdit, "field_code")
    assert field is not None
    field.setText(ref)
    code = "000.00.00.G06-261203-0042" if kind == "sent" else ""
    track.show_outbox_answer(OutboxAnswer(ref, OutboxAnswerKind(kind), datetime(2026, 12, 3, 9, 30), code))


def _scan_id_card(window: MainWindow, language: str) -> None:
    """The scan step while the camera shows a small ID card: the preview with the card's outline."""
    _scan_frame(window, language, id_card_frame()[0])


def _scan_not_found(window: MainWindow, language: str) -> None:
    """The scan step after the camera has found no page for ``no_page_help_seconds``: how to lay one."""
    _scan_frame(window, language, wood_desk_frame().clip(0, 255).astype(np.uint8),
                searching_seconds=DigitizeSettings().no_page_help_seconds)


def _scan_frame(window: MainWindow, language: str, frame: np.ndarray, searching_seconds: float = 0.0) -> None:
    """The scan step with ``frame`` as the camera's preview (its page found, or none for ``searching_seconds``)."""
    _show_screen(window, Screen.SUBMIT, language)
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    _sample_scans(window.flow.session.submission.scans)
    submit.preview_step("scan")
    submit.scanner.stop()  # no live frame may replace the one shown
    window.flow.session.scan_hint_seen = True
    submit.scanner.start()  # hides the hint (seen), then stop again
    submit.scanner.stop()
    settle(window)
    submit.scanner.show_frame(frame, searching_seconds)


def _maintenance_page(window: MainWindow, key: str, language: str) -> None:
    _show_screen(window, Screen.MAINTENANCE, language)
    maintenance = window.screens[Screen.MAINTENANCE]
    assert isinstance(maintenance, MaintenanceScreen)
    maintenance.show_page(key)


def _keyboard(window: MainWindow, screen: Screen, field_name: str, language: str) -> None:
    """``screen`` with the keyboard open on ``field_name``, as after a tap on the field."""
    _show_screen(window, screen, language)
    field = window.screens[screen].findChild(QLineEdit, field_name)
    assert field is not None, field_name
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    if window.keyboard is not None and window.keyboard.field is not field:
        window.keyboard.attach(field)  # the window is not active (offscreen): focus changes are not reported


def _overlay(window: MainWindow, name: str, language: str) -> None:
    _reset(window, language)
    flow = window.flow
    if name == "pin_pad":
        window.open_pin_pad()
        return
    if name == "connecting":  # issue 20: a ticket asked for while the embedded backend still starts
        flow.go(Screen.ASSISTANCE)
        window.connecting.set_waiting(True)
        return
    if name == "idle_scan":  # the warning while scanning: the camera preview stays in view
        _submit_step(window, "scan", language)
        window._idle_countdown(54)  # noqa: SLF001 - the countdown the flow would start
        return
    flow.go(Screen.LOOKUP)
    flow.session.procedure_code = "1.005164"  # something personal: Home asks before deleting it
    if name == "confirm_home":
        window.request_home()
    elif name == "help":
        window.show_help()
    elif name == "idle":
        window._idle_countdown(54)  # noqa: SLF001 - the countdown the flow would start
    elif name == "display":
        window.show_display_options()


def preview_states(window: MainWindow, language: str) -> Iterator[str]:
    """Put ``window`` in each state in turn (in ``language``) and yield the state's name."""
    steps: list[tuple[str, Callable[[], None]]] = []
    for screen in Screen:
        # The screen as prepare_preview() leaves it is named after the screen (submit.png shows the
        # applicant step, maintenance.png the devices page); the other steps and pages follow.
        steps.append((screen.value, partial(_show_screen, window, screen, language)))
        if screen is Screen.LOOKUP:  # issue 21 finding 9: no match offers a ticket for the counter
            steps.append(("lookup_no_results", partial(_lookup_query, window, "làm hộ chiếu", language)))
            steps.append(("lookup_postal", partial(_lookup_query, window, "bưu chính", language)))  # issue 14: notes
        elif screen is Screen.PROCEDURE:  # issue 14: a verified entry asserts its time and fee, without the note
            steps.append(("procedure_verified", partial(_procedure, window, "1.004428", language)))
            steps.append(("procedure_months", partial(_procedure, window, "1.005152", language)))
        elif screen is Screen.SUBMIT:
            steps += [(f"submit_{step}", partial(_submit_step, window, step, language))
                      for step in SUBMIT_STEPS if step != "applicant"]
            steps += [(name, partial(_scan_view, window, name, language)) for name in SCAN_VIEWS]
            steps.append((SCAN_ID_CARD, partial(_scan_id_card, window, language)))
            steps.append((SCAN_NOT_FOUND, partial(_scan_not_found, window, language)))
            steps += [(name, partial(_consent_view, window, name, language)) for name in CONSENT_VIEWS]
            steps.append(("submit_errors", partial(_submit_errors, window, language)))
            steps += [(f"submit_card_{state}", partial(_card_state, window, state, language)) for state in CARD_STATES]
        elif screen is Screen.TRACK:
            steps += [(f"track_{kind}", partial(_track_outbox, window, kind, language)) for kind in TRACK_OUTBOX]
        elif screen is Screen.MAINTENANCE:
            maintenance = window.screens[Screen.MAINTENANCE]
            assert isinstance(maintenance, MaintenanceScreen)
            keys = list(maintenance.pages)[1:]
            steps += [(f"maintenance_{key}", partial(_maintenance_page, window, key, language)) for key in keys]
    steps += [(name, partial(_keyboard, window, screen, field, language)) for name, screen, field in KEYBOARDS]
    steps += [(name, partial(_overlay, window, name, language)) for name in OVERLAYS]
    for name, enter in steps:
        enter()
        yield name
    _reset(window, language)
