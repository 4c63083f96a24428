"""Speech output writes real audio in Vietnamese and English (simulated profile: WAV files)."""
from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from kiosk_app.speech import EspeakSpeaker

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is installed by the set-up")


def duration(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_vietnamese_and_english_utterances_become_wav_files(tmp_path: Path) -> None:
    speaker = EspeakSpeaker(wav_dir=tmp_path)
    speaker.say("Bạn còn ở đây không?", "vi")
    speaker.wait()
    speaker.say("Are you still there?", "en")
    speaker.wait()
    vi, en = sorted(tmp_path.glob("*.wav"))
    assert vi.name == "0001-vi.wav" and en.name == "0002-en.wav"
    assert (tmp_path / "0001-vi.txt").read_text(encoding="utf-8") == "Bạn còn ở đây không?"
    assert 0.5 < duration(vi) < 5 and 0.5 < duration(en) < 5


def test_a_new_utterance_interrupts_the_previous_one(tmp_path: Path) -> None:
    speaker = EspeakSpeaker(wav_dir=tmp_path)
    speaker.say("Thủ tục hành chính " * 40, "vi")
    speaker.say("Trang chủ", "vi")
    speaker.wait()
    assert (tmp_path / "0002-vi.txt").read_text(encoding="utf-8") == "Trang chủ"
    assert duration(tmp_path / "0002-vi.wav") < 3
