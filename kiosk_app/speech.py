"""Speech output (offline) for the accessibility mode: Vietnamese and English through espeak-ng.

espeak-ng is a maintained speech synthesiser with a Vietnamese voice in Debian; it is driven as a
subprocess so a new utterance can interrupt the previous one at once (a screen change must not wait
for the last sentence). The simulated profile writes each utterance to a WAV file (plus its text)
instead of the sound card, so tests and QA can check what was said.

Utterances are personal data: a focused field is read with its value (a name, the phone digits). In
``audio`` mode the text goes to espeak-ng through a pipe and nothing is written to disk; ``wav`` mode
(the QA profile only: the profile refuses it elsewhere) keeps every utterance in ``<data_dir>/speech``
(folder 0700, files 0600), and any other mode deletes that folder at start-up (:func:`purge_utterances`).
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Protocol

from kiosk_app.privacy import ensure_private_dir, ensure_private_file, open_private

log = logging.getLogger("kiosk.speech")
VOICES = {"vi": "vi", "en": "en-gb"}


class Speaker(Protocol):
    def say(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...

    def busy(self) -> bool: ...


class SilentSpeaker:
    """No speech (espeak-ng missing, or speech output switched off); remembers the last text."""

    def __init__(self) -> None:
        self.last = ""

    def say(self, text: str, language: str) -> None:
        self.last = text

    def stop(self) -> None:
        pass

    def busy(self) -> bool:
        return False


class EspeakSpeaker:
    """Speak with espeak-ng; with ``wav_dir`` every utterance becomes ``NNNN-<lang>.wav`` + ``.txt``."""

    def __init__(self, wav_dir: Path | None = None, rate_wpm: int = 150, executable: str | None = None) -> None:
        found = executable or shutil.which("espeak-ng")
        if found is None:
            raise FileNotFoundError("espeak-ng is not installed")
        self.executable = found
        self.wav_dir = wav_dir
        self.rate_wpm = rate_wpm
        self.count = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        if wav_dir is not None:
            ensure_private_dir(wav_dir)

    def say(self, text: str, language: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        with self._lock:
            self._stop_locked()
            self.count += 1
            command = [self.executable, "-v", VOICES.get(language, "vi"), "-s", str(self.rate_wpm)]
            if self.wav_dir is not None:
                stem = self.wav_dir / f"{self.count:04d}-{language}"
                with open_private(stem.with_suffix(".txt"), "w", encoding="utf-8") as handle:
                    handle.write(text)
                # espeak-ng rewrites the file it is given and keeps its mode: create it private first.
                command += ["-w", str(ensure_private_file(stem.with_suffix(".wav")))]
            # The text goes through stdin: never through a shell, never as an option.
            self._process = subprocess.Popen(command + ["--stdin"], stdin=subprocess.PIPE,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            assert self._process.stdin is not None
            self._process.stdin.write(text.encode("utf-8"))
            self._process.stdin.close()

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for the current utterance (tests: the WAV file is complete afterwards)."""
        with self._lock:
            process = self._process
        if process is not None:
            process.wait(timeout)

    def busy(self) -> bool:
        """True while an utterance is being spoken (or written)."""
        with self._lock:
            return self._process is not None and self._process.poll() is None

    def _stop_locked(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            self._process.wait(2)
        self._process = None

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()


def purge_utterances(data_dir: Path) -> None:
    """Delete the utterance files a ``wav`` run left in ``data_dir/speech`` (they may hold personal data)."""
    folder = data_dir / "speech"
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        log.info("deleted utterance files left in %s", folder)


def build_speaker(output: str, data_dir: Path, rate_wpm: int = 150) -> Speaker:
    """The speaker a profile asks for: ``audio`` (sound card), ``wav`` (files in data_dir/speech) or ``off``.

    Outside ``wav`` mode utterance files of an earlier QA run in the same data directory are deleted.
    """
    if output != "wav":
        purge_utterances(data_dir)
    if output == "off":
        return SilentSpeaker()
    try:
        return EspeakSpeaker(data_dir / "speech" if output == "wav" else None, rate_wpm=rate_wpm)
    except FileNotFoundError:
        log.warning("espeak-ng not found: speech output is unavailable")
        return SilentSpeaker()
