"""Personal data kept private: masked in every log line and traceback, and on disk readable by our user only.

Masking covers ID numbers, phone numbers and e-mail addresses anywhere in the text, and the places where
libraries echo input values wholesale (pydantic's ``input_value=``, SQLAlchemy's ``[parameters: ...]``,
PostgreSQL's ``DETAIL:`` lines), which may carry a name or an address. Free text that names a person
outside those places cannot be recognised; code must not log it.

This module has no Qt import: the reference server uses it too.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, Literal, TextIO, TypeAlias, overload

ExcInfo: TypeAlias = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
"""What ``sys.exc_info()`` returns (logging's ``Formatter.formatException`` takes it)."""

# 12-digit citizen ID, 9-digit old ID, 10-digit phone (optionally +84 / spaced), 10/13-digit tax codes.
_ID_OR_PHONE = re.compile(r"(?<!\d)(\+?84[\s.]?|0)?(\d[\s.]?){8,12}\d(?!\d)")
# The local part starts where a run of its characters starts: each run is tried once (linear time).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
HIDDEN = "<hidden>"
# Library messages that repeat the input they refused or stored: the whole value goes.
_ECHOED_LINES = (
    (re.compile(r"^\[parameters: .*\]$", re.MULTILINE), f"[parameters: {HIDDEN}]"),  # SQLAlchemy errors
    (re.compile(r"^DETAIL: .*$", re.MULTILINE), f"DETAIL:  {HIDDEN}"),  # PostgreSQL constraint errors
)
_PYDANTIC_INPUT, _PYDANTIC_INPUT_END = "input_value=", ", input_type="
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _mask_digits(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if len(digits) < 9:
        return match.group(0)
    return digits[:3] + "*" * (len(digits) - 6) + digits[-3:]


def _hide_pydantic_inputs(text: str) -> str:
    """``input_value=<anything>, input_type=`` -> ``input_value=<hidden>, input_type=``, up to the last
    ``, input_type=`` of the line (the value itself may contain one), in one pass: a regular
    expression would rescan the rest of the text from every ``input_value=``."""
    parts, position = [], 0
    while (start := text.find(_PYDANTIC_INPUT, position)) != -1:
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        end = text.rfind(_PYDANTIC_INPUT_END, start, line_end)
        if end == -1:
            parts.append(text[position:line_end])
        else:
            parts.append(text[position:start] + _PYDANTIC_INPUT + HIDDEN + text[end:line_end])
        position = line_end
    return "".join(parts) + text[position:]


def mask(text: str) -> str:
    """Hide echoed input values, mask every ID or phone number (keep first and last three digits) and
    e-mail local parts. Linear in the length of ``text`` (log lines may carry a hostile client's input)."""
    text = _hide_pydantic_inputs(text)
    for pattern, replacement in _ECHOED_LINES:
        text = pattern.sub(replacement, text)
    text = _ID_OR_PHONE.sub(_mask_digits, text)
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


class MaskingFilter(logging.Filter):
    """A logging filter that masks personal data in the formatted message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class MaskingFormatter(logging.Formatter):
    """A formatter whose whole output is masked: the message, the exception text and the stack.

    The record caches the exception text it renders; that cache holds the masked text too, so a
    handler with a plain formatter that formats the record afterwards does not get the raw one.
    """

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 (logging's name)
        return mask(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return mask(super().formatStack(stack_info))

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def make_private(handler: logging.Handler, fmt: str) -> logging.Handler:
    """Give ``handler`` the masking formatter (with ``fmt``) and the masking filter; returns it."""
    handler.setFormatter(MaskingFormatter(fmt))
    handler.addFilter(MaskingFilter())
    return handler


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it accessible to the owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    path.chmod(PRIVATE_DIR_MODE)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, and make it readable and writable by the owner only (0600).

    Call before another library (SQLite, a log handler) opens the file, so it is never world-readable.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
    os.close(fd)
    path.chmod(PRIVATE_FILE_MODE)
    return path


@overload
def open_private(path: Path, mode: Literal["wb", "ab"] = "wb") -> BinaryIO: ...
@overload
def open_private(path: Path, mode: Literal["w", "a"], encoding: str | None = None, errors: str | None = None) -> TextIO: ...
@overload
def open_private(path: Path, mode: str, encoding: str | None = None, errors: str | None = None) -> IO[Any]: ...


def open_private(path: Path, mode: str = "wb", encoding: str | None = None, errors: str | None = None) -> IO[Any]:
    """``open(path, mode)`` for writing, the file created 0600 (an existing file is made 0600 too)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    os.fchmod(fd, PRIVATE_FILE_MODE)
    return os.fdopen(fd, mode, encoding=encoding, errors=errors)


def restrict_process_umask() -> int:
    """Files and directories this process (and its children) creates are private unless said otherwise:
    umask 077. Returns the previous umask."""
    return os.umask(0o077)
