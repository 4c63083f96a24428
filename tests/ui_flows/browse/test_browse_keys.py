"""The citizen flow with key presses only (a USB keypad or keyboard, speech output on), against the
embedded backend: a tracking look-up and an assistance ticket. The QA profile writes every utterance
to a WAV file and its text, which are checked for the Vietnamese titles and control names."""
from __future__ import annotations

import shutil
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from browse_kit import PHONE, submit_dossier
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk_app.api.schemas import DossierReceipt
from kiosk_app.clock import ManualClock
from kiosk_app.composition import build_flow
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.services import KioskServices
from kiosk_app.speech import EspeakSpeaker, build_speaker
from kiosk_app.visitor_state import TicketPrinting
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is installed by the set-up")
K = Qt.Key


@pytest.fixture
def speech_dir(tmp_path: Path) -> Path:
    return tmp_path / "speech"


@pytest.fixture
def kiosk(qtbot, services: KioskServices, tmp_path: Path) -> Iterator[tuple[MainWindow, KioskFlow, EspeakSpeaker]]:  # type: ignore[no-untyped-def]
    """The real window, in Vietnamese, speaking through the QA profile's speaker (WAV files in tmp_path)."""
    from ui.app import build_window, create_qapp

    settings = services.profile.accessibility
    assert settings.speech_output == "wav" and settings.speech_on_keypad and not settings.speech
    flow = build_flow(services.profile, clock=ManualClock(), services=services)
    assert flow.language == "vi"
    speaker = build_speaker(settings.speech_output, tmp_path, settings.speech_rate_wpm)
    assert isinstance(speaker, EspeakSpeaker)
    create_qapp()
    window = build_window(flow, kiosk_mode=False, speaker=speaker, speech_on_keypad=settings.speech_on_keypad)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window, flow, speaker
    flow.reset(reason="test over")
    window.shutdown()
    QApplication.processEvents()
    flow.stop()
    flow.session.wipe()
    shutil.rmtree(flow.session.scratch_dir, ignore_errors=True)


def press(qtbot, window: MainWindow, speaker: EspeakSpeaker, key: K) -> None:  # type: ignore[no-untyped-def]
    """One key where a keyboard's would go (the focused widget), then let the voice finish."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)
    QApplication.processEvents()  # deferred focus moves
    window.speech.flush()  # what the key queued is said now (issue 19: no fixed waits)
    speaker.wait()


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def utterances(speech_dir: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(speech_dir.glob("*.txt"))]


def check_wav(speech_dir: Path, phrase: str) -> None:
    """The utterance that contains ``phrase`` is a complete WAV file of a plausible length."""
    texts = sorted(speech_dir.glob("*.txt"))
    path = next(p for p in texts if phrase in p.read_text(encoding="utf-8")).with_suffix(".wav")
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", path.name
    with wave.open(str(path)) as audio:
        seconds = audio.getnframes() / audio.getframerate()
    words = len(path.with_suffix(".txt").read_text(encoding="utf-8").split())
    assert 0.15 * words < seconds < 2.0 * words + 2, (path.name, seconds, words)


@pytest.fixture(scope="module")
def receipt(services: KioskServices, tmp_path_factory: pytest.TempPathFactory) -> DossierReceipt:
    return submit_dossier(services, tmp_path_factory.mktemp("pdfs"))


def test_tracking_a_dossier_with_keys_only(qtbot, kiosk, receipt: DossierReceipt, speech_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow, speaker = kiosk
    press(qtbot, window, speaker, K.Key_Tab)  # the first key: speech on, the keys explained
    assert flow.speech
    press(qtbot, window, speaker, K.Key_Down)
    press(qtbot, window, speaker, K.Key_Down)  # Xem tình trạng hồ sơ đã nộp
    press(qtbot, window, speaker, K.Key_Return)
    assert flow.state is Screen.TRACK
    type_keys(qtbot, receipt.code)
    press(qtbot, window, speaker, K.Key_Tab)
    type_keys(qtbot, PHONE[-4:])
    press(qtbot, window, speaker, K.Key_Return)  # from the last field to "Xem hồ sơ của tôi"
    press(qtbot, window, speaker, K.Key_Return)
    qtbot.waitUntil(lambda: flow.state is Screen.DOSSIER, timeout=10_000)
    code_label = window.findChild(QLabel, "dossier_code")
    assert code_label.isVisible() and receipt.code in code_label.text()
    window.speech.flush()
    speaker.wait()
    said = utterances(speech_dir)
    assert said[0].startswith("Đã bật đọc màn hình.") and "Tìm thủ tục" in said[0]  # first tile, by its name
    assert any(t.startswith("Xem tình trạng hồ sơ") and "Mã hồ sơ" in t for t in said)  # title, then the focused field
    assert any(t.startswith("4 số cuối số điện thoại") for t in said)
    assert any("Xem hồ sơ của tôi" in t for t in said)
    assert any(t.startswith("Hồ sơ của Ông/Bà") for t in said)
    assert PHONE[-4:] not in " ".join(said[:3])
    check_wav(speech_dir, "Mã hồ sơ")
    check_wav(speech_dir, "Hồ sơ của Ông/Bà")
    assert all(path.stat().st_size > 44 for path in speech_dir.glob("*.wav"))


def test_an_assistance_ticket_with_keys_only(qtbot, kiosk, speech_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow, speaker = kiosk
    press(qtbot, window, speaker, K.Key_Tab)
    for _ in range(3):
        press(qtbot, window, speaker, K.Key_Tab)  # Nhờ hỗ trợ, the fourth tile
    press(qtbot, window, speaker, K.Key_Return)
    assert flow.state is Screen.ASSISTANCE
    press(qtbot, window, speaker, K.Key_Return)  # the first area: general information
    qtbot.waitUntil(lambda: flow.state is Screen.TICKET, timeout=10_000)
    ticket = flow.session.ticket.ticket
    assert ticket.service_area.value == "general"
    status = window.findChild(QLabel, "ticket_print_status")
    qtbot.waitUntil(lambda: flow.session.ticket.printing is TicketPrinting.PRINTED, timeout=10_000)
    qtbot.waitUntil(lambda: any(status.text() in t for t in utterances(speech_dir)), timeout=5000)
    speaker.wait()
    said = utterances(speech_dir)
    assert any(t.startswith("Nhờ hỗ trợ") and "Thông tin chung và hướng dẫn" in t for t in said)
    assert any(t.startswith("Số thứ tự của Ông/Bà") and ticket.label in t for t in said)
    check_wav(speech_dir, "Thông tin chung và hướng dẫn")
    check_wav(speech_dir, status.text())
    press(qtbot, window, speaker, K.Key_Return)  # Kết thúc: the session ends
    assert flow.state is Screen.WELCOME and not flow.speech
