"""The warning chime: a short two-tone sound the kiosk plays when it is about to end a session.

Like a cash machine, the kiosk makes a sound when it wants attention, whether speech mode is on or not
(issue 21 finding 1: a silent countdown goes unnoticed by someone busy with their papers). The tones
are made here (a WAV in memory, standard library only) and played through the system's sound player
(``aplay`` from alsa-utils, or PulseAudio's ``paplay`` / PipeWire's ``pw-play``) through a pipe. The QA
profile's ``wav`` output writes each chime to ``<data_dir>/sounds`` instead, so tests and QA can check
what was played. The chime follows the profile's sound output (``accessibility.speech_output``).
"""
from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import subprocess
import threading
import wave
from pathlib import Path
from typing import Protocol

from kiosk_app.privacy import ensure_private_dir, open_private

log = logging.getLogger("kiosk.chime")

RATE = 16000  # samples per second: plenty for two sine tones
TONES = ((880.0, 0.18), (0.0, 0.06), (660.0, 0.26))  # (hertz, seconds): "ding-dong", 0 Hz is a pause
VOLUME = 0.6  # of full scale
PLAYERS: tuple[tuple[str, list[str]], ...] = (("aplay", ["-q", "-"]), ("paplay", []), ("pw-play", ["-"]))


def chime_wav(tones: tuple[tuple[float, float], ...] = TONES, rate: int = RATE) -> bytes:
    """The chime as a 16-bit mono WAV file (faded in and out, so the speaker does not click)."""
    samples: list[int] = []
    fade = int(rate * 0.01)
    for hertz, seconds in tones:
        count = int(rate * seconds)
        for i in range(count):
            envelope = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
            value = math.sin(2 * math.pi * hertz * i / rate) if hertz else 0.0
            samples.append(int(32767 * VOLUME * envelope * value))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


class Chime(Protocol):
    def ring(self) -> None: ...


class SilentChime:
    """No sound output (profile ``off``, or no sound player installed); counts the rings."""

    def __init__(self) -> None:
        self.rings = 0

    def ring(self) -> None:
        self.rings += 1


class PlayerChime:
    """Plays the chime through a system sound player; a new ring while one plays is dropped."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.sound = chime_wav()
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def ring(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                return
            try:
                self._process = subprocess.Popen(self.command, stdin=subprocess.PIPE,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except OSError as exc:
                log.warning("chime not played: %s", exc)
                return
            assert self._process.stdin is not None
            try:
                self._process.stdin.write(self.sound)
                self._process.stdin.close()
            except BrokenPipeError:
                log.warning("chime not played: the sound player closed its input")


class WavChime:
    """QA: every ring becomes ``NNNN-chime.wav`` in ``folder`` (a recording of what would be heard)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sound = chime_wav()
        self.count = 0
        ensure_private_dir(folder)

    def ring(self) -> None:
        self.count += 1
        with open_private(self.folder / f"{self.count:04d}-chime.wav", "wb") as handle:
            handle.write(self.sound)

    def recordings(self) -> list[Path]:
        return sorted(self.folder.glob("*-chime.wav"))


def find_player() -> list[str] | None:
    """The first sound player on this system, as a command that reads a WAV on stdin."""
    for name, arguments in PLAYERS:
        found = shutil.which(name)
        if found is not None:
            return [found, *arguments]
    return None


def build_chime(output: str, data_dir: Path) -> Chime:
    """The chime a profile's sound output asks for: ``audio`` (sound player), ``wav`` (files) or ``off``."""
    if output == "off":
        return SilentChime()
    if output == "wav":
        return WavChime(data_dir / "sounds")
    command = find_player()
    if command is None:
        log.warning("no sound player (aplay, paplay, pw-play) found: the idle warning cannot beep")
        return SilentChime()
    return PlayerChime(command)
