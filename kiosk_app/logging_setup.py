"""Logging to a rotating file in the data directory, personal data masked (messages, exception text and
tracebacks), the files readable by the kiosk's user only, Qt messages routed in."""
from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kiosk_app.privacy import PRIVATE_FILE_MODE, ensure_private_dir, make_private, open_private

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_qt_log = logging.getLogger("kiosk.qt")


def _qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    _qt_log.log(level, "%s", message)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and each new one after rotation) is 0600."""

    def _open(self) -> io.TextIOWrapper:
        stream = open_private(Path(self.baseFilename), self.mode, encoding=self.encoding, errors=self.errors)
        assert isinstance(stream, io.TextIOWrapper)  # the handler's mode is a text mode ("a")
        return stream

    def rotate(self, source: str, dest: str) -> None:
        super().rotate(source, dest)
        if Path(dest).exists():
            Path(dest).chmod(PRIVATE_FILE_MODE)  # files rotated by an older version


def configure_logging(log_dir: Path, level: int = logging.INFO, console: bool = True) -> Path:
    """Log to ``log_dir/kiosk.log`` (5 x 2 MB, rotating) and optionally stderr; returns the file path."""
    ensure_private_dir(log_dir)
    path = log_dir / "kiosk.log"
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = [
        PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        make_private(handler, LOG_FORMAT)
        handler._kiosk = True  # type: ignore[attr-defined]  # a marker on the stdlib handler: the next call replaces it
        root.addHandler(handler)
    qInstallMessageHandler(_qt_message_handler)
    return path
