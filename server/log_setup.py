"""The server's logging: one stderr handler on the root logger whose output is masked in full (messages,
exception text and tracebacks; see :mod:`kiosk_app.privacy`). uvicorn is run without a logging
configuration of its own, so its tracebacks of failed requests go through this handler too."""
from __future__ import annotations

import logging
import sys
from typing import TextIO

from kiosk_app.privacy import make_private

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record arrives (it may be replaced after set-up)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def configure_logging(level: str | int = "INFO", stream: TextIO | None = None) -> logging.Handler:
    """Install the masked handler on the root logger (replacing one installed earlier); it writes to
    ``stream``, by default the current standard error."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_server", False)]:
        root.removeHandler(handler)
    handler = make_private(logging.StreamHandler(stream) if stream is not None else _StderrHandler(), LOG_FORMAT)
    handler._server = True  # type: ignore[attr-defined]  # a marker on the stdlib handler: the next call finds and replaces it
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    return handler
