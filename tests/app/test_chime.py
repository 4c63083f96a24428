"""The idle warning's chime: a real WAV tone, played through a real subprocess or recorded to a file."""
from __future__ import annotations

import array
import io
import sys
import wave
from pathlib import Path

import pytest

from kiosk_app.chime import PlayerChime, SilentChime, WavChime, build_chime, chime_wav


def tone_of(data: bytes) -> tuple[float, int]:
    """Seconds and loudest sample of a 16-bit mono WAV."""
    with wave.open(io.BytesIO(data), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        seconds = sound.getnframes() / sound.getframerate()
        samples = array.array("h", sound.readframes(sound.getnframes()))
    return seconds, max(abs(s) for s in samples)


def test_the_chime_is_a_short_audible_tone() -> None:
    """Issue 21 finding 1: the warning's sound is half a second of tone at a clearly audible level."""
    seconds, loudest = tone_of(chime_wav())
    assert 0.3 <= seconds <= 1.0 and loudest > 16000


def test_the_player_gets_the_whole_chime_on_its_input(tmp_path: Path) -> None:
    """The sound player is a real process reading the WAV from a pipe (here one that keeps what it heard)."""
    heard = tmp_path / "heard.wav"
    player = [sys.executable, "-c", f"import sys; open({str(heard)!r}, 'wb').write(sys.stdin.buffer.read())"]
    chime = PlayerChime(player)
    chime.ring()
    assert chime._process is not None  # noqa: SLF001 - wait for the player in the test only
    chime._process.wait(30)  # noqa: SLF001
    assert heard.read_bytes() == chime_wav()


def test_a_ring_while_the_last_one_plays_is_dropped(tmp_path: Path) -> None:
    started = tmp_path / "started"
    player = [sys.executable, "-c",
              f"import sys, time; open({str(started)!r}, 'a').write('x'); sys.stdin.buffer.read(); time.sleep(1)"]
    chime = PlayerChime(player)
    chime.ring()
    chime.ring()
    assert chime._process is not None  # noqa: SLF001
    chime._process.wait(30)  # noqa: SLF001
    assert started.read_text() == "x"


def test_profile_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(build_chime("off", tmp_path), SilentChime)
    recorder = build_chime("wav", tmp_path)
    assert isinstance(recorder, WavChime)
    recorder.ring()
    (recording,) = recorder.recordings()
    assert recording.parent == tmp_path / "sounds" and recording.read_bytes() == chime_wav()


@pytest.mark.expect_log(logger="kiosk.chime", level="WARNING", message=r"no sound player")
def test_without_a_sound_player_the_kiosk_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no aplay, paplay or pw-play here
    assert isinstance(build_chime("audio", tmp_path), SilentChime)


def test_audio_output_uses_the_first_player_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    player = tmp_path / "paplay"
    player.write_text("#!/bin/sh\ncat > /dev/null\n")
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    chime = build_chime("audio", tmp_path)
    assert isinstance(chime, PlayerChime) and chime.command == [str(player)]
