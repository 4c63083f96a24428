"""The check every uploaded PDF passes before it is stored, run in a child process under limits.

The cheap, linear envelope checks (header, markup, data after ``%%EOF``) run here; the parse by
pikepdf (:mod:`server.pdf_inspect`) runs in ``python -m server.pdf_inspect`` with a wall-clock timeout
and CPU and address-space limits, because qpdf is not linear on every hostile input (thousands of
streams with a wrong /Length and no ``endstream`` take it tens of seconds). The server's memory and
event loop are never at stake; a file that exhausts a limit is refused.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from kiosk_app.api.schemas import ErrorCode
from server.errors import ApiError
from server.pdf_inspect import PdfLimits, Refused, Verdict, check_envelope

log = logging.getLogger("server.pdf_check")

_STARTUP_SECONDS = 5.0
"""Wall-clock allowance for starting the child (Python and pikepdf) on a busy machine."""
_SOURCE_ROOT = str(Path(__file__).resolve().parents[1])


class PdfChecker:
    """Inspects the files of one upload in one child process, at most ``concurrency`` children at a time."""

    def __init__(self, limits: PdfLimits, concurrency: int = 2) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(concurrency)

    def check_files(self, files: list[bytes], max_bytes: int) -> None:
        """Raise ApiError for the first file that is too large or not a plain PDF; blocks (call off the loop)."""
        for data in files:
            if len(data) > max_bytes:
                raise ApiError(413, ErrorCode.FILE_TOO_LARGE, {"max_bytes": max_bytes})
            try:
                check_envelope(data)  # linear, and no child for obvious junk
            except Refused as refusal:
                _raise(refusal.verdict)
        if files:
            with self._slots:
                for verdict in self._inspect(files):
                    _raise(verdict)

    def _inspect(self, files: list[bytes]) -> list[Verdict]:
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [_SOURCE_ROOT, os.environ.get("PYTHONPATH")]))}
        command = [*_inspector_command(), json.dumps(asdict(self.limits))]
        with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env=environment) as child:
            # Written piece by piece from a thread: no second copy of the upload in the server's memory.
            writer = threading.Thread(target=_write_files, args=(child, files), daemon=True)
            writer.start()
            try:
                child.wait(self.limits.seconds + _STARTUP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
                return [Verdict(ErrorCode.UNSAFE_PDF.value, "took too long to inspect")]
            finally:
                writer.join()
                _close_quietly(child)
            assert child.stdout is not None
            out = child.stdout.read()
        if child.returncode != 0:
            # Killed at the CPU limit, or out of address space outside Python's reach.
            log.warning("PDF inspection ended with status %s", child.returncode)
            return [Verdict(ErrorCode.UNSAFE_PDF.value, "too complex to inspect")]
        return [Verdict(code, reason) for code, reason in json.loads(out)]


def _write_files(child: subprocess.Popen[bytes], files: list[bytes]) -> None:
    """Send the files framed as :func:`server.pdf_inspect.read_files` expects; stop if the child is gone."""
    assert child.stdin is not None
    try:
        for data in files:
            child.stdin.write(len(data).to_bytes(8, "big"))
            child.stdin.write(data)
        child.stdin.close()
    except (BrokenPipeError, OSError, ValueError):
        pass


def _close_quietly(child: subprocess.Popen[bytes]) -> None:
    """Close the child's stdin even when the child left before reading it all (a broken pipe)."""
    assert child.stdin is not None
    try:
        child.stdin.close()
    except OSError:
        pass


def _raise(verdict: Verdict) -> None:
    if verdict.code is not None:
        raise ApiError(400, ErrorCode(verdict.code), verdict.reason)


def _inspector_command() -> list[str]:
    """How to start the inspector child: ``python -m server.pdf_inspect``, or, in the frozen kiosk
    build (where ``sys.executable`` is the kiosk program), the kiosk with ``--pdf-inspect-child``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--pdf-inspect-child"]
    return [sys.executable, "-m", "server.pdf_inspect"]
