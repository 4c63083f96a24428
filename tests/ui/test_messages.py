"""Issue 19, "one error bridge": every citizen-visible problem carries a code and parameters, and
``ui.messages.citizen_text`` words it in the citizen's language (English source, Vietnamese catalogue)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import numpy as np
import pytest

import devices.base as device
from kiosk_app import i18n_build
from kiosk_app.backend.errors import BackendRejected, BackendTimeout, BackendUnavailable, BackendUnsupported
from kiosk_app.digitize.detect import PageDetection
from kiosk_app.digitize.quality import QualityIssue, QualityProblem, check_cut_off
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.domain.citizen_id import CitizenIdError, CitizenIdProblem, parse_citizen_id_qr
from kiosk_app.dossier_form import PageNotCaptured
from kiosk_app.errors import BackendError, CitizenProblem, DeviceNotWorking, InvalidInput, KioskError
from kiosk_app.wizard import DossierNotSaved
from ui.i18n import install_language
from ui.messages import CONTEXT, TEXTS, citizen_text


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


DEVICE_ERRORS = [device.DeviceError, *_subclasses(device.DeviceError)]
KIOSK_ERRORS = [KioskError, *(c for c in _subclasses(KioskError) if c is not BackendRejected)]


def _vietnamese_catalogue() -> dict[str, str]:
    root = ET.parse(i18n_build.I18N_DIR / "kiosk_vi.ts").getroot()
    return {
        msg.findtext("source") or "": (msg.findtext("translation") or "").strip()
        for ctx in root.iter("context") if ctx.findtext("name") == CONTEXT
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")
    }


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("en")


def test_every_code_a_citizen_can_meet_has_a_sentence() -> None:
    """Finding "one error bridge": no device, kiosk, ID-card or page-quality code falls through to the
    generic sentence; and no two error classes share a code (a code names one problem)."""
    codes = [cls.code for cls in DEVICE_ERRORS + KIOSK_ERRORS]
    assert len(codes) == len(set(codes)), sorted(codes)
    every = [*codes, *CitizenIdProblem, *QualityProblem]
    assert [code for code in every if code not in TEXTS] == []


def test_every_code_has_a_vietnamese_translation() -> None:
    """Finding "one error bridge": each sentence of the table is translated in resources/i18n/kiosk_vi.ts."""
    catalogue = _vietnamese_catalogue()
    untranslated = sorted({source for source in TEXTS.values() if not catalogue.get(source)})
    assert untranslated == []


def test_every_citizen_visible_error_has_a_code_and_params() -> None:
    """Finding "one error bridge": the four error shapes of before are one shape now."""
    samples: list[object] = [cls("detail") for cls in DEVICE_ERRORS + KIOSK_ERRORS]
    samples += [BackendRejected(404, "dossier_not_found"), CitizenIdError(CitizenIdProblem.SEX, "x"),
                QualityIssue(QualityProblem.BLUR, 1.0, 2.0)]
    assert [s for s in samples if not isinstance(s, CitizenProblem)] == []
    assert [s for s in samples if hasattr(s, "message") or hasattr(s, "citizen_message")] == []


ENGLISH_AND_VIETNAMESE = [
    (KioskError("boom"), "Something went wrong. Please ask the staff at the counter for help.",
     "Đã có lỗi xảy ra. Vui lòng nhờ cán bộ tại quầy hỗ trợ."),
    (DeviceNotWorking("camera"), "A device of this kiosk is not working. Please ask the staff for help.",
     "Một thiết bị của kiosk đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ."),
    (BackendTimeout("GET /track: timed out"), "The service cannot be reached right now. Please try again in a moment.",
     "Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút."),
    # Issue 15: a system without queue tickets (OpenCPS) sends the citizen to the counter
    (BackendUnsupported("draw_ticket: OpenCPS has no queue"),
     "This service is not offered at this kiosk. Please go to the reception counter; the staff will help you in turn.",
     "Kiosk này không cung cấp dịch vụ này. Ông/Bà vui lòng đến quầy tiếp nhận, cán bộ sẽ hỗ trợ Ông/Bà theo lượt."),
    (InvalidInput("phone"), "Some information is not valid. Please check it and try again.",
     "Có thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại."),
    (device.PrinterPaperOut("sensor", device="printer"),
     "The receipt printer is out of paper. Please ask the staff to replace the paper roll.",
     "Máy in phiếu đã hết giấy. Vui lòng nhờ cán bộ thay cuộn giấy."),
    (device.PrinterHardwareError("head"), "The receipt printer is not working. Please ask the staff for help.",
     "Máy in phiếu đang không hoạt động. Vui lòng nhờ cán bộ hỗ trợ."),
    (device.CameraUnavailable("unplugged"), "The camera is not connected. Please ask the staff for help.",
     "Camera chưa được kết nối. Vui lòng nhờ cán bộ hỗ trợ."),
    (device.QrUnreadable("blurred"), "The code could not be read. Please hold it still in front of the scanner.",
     "Chưa đọc được mã. Vui lòng giữ yên mã trước đầu đọc."),
    (CitizenIdError(CitizenIdProblem.ISSUE_DATE, "x"),
     "A date in the QR code is not valid. Please type your details instead.",
     "Ngày tháng trong mã QR không hợp lệ. Vui lòng tự nhập thông tin."),
    (QualityIssue(QualityProblem.GLARE, 0.2, 0.05),
     "Light is reflecting on the text of the page. Tilt the page slightly or remove its plastic sleeve.",
     "Ánh sáng bị phản chiếu lên chữ trên trang giấy. Nghiêng nhẹ trang giấy hoặc bỏ túi nhựa bọc ngoài."),
    (DossierNotSaved("disk full"),
     "Your dossier could not be saved at this kiosk. Nothing was sent. Please try again, or go to the reception counter.",
     "Không lưu được hồ sơ tại kiosk này; chưa có gì được gửi đi. Vui lòng thử lại hoặc đến quầy tiếp nhận."),
    (PageNotCaptured("encode failed"), "The picture could not be taken. Please try again.",
     "Không chụp được ảnh. Vui lòng thử lại."),
    (RuntimeError("Traceback: KeyError 'x'"), "Something went wrong. Please ask the staff at the counter for help.",
     "Đã có lỗi xảy ra. Vui lòng nhờ cán bộ tại quầy hỗ trợ."),
]


@pytest.mark.parametrize(("error", "english", "_vietnamese"), ENGLISH_AND_VIETNAMESE,
                         ids=[type(e[0]).__name__ for e in ENGLISH_AND_VIETNAMESE])
def test_each_error_type_in_english(qapp, error: object, english: str, _vietnamese: str) -> None:
    """Finding "one error bridge": each error type maps to its sentence in English (the source language)."""
    assert citizen_text(error, "en") == english


@pytest.mark.parametrize(("error", "_english", "vietnamese_text"), ENGLISH_AND_VIETNAMESE,
                         ids=[type(e[0]).__name__ for e in ENGLISH_AND_VIETNAMESE])
def test_each_error_type_in_vietnamese(vietnamese: None, error: object, _english: str,
                                       vietnamese_text: str) -> None:
    """Finding "one error bridge": each error type maps to its sentence in Vietnamese."""
    assert citizen_text(error, "vi") == vietnamese_text


def test_a_server_rejection_passes_the_servers_own_words_through(vietnamese: None) -> None:
    """Finding "one error bridge": the server's vi/en message is a parameter, shown in the citizen's language;
    without one, the general "service" sentence."""
    rejected = BackendRejected(404, "dossier_not_found", "Không tìm thấy hồ sơ.", "No dossier found.")
    assert rejected.params == {"message_vi": "Không tìm thấy hồ sơ.", "message_en": "No dossier found."}
    assert citizen_text(rejected, "vi") == "Không tìm thấy hồ sơ."
    assert citizen_text(rejected, "en") == "No dossier found."
    assert citizen_text(BackendRejected(502, "http_502"), "vi") == (
        "Hiện chưa kết nối được với hệ thống. Vui lòng thử lại sau ít phút.")


def test_params_fill_named_placeholders(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding "one error bridge": a sentence's ``{name}`` placeholders come from the error's params."""
    monkeypatch.setitem(TEXTS, BackendError.code, "Try again in {minutes} minutes.")
    assert citizen_text(BackendError("busy", minutes=5), "en") == "Try again in 5 minutes."


