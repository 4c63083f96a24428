"""Logging to a rotating file in the data directory, personal data masked, Qt messages routed in."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kiosk_app.privacy import MaskingFilter

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_qt_log = logging.getLogger("kiosk.qt")


def _qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    _qt_log.log(level, "%s", message)


def configure_logging(log_dir: Path, level: int = logging.INFO, console: bool = True) -> Path:
    """Log to ``log_dir/kiosk.log`` (5 x 2 MB, rotating) and optionally stderr; returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "kiosk.log"
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.addFilter(MaskingFilter())
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    qInstallMessageHandler(_qt_message_handler)
    return path