def test_errors_raised_by_the_core_are_worded(qapp) -> None:
    """Finding "one error bridge": what the parser and the quality checks really produce goes through the table."""
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr("abc")
    assert citizen_text(info.value, "en").startswith("This QR code is not the one of a chip citizen ID card.")
    detection = PageDetection(np.array([[0, 0], [10, 0], [10, 10], [0, 10]], np.float32), True, 1.0, (1280, 720))
    issue = check_cut_off(detection, DigitizeSettings())
    assert issue is not None
    assert citizen_text(issue, "en").startswith("Part of the page is outside the camera's view.")
    assert citizen_text(BackendUnavailable("down"), "en") == citizen_text(BackendError("down"), "en")


def test_no_screen_words_an_error_itself() -> None:
    """Finding "one error bridge": the four shapes handled by duck typing in ``ui/`` (``citizen_message``,
    ``.message``, ``message(language)``, ``getattr(exc, "message")``) are gone; ui/messages.py is the one place."""
    import re  # noqa: PLC0415

    from kiosk_app.paths import REPO_ROOT  # noqa: PLC0415

    shapes = re.compile(r"citizen_message|getattr\((exc|error|err), \"message\"|\b(exc|error|err)\.message\b")
    offenders = [f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}"
                 for path in sorted((REPO_ROOT / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if shapes.search(line)]
    assert offenders == []
